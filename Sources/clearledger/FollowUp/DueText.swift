import LedgerCore
import LedgerReports

/// Renders reminders: the `due` table, and each person's notice for `remind`.
struct DueText {
  let language: Language
  let list: DueList

  var l: Language { language }

  /// The `due` table: one block per person, each task with its deadline, days left or late,
  /// the reminder it is at and its last report.
  func table() -> String {
    var out = [
      l.pick(
        vi: "Nhắc việc ngày \(list.day.display): hạn trong \(list.within) ngày tới và quá hạn",
        en: "Reminders on \(list.day.display): due within \(list.within) days, and overdue")
    ]
    if list.groups.isEmpty, list.unanswered.isEmpty {
      out.append(l.pick(vi: "Không có nhiệm vụ nào.", en: "No task."))
      return out.joined(separator: "\n")
    }
    for group in list.groups {
      out.append("")
      out.append(group.label)
      out.append(rows(group.items, withCapacity: true).render())
    }
    if !list.unanswered.isEmpty {
      out.append("")
      out.append(l.pick(vi: "Chưa rõ người chịu trách nhiệm", en: "No one answerable on record"))
      out.append(rows(list.unanswered, withCapacity: false).render())
    }
    out.append("")
    out.append(
      l.pick(
        vi: "Tổng: \(list.taskCount) nhiệm vụ, \(list.groups.count) người",
        en: "Total: \(list.taskCount) task(s), \(list.groups.count) person(s)"))
    return out.joined(separator: "\n")
  }

  private func rows(_ items: [DueList.Item], withCapacity: Bool) -> TextTable {
    var headers = [
      l.pick(vi: "Mã", en: "Task"), l.pick(vi: "Nội dung", en: "Title"),
      l.pick(vi: "Chủ trì", en: "Lead"), l.pick(vi: "Hạn", en: "Due"),
      l.pick(vi: "Còn lại", en: "Days"), l.pick(vi: "Mức nhắc", en: "Reminder"),
      l.pick(vi: "Báo cáo gần nhất", en: "Last report"),
    ]
    if withCapacity { headers.append(l.pick(vi: "Tư cách", en: "Capacity")) }
    var table = TextTable(headers: headers)
    for item in items {
      var row = [
        item.view.task.id.rawValue, TextTable.shorten(item.view.task.title, to: 44),
        item.view.lead.rawValue, item.due.display, item.daysText(l), item.stage.label(l),
        lastReport(item),
      ]
      if withCapacity { row.append(item.capacity.label(l)) }
      table.rows.append(row)
    }
    return table
  }

  /// "05/10/2026" or "chưa có".
  func lastReport(_ item: DueList.Item) -> String {
    item.view.task.lastReportOn?.display ?? l.pick(vi: "chưa có", en: "none")
  }

  /// One person's notice, ready to send: Markdown when `markdown`, plain text otherwise.
  func notice(_ group: DueList.Group, markdown: Bool) -> String {
    let title = l.pick(
      vi: "Nhắc việc ngày \(list.day.display)", en: "Reminder of \(list.day.display)")
    var out: [String] = []
    out.append(markdown ? "# \(title)" : title.uppercased())
    out.append("")
    out.append(l.pick(vi: "Kính gửi: \(group.label)", en: "To: \(group.label)"))
    out.append("")
    let overdue = group.items.filter { $0.daysLeft < 0 }.count
    out.append(
      l.pick(
        vi:
          "Sổ theo dõi nhiệm vụ xin nhắc \(group.items.count) nhiệm vụ đến hạn trong \(list.within) ngày tới hoặc đã quá hạn (\(overdue) quá hạn) mà đồng chí chịu trách nhiệm:",
        en:
          "The task ledger reminds you of \(group.items.count) task(s) you answer for that are due within \(list.within) days or overdue (\(overdue) overdue):"
      ))
    out.append("")
    if markdown {
      out.append(
        "| "
          + [
            l.pick(vi: "Mã", en: "Task"), l.pick(vi: "Nội dung", en: "Title"),
            l.pick(vi: "Hạn", en: "Due"), l.pick(vi: "Còn lại", en: "Days"),
            l.pick(vi: "Mức nhắc", en: "Reminder"),
            l.pick(vi: "Báo cáo gần nhất", en: "Last report"),
            l.pick(vi: "Tư cách", en: "Capacity"),
          ].joined(separator: " | ") + " |")
      out.append("|" + String(repeating: " --- |", count: 7))
      for item in group.items {
        let cells = [
          item.view.task.id.rawValue, item.view.task.title, item.due.display, item.daysText(l),
          item.stage.label(l), lastReport(item), item.capacity.label(l),
        ].map { $0.replacingOccurrences(of: "|", with: "\\|") }
        out.append("| " + cells.joined(separator: " | ") + " |")
      }
    } else {
      for item in group.items {
        out.append(
          "- \(item.view.task.id.rawValue): \(item.view.task.title)\n  "
            + l.pick(
              vi:
                "Hạn \(item.due.display), \(item.daysText(l)) (\(item.stage.label(l))); chủ trì \(item.view.lead.rawValue); báo cáo gần nhất: \(lastReport(item)); tư cách: \(item.capacity.label(l)).",
              en:
                "Due \(item.due.display), \(item.daysText(l)) (\(item.stage.label(l))); lead \(item.view.lead.rawValue); last report: \(lastReport(item)); capacity: \(item.capacity.label(l))."
            ))
      }
    }
    out.append("")
    out.append(
      l.pick(
        vi:
          "Đề nghị đồng chí chỉ đạo hoàn thành đúng hạn; nhiệm vụ quá hạn cần báo cáo tiến độ hoặc giải trình.",
        en:
          "Please see that they are completed on time; overdue tasks need a progress report or an explanation."
      ))
    return out.joined(separator: "\n") + "\n"
  }
}
