/// Roman numerals as plans number appendices and sections.
enum RomanNumeral {
  /// The value of I…XXXIX, or nil.
  static func value(_ text: String) -> Int? {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
    guard !text.isEmpty, text.allSatisfy({ values[$0] != nil }) else { return nil }
    var total = 0
    let digits = text.compactMap { values[$0] }
    for (index, digit) in digits.enumerated() {
      if index + 1 < digits.count, digit < digits[index + 1] {
        total -= digit
      } else {
        total += digit
      }
    }
    return total > 0 && total < 40 ? total : nil
  }
}
