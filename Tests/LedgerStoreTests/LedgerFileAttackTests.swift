import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

/// The ledger file under attack: two names for one file, another command's long write, an
/// interrupted `init`.
@Suite("The ledger file under attack")
struct LedgerFileAttackTests {
  @Test("A ledger with two names (hard links) refuses to be written through either")
  func hardLinks() throws {
    let (ledger, clock, folder) = try Fixtures.fileLedger()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Fixtures.commune(ledger)
    let second = folder.appendingPathComponent("second.sqlite").path
    #expect(link(ledger.path, second) == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: ledger.path))
    for path in [ledger.path, second] {
      #expect(throws: LedgerError.ledgerHasLinks(path: path, links: 2)) {
        try Ledger.open(at: path, clock: clock.ledgerClock)
      }
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: ledger.path)) == before)
    // One name removed, it is writable again.
    try FileManager.default.removeItem(atPath: second)
    let writer = try Ledger.open(at: ledger.path, clock: clock.ledgerClock)
    try writer.record(Fixtures.assign("A"), actor: "thuky")
  }

  @Test("A write waiting for a long import says which command holds the ledger, then goes on")
  func waitsForTheHolder() async throws {
    let (ledger, clock, folder) = try Fixtures.fileLedger()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Fixtures.commune(ledger)
    let (notices, told) = AsyncStream.makeStream(of: LedgerHolder.self)
    let waiting = try Ledger.open(at: ledger.path, clock: clock.ledgerClock) { told.yield($0) }
    // Another connection holds the write lock, noted as an import by this running process.
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: ledger.path, configuration: configuration)
    try await other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
    let note = LedgerHolder(
      process: ProcessInfo.processInfo.processIdentifier, command: "events import",
      since: Fixtures.morning("05/01/2026"))
    try JSONEncoder().encode(note).write(
      to: URL(fileURLWithPath: LedgerHolder.notePath(for: ledger.path)))
    let write = Task.detached { try waiting.record(Fixtures.assign("A"), actor: "thuky") }
    var holder: LedgerHolder?
    for await notice in notices {
      holder = notice
      break
    }
    try await other.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
    _ = try await write.value
    #expect(holder?.command == "events import")
    #expect(holder?.process == ProcessInfo.processInfo.processIdentifier)
    #expect(try ledger.eventCount() == 7)
  }

  @Test("A wait gives up after 30 s unless a running command is noted as holding the ledger")
  func waitLimits() {
    let holder = LedgerHolder(process: 1, command: "events import", since: Date())
    #expect(BusyWait.keepWaiting(tries: 2_999, holder: nil))
    #expect(!BusyWait.keepWaiting(tries: 3_000, holder: nil))
    #expect(BusyWait.keepWaiting(tries: 3_000, holder: holder))
    #expect(BusyWait.keepWaiting(tries: 360_000, holder: holder))
  }

  @Test("A lock error names the command noted as holding the ledger")
  func busyNamesTheHolder() throws {
    let (ledger, clock, folder) = try Fixtures.fileLedger()
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = LedgerHolder.holding(ledger.path, command: "rebuild", clock: clock.ledgerClock) {
      StoreErrors.translate(DatabaseError(resultCode: .SQLITE_BUSY), path: ledger.path)
    }
    guard case .ledgerHeld(let path, let holder) = error else {
      Issue.record("not ledgerHeld: \(error)")
      return
    }
    #expect(path == ledger.path)
    #expect(holder.contains("clearledger rebuild"))
    #expect(
      StoreErrors.translate(DatabaseError(resultCode: .SQLITE_BUSY), path: ledger.path)
        == .ledgerBusy(path: ledger.path))
  }

  @Test("An empty file is named as such, and init makes it a ledger")
  func emptyFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("clearledger-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("ledger.sqlite").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    let clock = MovableClock(Fixtures.morning("05/01/2026")).ledgerClock
    #expect(throws: LedgerError.emptyLedgerFile(path: path)) {
      try Ledger.open(at: path, clock: clock)
    }
    let ledger = try Ledger.create(at: path, clock: clock)
    try Fixtures.commune(ledger)
    #expect(try Ledger.open(at: path, clock: clock).eventCount() == 6)
    // Nothing is left beside it but the ledger and its WAL files.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.allSatisfy { $0.hasPrefix("ledger.sqlite") && !$0.contains(".init-") })
    #expect(throws: LedgerError.ledgerExists(path: path)) {
      try Ledger.create(at: path, clock: clock)
    }
  }
}
