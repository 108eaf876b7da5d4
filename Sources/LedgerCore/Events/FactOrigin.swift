import Foundation

/// Where a fact imported from another system came from, kept in its payload as `origin`.
///
/// The ledger records such a fact as its own new event, by the importing actor; the origin
/// keeps the source's identity so the fact can be traced back, and so that importing the same
/// export twice skips what is already here (a fact is known by its `source` and `id`).
public struct FactOrigin: Codable, Hashable, Sendable {
  /// The system the fact came from, as the importer names it, such as "xa-hoa-binh".
  public var source: String
  /// The fact's identity in that system (for a ClearLedger export: the event's hash).
  public var id: String
  /// Who recorded it there, if the export says.
  public var actor: String?
  /// When it was recorded there, if the export says.
  public var recorded: String?
  /// Its position in the source's log, if the export has one.
  public var position: Int64?
  /// Its stream in the source, as written there.
  public var stream: String?

  public init(
    source: String, id: String, actor: String? = nil, recorded: String? = nil,
    position: Int64? = nil, stream: String? = nil
  ) {
    self.source = source
    self.id = id
    self.actor = actor
    self.recorded = recorded
    self.position = position
    self.stream = stream
  }
}

extension FactOrigin {
  /// A source's recorded time: ISO 8601 with an offset, with or without fractional seconds;
  /// nil when the text is not one.
  public static func instant(_ text: String) -> Date? {
    (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
      ?? (try? Date.ISO8601FormatStyle().parse(text))
  }

  /// Refuses an origin this ledger would not have written: on a governance event (a foreign
  /// import skips those), with an unclean or empty source or id, a position below 1, or a
  /// stream other than the event's own (a restated fact keeps its stream).
  ///
  /// An unkeyed chain cannot prove that a foreign import made an origin; what keeps a forged
  /// one harmless is that a foreign import judges duplicates by content too.
  public func check(on event: LedgerEvent, stream: String) throws {
    let clean =
      (try? TextRules.required(source, .source)) == source && !id.isEmpty
      && VietnameseText.firstControlCharacter(in: id) == nil
    guard clean, !event.isGovernance, (position ?? 1) >= 1,
      self.stream.map({ $0 == stream }) ?? true
    else { throw LedgerError.unverifiedOrigin(source: source, id: id) }
  }
}

extension RecordedEvent {
  /// Where the event's fact came from, when it was imported from another system.
  public var origin: FactOrigin? {
    guard payload.range(of: Data(#""origin":"#.utf8)) != nil else { return nil }
    struct Carrier: Decodable { var origin: FactOrigin? }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return (try? decoder.decode(Carrier.self, from: payload))?.origin
  }
}
