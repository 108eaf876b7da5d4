/// A person a command can name: a registered person (with a staff code) or a head appointed
/// before people were registered (no code).
public struct KnownPerson: Hashable, Sendable {
  public var name: String
  /// The staff code, nil for a head known only by the name their appointment gave.
  public var code: String?

  public init(name: String, code: String?) {
    self.name = name
    self.code = code
  }

  /// The name with its code, as refusals list it: `Nguyễn Văn Hùng (HUNG-01)`.
  public var label: String { code.map { "\(name) (\($0))" } ?? name }

  /// The evaluation stream key for a year: by code when registered, so two people of one name
  /// never share a score; by name otherwise.
  public func scoreKey(year: Int) -> String {
    GeneralPointsScored.key(person: code ?? name, year: year)
  }
}
