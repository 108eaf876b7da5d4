import Foundation
import LedgerCore
import OfficeDocuments

/// The yearly report as Markdown and CSV, with the labels both formats share.
public struct YearlyReportText {
  public let language: Language
  public let report: YearlyReport

  public init(language: Language, report: YearlyReport) {
    self.language = language
    self.report = report
  }

  public var l: Language { language }

  public var title: String {
    let scope = report.unit.map { "\($0.name)" } ?? l.pick(vi: "Tất cả đơn vị", en: "All units")
    return l.pick(
      vi: "Báo cáo kết quả thực hiện kế hoạch năm \(report.year) — \(scope)",
      en: "Report on the plan for \(report.year) — \(scope)")
  }

  /// The day and what the report holds: for one unit, the tasks it leads (and the lines, when
  /// a task it led twice has two) apart from those it supports (trial: "7 tasks" counted the
  /// tasks it only supports as its own, where `unit view` said 4).
  public var subtitle: String {
    let led = report.ledEntries
    let supported = report.entries.count - led.count
    let tasks = Set(led.map(\.view.task.id)).count
    guard report.unit != nil, supported > 0 || tasks != led.count else {
      // A task that changed hands has a line per charge: "12 lines for 10 tasks" (trial).
      let count = LineCount(report.entries.map(\.view))
      let counted =
        count.hasEarlierCharges
        ? count.text(l) : l.pick(vi: "\(count.lines) nhiệm vụ", en: "\(count.lines) tasks")
      return l.pick(
        vi: "Tình hình đến ngày \(report.day.display); \(counted)",
        en: "As of \(report.day.display); \(counted)")
    }
    let lines =
      tasks == led.count ? "" : l.pick(vi: " (\(led.count) dòng)", en: " (\(led.count) lines)")
    return l.pick(
      vi:
        "Tình hình đến ngày \(report.day.display); chủ trì \(tasks) nhiệm vụ\(lines), phối hợp \(supported) nhiệm vụ",
      en: "As of \(report.day.display); leads \(tasks) tasks\(lines), supports \(supported)")
  }

  /// The led tasks by bucket (for one unit, those it supports are not its own results).
  public func summary() -> String {
    let counts = report.counts
    return Bucket.allCases.compactMap { bucket in
      counts[bucket].map { "\($0) \(bucket.label(l))" }
    }.joined(separator: " · ")
  }

  /// The labelled facts of one task, in order, as (label, text).
  public func facts(_ entry: YearlyReport.Entry) -> [(String, String)] {
    let task = entry.view.task
    var rows: [(String, String)] = [
      // The unit this entry charges: an earlier lead keeps a deadline it missed.
      (l.pick(vi: "Chủ trì", en: "Lead unit"), entry.view.leadLabel(l)),
      (
        l.pick(vi: "Phối hợp", en: "Coordinating"),
        // The plan's words for the coordinating bodies, while the task is as the plan gave it:
        // after a hand-over they may name the new lead (trial: "Phối hợp: Văn phòng…" on the
        // line the Văn phòng led).
        task.supportingUnits.isEmpty
          ? (task.record.leads.count <= 1 ? task.source?.supportText ?? "—" : "—")
          : task.supportingUnits.map(\.rawValue).joined(separator: ", ")
      ),
      (
        l.pick(vi: "Người chịu trách nhiệm", en: "Accountable"),
        accountable(entry) + (entry.view.headRole.isEmpty ? "" : " (\(entry.view.headRole))")
          + (entry.periodHolders.isEmpty
            ? "" : l.pick(vi: "; mỗi kỳ ghi người trả lời", en: "; each period names who answered"))
      ),
      (l.pick(vi: "Kết quả yêu cầu", en: "Expected result"), task.expectedResult),
      (
        l.pick(vi: "Thời hạn", en: "Deadline"),
        // A recurring obligation's deadline is its rule, not the period that decided its
        // charge (trial: a quarterly report's deadline read "30/09/2027").
        task.deadline.isRecurring
          ? DeadlineText(language: l).describe(task)
            + (DeadlineText(language: l).periodNote(entry.view) ?? "")
          : (entry.view.charge.due.map(\.display) ?? DeadlineText(language: l).describe(task))
      ),
      (
        l.pick(vi: "Trạng thái", en: "Status"),
        // Said once when both say the same (trial: "đã hủy — đã hủy").
        entry.view.statusLabel(l) == entry.view.charge.label(l)
          ? entry.view.statusLabel(l)
          : "\(entry.view.statusLabel(l)) — \(entry.view.charge.label(l))"
      ),
    ]
    if let done = task.completedOn, entry.completedHere {
      var text = done.display
      if let result = task.completion?.result { text += "; " + result }
      if let evidence = task.completion?.evidence {
        text += "; " + l.pick(vi: "minh chứng: ", en: "evidence: ") + evidence
      }
      rows.append((l.pick(vi: "Hoàn thành", en: "Completed"), text))
    }
    if let cancellation = entry.cancellation {
      rows.append(
        (
          l.pick(vi: "Hủy", en: "Cancelled"),
          l.pick(
            vi: "\(cancellation.day.display), lý do: \(cancellation.reason)",
            en: "\(cancellation.day.display), reason: \(cancellation.reason)")
        ))
    }
    for (day, change) in entry.extensions {
      rows.append(
        (
          l.pick(vi: "Gia hạn", en: "Extension"),
          l.pick(
            vi:
              "\(day.display): từ \(change.previousDue.display) đến \(change.newDue.display), lý do: \(change.reason), phê duyệt: \(change.approvedBy)",
            en:
              "\(day.display): from \(change.previousDue.display) to \(change.newDue.display), reason: \(change.reason), approved by \(change.approvedBy)"
          )
        ))
    }
    for (day, excuse) in entry.excuses {
      var text = l.pick(
        vi: "\(day.display): \(excuse.reason), xác nhận: \(excuse.approvedBy)",
        en: "\(day.display): \(excuse.reason), approved by \(excuse.approvedBy)")
      if let decision = excuse.decision { text += " (\(decision))" }
      rows.append(
        (l.pick(vi: "Chậm do nguyên nhân khách quan", en: "Delay with an objective cause"), text))
    }
    if let (day, review) = entry.review {
      var text = l.pick(
        vi: "\(day.display): \(review.majorErrors) lỗi lớn, người đánh giá: \(review.by)",
        en: "\(day.display): \(review.majorErrors) major error(s), reviewed by \(review.by)")
      if let cause = review.objectiveCause {
        text += l.pick(vi: "; nguyên nhân khách quan: \(cause)", en: "; objective cause: \(cause)")
      }
      rows.append((l.pick(vi: "Đánh giá sản phẩm", en: "Product review"), text))
    }
    for (day, report) in entry.reports {
      var text = "\(day.display): \(report.text)"
      if let percent = report.percent { text += " (\(percent)%)" }
      if let document = report.document { text += " — \(document)" }
      rows.append((l.pick(vi: "Báo cáo", en: "Report"), text))
    }
    let obligationDay: DayOfYear? = {
      if case .yearly(let d, let m) = task.deadline { return DayOfYear(day: d, month: m) }
      return task.reportingDay
    }()
    if let obligationDay, let due = obligationDay.date(in: report.year) {
      // Filed in time, filed late (the first report after the day), not yet due, or missing.
      let late = entry.reports.map(\.day).filter { $0 > due }.min()
      let text: String
      if entry.reports.contains(where: { $0.day <= due }) {
        text = l.pick(vi: "đã nộp trước \(due.display)", en: "filed by \(due.display)")
      } else if let late {
        text = l.pick(
          vi: "nộp muộn ngày \(late.display) (hạn \(due.display))",
          en: "filed late on \(late.display) (due \(due.display))")
      } else if report.day < due {
        text = l.pick(vi: "chưa đến hạn (\(due.display))", en: "not yet due (\(due.display))")
      } else {
        text = l.pick(vi: "CHƯA NỘP (hạn \(due.display))", en: "NOT FILED (due \(due.display))")
      }
      rows.append((l.pick(vi: "Báo cáo năm", en: "Yearly report"), text))
    }
    // A recurring obligation's periods begun by the report's day, each with its report.
    for (period, met) in task.periodsOwed(in: report.year) where period.first <= report.day {
      let due = period.due.display
      var text: String
      if let met, met <= period.due {
        text = l.pick(vi: "đã báo cáo ngày \(met.display)", en: "reported on \(met.display)")
      } else if let met {
        text = l.pick(
          vi: "báo cáo chậm ngày \(met.display)", en: "reported late on \(met.display)")
      } else if period.due <= report.day {
        text = l.pick(vi: "CHƯA BÁO CÁO", en: "NOT REPORTED")
      } else {
        text = l.pick(vi: "chưa đến hạn", en: "not yet due")
      }
      if let holder = entry.periodHolders[period.due] {
        text += " — " + holder
      }
      rows.append(
        (
          l.pick(vi: "Báo cáo kỳ hạn \(due)", en: "Period report due \(due)"),
          text
        ))
    }
    for sentence in ExplanationText(language: l, day: report.day).sentences(entry.view) {
      rows.append((l.pick(vi: "Giải trình", en: "Explanation"), sentence))
    }
    // The explanations given are the rows above; overdue work without one says so, and its
    // latest report after the deadline is shown as a report, never as an explanation.
    if entry.view.bucket == .overdue, entry.explanation == nil {
      rows.append(
        (
          l.pick(vi: "Giải trình chậm", en: "Why it is late"),
          l.pick(vi: "chưa có giải trình", en: "no explanation filed")
        ))
    }
    if let report = entry.reportAfterDeadline {
      rows.append((l.pick(vi: "Báo cáo sau hạn", en: "Report after the deadline"), report))
    }
    return rows
  }

  /// Who answers for the entry: its head, or for a recurring obligation answered for by
  /// several people in the year, each of them in the order of their periods.
  func accountable(_ entry: YearlyReport.Entry) -> String {
    guard !entry.periodHolders.isEmpty else {
      return entry.view.headLabel ?? l.pick(vi: "chưa rõ", en: "nobody named")
    }
    var names: [String] = []
    for (_, name) in entry.periodHolders.sorted(by: { $0.key < $1.key })
    where !names.contains(name) {
      names.append(name)
    }
    return names.joined(separator: ", ")
  }

  /// The five clears of one task, as (clear, mark, reason).
  public func clears(_ entry: YearlyReport.Entry) -> [(String, Bool, String)] {
    entry.findings.map { ($0.clear.label(l), $0.satisfied, $0.reason(l)) }
  }

  /// The report as Markdown; every text from the ledger is escaped, so a title holding
  /// `<script>` or `*` reads as written and runs nothing where the file is shown (trial).
  public func markdown() -> String {
    let m = Self.markdownText
    var lines = ["# \(m(title))", "", m(subtitle), "", m(summary()), ""]
    for entry in report.entries {
      lines.append("## \(m(entry.view.task.id.rawValue)) — \(m(entry.view.task.title))")
      lines.append("")
      for (label, text) in facts(entry) { lines.append("- **\(m(label)):** \(m(text))") }
      lines.append("")
      lines.append("| " + l.pick(vi: "5 rõ", en: "Five clears") + " | | |")
      lines.append("|---|---|---|")
      for (clear, ok, reason) in clears(entry) {
        lines.append("| \(m(clear)) | \(ok ? "✓" : "✗") | \(m(reason)) |")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// Text as Markdown shows it literally: HTML's `<`, `>` and `&` as entities, and Markdown's
  /// marks (`*`, `_`, `[`, `]`, `` ` ``, `#`, `|`, `\\`) escaped with a backslash; a line break
  /// as a space, so a text cannot start a heading or a list.
  static func markdownText(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "*", "_", "[", "]", "`", "#", "|", "\\": out += "\\" + String(character)
      case "\n", "\r", "\r\n": out += " "
      default: out.append(character)
      }
    }
    return out
  }

  /// The explanations asked of the entry's unit and given, in one cell; the explanation kept
  /// for overdue work when there are none to tell.
  func explanations(_ entry: YearlyReport.Entry) -> String {
    let sentences = ExplanationText(language: l, day: report.day).sentences(entry.view)
    return sentences.isEmpty ? entry.explanation ?? "" : sentences.joined(separator: " ")
  }

  /// The column headers of the CSV and workbook forms, in the report's language.
  public var columns: [String] {
    l == .vi
      ? [
        "Mã nhiệm vụ", "Nội dung", "Đơn vị chủ trì", "Người chịu trách nhiệm", "Thời hạn",
        "Trạng thái", "Tình hình", "Ngày hoàn thành", "Kết quả", "Minh chứng", "Số báo cáo",
        "Số lần gia hạn", "Giải trình", "Số rõ đạt (/5)",
      ]
      : [
        "task", "title", "lead_unit", "accountable", "deadline", "status", "bucket",
        "completed_on", "result", "evidence", "reports", "extensions", "explanation",
        "clears_met",
      ]
  }

  /// One row per task, as typed cells: dates as dates, counts as numbers.
  public func sheetRows() -> [[SheetCell]] {
    report.entries.map { entry in
      let task = entry.view.task
      func date(_ day: LocalDate?) -> SheetCell {
        day.map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .empty
      }
      let deadline: SheetCell =
        task.deadline.isRecurring
        ? .text(DeadlineText(language: l).describe(task))
        : entry.view.charge.due.map { .date(year: $0.year, month: $0.month, day: $0.day) }
          ?? .text(DeadlineText(language: l).describe(task))
      return [
        .text(task.id.rawValue), .text(task.title), .text(entry.view.leadLabel(l)),
        .text(entry.periodHolders.isEmpty ? entry.view.headPerson ?? "" : accountable(entry)),
        deadline,
        .text(l == .vi ? entry.view.statusLabel(l) : task.status.rawValue),
        .text(l == .vi ? entry.view.charge.label(l) : entry.view.bucket.rawValue),
        date(entry.completedHere ? task.completedOn : nil),
        .text(entry.completedHere ? task.completion?.result ?? "" : ""),
        .text(entry.completedHere ? task.completion?.evidence ?? "" : ""),
        .number(Double(entry.reports.count)),
        .number(Double(entry.extensions.count)),
        // The explanations asked and given, as the Markdown and HTML forms list them (trial:
        // the column was empty where they showed both).
        .text(explanations(entry)),
        .number(Double(entry.findings.filter(\.satisfied).count)),
      ]
    }
  }

  public func csv() -> String {
    let rows = sheetRows().map { cells in
      cells.map { cell -> String in
        switch cell {
        case .text(let text): return text
        case .number(let value): return String(Int(value))
        case .date(let y, let m, let d):
          return LocalDate(year: y, month: m, day: d).map { l == .vi ? $0.display : $0.iso } ?? ""
        case .empty: return ""
        }
      }
    }
    return CSVText.table(header: columns, rows: rows)
  }

  /// The report as a workbook: one sheet of tasks.
  public func workbook() throws -> Data {
    try WorkbookWriter().data([
      SheetContent(
        name: l.pick(vi: "Báo cáo năm \(report.year)", en: "Report \(report.year)"),
        header: columns, rows: sheetRows(),
        columnWidths: [12, 60, 12, 24, 14, 16, 18, 14, 40, 30, 10, 10, 40, 10])
    ])
  }
}
