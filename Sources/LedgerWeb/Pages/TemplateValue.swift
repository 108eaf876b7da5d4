import Mustache

/// A page model as its template reads it: each stored property by name, in a dictionary made
/// with one pass of reflection.
///
/// swift-mustache finds a plain struct's property by reflecting the struct again for every name
/// a template looks up, at every level of the context stack (a row's `{{t.due}}` reflects the
/// row, then the page): most of a list page's time went there. A `TemplateValue` answers the
/// same names with the same values (optionals unwrapped, a nil one absent, so the lookup goes
/// on down the stack as before) from its dictionary.
struct TemplateValue: MustacheParent {
  private let children: [String: Any]

  /// The model's properties, nested models and lists of them converted too.
  init(_ model: Any) {
    var children: [String: Any] = [:]
    for child in Mirror(reflecting: model).children {
      guard let label = child.label, children[label] == nil,
        let value = Self.converted(child.value)
      else { continue }
      children[label] = value
    }
    self.children = children
  }

  func child(named name: String) -> Any? { children[name] }

  /// A property's value as the template reads it: nil for a nil optional, a `TemplateValue`
  /// for a plain struct, a list of converted elements for an array; anything the template
  /// library renders itself (text, numbers, dictionaries, lambdas, enums) as it is.
  private static func converted(_ value: Any) -> Any? {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      return mirror.children.first.flatMap { converted($0.value) }
    case .collection:
      guard let elements = value as? [Any] else { return value }
      return elements.map { converted($0) ?? Optional<Any>.none as Any }
    case .struct, .class:
      if value is CustomStringConvertible || value is MustacheParent
        || value is MustacheCustomRenderable || value is MustacheCustomRepresentation
        || value is MustacheLambda || value is MustacheTransformable
      {
        return value
      }
      return TemplateValue(value)
    default:
      return value
    }
  }
}
