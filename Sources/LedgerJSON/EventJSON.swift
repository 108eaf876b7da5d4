import LedgerCore
import LedgerStore

/// One event in `--json` output: its envelope, and the correction that retracted it, if any.
public struct EventJSON: Encodable {
  public var envelope: EventEnvelope
  public var retractedBy: Int64?

  public init(_ event: RecordedEvent, retractedBy: Int64? = nil) {
    envelope = EventEnvelope(event)
    self.retractedBy = retractedBy
  }

  public init(_ entry: HistoryEntry) {
    self.init(entry.event, retractedBy: entry.retractedBy)
  }

  /// The envelope's keys and `retracted_by` side by side in one object (null when none).
  public func encode(to encoder: any Encoder) throws {
    try envelope.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(retractedBy, forKey: .retractedBy)
  }

  private enum CodingKeys: String, CodingKey {
    case retractedBy
  }
}
