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
    default:
      return nil
    }
  }
}
