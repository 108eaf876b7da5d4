/// A period of the year that Decree 335 scores on its own (Article 21: the year is their average).
public struct EvaluationPeriod: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  /// How the year is cut.
  public enum Kind: String, Hashable, Sendable, Codable {
    case quarter, month
  }

  public var kind: Kind
  /// 1–4 for quarters, 1–12 for months.
  public var number: Int

  public init(kind: Kind, number: Int) {
    self.kind = kind
    self.number = number
  }

  /// The period a day falls in.
  public init(containing day: LocalDate, kind: Kind) {
    self.kind = kind
    number = kind == .quarter ? (day.month - 1) / 3 + 1 : day.month
  }

  /// Reads "Q1"…"Q4" or "M1"…"M12" (also "Quý 1", "Quý I", "Tháng 1"); nil when not a period.
  public init?(parsing text: String) {
    let folded = VietnameseText.searchKey(text).replacingOccurrences(of: " ", with: "")
    let kind: Kind
    let digits: Substring
    if folded.hasPrefix("q") {
      kind = .quarter
      let mark = folded.drop { $0 == "q" || $0 == "u" || $0 == "y" }
      if let roman = RomanNumeral.value(mark.uppercased()), roman <= 4 {
        self.init(kind: .quarter, number: roman)
        return
      }
      digits = folded.drop { !$0.isNumber }
    } else if folded.hasPrefix("m") || folded.hasPrefix("thang") {
      kind = .month
      digits = folded.drop { !$0.isNumber }
    } else {
      return nil
    }
    guard let number = Int(digits), number >= 1, number <= (kind == .quarter ? 4 : 12) else {
      return nil
    }
    self.init(kind: kind, number: number)
  }

  public static func < (lhs: EvaluationPeriod, rhs: EvaluationPeriod) -> Bool {
    lhs.number < rhs.number
  }

  /// "Q2" or "M7".
  public var description: String { (kind == .quarter ? "Q" : "M") + String(number) }

  /// The period in words.
  public func label(_ language: Language) -> String {
    switch kind {
    case .quarter:
      let roman = ["I", "II", "III", "IV"][number - 1]
      return language.pick(vi: "Quý \(roman)", en: "Q\(number)")
    case .month: return language.pick(vi: "Tháng \(number)", en: "Month \(number)")
    }
  }
}
