/// One of the five clears: rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ kết quả.
public enum Clear: String, CaseIterable, Codable, Sendable {
  case person, task, time, responsibility, result

  /// The clear's name as documents write it.
  public func label(_ language: Language) -> String {
    switch self {
    case .person: return language.pick(vi: "Rõ người", en: "Clear person")
    case .task: return language.pick(vi: "Rõ việc", en: "Clear task")
    case .time: return language.pick(vi: "Rõ thời gian", en: "Clear time")
    case .responsibility: return language.pick(vi: "Rõ trách nhiệm", en: "Clear responsibility")
    case .result: return language.pick(vi: "Rõ kết quả", en: "Clear result")
    }
  }
}

/// How much a finding matters: `ok` and `info` satisfy the clear; `warning` and `error` do not.
public enum Severity: String, CaseIterable, Codable, Sendable, Comparable {
  case ok, info, warning, error

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  private var rank: Int {
    switch self {
    case .ok: return 0
    case .info: return 1
    case .warning: return 2
    case .error: return 3
    }
  }

  /// The severity in words.
  public func label(_ language: Language) -> String {
    switch self {
    case .ok: return language.pick(vi: "đạt", en: "ok")
    case .info: return language.pick(vi: "lưu ý", en: "note")
    case .warning: return language.pick(vi: "cảnh báo", en: "warning")
    case .error: return language.pick(vi: "lỗi", en: "error")
    }
  }
}

/// What one rule says about one clear of one task.
public struct Finding: Hashable, Sendable {
  public var clear: Clear
  /// The rule's stable name, such as `result.not_checkable`.
  public var rule: String
  public var severity: Severity
  public var vi: String
  public var en: String

  /// True when the clear is met.
  public var satisfied: Bool { severity <= .info }

  /// The reason in the chosen language.
  public func reason(_ language: Language) -> String { language.pick(vi: vi, en: en) }
}
