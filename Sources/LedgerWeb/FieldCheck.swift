/// Refuses a write's fields given twice or not accepted, as JSON bodies and forms alike: a
/// misspelt or doubled field is never silently dropped (trial: forms kept the last of two
/// values and ignored an unknown field, where JSON refused both).
enum FieldCheck {
  /// Throws `repeated_field` naming each field given more than once.
  static func refuseRepeated(_ repeated: [String]) throws {
    guard !repeated.isEmpty else { return }
    let named = repeated.map { "“\($0)”" }.joined(separator: ", ")
    throw WebFailure(
      status: .badRequest, code: "repeated_field",
      vi: "Trường \(named) xuất hiện nhiều lần; mỗi trường chỉ được ghi một lần. Không ghi gì.",
      en: "The field \(named) appears more than once; give each field once. Nothing was recorded."
    )
  }

  /// Throws `unknown_field` naming each field of `names` not among `members`.
  static func refuseUnknown(_ names: some Sequence<String>, members: Set<String>) throws {
    let unknown = Set(names).subtracting(members).sorted()
    guard !unknown.isEmpty else { return }
    let named = unknown.map { "“\($0)”" }.joined(separator: ", ")
    let known = members.sorted().joined(separator: ", ")
    throw WebFailure(
      status: .badRequest, code: "unknown_field",
      vi: "Không nhận trường \(named); các trường được nhận: \(known). Không ghi gì.",
      en: "Unknown field \(named); the accepted fields are: \(known). Nothing was recorded.")
  }
}
