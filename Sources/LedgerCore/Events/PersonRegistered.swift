import Foundation

/// A person the ledger knows, under a staff code that tells apart two people of one name
/// (`person.registered`, v1).
///
/// Stream `person:CODE`. Every command that names a person takes the code or a name that
/// matches exactly one registered person.
public struct PersonRegistered: Codable, Hashable, Sendable {
  /// The staff code, such as `NVH` or `CB-0412`: the person's identity in the ledger.
  public var code: String
  /// The person's full name, NFC.
  public var name: String

  public init(code: String, name: String) {
    self.code = code
    self.name = name
  }

  /// A staff code as typed, upper-cased: letters and digits first, then letters, digits or
  /// `-`, up to 20 in all; nil when it is not one.
  public static func code(_ typed: String) -> String? {
    let code = typed.trimmingCharacters(in: .whitespaces).uppercased()
    guard let first = code.unicodeScalars.first, code.unicodeScalars.count <= 20,
      first.isASCIIAlphanumeric,
      code.unicodeScalars.allSatisfy({ $0.isASCIIAlphanumeric || $0 == "-" })
    else { return nil }
    return code
  }
}

extension PersonRegistered: EventPayload {
  public static let typeName = "person.registered"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .personRegistered(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: "ghi nhận người \(name) (mã \(code))", en: "registered person \(name) (code \(code))")
  }

  public func checkStated() throws {
    try PayloadRules.text(name, .person)
    guard Self.code(code) == code else { throw LedgerError.invalidPersonCode(code) }
  }
}
