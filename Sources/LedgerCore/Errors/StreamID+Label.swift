import Foundation

extension StreamID {
  /// The stream as users name it: "task PL1-I-1", "unit VHXH".
  public func label(_ lang: Language) -> String {
    switch self {
    case .task(let id): return lang.pick(vi: "Nhiệm vụ \(id)", en: "Task \(id)")
    case .unit(let code): return lang.pick(vi: "Đơn vị \(code)", en: "Unit \(code)")
    case .plan(let id): return lang.pick(vi: "Kế hoạch \(id)", en: "Plan \(id)")
    case .evaluation(let key): return lang.pick(vi: "Đánh giá \(key)", en: "Evaluation \(key)")
    case .key(let id): return lang.pick(vi: "Khóa ký \(id)", en: "Signing key \(id)")
    case .policy(let name): return lang.pick(vi: "Quy định \(name)", en: "Policy \(name)")
    case .account(let name): return lang.pick(vi: "Tài khoản \(name)", en: "Account \(name)")
    case .person(let code): return lang.pick(vi: "Người \(code)", en: "Person \(code)")
    }
  }

  /// The command that shows this stream's history.
  public var historyCommand: String {
    switch self {
    case .task(let id): return "clearledger history \(id)"
    case .unit(let code): return "clearledger history \(code)"
    case .plan, .evaluation, .policy: return "clearledger replay"
    case .key: return "clearledger key list"
    case .account: return "clearledger account list"
    case .person: return "clearledger person list"
    }
  }
}
