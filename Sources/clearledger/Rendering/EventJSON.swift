import Foundation
import LedgerCore
import LedgerStore

/// One event in `--json` output: the whole envelope and the payload as stored.
struct EventJSON: Encodable {
  var position: Int64
  var stream: String
  var version: Int
  var type: String
  var schemaVersion: Int
  var effective: String
  var recorded: String
  var actor: String
  var payload: JSONValue
  var prevHash: String
  var hash: String
  @ExplicitNull var retractedBy: Int64?

  init(_ event: RecordedEvent, retractedBy: Int64? = nil) {
    position = event.position
    stream = event.stream.description
    version = event.version
    type = event.event.typeName
    schemaVersion = event.event.schemaVersion
    effective = event.effective.iso
    recorded = event.recorded.isoUTC
    actor = event.actor
    payload = JSONValue(parsing: event.payload)
    prevHash = event.previousHash
    hash = event.hash
    self.retractedBy = retractedBy
  }

  init(_ entry: HistoryEntry) {
    self.init(entry.event, retractedBy: entry.retractedBy)
  }
}
