import Foundation
import LedgerCore
import LedgerStore
import LedgerWeb

extension Recorder {
  /// Applies the web's rules of office to a task write signed by a person who has an account.
  ///
  /// A signed event is recorded as the key's person; when that person has an account, its role
  /// and the person's tenure judge the write as the web judges the signed-in account (trial: a
  /// head who had left reported for her old unit, a clerk approved her own extension and an
  /// inspector filed a report, all signed and accepted here, all refused by the web). A
  /// person with several open accounts may write what any of them may. An unsigned write, or
  /// one by a key whose person has no account, is judged by the ledger's rules alone.
  ///
  /// Returns the command to record: for a head's own write that names nobody as having done
  /// the work, the head (`OfficeRules.performed`).
  static func checkOffice(
    _ command: LedgerCommand, ledger: Ledger, on effective: LocalDate?
  ) throws -> LedgerCommand {
    guard let keyID = ledger.signer?.verifier.keyID,
      let key = try ledger.keys().first(where: { $0.keyID == keyID && $0.revokedAt == nil })
    else { return command }
    let identity = try ledger.personIdentity()
    let person = Self.personKey(key.person, identity)
    let accounts = try ledger.accounts().map(\.state).filter {
      !$0.disabled && Self.personKey($0.person, identity) == person
    }
    var refusal: (any Error)?
    for account in accounts {
      do {
        try OfficeRules.check(command, by: account, on: effective, in: ledger)
        return account.role == .head ? OfficeRules.performed(command, by: account.person) : command
      } catch {
        refusal = refusal ?? error
      }
    }
    guard var failure = refusal as? WebFailure else {
      if let refusal { throw refusal }
      return command
    }
    // Said as the command line's: whose key signed, and which account's rules judged it.
    let held = accounts.map { "\($0.username.rawValue) (\($0.role.rawValue))" }
      .joined(separator: ", ")
    failure.vi =
      "Khóa ký cho \(key.person), người có tài khoản \(held): việc ghi có ký chịu đúng các quy tắc mà trang web áp dụng cho tài khoản đó. "
      + failure.vi
    failure.en =
      "The key signs for \(key.person), who has the account \(held): a signed write meets the rules of office the web applies to that account. "
      + failure.en
    throw failure
  }

  /// The key that is the same for every label of one person ("Lê Thị Hoa (HOA)", "Lê Thị Hoa").
  private static func personKey(_ label: String, _ identity: PersonIdentity) -> String {
    guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else {
      return identity.key(code: nil, name: label)
    }
    let code = String(label[label.index(after: open)..<label.index(before: label.endIndex)])
    return identity.key(
      code: code, name: String(label[..<open]).trimmingCharacters(in: .whitespaces))
  }
}
