/// An earlier event is retracted: it stays in the log but no longer counts (`event.corrected`, v1).
///
/// Retracting a correction restores the event that correction retracted.
public struct EventCorrected: Codable, Hashable, Sendable {
  /// The global position of the event retracted.
  public var retracts: Int64
  public var reason: String

  public init(retracts: Int64, reason: String) {
    self.retracts = retracts
    self.reason = reason
  }
}
