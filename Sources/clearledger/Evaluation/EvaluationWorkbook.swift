import Foundation
import LedgerCore
import LedgerReports
import OfficeDocuments

/// `evaluate --xlsx FILE`: one sheet of heads with their counts, scores and bands, one of the
/// tasks that counted; numbers as numbers, dates as dates, headers in the output language.
struct EvaluationWorkbook {
  let language: Language
  let rows: [Evaluation.Row]
  let policy: EvaluationPolicy
  /// Whether a row's person is rated excellent beyond the decree's quota.
  var beyondQuota: (Evaluation.Row) -> Bool = { _ in false }

  func data() throws -> Data {
    try WorkbookWriter().data([heads(), tasks()])
  }

  private func date(_ day: LocalDate?) -> SheetCell {
    day.map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .empty
  }

  /// A tenure's end as people read it in Vietnamese: its last day in office, "Đến hết ngày"
  /// (as `head view` and the CSV write it); in English `tenure_until`, the day after, as JSON.
  private func lastDay(_ until: LocalDate?) -> SheetCell {
    date(language == .vi ? until?.adding(days: -1) : until)
  }

  private func number(_ value: Double?) -> SheetCell { value.map(SheetCell.number) ?? .empty }

  private func heads() -> SheetContent {
    let l = language
    let header =
      l == .vi
      ? [
        "Họ tên", "Chức danh", "Đơn vị", "Tư cách", "Từ ngày", "Đến hết ngày", "Số nhiệm vụ",
        "Hoàn thành đúng hạn", "Hoàn thành trễ hạn", "Đang làm trong hạn", "Quá hạn",
        "Nghĩa vụ đúng hạn", "Nghĩa vụ bỏ lỡ", "Không chấm", "Gia hạn", "Điểm nhiệm vụ",
        "Điểm chung", "Tổng điểm", "Xếp loại", "Chờ xếp loại vì / điều kiện", "Mã cán bộ",
        "Giữ quyền", "Vượt tỷ lệ xuất sắc", "Nghĩa vụ nộp trễ",
      ]
      : [
        "person", "role", "unit", "capacity", "tenure_from", "tenure_until", "tasks",
        "completed_on_time", "completed_late", "in_progress_within_deadline", "overdue",
        "obligations_on_time", "obligations_missed", "not_scored", "extensions", "task_score",
        "general_points", "total", "band", "pending_reasons_or_conditions", "person_code",
        "acting", "beyond_excellence_quota", "obligations_late",
      ]
    let lines: [[SheetCell]] = rows.map { row in
      let json = EvaluationJSON(row, policy: policy)
      return [
        .text(json.person), .text(json.role), .text(json.unit),
        // The capacity in words for people (trial: its code in a Vietnamese workbook).
        .text(l == .vi ? row.capacity.label(.vi) : json.capacity),
        date(row.tenure.from), lastDay(row.tenure.until), .number(Double(json.tasks)),
        .number(Double(json.completedOnTime)), .number(Double(json.completedLate)),
        .number(Double(json.inProgressWithinDeadline)), .number(Double(json.overdue)),
        .number(Double(json.obligationsOnTime)), .number(Double(json.obligationsMissed)),
        .number(Double(json.notScored)), .number(Double(json.extensions)),
        number(json.taskScore), number(json.generalPoints), number(json.total),
        .text((l == .vi ? json.bandVi : json.bandEn) ?? json.band ?? ""),
        .text(
          (row.pending.map { $0.label(l) }
            + row.conditions.map {
              "\($0.label(l)) (\(l.pick(vi: "quyết định", en: "decision")) \($0.decision))"
            }).joined(separator: "; ")),
        .text(json.personCode ?? ""),
        .text(json.acting ? l.pick(vi: "có", en: "true") : l.pick(vi: "không", en: "false")),
        .text(beyondQuota(row) ? l.pick(vi: "có", en: "true") : l.pick(vi: "không", en: "false")),
        .number(Double(json.obligationsLate)),
      ]
    }
    return SheetContent(
      name: l.pick(vi: "Người đứng đầu", en: "Heads"), header: header, rows: lines,
      columnWidths: [24, 20, 10, 18, 12, 12] + Array(repeating: 10, count: 13) + [
        36, 12, 10, 12, 10,
      ])
  }

  private func tasks() -> SheetContent {
    let l = language
    let header =
      l == .vi
      ? [
        "Họ tên", "Mã cán bộ", "Tư cách", "Mã nhiệm vụ", "Nội dung", "Hạn tính", "Kết quả",
        "Nghĩa vụ báo cáo", "Gia hạn",
      ]
      : [
        "person", "person_code", "capacity", "task", "title", "due", "outcome", "obligation",
        "extensions",
      ]
    var lines: [[SheetCell]] = []
    for row in rows {
      for credit in row.credits {
        lines.append([
          .text(row.tenure.person), .text(row.tenure.code ?? ""),
          .text(
            row.capacity == .accountableHead
              ? l.pick(vi: "chịu trách nhiệm", en: "accountable")
              : l.pick(vi: "trưởng đơn vị chủ trì", en: "lead unit head")),
          .text(credit.task.id.rawValue), .text(credit.task.title),
          date(credit.due),
          .text(
            l == .vi
              ? Bucket(rawValue: credit.outcome.rawValue)?.label(.vi) ?? credit.outcome.rawValue
              : credit.outcome.rawValue),
          .text(credit.isObligation ? l.pick(vi: "có", en: "yes") : l.pick(vi: "không", en: "no")),
          .number(Double(credit.extensions)),
        ])
      }
    }
    return SheetContent(
      name: l.pick(vi: "Nhiệm vụ được tính", en: "Tasks counted"), header: header, rows: lines,
      columnWidths: [24, 12, 20, 14, 60, 12, 24, 12, 10])
  }
}
