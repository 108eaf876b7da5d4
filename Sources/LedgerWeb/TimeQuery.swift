import Foundation
import Hummingbird
import LedgerCore
import LedgerStore

/// The two questions of time every view answers, read from the URL (`as_of`, `known_at`), so a
/// view can be shared and reproduced: the state on a day, as known at a moment.
struct TimeQuery: Sendable {
  var asOf: LocalDate?
  var knownAt: Date?
  /// `known_at` before a time zone reads it: the pages across communes read it in each
  /// commune's own zone.
  var knownAtMoment: TypedMoment?
  /// The texts as given, to carry into links.
  var asOfText: String
  var knownAtText: String

  init(_ request: Request, timeZone: TimeZone) throws {
    let query = request.uri.queryParameters
    // A browser's GET form writes a space as "+"; an instant's offset is written "%2B07:00".
    asOfText = query["as_of"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
    let knownAtRaw =
      query["known_at"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
    // A day and a time from the page's own form arrive as "30/11/2026+18:49"; a raw "+" left
    // in an offset ("…T10:00:00+07:00" typed into the address bar) is read as written.
    let spaced = knownAtRaw.replacingOccurrences(of: "+", with: " ")
    let spacedMoment = spaced == knownAtRaw ? nil : try? Self.endOf(spaced, timeZone: timeZone)
    knownAtText = spacedMoment == nil ? knownAtRaw : spaced
    asOf = nil
    knownAt = nil
    knownAtMoment = nil
    if !asOfText.isEmpty {
      guard let day = LocalDate(parsing: asOfText) else {
        throw LedgerError.invalidDate(asOfText)
      }
      asOf = day
    }
    if !knownAtText.isEmpty {
      knownAt = try spacedMoment ?? Self.endOf(knownAtText, timeZone: timeZone)
      knownAtMoment = try Self.typed(knownAtText)
    }
  }

  /// Today as known now: neither a day nor a moment asked.
  var current: TimeQuery {
    var now = self
    now.asOf = nil
    now.knownAt = nil
    now.knownAtMoment = nil
    now.asOfText = ""
    now.knownAtText = ""
    return now
  }

  /// Whether this asks about today as known now.
  var isCurrent: Bool { asOf == nil && knownAt == nil }

  /// The query string that reproduces these, starting with `&` (empty when neither is set).
  var suffix: String {
    var parts: [String] = []
    if !asOfText.isEmpty { parts.append("as_of=\(Self.encode(asOfText))") }
    if !knownAtText.isEmpty { parts.append("known_at=\(Self.encode(knownAtText))") }
    return parts.map { "&" + $0 }.joined()
  }

  /// The query string that reproduces these, starting with `?` (empty when neither is set).
  var query: String {
    ViewLinks.query(suffix: suffix)
  }

  /// An instant with its offset, or a day meaning its last moment in the ledger's time zone
  /// (as the CLI's `--known-at` reads it).
  static func endOf(_ text: String, timeZone: TimeZone) throws -> Date {
    guard let end = try typed(text).end(in: timeZone) else {
      throw LedgerError.invalidMoment(text)
    }
    return end
  }

  /// An instant with its offset, a time or a day, before a time zone reads it.
  static func typed(_ text: String) throws -> TypedMoment {
    if let instant = LedgerClock.parseMomentEnd(text) { return .instant(instant) }
    if let minute = LocalMinute(parsing: text) { return .minute(minute) }
    // Not a day alone: a moment, as the CLI's --known-at says (trial: "not a valid date").
    guard let day = LocalDate(parsing: text) else { throw LedgerError.invalidMoment(text) }
    return .day(day)
  }

  static func encode(_ text: String) -> String {
    text.addingPercentEncoding(
      withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-_.:")))
      ?? text
  }
}
