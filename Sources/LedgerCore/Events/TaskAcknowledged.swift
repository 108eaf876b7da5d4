/// The head of a task's lead unit confirms receiving the task (`task.acknowledged`, v1):
/// nhận nhiệm vụ, which ends "I was never told".
///
/// The unit is the lead unit on the day of receipt: a task handed to another unit is
/// acknowledged again by that unit's head.
public struct TaskAcknowledged: Codable, Hashable, Sendable {
  /// The head who confirmed receipt.
  public var by: String
  /// The lead unit whose head received it.
  public var unit: UnitCode

  public init(by: String, unit: UnitCode) {
    self.by = by
    self.unit = unit
  }
}

extension TaskAcknowledged: EventPayload {
  public static let typeName = "task.acknowledged"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .taskAcknowledged(self) }

  /// Receipt is kept in the task's record; where the task stands does not change.
  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      $0.record.acknowledgements.append(
        Acknowledgement(unit: unit, by: by, on: fact.effective))
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: "\(by) (trưởng \(unit)) xác nhận đã nhận nhiệm vụ \(c.subject)",
      en: "\(by) (head of \(unit)) acknowledged receiving task \(c.subject)")
  }

  public var performer: String? { by }

  public func checkStated() throws {
    try PayloadRules.text(by, .by)
  }
}

/// One lead unit's receipt of a task: who confirmed it, and on which day.
public struct Acknowledgement: Codable, Hashable, Sendable {
  public var unit: UnitCode
  public var by: String
  public var on: LocalDate

  public init(unit: UnitCode, by: String, on: LocalDate) {
    self.unit = unit
    self.by = by
    self.on = on
  }
}

extension TaskState {
  /// The first receipt by `unit`'s head, if any.
  public func acknowledgement(by unit: UnitCode) -> Acknowledgement? {
    record.acknowledgements.filter { $0.unit == unit }.min { $0.on < $1.on }
  }

  /// The day the current lead took the task: the assignment, or the last hand-over.
  public var leadSince: LocalDate {
    leadSpells.last { $0.unit == leadUnit }?.from ?? assignedOn
  }
}
