import LedgerCore

extension LedgerError {
  /// The message a commune's error gives when the hub raised it: the commune's words, with the
  /// hub's commands where the commune's own message names the commune's.
  ///
  /// A unit the source does not hold is looked up with `hub units --source`, not added with
  /// `unit add`: the hub reads the commune's facts and records none of its own.
  public func hubMessage(_ language: Language) -> String {
    switch self {
    case .unknownUnit(let text, let closest):
      let list = closest.joined(separator: "; ")
      return language.pick(
        vi:
          "Không có đơn vị “\(text)”\(closest.isEmpty ? "" : ". Gần nhất: " + list). Xem các đơn vị của xã bằng `clearledger hub units --source NGUỒN`; một đơn vị mới chỉ có trên trung tâm sau khi xã ghi nó vào sổ của mình và nộp lại bản xuất.",
        en:
          "There is no unit “\(text)”\(closest.isEmpty ? "" : ". Closest: " + list). See the commune's units with `clearledger hub units --source SOURCE`; a new unit reaches the hub only once the commune records it in its own ledger and sends its export again."
      )
    default:
      return message(language)
    }
  }
}
