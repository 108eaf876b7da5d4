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
    case .recordNotRetractable(let type, let position):
      let (vi, en) = Self.ownCommand(ofType: type)
      return lang.pick(
        vi:
          "Không thể đính chính sự kiện #\(position) (\(type)): khóa, tài khoản, quy định và nguồn không rút lại bằng `correct`, vì việc rút lại không có hiệu lực ở đâu cả. Không ghi gì. \(vi) Nếu định đính chính một sự kiện khác, hãy kiểm tra số thứ tự bằng `clearledger audit`.",
        en:
          "Cannot retract event #\(position) (\(type)): keys, accounts, policies and sources are not retracted with `correct`, as a retraction would take effect nowhere. Nothing was written. \(en) If you meant another event, check its position with `clearledger audit`."
      )
    case .positionNotOfTask(let position, let task, let stream, let type):
      return lang.pick(
        vi:
          "Sự kiện #\(position) không thuộc nhiệm vụ \(task.rawValue): đó là \(type) của \(stream). Không ghi gì. Xem các sự kiện của nhiệm vụ và số thứ tự của chúng bằng `clearledger history \(task.rawValue)`.",
        en:
          "Event #\(position) is not one of task \(task.rawValue)'s events: it is a \(type) of \(stream). Nothing was written. See the task's events and their positions with `clearledger history \(task.rawValue)`."
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

  /// What to do instead of retracting a record of this type, in both languages.
  static func ownCommand(ofType type: String) -> (vi: String, en: String) {
    switch type {
    case KeyRegistered.typeName, KeyRevoked.typeName:
      return (
        "Khóa cấp nhầm thì thu hồi bằng `clearledger key revoke`; khóa thu hồi nhầm thì cấp khóa mới bằng `clearledger key new`.",
        "Revoke a key made by mistake with `clearledger key revoke`; after a revocation made by mistake, make a new key with `clearledger key new`."
      )
    case AccountOpened.typeName, AccountRoleChanged.typeName, AccountDisabled.typeName:
      return (
        "Tài khoản thì đổi vai trò bằng `clearledger account role` hoặc khóa bằng `clearledger account disable`.",
        "Change an account's role with `clearledger account role`, or disable it with `clearledger account disable`."
      )
    case PolicyAdopted.typeName:
      return (
        "Một quy định đã áp dụng thì giữ nguyên; muốn đổi, hãy áp dụng quy định mới bằng `clearledger policy`.",
        "A policy adopted stays; to change it, adopt a new one with `clearledger policy`."
      )
    default:
      return (
        "Nguồn đã đăng ký thì giữ nguyên, như mọi sự kiện đã nhận.",
        "A registered source stays, as every accepted event does."
      )
    }
  }
}
