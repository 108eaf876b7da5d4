import LedgerCore

extension WebAction {
  /// What the action does, in the user's language, as a browser user would say it.
  func label(_ language: Language) -> String {
    switch self {
    case .read: return language.pick(vi: "xem các trang", en: "read the pages")
    case .evaluate: return language.pick(vi: "xem đánh giá", en: "read the evaluation")
    case .audit: return language.pick(vi: "xem nhật ký ghi", en: "read the audit")
    case .start: return language.pick(vi: "ghi bắt đầu thực hiện", en: "record a start")
    case .report: return language.pick(vi: "báo cáo tiến độ", en: "file a report")
    case .complete: return language.pick(vi: "ghi hoàn thành", en: "record a completion")
    case .pause: return language.pick(vi: "tạm dừng nhiệm vụ", en: "pause a task")
    case .resume: return language.pick(vi: "cho thực hiện tiếp", en: "resume a task")
    case .extend: return language.pick(vi: "gia hạn", en: "extend a deadline")
    case .reassign: return language.pick(vi: "giao lại đơn vị chủ trì", en: "hand a task over")
    case .cancel: return language.pick(vi: "hủy nhiệm vụ", en: "cancel a task")
    case .correct: return language.pick(vi: "đính chính", en: "correct an event")
    case .acknowledge: return language.pick(vi: "xác nhận đã nhận", en: "acknowledge receipt")
    case .explain: return language.pick(vi: "giải trình", en: "explain")
    case .requestExplanation:
      return language.pick(vi: "yêu cầu giải trình", en: "ask for an explanation")
    case .amend: return language.pick(vi: "sửa nội dung nhiệm vụ", en: "amend a task")
    case .assign: return language.pick(vi: "giao nhiệm vụ, nhập kế hoạch", en: "assign or import")
    case .manageAccounts: return language.pick(vi: "quản lý tài khoản", en: "manage accounts")
    }
  }
}
