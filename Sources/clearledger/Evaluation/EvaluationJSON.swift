import LedgerCore
import LedgerJSON
import LedgerReports

/// One head and capacity in `evaluate --json` and `--csv`.
struct EvaluationJSON: Encodable {
  var person: String
  /// The person's staff code, when the appointment recorded one: tells namesakes apart.
  @ExplicitNull var personCode: String?
  var role: String
  var unit: String
  var capacity: String
  var tenureFrom: String
  @ExplicitNull var tenureUntil: String?
  var tasks: Int
  var completedOnTime: Int
  var completedLate: Int
  var inProgressWithinDeadline: Int
  var overdue: Int
  var obligationsOnTime: Int
  var obligationsMissed: Int
  /// Reporting obligations met, but late.
  var obligationsLate: Int
  var notScored: Int
  var extensions: Int
  @ExplicitNull var taskScore: Double?
  @ExplicitNull var generalPoints: Double?
  @ExplicitNull var total: Double?
  @ExplicitNull var band: String?
  @ExplicitNull var bandVi: String?
  @ExplicitNull var bandEn: String?
  var pending: Bool
  /// Why pending: general_points, leader_criteria, no_products.
  var pendingReasons: [String]
  /// The conditions that forced "not completed" (kind and decision).
  var conditions: [String]
  var policyVersion: String
  /// True for an acting head (appointed `--acting`): rated as the head for that time.
  var acting: Bool
  /// True when the person is rated excellent beyond the decree's quota (the text's warning):
  /// flagged, or moved down to good under `demote` (trial: only the text said so).
  var beyondExcellenceQuota: Bool

  init(
    _ row: Evaluation.Row, policy: EvaluationPolicy, conditions: [ConditionRecorded] = [],
    beyondQuota: Bool = false
  ) {
    person = row.tenure.person
    personCode = row.tenure.code
    role = row.tenure.role
    unit = row.tenure.unit.rawValue
    capacity = row.capacity.rawValue
    tenureFrom = row.tenure.from.iso
    tenureUntil = row.tenure.until?.iso
    tasks = row.credits.count
    completedOnTime = row.count(.onTime)
    completedLate = row.count(.late)
    inProgressWithinDeadline = row.count(.notYetDue)
    overdue = row.count(.overdue)
    obligationsOnTime = row.credits.filter { $0.isObligation && $0.outcome == .onTime }.count
    // A report filed late is late, not missed (trial: a yearly report filed on 05/12 was
    // counted "missed").
    obligationsMissed = row.credits.filter { $0.isObligation && $0.outcome == .overdue }.count
    obligationsLate = row.credits.filter { $0.isObligation && $0.outcome == .late }.count
    notScored = row.count(.notScored)
    extensions = row.extensions
    taskScore = row.taskScore.map(Self.rounded)
    generalPoints = row.generalPoints
    total = row.total.map(Self.rounded)
    band = row.band?.code
    bandVi = row.band?.vi
    bandEn = row.band?.en
    pending = row.isPending
    pendingReasons = row.pending.map(\.rawValue)
    self.conditions = conditions.map { "\($0.kind) \($0.decision)" }
    policyVersion = policy.version
    acting = row.tenure.acting == true
    beyondExcellenceQuota = beyondQuota
  }

  static func rounded(_ value: Double) -> Double { Decree335Rules.rounded(value) }

  /// The rows as CSV, a header line first.
  static func csv(_ rows: [EvaluationJSON], language: Language = .en) -> String {
    let vietnamese = [
      "Họ tên", "Chức danh", "Đơn vị", "Tư cách", "Từ ngày", "Đến hết ngày", "Số nhiệm vụ",
      "Hoàn thành đúng hạn", "Hoàn thành trễ hạn", "Đang làm trong hạn", "Quá hạn",
      "Nghĩa vụ đúng hạn", "Nghĩa vụ bỏ lỡ", "Không chấm", "Gia hạn", "Điểm nhiệm vụ",
      "Điểm chung", "Tổng điểm", "Xếp loại", "Chưa xếp loại vì", "Phiên bản tiêu chí",
      "Điều kiện áp dụng", "Mã cán bộ", "Giữ quyền", "Vượt tỷ lệ xuất sắc", "Mã lý do chờ",
      "Nghĩa vụ nộp trễ",
    ]
    let english = [
      "person", "role", "unit", "capacity", "tenure_from", "tenure_until", "tasks",
      "completed_on_time", "completed_late", "in_progress_within_deadline", "overdue",
      "obligations_on_time", "obligations_missed", "not_scored", "extensions", "task_score",
      "general_points", "total", "band", "pending", "policy_version", "conditions", "person_code",
      "acting", "beyond_excellence_quota", "pending_reasons", "obligations_late",
    ]
    let header = language == .vi ? vietnamese : english
    func number(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "" }
    func yes(_ value: Bool) -> String {
      value ? language.pick(vi: "có", en: "true") : language.pick(vi: "không", en: "false")
    }
    // For people (Vietnamese): the capacity in words and a tenure's last day in office, as
    // `head view` writes them (trial: "Đến ngày" held the successor's first day, and the
    // capacity its code). The English columns keep `tenure_until` as JSON has it.
    func capacity(_ code: String) -> String {
      guard language == .vi, let known = HeadView.Capacity(rawValue: code) else { return code }
      return known.label(.vi)
    }
    func until(_ iso: String?) -> String {
      guard language == .vi, let iso, let day = LocalDate(parsing: iso) else { return iso ?? "" }
      return day.adding(days: -1).iso
    }
    let lines = rows.map { r in
      [
        r.person, r.role, r.unit, capacity(r.capacity), r.tenureFrom, until(r.tenureUntil),
        "\(r.tasks)",
        "\(r.completedOnTime)", "\(r.completedLate)", "\(r.inProgressWithinDeadline)",
        "\(r.overdue)", "\(r.obligationsOnTime)", "\(r.obligationsMissed)", "\(r.notScored)",
        "\(r.extensions)", number(r.taskScore), number(r.generalPoints), number(r.total),
        (language == .vi ? r.bandVi : r.band) ?? "",
        // Why a rating waits, in words (trial: the column was headed "waiting for general
        // points" for every reason, a head without products among them).
        language == .vi
          ? r.pendingReasons.compactMap { AnnualScore.Pending(rawValue: $0)?.label(.vi) }
            .joined(separator: "; ")
          : yes(r.pending),
        r.policyVersion, r.conditions.joined(separator: "; "), r.personCode ?? "",
        yes(r.acting), yes(r.beyondExcellenceQuota), r.pendingReasons.joined(separator: ";"),
        "\(r.obligationsLate)",
      ]
    }
    return CSVText.table(header: header, rows: lines)
  }
}
