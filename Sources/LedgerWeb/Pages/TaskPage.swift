import Foundation
import LedgerCore
import LedgerStore

/// One task's page: the five clears, the timeline with both times and who recorded, and the
/// forms for the actions this account may take.
struct TaskPage: PageModel, Equatable {
  struct Clear: Equatable {
    var label: String
    var met: Bool
    var reason: String
  }

  struct Line: Equatable {
    var position: Int64
    var effective: String
    var recorded: String
    var recorder: String
    /// Who did the work, when the event names them (`by`): credit follows them, so the page
    /// shows them as `history` does (trial: only the recorder was shown).
    var performer: String?
    var phrase: String
    var retracted: Bool
  }

  var title: String
  var id: String
  var taskTitle: String
  var row: TaskRow?
  /// Earlier leads' parts: each lead that kept a deadline it missed before the task left it.
  var earlier: [TaskRow]
  var hasEarlier: Bool
  var expectedResult: String
  var headRole: String
  var clears: [Clear]
  var timeline: [Line]
  var version: Int
  var mayStart: Bool
  var mayReport: Bool
  /// The task owes a yearly report (a yearly obligation, or ongoing work with a reporting
  /// day): the report form offers to file the year's report (trial: the web could not).
  var owesYearlyReport: Bool
  var mayComplete: Bool
  var mayExtend: Bool
  var mayReassign: Bool
  var mayCancel: Bool
  var mayPause: Bool
  var mayResume: Bool
  var mayAcknowledge: Bool
  var mayRequestExplanation: Bool
  var mayExplain: Bool
  var mayAmend: Bool
  var mayCorrect: Bool
  /// The day the awaited explanation is due, when one is awaited.
  var explanationDue: String?
  /// Whether the account records for others (a clerk or a leader): the forms then ask who
  /// acted, prefilled with the lead unit's head on the day viewed (not the head who answers
  /// for a deadline already passed).
  var recordsForOthers: Bool
  var leadUnitHead: String
  /// The head who answers the awaited explanation: the asked unit's head today (an earlier
  /// lead's after a hand-over), which the explanation form proposes.
  var explainerHead: String
  /// The approver a form proposes: the signed-in leader, else nobody (a clerk names one).
  var approver: String
  var mayAny: Bool
  /// Why the page offers no form, in the reader's terms: a head's account whose person does
  /// not head the unit on the day viewed is told so (trial: told that the role records
  /// nothing, which was not the reason).
  var noActionsReason: String?
  var layout = Layout()

  init(
    _ id: TaskID, board: AccountabilityBoard, history: [HistoryEntry], account: AccountState,
    time: TimeQuery, timeZone: TimeZone, language: Language
  ) {
    // The task as it stands (its current lead), the view `check` judges; earlier leads'
    // overdue parts are shown apart.
    let view = FiveClearCheck.judged(id, on: board)
    self.id = id.rawValue
    taskTitle = view?.task.title ?? id.rawValue
    title = "\(id.rawValue) – \(taskTitle)"
    row = view.map { TaskRow($0, day: board.day, language: language, timeSuffix: time.suffix) }
    earlier = board.views(of: id).filter { $0.key != view?.key }.map {
      TaskRow($0, day: board.day, language: language, timeSuffix: time.suffix)
    }
    expectedResult = view?.task.expectedResult ?? ""
    headRole = view?.task.headRole ?? ""
    hasEarlier = !earlier.isEmpty
    clears =
      view.map(FiveClearRules.findings(for:))?.map {
        Clear(label: $0.clear.label(language), met: $0.satisfied, reason: $0.reason(language))
      } ?? []
    timeline = history.map { entry in
      let event = entry.event
      return Line(
        position: event.position, effective: event.effective.display,
        recorded: Self.display(event.recorded, in: timeZone), recorder: event.actor,
        performer: event.event.payload.performer,
        phrase: event.event.payload.phrase(
          PhraseContext(language: language, subject: id.rawValue)),
        retracted: entry.retractedBy != nil)
    }
    version = history.count
    let lead = view?.task.leadUnit
    // A head's account writes only while its person heads the unit (`HeadTenureCheck`): a
    // replaced head is shown no form it would be refused (trial: both were offered, then 403).
    let inOffice =
      account.role != .head
      || board.units.first { $0.code == account.unit }?.head(on: board.day).map {
        VietnameseText.matchKey($0.person) == VietnameseText.matchKey(account.person)
      } == true
    let may = { (action: WebAction) in
      inOffice && Permissions.allows(account, action, leadUnit: lead)
    }
    let status = view?.task.status
    let open = [TaskStatus.assigned, .inProgress, .paused].contains(status)
    mayStart = may(.start) && status == .assigned
    mayReport = may(.report) && open
    owesYearlyReport = {
      switch view?.task.deadline {
      case .yearly: return true
      case .ongoing: return view?.task.reportingDay != nil
      default: return false
      }
    }()
    mayComplete = may(.complete) && [TaskStatus.assigned, .inProgress].contains(status)
    mayExtend = may(.extend) && open && view?.task.deadline.fixedDate != nil
    mayReassign = may(.reassign) && open
    mayCancel = may(.cancel) && open
    mayPause = may(.pause) && [TaskStatus.assigned, .inProgress].contains(status)
    mayResume = may(.resume) && status == .paused
    let acknowledged = view.flatMap { view in
      view.task.acknowledgement(by: view.task.leadUnit).map { $0.on >= view.task.leadSince }
    }
    mayAcknowledge = may(.acknowledge) && open && acknowledged != true
    let pending = view?.task.record.explanations.last { $0.answeredOn == nil }
    explanationDue = pending?.due.display
    let exists = view != nil && status != .superseded
    mayRequestExplanation = may(.requestExplanation) && exists && pending == nil
    // The head of the unit asked answers (an earlier lead after a hand-over).
    mayExplain =
      inOffice
      && Permissions.allows(
        account, .explain, leadUnit: ActionPolicy.unit(for: .explain, view?.task))
      && exists && pending != nil
    mayAmend = may(.amend) && open
    recordsForOthers = account.role != .head
    // The forms record what happens on the day viewed: the heads proposed are that day's.
    let headOn = { (unit: UnitCode?) in
      board.units.first { $0.code == unit }?.head(on: board.day)?.person ?? ""
    }
    leadUnitHead = headOn(view?.task.leadUnit)
    explainerHead = headOn(ActionPolicy.unit(for: .explain, view?.task))
    approver = account.role == .leader ? account.person : ""
    mayCorrect = may(.correct) && !history.isEmpty
    mayAny =
      mayStart || mayReport || mayComplete || mayExtend || mayReassign || mayCancel || mayPause
      || mayResume || mayAcknowledge || mayRequestExplanation || mayExplain || mayAmend
      || mayCorrect
    if !mayAny, !inOffice, let unit = account.unit {
      let day = board.day.display
      noActionsReason = language.pick(
        vi:
          "Ngày \(day) \(account.person) không đứng đầu \(unit.rawValue), nên tài khoản trưởng đơn vị này không ghi được gì vào ngày đó.",
        en:
          "On \(day) \(account.person) does not head \(unit.rawValue), so this head's account records nothing for that day."
      )
    }
  }

  /// An instant in the ledger's time zone, to the minute.
  static func display(_ instant: Date, in timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
    return String(
      format: "%02d/%02d/%04d %02d:%02d", c.day ?? 0, c.month ?? 0, c.year ?? 0, c.hour ?? 0,
      c.minute ?? 0)
  }
}
