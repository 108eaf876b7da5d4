import Foundation
import GRDB
import LedgerCore

/// One account as `account list --json` and `GET /api/accounts` show it.
public struct AccountSummary: Hashable, Sendable {
  public var state: AccountState
  /// Whether a password is set (its hash is never shown).
  public var hasPassword: Bool
}

extension Ledger {
  /// Opens an account and sets its password hash, in one transaction: both or neither.
  ///
  /// The opening is an event in the account's stream; the hash goes to `account_passwords`,
  /// outside the log.
  @discardableResult
  public func openAccount(
    _ command: LedgerCommand, passwordHash: String, actor: String, effective: LocalDate? = nil
  ) throws -> RecordedEvent {
    let actor = try TextRules.required(actor, .actor)
    let today = today()
    return try StoreErrors.map(path: path) {
      try database.write { db in
        let decision = try Decider(
          reading: StoreReading(db: db), effective: effective ?? today, today: today
        ).decide(command)
        let event = try append(decision, actor: actor, in: db)
        if case .accountOpened(let opened) = decision.event {
          try savePassword(passwordHash, for: opened.username, in: db)
        }
        return event
      }
    }
  }

  /// Replaces an account's password hash (never an event).
  public func setPassword(_ hash: String, for username: AccountName) throws {
    try StoreErrors.map(path: path) {
      try database.write { db in
        guard try EventRows.stream(.account(username), in: db).isEmpty == false else {
          throw LedgerError.unknownAccount(username.rawValue)
        }
        try savePassword(hash, for: username, in: db)
      }
    }
  }

  /// The account's current state, folded from its stream; nil when there is none.
  public func account(_ username: AccountName) throws -> AccountState? {
    try StoreErrors.map(path: path) {
      try database.read { db in AccountState.fold(try EventRows.stream(.account(username), in: db))
      }
    }
  }

  /// The account and its password hash, for signing in; nil when either is missing.
  public func credentials(_ username: AccountName) throws -> (AccountState, String)? {
    try StoreErrors.map(path: path) {
      try database.read { db in
        guard let state = AccountState.fold(try EventRows.stream(.account(username), in: db)),
          let hash = try String.fetchOne(
            db, sql: "SELECT hash FROM account_passwords WHERE username = ?",
            arguments: [username.rawValue])
        else { return nil }
        return (state, hash)
      }
    }
  }

  /// Every account, by name.
  public func accounts() throws -> [AccountSummary] {
    try StoreErrors.map(path: path) {
      try database.read { db in
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT \(EventRows.columns) FROM events
            WHERE stream >= 'account:' AND stream < 'account;' ORDER BY position
            """)
        var byName: [AccountName: [RecordedEvent]] = [:]
        while let row = try rows.next() {
          let event = try EventRows.decode(row)
          if case .account(let name) = event.stream { byName[name, default: []].append(event) }
        }
        let withPassword = Set(
          try String.fetchAll(db, sql: "SELECT username FROM account_passwords"))
        return byName.keys.sorted().compactMap { name in
          AccountState.fold(byName[name] ?? []).map {
            AccountSummary(state: $0, hasPassword: withPassword.contains(name.rawValue))
          }
        }
      }
    }
  }

  private func savePassword(_ hash: String, for username: AccountName, in db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO account_passwords (username, hash, changed_at) VALUES (?, ?, ?)
        ON CONFLICT (username) DO UPDATE SET hash = excluded.hash, changed_at = excluded.changed_at
        """, arguments: [username.rawValue, hash, Timestamps.format(clock.now())])
  }
}
