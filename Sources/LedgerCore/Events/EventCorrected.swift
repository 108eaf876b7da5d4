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

extension EventCorrected: EventPayload {
  public static let typeName = "event.corrected"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .eventCorrected(self) }

  /// A correction changes which facts count, not a state: the folds take it out beforehand.
  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let restated =
      restatedEffective.map {
        c.pick(vi: ", ghi lại là xảy ra ngày \($0.display)", en: ", restated as on \($0.display)")
      } ?? ""
    return c.pick(
      vi: "đính chính: rút lại sự kiện #\(retracts)\(restated) (lý do: \(reason))",
      en: "correction: retracted event #\(retracts)\(restated) (reason: \(reason))")
  }

  public func checkStated() throws {
    try PayloadRules.text(reason, .reason, limit: TextRules.longLimit)
    if retracts < 1 { throw LedgerError.unknownPosition(retracts) }
  }
}
