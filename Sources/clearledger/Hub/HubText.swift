import Foundation
import LedgerCore
import LedgerHub
import LedgerJSON
import LedgerReports

/// Renders the hub's answers: the same rows as a commune's views, the source first.
enum HubText {
  /// Tasks from many sources: one row each, as `status` shows them, the source first.
  static func printTasks(
    _ rows: [(HubSource, TaskView)], day: LocalDate, _ context: HubRunner.Context
  ) {
    if context.json {
      JSONOutput.print(rows.map { SourcedJSON(source: $0.0.id, row: TaskJSON($0.1)) })
      return
    }
    let l = context.language
    guard !rows.isEmpty else {
      print(l.pick(vi: "Không có nhiệm vụ nào.", en: "No tasks."))
      return
    }
    var table = TextTable(
      headers: [
        l.pick(vi: "Nguồn", en: "Source"), l.pick(vi: "Mã", en: "Id"),
        l.pick(vi: "Nội dung", en: "Task"), l.pick(vi: "Chủ trì", en: "Lead"),
        l.pick(vi: "Hạn", en: "Due"), l.pick(vi: "Phân loại", en: "Bucket"),
        l.pick(vi: "Người chịu trách nhiệm", en: "Accountable"),
      ])
    for (source, view) in rows {
      let head = view.headPerson ?? l.pick(vi: "chưa rõ người", en: "nobody named")
      table.rows.append([
        source.id, view.task.id.rawValue, TextTable.shorten(view.task.title, to: 40),
        view.task.leadUnit.rawValue, DeadlineText(language: l).describe(view.task.deadline),
        view.bucket.label(l), "\(head) (\(view.task.headRole))",
      ])
    }
    let header = l.pick(vi: "Tình hình ngày \(day.display)", en: "Status on \(day.display)")
    let sources = Set(rows.map(\.0.id)).count
    let total = l.pick(
      vi: "Tổng: \(rows.count) nhiệm vụ ở \(sources) nguồn",
      en: "Total: \(rows.count) tasks in \(sources) sources")
    print(header + "\n" + table.render() + "\n\n" + total)
  }
}
