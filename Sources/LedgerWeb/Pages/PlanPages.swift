import LedgerCore
import LedgerStore

/// The plan upload form's model.
struct PlanUploadPage: PageModel {
  var title: String
  var layout = Layout()

  init(language: Language) {
    title = language.pick(vi: "Nhập kế hoạch", en: "Import a plan")
  }
}

/// What an import would do (the preview, with the confirmation form) or did: the plan, the
/// units it creates, its tasks and what the reader should check, as `import --dry-run` lists.
struct PlanPreviewPage: PageModel {
  struct Task {
    var id: String
    var title: String
    var lead: String
    /// The role that answers for it, as the plan names it ("—" when none).
    var role: String
    var result: String
    var due: String
  }

  var title: String
  var fileName: String
  var planTitle: String
  var number: String
  var issued: String
  var effective: String
  var alreadyImported: Bool
  var dryRun: Bool
  var token: String
  var events: Int
  var newUnits: [String]
  var hasNewUnits: Bool
  var tasks: [Task]
  var notes: [String]
  var planLink: String
  var layout = Layout()

  init(_ outcome: PlanImportOutcome, fileName: String, token: String, language: Language) {
    let l = language
    let plan = outcome.prepared.registration
    dryRun = outcome.dryRun
    title =
      dryRun
      ? l.pick(vi: "Xem trước khi nhập kế hoạch", en: "Preview of the plan import")
      : l.pick(vi: "Đã nhập kế hoạch", en: "Plan imported")
    self.fileName = fileName
    planTitle = plan.title
    number = plan.number ?? l.pick(vi: "dự thảo (chưa có số)", en: "draft (no number)")
    issued = plan.issued?.display ?? "—"
    effective = outcome.effective.display
    alreadyImported = outcome.prepared.alreadyImported
    self.token = token
    events = outcome.prepared.alreadyImported ? 0 : outcome.prepared.commands.count
    newUnits = outcome.prepared.newUnits
    hasNewUnits = !newUnits.isEmpty
    let deadlines = DeadlineText(language: l)
    tasks = outcome.prepared.commands.compactMap { command in
      guard case .assignTask(let task) = command else { return nil }
      return Task(
        id: task.id?.rawValue ?? "", title: task.title, lead: task.leadUnit,
        role: task.headRole.isEmpty ? "—" : task.headRole,
        result: task.expectedResult.isEmpty ? "—" : task.expectedResult,
        due: task.deadlineUnread
          ? l.pick(vi: "chưa đọc được hạn “", en: "unreadable deadline “")
            + (task.source?.deadlineText ?? "") + "”"
          : deadlines.describe(task.deadline))
    }
    var notes: [String] = []
    let p = outcome.prepared
    func list(_ ids: [TaskID]) -> String { ids.map(\.rawValue).joined(separator: ", ") }
    if !p.superseded.isEmpty {
      notes.append(
        l.pick(vi: "Kết thúc (thay bằng kế hoạch này): ", en: "Ended (superseded): ")
          + list(p.superseded))
    }
    if !p.unreadDeadlines.isEmpty {
      notes.append(
        l.pick(vi: "Không đọc được hạn: ", en: "Deadlines not read: ") + list(p.unreadDeadlines))
    }
    if !p.yearlyWithoutDay.isEmpty {
      notes.append(
        l.pick(vi: "Hằng năm chưa có ngày báo cáo: ", en: "Yearly without a reporting day: ")
          + list(p.yearlyWithoutDay))
    }
    if !p.withoutHeadRole.isEmpty {
      notes.append(
        l.pick(vi: "Chưa có người đứng đầu chịu trách nhiệm: ", en: "No accountable head: ")
          + list(p.withoutHeadRole))
    }
    self.notes = notes
    planLink = "/tasks?plan=" + TimeQuery.encode(outcome.prepared.id.rawValue)
  }
}
