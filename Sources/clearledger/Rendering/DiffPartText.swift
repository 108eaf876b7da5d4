import LedgerCore

/// One part of a line that changed between two moments, in words: "head: An → Bình".
enum DiffPartText {
  /// "lead: CAX → TTPVHCC"; an empty side reads "—", a day as the office writes it.
  static func line(_ part: BoardDiff.Part, _ old: String, _ new: String, _ l: Language) -> String {
    func shown(_ value: String) -> String {
      guard !value.isEmpty else { return "—" }
      switch part {
      case .due, .completedOn: return LocalDate(parsing: value)?.display ?? value
      case .status: return TaskStatus(rawValue: value)?.label(l) ?? value
      default: return value
      }
    }
    return "\(label(part, l)): \(shown(old)) → \(shown(new))"
  }

  /// The part's name in words.
  static func label(_ part: BoardDiff.Part, _ l: Language) -> String {
    switch part {
    case .status: return l.pick(vi: "trạng thái", en: "status")
    case .bucket: return l.pick(vi: "phân loại", en: "bucket")
    case .due: return l.pick(vi: "hạn", en: "deadline")
    case .lead: return l.pick(vi: "đơn vị chủ trì", en: "lead unit")
    case .head: return l.pick(vi: "người chịu trách nhiệm", en: "accountable")
    case .leadUnitHead: return l.pick(vi: "trưởng đơn vị chủ trì", en: "head of the lead unit")
    case .completedOn: return l.pick(vi: "ngày hoàn thành", en: "completed on")
    }
  }
}
