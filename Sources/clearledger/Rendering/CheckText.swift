import LedgerCore
import LedgerReports

/// Renders a five-clear check for people: per task, the five clears; then totals.
struct CheckText {
  let language: Language
  let day: LocalDate
  /// The moment asked with `--known-at`, as people write it (`TimeOptions.knownAtShown`): the
  /// heading then says the check is as known then (trial: a printed check could not be told
  /// from a current one).
  var knownAt: String? = nil

  func render(_ check: FiveClearCheck) -> String {
    let l = language
    var lines = [
      l.pick(vi: "Kiểm tra 5 rõ ngày \(day.display)", en: "Five-clear check on \(day.display)")
        + (knownAt.map { KnownAtText.suffix($0, l) } ?? ""), "",
    ]
    let width = Clear.allCases.map { $0.label(l).count }.max() ?? 0
    for result in check.results {
      let task = result.view.task
      lines.append(
        "\(task.id)  \(TextTable.shorten(task.title, to: 70))  [\(result.satisfied)/5]")
      for finding in result.findings {
        let mark = finding.satisfied ? "✓" : "✗"
        let label = finding.clear.label(l)
        let padded = label + String(repeating: " ", count: width - label.count)
        let severity = finding.severity >= .info ? finding.severity.label(l) + ": " : ""
        lines.append("  \(mark) \(padded)  \(severity)\(finding.reason(l))")
      }
      lines.append("")
    }
    lines.append(l.pick(vi: "Theo đơn vị chủ trì:", en: "By lead unit:"))
    var table = TextTable(
      headers: [
        l.pick(vi: "Đơn vị", en: "Unit"), l.pick(vi: "Nhiệm vụ", en: "Tasks"),
        l.pick(vi: "Đủ 5 rõ", en: "All five"),
      ]
        + Clear.allCases.map {
          l.pick(vi: "Thiếu ", en: "No ")
            + $0.label(l).lowercased().replacingOccurrences(
              of: l.pick(vi: "rõ ", en: "clear "), with: "")
        })
    for (unit, totals) in check.units {
      table.rows.append(row(unit.code.rawValue, totals))
    }
    table.rows.append(row(l.pick(vi: "Cả kế hoạch", en: "Whole plan"), check.overall))
    lines += table.render().split(separator: "\n").map(String.init)
    let severities = [Severity.error, .warning, .info].map { severity in
      "\(check.overall.bySeverity[severity] ?? 0) \(severity.label(l))"
    }
    lines.append("")
    lines.append(l.pick(vi: "Phát hiện: ", en: "Findings: ") + severities.joined(separator: " · "))
    return lines.joined(separator: "\n")
  }

  private func row(_ name: String, _ totals: FiveClearCheck.Totals) -> [String] {
    [name, "\(totals.tasks)", "\(totals.fullyClear)"]
      + Clear.allCases.map { "\(totals.failedByClear[$0] ?? 0)" }
  }
}
