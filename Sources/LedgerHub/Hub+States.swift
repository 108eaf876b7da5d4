import Foundation
import LedgerCore
import PostgresNIO

/// A source's kept states as `hub_states` holds them: through which position, and the text.
struct KeptStates {
  var position: Int64
  var text: String
}

extension Hub {
  /// Rewrites a source's kept states after an ingest added `new` events (in log order) on top
  /// of the `held` it had, inside the ingest's transaction.
  ///
  /// On a first ingest the new events are the whole log; else only the task and unit streams
  /// the new events touch are refolded (each with all its events) over the kept states. When
  /// none are kept, or they are not through `held`, the whole log is folded.
  func refreshStates(of source: String, held: Int64, new: [RecordedEvent]) async throws {
    guard let last = new.last?.position else { return }
    var states: SourceStates
    if held == 0 {
      states = SourceStates(events: new)
    } else if let kept = try await keptStates(of: [source])[source], kept.position == held,
      var decoded = SourceStates.decoded(kept.text)
    {
      let touched = Set(new.map(\.stream).filter(SourceStates.isKept)).map(\.description)
      let events = try await events(of: source, streams: touched)
      decoded.refold(Dictionary(grouping: events, by: \.stream), through: last)
      states = decoded
    } else {
      states = SourceStates(events: try await events(of: source))
    }
    try await query(
      """
      INSERT INTO hub_states (source, position, states)
      VALUES (\(source), \(states.position), \(try states.encoded()))
      ON CONFLICT (source) DO UPDATE SET position = excluded.position, states = excluded.states
      """)
  }

  /// The kept states of some sources, by source (those with none kept are absent).
  func keptStates(of sources: [String]) async throws -> [String: KeptStates] {
    let rows = try await query(
      "SELECT source, position, states FROM hub_states WHERE source = ANY(\(sources)::text[])")
    var kept: [String: KeptStates] = [:]
    for try await (source, position, text) in rows.decode((String, Int64, String).self) {
      kept[source] = KeptStates(position: position, text: text)
    }
    return kept
  }
}
