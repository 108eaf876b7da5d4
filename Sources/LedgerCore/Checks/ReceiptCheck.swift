/// Tasks whose lead unit did not confirm receiving them in time (nhận nhiệm vụ): open tasks not
/// acknowledged within the policy's working days of the day the unit took them, and tasks
/// acknowledged after that.
public struct ReceiptCheck: Sendable {
  /// One task received late, or not yet.
  public struct Late: Hashable, Sendable {
    public var view: TaskView
    /// The day the current lead took the task (assignment or hand-over).
    public var since: LocalDate
    /// The last day receipt was due.
    public var dueBy: LocalDate
    /// The day it was acknowledged, when it was (late).
    public var acknowledgedOn: LocalDate?
    /// Who headed the lead unit on `dueBy`, whose receipt it was to give: not the head of
    /// today, who may have come after (trial: a head appointed months later was named).
    public var headOnDueBy: Tenure?

    /// The head on `dueBy` as people read it: "Trần Thị Bình (TTB)".
    public var headLabel: String? {
      headOnDueBy.map { tenure in tenure.code.map { "\(tenure.person) (\($0))" } ?? tenure.person }
    }
  }

  /// The working days allowed.
  public let workingDays: Int
  public let late: [Late]

  /// Checks the board's current lines on its day with the board's policy.
  public init(board: AccountabilityBoard) {
    let days = board.policy.receiptWorkingDays
    workingDays = days
    late = board.tasks.filter(\.isCurrent).compactMap { view in
      let task = view.task
      let since = task.leadSince
      let dueBy = WorkingDays.adding(days, to: since)
      let receipt = task.acknowledgement(by: task.leadUnit).flatMap { $0.on >= since ? $0 : nil }
      let head = board.units.first { $0.code == task.leadUnit }?.head(on: dueBy)
      if let receipt {
        return receipt.on > dueBy
          ? Late(
            view: view, since: since, dueBy: dueBy, acknowledgedOn: receipt.on, headOnDueBy: head)
          : nil
      }
      guard !task.status.isClosed, board.day > dueBy else { return nil }
      return Late(view: view, since: since, dueBy: dueBy, acknowledgedOn: nil, headOnDueBy: head)
    }
  }
}

/// Working days: Monday to Friday (public holidays are not known to the ledger).
public enum WorkingDays {
  /// True for Monday to Friday.
  public static func isWorkingDay(_ day: LocalDate) -> Bool {
    // 01/01/1970 was a Thursday: day number 0 → weekday 4 (0 = Sunday).
    let weekday = ((day.dayNumber % 7) + 7 + 4) % 7
    return weekday != 0 && weekday != 6
  }

  /// The day `count` working days after `day`.
  public static func adding(_ count: Int, to day: LocalDate) -> LocalDate {
    var current = day
    var left = count
    while left > 0 {
      current = current.adding(days: 1)
      if isWorkingDay(current) { left -= 1 }
    }
    return current
  }
}
