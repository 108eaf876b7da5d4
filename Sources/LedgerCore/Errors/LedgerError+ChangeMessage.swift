import Foundation

extension LedgerError {
  /// The message of an error about changes of people, units and plans during the year.
  func changeMessage(_ lang: Language) -> String {
    switch self {
    case .noSittingHead(let unit, let day):
      return lang.pick(
        vi:
          "Đơn vị \(unit) không có người đứng đầu vào ngày \(day.display): không có nhiệm kỳ nào để kết thúc; không ghi gì. Xem `clearledger unit list`.",
        en:
          "Unit \(unit) has no head on \(day.display): there is no tenure to end; nothing was recorded. See `clearledger unit list`."
      )
    case .unitClosed(let unit, let day):
      return lang.pick(
        vi:
          "Đơn vị \(unit) đã giải thể hoặc sáp nhập từ ngày \(day.display); không ghi gì. Hãy dùng đơn vị đang hoạt động.",
        en:
          "Unit \(unit) was dissolved or merged from \(day.display); nothing was recorded. Name a unit that still exists."
      )
    case .unitLeadsOpenTasks(let unit, let tasks):
      let list = tasks.prefix(10).map(\.rawValue).joined(separator: ", ")
      let more = tasks.count > 10 ? "…" : ""
      return lang.pick(
        vi:
          "Đơn vị \(unit) còn chủ trì \(tasks.count) nhiệm vụ chưa xong (\(list)\(more)); không giải thể. Hãy giao lại các nhiệm vụ (task reassign) hoặc sáp nhập đơn vị (unit merge \(unit) --into …).",
        en:
          "Unit \(unit) still leads \(tasks.count) open tasks (\(list)\(more)); it was not dissolved. Hand them over (task reassign) or merge the unit (unit merge \(unit) --into …)."
      )
    case .mergeIntoItself(let unit):
      return lang.pick(
        vi: "Không thể sáp nhập đơn vị \(unit) vào chính nó; hãy ghi đơn vị tiếp nhận (--into).",
        en: "Unit \(unit) cannot be merged into itself; name the unit it joins (--into).")
    case .amendmentChangesNothing(let id):
      let task = id.map { " \($0)" } ?? ""
      return lang.pick(
        vi:
          "Lệnh sửa nhiệm vụ\(task) không thay đổi gì (nội dung mới giống nội dung cũ); không ghi gì. Ghi ít nhất một trong --title, --role, --role-unit, --result, --support, --no-support.",
        en:
          "The amendment of task\(task) changes nothing (the new wording equals the old); nothing was recorded. Give at least one of --title, --role, --role-unit, --result, --support, --no-support."
      )
    default: return code.rawValue
    }
  }
}
