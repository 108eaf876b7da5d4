import Foundation

/// An event as the ledger holds it: the fact plus its envelope.
///
/// Two times travel with every event. `effective` is the day it happened, as the actor states
/// it; `recorded` is the instant the ledger took it, from the ledger's clock. Reading "the state
/// on a date" filters by the first; "as known at a time" by the second.
public struct RecordedEvent: Hashable, Sendable {
  /// Place in the whole log, 1, 2, 3… in commit order.
  public var position: Int64
  public var stream: StreamID
  /// Place in the stream: 1, 2, 3 and so on.
  public var version: Int
  public var event: LedgerEvent
  public var effective: LocalDate
  public var recorded: Date
  /// Who recorded it.
  public var actor: String
  /// The stored payload, exactly as hashed.
  public var payload: Data
  public var previousHash: String
  public var hash: String
  /// The key id of the key that signed it, nil when unsigned.
  public var signer: String?
  /// The signature, base64, nil when unsigned.
  public var signature: String?
  /// Whether it was recorded with a fixed clock (`CLEARLEDGER_NOW`) rather than the system's.
  public var fixedClock: Bool

  public init(
    position: Int64, stream: StreamID, version: Int, event: LedgerEvent, effective: LocalDate,
    recorded: Date, actor: String, payload: Data, previousHash: String, hash: String,
    signer: String? = nil, signature: String? = nil, fixedClock: Bool = false
  ) {
    self.signer = signer
    self.signature = signature
    self.fixedClock = fixedClock
    self.position = position
    self.stream = stream
    self.version = version
    self.event = event
    self.effective = effective
    self.recorded = recorded
    self.actor = actor
    self.payload = payload
    self.previousHash = previousHash
    self.hash = hash
  }
}
