import Foundation
import LedgerCore
import OfficeDocuments

/// The status table as a workbook a clerk opens in Excel: one row per task, deadlines and
/// completion days as dates, headers and words in the chosen language.
struct StatusSheet {
  let language: Language
  let day: LocalDate

  /// The header row.
  var header: [String] {
    let l = language
    return [
      l.pick(vi: "Mã", en: "Id"), l.pick(vi: "Nội dung", en: "Task"),
      l.pick(vi: "Chủ trì", en: "Lead"), l.pick(vi: "Hạn", en: "Due"),
      l.pick(vi: "Trạng thái", en: "Status"), l.pick(vi: "Phân loại", en: "Bucket"),
      l.pick(vi: "Người chịu trách nhiệm", en: "Accountable"),
      l.pick(vi: "Chức danh", en: "Role"), l.pick(vi: "Ngày hoàn thành", en: "Completed on"),
    ]
  }

  /// One row per task: text as text, dates as dates.
  func rows(_ tasks: [TaskView]) -> [[SheetCell]] {
    tasks.map { view in
      func date(_ day: LocalDate?) -> SheetCell {
        day.map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .empty
      }
      let due: SheetCell =
        view.charge.due.map { .date(year: $0.year, month: $0.month, day: $0.day) }
        ?? .text(DeadlineText(language: language).describe(view.task))
      return [
        .text(view.task.id.rawValue), .text(view.task.title), .text(view.leadLabel(language)), due,
        .text(view.statusLabel(language)), .text(view.charge.label(language)),
        .text(view.headPerson ?? ""), .text(view.headRole), date(view.task.completedOn),
      ]
    }
  }

  /// The workbook's bytes.
  func workbook(_ tasks: [TaskView]) throws -> Data {
    try WorkbookWriter().data([
      SheetContent(
        name: language.pick(vi: "Tình hình \(day.display)", en: "Status \(day.iso)")
          .replacingOccurrences(of: "/", with: "-"),
        header: header, rows: rows(tasks), columnWidths: [12, 60, 10, 14, 16, 26, 26, 24, 14])
    ])
  }
}
