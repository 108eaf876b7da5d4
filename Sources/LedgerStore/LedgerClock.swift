import Foundation

/// Where the ledger gets "now" from: a struct around a closure, so tests fix or step time.
public struct LedgerClock: Sendable {
  private let read: @Sendable () -> Date
  /// Whether a person fixed this clock (`CLEARLEDGER_NOW`): events recorded by it say so.
  public let isFixedByUser: Bool

  public init(fixedByUser: Bool = false, _ read: @escaping @Sendable () -> Date) {
    self.read = read
    isFixedByUser = fixedByUser
  }

  /// The current instant.
  public func now() -> Date { read() }

  /// The machine's clock.
  public static let system = LedgerClock { Date() }

  /// A clock that always says the same instant.
  public static func constant(_ instant: Date) -> LedgerClock {
    LedgerClock { instant }
  }

  /// The instants a ledger accepts as "now": 2000-01-01 up to 2100-01-01 (UTC).
  ///
  /// A clock outside is broken or mistyped; its time would be recorded for good and, if late, block every write.
  public static let plausible: ClosedRange<Date> =
    Date(timeIntervalSince1970: 946_684_800)...Date(timeIntervalSince1970: 4_102_444_800)

  /// A clock a person fixed at `instant` (`CLEARLEDGER_NOW`): every event it records carries
  /// the marker `clock: fixed`, and a ledger under the fixed-clock policy refuses it.
  public static func fixedByUser(_ instant: Date) -> LedgerClock {
    LedgerClock(fixedByUser: true) { instant }
  }

  /// Reads an ISO 8601 instant with its offset, as `CLEARLEDGER_NOW` gives it; nil for an
  /// impossible day, clock time or offset (`25:00`, `10:61`, `23:59:60`), which parsing alone
  /// would roll over into another moment (`InstantLayout`).
  public static func parseInstant(_ text: String) -> Date? {
    if let instant = parseWithSeconds(text) { return instant }
    // Written to the minute with its offset ("2026-10-01T08:00+07:00"): that minute's first
    // instant (trial: refused while the same minute without an offset was taken).
    guard isToTheMinute(text) else { return nil }
    let bytes = Array(text.utf8)
    return parseWithSeconds(
      String(decoding: bytes[..<16], as: UTF8.self) + ":00"
        + String(decoding: bytes[16...], as: UTF8.self))
  }

  /// The last instant a moment asked for (`--known-at`) covers: an instant as written, all of
  /// a minute written without its seconds ("as known at 08:00" includes what was recorded
  /// during it, as a time without an offset is read); nil for text that is no instant.
  public static func parseMomentEnd(_ text: String) -> Date? {
    guard let instant = parseInstant(text) else { return nil }
    return isToTheMinute(text) ? instant.addingTimeInterval(59.999) : instant
  }

  /// Whether the text is an instant written to the minute: `YYYY-MM-DDTHH:MM` then its offset.
  private static func isToTheMinute(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    return bytes.count > 16 && bytes[10] == UInt8(ascii: "T") && bytes[13] == UInt8(ascii: ":")
      && [UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "Z")].contains(bytes[16])
  }

  /// An instant written with its seconds and offset, every field in range.
  private static func parseWithSeconds(_ text: String) -> Date? {
    guard InstantLayout.isWellFormed(text) else { return nil }
    let styles: [Date.ISO8601FormatStyle] = [
      .iso8601, Date.ISO8601FormatStyle(includingFractionalSeconds: true),
    ]
    for style in styles {
      if let date = try? style.parse(text) { return date }
    }
    return nil
  }
}
