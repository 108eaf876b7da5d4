import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

/// Receipts and explanations in the SQLite ledger: refusals leave the file as it was, the views
/// rebuild from the log, and `events export/import` carries them both ways.
@Suite("Follow-up events in the store")
struct FollowUpStoreTests {
  /// A commune with one task acknowledged, asked to explain, and explained.
  func ledger() throws -> Ledger {
    let (ledger, _) = try Fixtures.ledger(at: "20/07/2026")
    try Fixtures.commune(ledger)
    let a = TaskID("A")!
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.record(
      .acknowledgeTask(a, by: "Trần Thị Bình"), actor: "x", effective: Fixtures.day("07/01/2026"))
    try ledger.record(
      .requestExplanation(
        a, ExplanationRequested(by: "Nguyễn Văn An", due: Fixtures.day("10/07/2026"))),
      actor: "x", effective: Fixtures.day("02/07/2026"))
    try ledger.record(
      .explainTask(
        a, TaskExplained(text: "Chờ dữ liệu", by: "Trần Thị Bình", document: "9/BC-VHXH")),
      actor: "x", effective: Fixtures.day("12/07/2026"))
    return ledger
  }

  @Test("The task's record holds the receipt and the explanation, and a rebuild agrees")
  func foldAndRebuild() throws {
    let ledger = try ledger()
    let task = try #require(try ledger.task(TaskID("A")!))
    #expect(task.record.acknowledgements.map(\.on) == [Fixtures.day("07/01/2026")])
    #expect(task.record.explanations.first?.answeredOn == Fixtures.day("12/07/2026"))
    let before = try ledger.projectionDigest()
    _ = try ledger.rebuild()
    #expect(try ledger.projectionDigest() == before)
    #expect(try ledger.verify().isIntact)
  }

  @Test("events export, then import verbatim and as foreign facts, gives the same views")
  func roundTrip() throws {
    let source = try ledger()
    var lines: [String] = []
    try source.exportEvents { lines.append($0) }
    let numbered = lines.enumerated().map { (number: $0.offset + 1, text: $0.element) }
    let (copy, _) = try Fixtures.ledger(at: "20/07/2026")
    #expect(try copy.importEvents(lines: numbered) == lines.count)
    #expect(try copy.projectionDigest() == source.projectionDigest())
    let (district, _) = try Fixtures.ledger(at: "01/12/2026")
    let report = try district.importForeignFacts(
      lines: numbered, source: "xã Chí Minh", actor: "văn phòng huyện")
    #expect(report.imported == lines.count)
    #expect(try district.projectionDigest() == source.projectionDigest())
  }

  @Test("Refused receipts and explanations leave the file byte-identical")
  func refusals() throws {
    let (ledger, _, _) = try Fixtures.fileLedger(at: "20/07/2026")
    try Fixtures.commune(ledger)
    let a = TaskID("A")!
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.record(.acknowledgeTask(a, by: "Trần Thị Bình"), actor: "x")
    func bytes() -> [Data?] {
      ["", "-wal"].map { FileManager.default.contents(atPath: ledger.path + $0) }
    }
    for command: LedgerCommand in [
      .acknowledgeTask(a, by: "Trần Thị Bình"), .acknowledgeTask(a, by: "Lê Văn Cường"),
      .explainTask(a, TaskExplained(text: "x", by: "Trần Thị Bình")),
      .requestExplanation(
        a, ExplanationRequested(by: "Nguyễn Văn An", due: Fixtures.day("01/07/2026"))),
    ] {
      let before = bytes()
      #expect(throws: LedgerError.self) { try ledger.record(command, actor: "x") }
      #expect(bytes() == before, "\(command)")
    }
  }

  @Test(
    "A report with files keeps them by SHA-256, gives them back byte-identical, verify rehashes")
  func attachments() throws {
    let (ledger, _, _) = try Fixtures.fileLedger(at: "20/07/2026")
    try Fixtures.commune(ledger)
    let a = TaskID("A")!
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    let scan = Data((0..<4096).map { UInt8($0 % 251) })
    let events = try ledger.record(
      .reportProgress(a, text: "Biên bản nghiệm thu", percent: 50, document: nil, by: nil),
      attaching: [EvidenceFile(name: "biên bản.pdf", bytes: scan)], actor: "x")
    #expect(events.map(\.event.typeName) == ["task.progress_reported", "task.evidence_attached"])
    guard case .evidenceAttached(let evidence) = events[1].event else {
      Issue.record("no evidence event")
      return
    }
    #expect(evidence.supports == events[0].position)
    #expect(
      evidence.files == [
        AttachedFile(name: "biên bản.pdf", size: 4096, sha256: Ledger.sha256(scan))
      ])
    #expect(try ledger.attachment(Ledger.sha256(scan)) == scan)
    #expect(try ledger.checkAttachments() == AttachmentCheck(files: 1, mismatched: [], absent: []))
    #expect(throws: LedgerError.unknownAttachment(String(repeating: "0", count: 64))) {
      try ledger.attachment(String(repeating: "0", count: 64))
    }
    // Too large, or attached to a refused report: nothing written, not even the file.
    func bytes() -> [Data?] {
      ["", "-wal"].map { FileManager.default.contents(atPath: ledger.path + $0) }
    }
    let before = bytes()
    #expect(throws: LedgerError.self) {
      try ledger.record(
        .reportProgress(a, text: "x", percent: 50, document: nil, by: nil),
        attaching: [EvidenceFile(name: "big.bin", bytes: Data(count: AttachedFile.sizeLimit + 1))],
        actor: "x")
    }
    #expect(throws: LedgerError.self) {
      try ledger.record(
        .reportProgress(a, text: "x", percent: 500, document: nil, by: nil),
        attaching: [EvidenceFile(name: "other.pdf", bytes: Data("other".utf8))], actor: "x")
    }
    #expect(bytes() == before)
    // The table refuses to change a kept file; altered behind the ledger's back, verify sees it.
    let queue = try DatabaseQueue(path: ledger.path)
    #expect(throws: (any Error).self) {
      try queue.write { try $0.execute(sql: "UPDATE attachments SET content = x'00'") }
    }
    try queue.write { db in
      try db.execute(sql: "DROP TRIGGER attachments_are_never_updated")
      try db.execute(sql: "UPDATE attachments SET content = zeroblob(4096)")
    }
    #expect(try ledger.checkAttachments().mismatched == [Ledger.sha256(scan)])
  }
}
