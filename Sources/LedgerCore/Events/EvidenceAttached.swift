/// Files attached as evidence to a report, a completion or an explanation of a task
/// (`task.evidence_attached`, v1): each file's name, size and SHA-256; the bytes are kept in the
/// ledger's `attachments` table, addressed by that hash.
///
/// Recorded in the same transaction as the event it supports, right after it. An events file
/// carries the hashes only: a ledger that imports it holds the facts, not the files.
public struct EvidenceAttached: Codable, Hashable, Sendable {
  /// The position of the event the files support (a report, a completion or an explanation).
  public var supports: Int64
  public var files: [AttachedFile]

  public init(supports: Int64, files: [AttachedFile]) {
    self.supports = supports
    self.files = files
  }
}

/// One evidence file: its name as given, its size in bytes, and the SHA-256 of its bytes.
public struct AttachedFile: Codable, Hashable, Sendable {
  public var name: String
  public var size: Int
  /// Lower-case hexadecimal, 64 digits.
  public var sha256: String

  /// The largest file the ledger keeps: 10 MiB.
  public static let sizeLimit = 10 * 1024 * 1024

  public init(name: String, size: Int, sha256: String) {
    self.name = name
    self.size = size
    self.sha256 = sha256
  }

  /// True for 64 lower-case hexadecimal digits.
  public static func isHash(_ text: String) -> Bool {
    text.count == 64
      && text.unicodeScalars.allSatisfy { "0123456789abcdef".unicodeScalars.contains($0) }
  }
}

extension EvidenceAttached: EventPayload {
  public static let typeName = "task.evidence_attached"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .evidenceAttached(self) }

  /// Evidence is kept with the event it supports; where the task stands does not change.
  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) { _ in }
  }

  public func phrase(_ c: PhraseContext) -> String {
    let list = files.map { "\($0.name) (\($0.size) B, SHA-256 \($0.sha256.prefix(12))…)" }
      .joined(separator: "; ")
    return c.pick(
      vi: "đính kèm minh chứng cho sự kiện #\(supports) của nhiệm vụ \(c.subject): \(list)",
      en: "attached evidence to event #\(supports) of task \(c.subject): \(list)")
  }

  public func checkStated() throws {
    try EvidenceAttached.check(files)
  }

  /// Refuses an empty list, an empty or over-long name, a size outside the limit, a hash that
  /// is not 64 lower-case hexadecimal digits.
  public static func check(_ files: [AttachedFile]) throws {
    guard !files.isEmpty else { throw LedgerError.emptyText(.evidence) }
    for file in files {
      try PayloadRules.text(file.name, .evidence)
      guard (0...AttachedFile.sizeLimit).contains(file.size) else {
        throw LedgerError.attachmentTooLarge(
          file.name, size: file.size, limit: AttachedFile.sizeLimit)
      }
      guard AttachedFile.isHash(file.sha256) else { throw LedgerError.invalidDigest(file.sha256) }
    }
  }
}
