import Foundation
import LedgerCore

/// A commune (or ward) whose ledger the hub gathers.
public struct HubSource: Hashable, Sendable, Codable {
  /// Its short name in the hub, such as `xa-chi-minh`: every row the hub shows names it.
  public var id: String
  /// Its name as people write it, such as “Xã Chí Minh”.
  public var name: String
  /// The key its checkpoints are signed with, when it signs them.
  public var publicKey: String?
  /// How many of its events the hub holds (its last position).
  public var events: Int64
  /// Its ledger's time zone (`init --timezone`), which decides its today and the end of a day
  /// or time asked about: given when the source is added, Vietnam's by default.
  public var timeZone: String
  /// When its last event held was recorded in its ledger (UTC); nil while none is held.
  ///
  /// The event's `recorded`: the hub judges every source on today, so this says how old its
  /// facts may be.
  public var lastRecorded: String?

  public init(
    id: String, name: String, publicKey: String?, events: Int64,
    timeZone: String = HubSource.defaultTimeZone, lastRecorded: String? = nil
  ) {
    self.id = id
    self.name = name
    self.publicKey = publicKey
    self.events = events
    self.timeZone = timeZone
    self.lastRecorded = lastRecorded
  }

  /// A commune's ledger's zone unless it was made with another (`init`'s default).
  public static let defaultTimeZone = "Asia/Ho_Chi_Minh"

  /// Vietnam's zone (UTC+7, which it has kept since 1975, if this machine lacks the name).
  public static let defaultZone =
    TimeZone(identifier: defaultTimeZone) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt

  /// Its time zone (Vietnam's if the stored name is not one this machine knows).
  public var zone: TimeZone {
    TimeZone(identifier: timeZone) ?? Self.defaultZone
  }

  /// A source id as typed, read without regard to case: `XA-1` is `xa-1`.
  ///
  /// Ids are lower-case; one typed in capitals was told the hub had no such source, or that
  /// it could not name one (trial). Text that is no id in any case is returned as typed, for
  /// the checks that follow to refuse or to read as a commune's name.
  public static func typedID(_ text: String) -> String {
    let lowered = String(
      decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    return isValidID(lowered) ? lowered : text
  }

  /// Whether `text` can name a source: lower-case ASCII letters, digits and hyphens, starting
  /// with a letter or digit, at most 63 characters (the schema checks the same).
  public static func isValidID(_ text: String) -> Bool {
    guard let first = text.utf8.first, text.utf8.count <= 63 else { return false }
    func allowed(_ byte: UInt8) -> Bool {
      (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
    }
    return allowed(first) && text.utf8.allSatisfy { allowed($0) || $0 == 0x2D }
  }
}
