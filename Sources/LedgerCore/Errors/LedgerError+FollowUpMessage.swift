extension LedgerError {
  /// The message of an error about following work up: receipt, explanations, evidence files.
  func followUpMessage(_ lang: Language) -> String? {
    switch self {
    case .notLeadUnitHead(let id, let person, let unit, let head):
      let who =
        head.map {
          lang.pick(
            vi: " Trưởng \(unit) ngày đó là \($0).", en: " \(unit)'s head that day is \($0).")
        }
        ?? lang.pick(
          vi: " \(unit) chưa có người đứng đầu vào ngày đó: hãy bổ nhiệm trước (`head appoint`).",
          en: " \(unit) has no head on that day: appoint one first (`head appoint`).")
      return lang.pick(
        vi:
          "\(person) không phải người đứng đầu đơn vị chủ trì \(unit) của nhiệm vụ \(id): chỉ người đó xác nhận đã nhận nhiệm vụ.\(who)",
        en:
          "\(person) is not the head of \(unit), the lead unit of task \(id): only that head acknowledges receiving it.\(who)"
      )
    case .alreadyAcknowledged(let id, let unit, let day):
      return lang.pick(
        vi:
          "\(unit) đã xác nhận nhận nhiệm vụ \(id) ngày \(day.display); không cần ghi lại. Xem `clearledger history \(id)`.",
        en:
          "\(unit) already acknowledged task \(id) on \(day.display); nothing to record again. See `clearledger history \(id)`."
      )
    case .explanationPending(let id, let due):
      return lang.pick(
        vi:
          "Nhiệm vụ \(id) đang có yêu cầu giải trình chưa được trả lời (hạn \(due.display)). Hãy ghi giải trình bằng `task explain` trước khi yêu cầu lần nữa.",
        en:
          "Task \(id) already has an explanation asked for and not yet given (due \(due.display)). Record it with `task explain` before asking again."
      )
    case .explanationDueBeforeRequest(let id, let due, let requested):
      return lang.pick(
        vi:
          "Hạn giải trình \(due.display) của nhiệm vụ \(id) trước ngày yêu cầu \(requested.display). Hãy cho một hạn từ ngày yêu cầu trở đi.",
        en:
          "The explanation of task \(id) would be due \(due.display), before it is asked on \(requested.display). Give a day on or after the request."
      )
    case .noExplanationRequested(let id):
      return lang.pick(
        vi:
          "Chưa có yêu cầu giải trình nào đang chờ cho nhiệm vụ \(id). Hãy ghi yêu cầu trước bằng `task explain-request`.",
        en:
          "No explanation of task \(id) is asked for. Record the request first with `task explain-request`."
      )
    default:
      return nil
    }
  }
}
