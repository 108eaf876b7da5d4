import Crypto
import Foundation
import GRDB
import LedgerCore

/// An evidence file as given: its name and bytes.
public struct EvidenceFile: Sendable {
  public var name: String
  public var bytes: Data

  public init(name: String, bytes: Data) {
    self.name = name
    self.bytes = bytes
  }

  /// Its name, size and SHA-256.
  public var reference: AttachedFile {
    AttachedFile(name: name, size: bytes.count, sha256: Ledger.sha256(bytes))
  }
}

/// What `verify` found of the attachments: how many files were rehashed, and those whose bytes
/// no longer hash to their address.
public struct AttachmentCheck: Hashable, Sendable {
  public var files: Int
  public var mismatched: [String]
  /// Hashes the events name that the ledger does not keep (facts imported by hash only).
  public var absent: [String]

  public var isIntact: Bool { mismatched.isEmpty }
}

extension Ledger {
  /// The SHA-256 of bytes, lower-case hexadecimal.
  public static func sha256(_ bytes: Data) -> String {
    SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
  }

  /// Records a report, completion or explanation with evidence files, in one transaction: the
  /// event, the files (kept once per hash) and the `task.evidence_attached` event naming them,
  /// or, when anything is refused, nothing.
  @discardableResult
  public func record(
    _ command: LedgerCommand, attaching files: [EvidenceFile], actor: String,
    effective: LocalDate? = nil
  ) throws -> [RecordedEvent] {
    guard !files.isEmpty else { return [try record(command, actor: actor, effective: effective)] }
    for file in files where file.bytes.count > AttachedFile.sizeLimit {
      throw LedgerError.attachmentTooLarge(
        file.name, size: file.bytes.count, limit: AttachedFile.sizeLimit)
    }
    let actor = try TextRules.required(actor, .actor)
    let today = today()
    guard let task = command.taskID else { throw LedgerError.unknownTask("") }
    return try StoreErrors.map(path: path) {
      try database.write { db in
        let decider = Decider(
          reading: StoreReading(db: db), effective: effective ?? today, today: today)
        let main = try append(try decider.decide(command), actor: actor, in: db)
        for file in files {
          try db.execute(
            sql: "INSERT OR IGNORE INTO attachments (sha256, size, content) VALUES (?, ?, ?)",
            arguments: [Ledger.sha256(file.bytes), file.bytes.count, file.bytes])
        }
        let evidence = EvidenceAttached(supports: main.position, files: files.map(\.reference))
        let attached = try append(
          try decider.decide(.attachEvidence(task, evidence)), actor: actor, in: db)
        return [main, attached]
      }
    }
  }

  /// The bytes of the file with this SHA-256, as attached.
  public func attachment(_ sha256: String) throws -> Data {
    let wanted = sha256.lowercased()
    let found = try StoreErrors.map(path: path) {
      try database.read { db -> Data? in
        if let exact = try Data.fetchOne(
          db, sql: "SELECT content FROM attachments WHERE sha256 = ?", arguments: [wanted])
        {
          return exact
        }
        // The short hash the confirmations show (at least 8 hex digits) names the one file
        // whose hash starts with it; two such files name none.
        guard wanted.count >= 8, wanted.count < 64, wanted.allSatisfy(\.isHexDigit) else {
          return nil
        }
        let found = try Data.fetchAll(
          db,
          sql: "SELECT content FROM attachments WHERE sha256 >= ? AND sha256 < ? LIMIT 2",
          arguments: [wanted, wanted + "g"])
        return found.count == 1 ? found[0] : nil
      }
    }
    guard let found else { throw LedgerError.unknownAttachment(sha256) }
    return found
  }

  /// Rehashes every kept file, and lists the hashes events name that are not kept.
  public func checkAttachments() throws -> AttachmentCheck {
    try StoreErrors.map(path: path) {
      try database.read { db in
        var check = AttachmentCheck(files: 0, mismatched: [], absent: [])
        var kept = Set<String>()
        let rows = try Row.fetchCursor(db, sql: "SELECT sha256, content FROM attachments")
        while let row = try rows.next() {
          let hash: String = row["sha256"]
          let content: Data = row["content"]
          check.files += 1
          kept.insert(hash)
          if Ledger.sha256(content) != hash { check.mismatched.append(hash) }
        }
        let named = try String.fetchAll(
          db,
          sql: """
            SELECT DISTINCT json_extract(f.value, '$.sha256') FROM events,
              json_each(json_extract(events.payload, '$.files')) AS f
            WHERE events.type = 'task.evidence_attached'
            """)
        check.absent = named.filter { !kept.contains($0) }.sorted()
        return check
      }
    }
  }
}
