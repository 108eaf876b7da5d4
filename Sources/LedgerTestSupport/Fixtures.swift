import Foundation
import LedgerCore
import LedgerStore

/// Ready-made clocks, dates and ledgers for tests.
public enum Fixtures {
  /// The package's root folder, found from this file's path.
  public static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A folder under `Schemas/`.
  public static func schemaURL(_ relative: String) -> URL {
    packageRoot.appendingPathComponent("Schemas").appendingPathComponent(relative)
  }

  /// A day, from `30/06/2026` or `2026-06-30`; traps on a typo in a test.
  public static func day(_ text: String) -> LocalDate {
    guard let date = LocalDate(parsing: text) else { preconditionFailure("bad test date \(text)") }
    return date
  }

  /// An instant from ISO 8601 with offset; traps on a typo in a test.
  public static func instant(_ text: String) -> Date {
    guard let date = LedgerClock.parseInstant(text) else {
      preconditionFailure("bad test instant \(text)")
    }
    return date
  }

  /// 09:00 in Hà Nội on the given day.
  public static func morning(_ day: String) -> Date {
    let date = Fixtures.day(day)
    return instant(String(format: "%04d-%02d-%02dT09:00:00+07:00", date.year, date.month, date.day))
  }

  /// A new in-memory ledger whose clock is a `MovableClock`.
  public static func ledger(at start: String = "05/01/2026") throws -> (Ledger, MovableClock) {
    let clock = MovableClock(morning(start))
    return (try Ledger.inMemory(clock: clock.ledgerClock), clock)
  }

  /// A new ledger file in a folder of its own, whose clock is a `MovableClock`; the caller
  /// removes the folder.
  public static func fileLedger(at start: String = "05/01/2026") throws
    -> (Ledger, MovableClock, URL)
  {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("clearledger-file-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let clock = MovableClock(morning(start))
    let ledger = try Ledger.create(
      at: folder.appendingPathComponent("ledger.sqlite").path, clock: clock.ledgerClock)
    return (ledger, clock, folder)
  }

  /// A commune with three units and their heads, appointed on 01/01/2026:
  /// UBND (Nguyễn Văn An, Chủ tịch UBND xã), VHXH (Trần Thị Bình, Trưởng phòng),
  /// CAX (Lê Văn Cường, Trưởng Công an xã).
  public static func commune(_ ledger: Ledger) throws {
    let on = day("01/01/2026")
    try ledger.record(.registerUnit(name: "UBND xã", code: "UBND"), actor: "thuky", effective: on)
    try ledger.record(
      .registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"), actor: "thuky", effective: on)
    try ledger.record(.registerUnit(name: "Công an xã", code: "CAX"), actor: "thuky", effective: on)
    try ledger.record(
      .appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"),
      actor: "thuky", effective: on)
    try ledger.record(
      .appointHead(unit: "VHXH", person: "Trần Thị Bình", role: "Trưởng phòng"), actor: "thuky",
      effective: on)
    try ledger.record(
      .appointHead(unit: "CAX", person: "Lê Văn Cường", role: "Trưởng Công an xã"),
      actor: "thuky", effective: on)
  }

  /// A task led by VHXH, supported by CAX, answerable by the Chủ tịch UBND xã.
  public static func assign(
    _ id: String, due deadline: Deadline = .date(day("30/06/2026")), lead: String = "VHXH",
    support: [String] = ["CAX"]
  ) -> LedgerCommand {
    .assignTask(
      AssignTask(
        id: TaskID(id), title: "Hoàn thành kết nối, chia sẻ dữ liệu \(id)",
        headRole: "Chủ tịch UBND xã", leadUnit: lead, supportingUnits: support,
        expectedResult: "Hoàn thành kết nối", deadline: deadline))
  }
}

/// A clock tests move by hand; every read also steps one millisecond, so events stay ordered.
public final class MovableClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date

  public init(_ start: Date) {
    current = start
  }

  /// Sets the time to an instant (backwards too, to test the ledger refusing it).
  public func set(_ instant: Date) {
    lock.lock()
    current = instant
    lock.unlock()
  }

  /// Moves to 09:00 on a day.
  public func set(day: String) { set(Fixtures.morning(day)) }

  /// The clock as the ledger takes it.
  public var ledgerClock: LedgerClock {
    LedgerClock { [self] in
      lock.lock()
      defer { lock.unlock() }
      current = current.addingTimeInterval(0.001)
      return current
    }
  }
}
