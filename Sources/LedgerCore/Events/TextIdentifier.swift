/// An identifier written as text (a task id, a unit code, a plan id), validated on creation
/// and stored in JSON as a plain string.
public protocol TextIdentifier: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  /// The identifier as stored.
  var rawValue: String { get }
  /// Creates the identifier, or nil when the text is not a valid one.
  init?(_ text: String)
}

extension TextIdentifier {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let id = Self(text), id.rawValue == text else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a valid \(Self.self): \(text)")
      )
    }
    self = id
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }
}
