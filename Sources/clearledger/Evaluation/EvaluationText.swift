import Foundation
import LedgerCore

/// Renders an evaluation for people: a table of heads, or one person's work shown in full.
struct EvaluationText {
  let language: Language
  let policy: EvaluationPolicy
  let year: Int

  func table(_ rows: [Evaluation.Row]) -> String {
    let l = language
    guard !rows.isEmpty else {
      return l.pick(
        vi: "Không có người đứng đầu nào trong năm \(year).", en: "No heads in \(year).")
    }
    var table = TextTable(
      headers: [
        l.pick(vi: "Người", en: "Person"), l.pick(vi: "Chức danh", en: "Role"),
        l.pick(vi: "Tư cách", en: "Capacity"), l.pick(vi: "NV", en: "Tasks"),
        l.pick(vi: "Đúng hạn", en: "On time"), l.pick(vi: "Trễ", en: "Late"),
        l.pick(vi: "Trong hạn", en: "Not due"), l.pick(vi: "Quá hạn", en: "Overdue"),
        l.pick(vi: "Gia hạn", en: "Ext."), l.pick(vi: "Điểm NV/70", en: "Tasks/70"),
        l.pick(vi: "Chung/30", en: "General/30"), l.pick(vi: "Tổng", en: "Total"),
        l.pick(vi: "Xếp loại", en: "Band"),
      ])
    for row in rows {
      table.rows.append([
        row.tenure.person, "\(row.tenure.role), \(row.tenure.unit)",
        row.capacity == .accountableHead
          ? l.pick(vi: "chịu TN", en: "accountable") : l.pick(vi: "trưởng ĐV", en: "lead unit"),
        "\(row.credits.count)", "\(row.count(.onTime))", "\(row.count(.late))",
        "\(row.count(.notYetDue))", "\(row.count(.overdue))", "\(row.extensions)",
        number(row.taskScore), number(row.generalPoints), number(row.total),
        row.band.map { l.pick(vi: $0.vi, en: $0.en) }
          ?? l.pick(vi: "chờ điểm chung", en: "pending general points"),
      ])
    }
    let header = l.pick(
      vi: "Đánh giá năm \(year) — chính sách \(policy.version)",
      en: "Evaluation \(year) — policy \(policy.version)")
    return header + "\n" + table.render()
  }

  /// Every task that counted for the rows' person, with its credit and deciding events.
  func explain(_ rows: [Evaluation.Row]) -> String {
    let l = language
    guard !rows.isEmpty else {
      return l.pick(
        vi: "Người này không đứng đầu đơn vị nào trong năm \(year).",
        en: "This person headed no unit in \(year).")
    }
    var lines: [String] = []
    for row in rows {
      let until = row.tenure.until?.display ?? l.pick(vi: "nay", en: "now")
      lines.append(
        "\(row.tenure.person) — \(row.tenure.role), \(row.tenure.unit) (\(row.tenure.from.display)–\(until)), "
          + row.capacity.label(l))
      for credit in row.credits {
        let outcome = label(credit)
        let value = policy.credit(credit.outcome).map { String(format: "%.4f", $0) } ?? "—"
        let kind =
          credit.isObligation
          ? l.pick(vi: "nghĩa vụ báo cáo", en: "reporting obligation")
          : l.pick(vi: "hạn", en: "due")
        var line =
          "  \(credit.task.id)  \(kind) \(credit.due.display): \(outcome) → \(l.pick(vi: "điểm", en: "credit")) \(value)"
        if credit.extensions > 0 {
          line += l.pick(
            vi: "; \(credit.extensions) lần gia hạn, \(credit.extensionsCounted) được tính",
            en: "; \(credit.extensions) extension(s), \(credit.extensionsCounted) counted")
        }
        if !credit.decidedBy.isEmpty {
          line +=
            l.pick(vi: "; sự kiện ", en: "; events ")
            + credit.decidedBy.map { "#\($0)" }.joined(separator: ", ")
        }
        lines.append(line)
      }
      let scored = row.credits.compactMap { policy.credit($0.outcome) }
      lines.append(
        "  " + l.pick(vi: "Điểm nhiệm vụ", en: "Task score") + ": "
          + (row.taskScore.map {
            String(
              format: "%.0f × %.4f / %d = %.2f", policy.taskPointsMax, scored.reduce(0, +),
              scored.count, $0)
          } ?? l.pick(vi: "chưa có nhiệm vụ đến hạn", en: "no task due yet")))
      lines.append(
        "  " + l.pick(vi: "Điểm chung", en: "General points") + ": "
          + (row.generalPoints.map { String(format: "%g", $0) }
            ?? l.pick(vi: "chưa ghi (chờ đánh giá)", en: "not recorded (pending)")))
      if let total = row.total, let band = row.band {
        lines.append(
          "  " + l.pick(vi: "Tổng", en: "Total") + String(format: ": %.2f → ", total)
            + l.pick(vi: band.vi, en: band.en))
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// How a task ended, in words; obligations are reported rather than completed.
  private func label(_ credit: TaskCredit) -> String {
    let l = language
    switch (credit.outcome, credit.isObligation) {
    case (.onTime, true): return l.pick(vi: "báo cáo đúng hạn", en: "reported on time")
    case (.late, true): return l.pick(vi: "báo cáo trễ", en: "reported late")
    case (.overdue, true): return l.pick(vi: "không báo cáo", en: "not reported")
    case (.notScored, _):
      return l.pick(vi: "không chấm (không hạn)", en: "not scored (no deadline)")
    default: return Bucket(rawValue: credit.outcome.rawValue)?.label(l) ?? credit.outcome.rawValue
    }
  }

  private func number(_ value: Double?) -> String {
    value.map { String(format: "%.2f", $0) } ?? "—"
  }
}
