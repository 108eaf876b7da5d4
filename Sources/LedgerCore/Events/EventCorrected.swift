/// An earlier event is retracted: it stays in the log but no longer counts (`event.corrected`, v1).
///
/// Retracting a correction restores the event that correction retracted.
public struct EventCorrected: Codable, Hashable, Sendable {
  /// The global position of the event retracted.
  public var retracts: Int64
  public var reason: String
  /// The replacement fact, when the retracted one was right but for its day: the same fact,
  /// restated as having happened on this day ("completed on 28/06, not 30/06").
  public var restatedEffective: LocalDate?

  public init(retracts: Int64, reason: String, restatedEffective: LocalDate? = nil) {
    self.retracts = retracts
    self.reason = reason
    self.restatedEffective = restatedEffective
  }
}
