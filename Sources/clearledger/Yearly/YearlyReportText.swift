import LedgerCore

/// The yearly report as Markdown and CSV, with the labels both formats share.
struct YearlyReportText {
  let language: Language
  let report: YearlyReport

  var l: Language { language }

  var title: String {
    let scope = report.unit.map { "\($0.name)" } ?? l.pick(vi: "Tất cả đơn vị", en: "All units")
    return l.pick(
      vi: "Báo cáo kết quả thực hiện kế hoạch năm \(report.year) — \(scope)",
      en: "Report on the plan for \(report.year) — \(scope)")
  }

  var subtitle: String {
    l.pick(
      vi: "Tình hình đến ngày \(report.day.display); \(report.entries.count) nhiệm vụ",
      en: "As of \(report.day.display); \(report.entries.count) tasks")
  }

  func summary() -> String {
    let counts = report.counts
    return Bucket.allCases.compactMap { bucket in
      counts[bucket].map { "\($0) \(bucket.label(l))" }
    }.joined(separator: " · ")
  }

  /// The labelled facts of one task, in order, as (label, text).
  func facts(_ entry: YearlyReport.Entry) -> [(String, String)] {
    let task = entry.view.task
    var rows: [(String, String)] = [
      (l.pick(vi: "Chủ trì", en: "Lead unit"), task.leadUnit.rawValue),
      (
        l.pick(vi: "Phối hợp", en: "Coordinating"),
        task.supportingUnits.isEmpty
          ? (task.source?.supportText ?? "—")
          : task.supportingUnits.map(\.rawValue).joined(separator: ", ")
      ),
      (
        l.pick(vi: "Người chịu trách nhiệm", en: "Accountable"),
        "\(entry.view.headPerson ?? l.pick(vi: "chưa rõ", en: "nobody named")) (\(task.headRole))"
      ),
      (l.pick(vi: "Kết quả yêu cầu", en: "Expected result"), task.expectedResult),
      (l.pick(vi: "Thời hạn", en: "Deadline"), DeadlineText(language: l).describe(task.deadline)),
      (
        l.pick(vi: "Trạng thái", en: "Status"),
        "\(task.status.label(l)) — \(entry.view.bucket.label(l))"
      ),
    ]
    if let done = task.completedOn {
      var text = done.display
      if let result = task.completion?.result { text += "; " + result }
      if let evidence = task.completion?.evidence {
        text += "; " + l.pick(vi: "minh chứng: ", en: "evidence: ") + evidence
      }
      rows.append((l.pick(vi: "Hoàn thành", en: "Completed"), text))
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
      let filed = entry.reports.contains { $0.day <= due }
      rows.append(
        (
          l.pick(vi: "Báo cáo năm", en: "Yearly report"),
          filed
            ? l.pick(vi: "đã nộp trước \(due.display)", en: "filed by \(due.display)")
            : l.pick(vi: "CHƯA NỘP (hạn \(due.display))", en: "NOT FILED (due \(due.display))")
        ))
    }
    if let explanation = entry.explanation {
      rows.append((l.pick(vi: "Giải trình chậm", en: "Why it is late"), explanation))
    } else if entry.view.bucket == .overdue {
      rows.append(
        (
          l.pick(vi: "Giải trình chậm", en: "Why it is late"),
          l.pick(vi: "chưa có giải trình", en: "no explanation filed")
        ))
    }
    return rows
  }

  /// The five clears of one task, as (clear, mark, reason).
  func clears(_ entry: YearlyReport.Entry) -> [(String, Bool, String)] {
    entry.findings.map { ($0.clear.label(l), $0.satisfied, $0.reason(l)) }
  }

  func markdown() -> String {
    var lines = ["# \(title)", "", subtitle, "", summary(), ""]
    for entry in report.entries {
      lines.append("## \(entry.view.task.id) — \(entry.view.task.title)")
      lines.append("")
      for (label, text) in facts(entry) { lines.append("- **\(label):** \(text)") }
      lines.append("")
      lines.append("| " + l.pick(vi: "5 rõ", en: "Five clears") + " | | |")
      lines.append("|---|---|---|")
      for (clear, ok, reason) in clears(entry) {
        lines.append(
          "| \(clear) | \(ok ? "✓" : "✗") | \(reason.replacingOccurrences(of: "|", with: "\\|")) |")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  func csv() -> String {
    let header = [
      "task", "title", "lead_unit", "accountable", "deadline", "status", "bucket", "completed_on",
      "result", "evidence", "reports", "extensions", "explanation", "clears_met",
    ]
    let rows = report.entries.map { entry in
      let task = entry.view.task
      return [
        task.id.rawValue, task.title, task.leadUnit.rawValue, entry.view.headPerson ?? "",
        task.deadline.fixedDate?.iso ?? DeadlineText(language: l).describe(task.deadline),
        task.status.rawValue, entry.view.bucket.rawValue, task.completedOn?.iso ?? "",
        task.completion?.result ?? "", task.completion?.evidence ?? "", "\(entry.reports.count)",
        "\(entry.extensions.count)", entry.explanation ?? "",
        "\(entry.findings.filter(\.satisfied).count)/5",
      ]
    }
    return CSVText.table(header: header, rows: rows)
  }
}
