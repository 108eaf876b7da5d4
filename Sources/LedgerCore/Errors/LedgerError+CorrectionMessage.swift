import Foundation

extension LedgerError {
  /// The message of an error about a correction (`correct`): what it cannot retract, and why.
  func correctionMessage(_ lang: Language) -> String {
    switch self {
    case .alreadyRetracted(let position, let by):
      return lang.pick(
        vi:
          "Sự kiện \(position) đã được đính chính bởi sự kiện \(by). Muốn khôi phục, hãy đính chính sự kiện \(by).",
        en:
          "Event \(position) is already retracted by event \(by). To restore it, correct event \(by)."
      )
    case .unitInUse(let code, let tasks):
      return lang.pick(
        vi: "Không thể rút việc đăng ký đơn vị \(code): \(tasks) nhiệm vụ đang gắn với đơn vị này.",
        en: "Cannot retract the registration of unit \(code): \(tasks) task(s) refer to it.")
    case .personNotRetractable(let name, let position):
      return lang.pick(
        vi:
          "Không thể rút việc đăng ký người \(name) (#\(position)): người đã đăng ký vẫn được giữ, vì việc bổ nhiệm, tài khoản và đánh giá gọi đến họ. Không ghi gì. Nếu đăng ký sai tên, hãy đăng ký đúng bằng `clearledger person add` và ghi các việc sau cho người đó; nếu bổ nhiệm nhầm người, hãy đính chính việc bổ nhiệm.",
        en:
          "Cannot retract the registration of \(name) (#\(position)): a registered person stays registered, as appointments, accounts and ratings name them. Nothing was written. If the name was wrong, register the right one with `clearledger person add` and record what follows for that person; if the wrong person was appointed, correct the appointment."
      )
    case .cannotRestate(let position, let type):
      return lang.pick(
        vi:
          "Không thể đổi ngày của sự kiện #\(position) (\(type)). Hãy đính chính (rút lại) rồi ghi lại đúng.",
        en: "Event #\(position) (\(type)) cannot be re-dated. Retract it and record it again.")
    case .assignmentInUse(let task, let position, let later):
      let shown =
        later.prefix(8).map { "#\($0)" }.joined(separator: ", ")
        + (later.count > 8 ? ", …" : "")
      return lang.pick(
        vi:
          "Không thể rút việc giao nhiệm vụ \(task) (#\(position)): \(later.count) sự kiện sau của nhiệm vụ vẫn đang được tính dựa trên nó (\(shown)), và sẽ mất theo, kể cả phần quá hạn đã chốt. Nếu giao sai một chi tiết, hãy sửa bằng `clearledger task amend \(task)`; nếu giao nhầm cả nhiệm vụ, hãy đính chính các sự kiện sau trước (từ sự kiện mới nhất), rồi mới rút việc giao.",
        en:
          "Cannot retract the assignment of task \(task) (#\(position)): \(later.count) later event(s) of the task still count on it (\(shown)) and would be voided with it, with any lateness already fixed. If one detail was wrong, correct it with `clearledger task amend \(task)`; if the whole task was assigned by mistake, retract those events first (latest first), then the assignment."
      )
    default: return code.rawValue
    }
  }
}
