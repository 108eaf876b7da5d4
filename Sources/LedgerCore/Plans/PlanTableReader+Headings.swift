import Foundation

/// What a plan's lines are: headings, row numbers, section labels, prose assignments.
extension PlanTableReader {
  /// Why no task row was found: a header missing columns (named with what it lacks), tasks
  /// assigned in paragraphs, or no table at all.
  static func whyNoTable(_ lines: [PlanParser.Line]) -> LedgerError {
    for line in lines {
      guard let cells = line.cells?.map(PlanParser.oneLine),
        let missing = PlanColumns.missing(in: cells)
      else { continue }
      return .taskTableIncomplete(
        line: line.number, headers: cells.filter { !$0.isEmpty }, missing: missing)
    }
    let assignments = lines.filter { $0.cells == nil && isProseAssignment($0.text) }
    if assignments.count >= 2, let first = assignments.first {
      return .tasksInProse(line: first.number, text: String(first.text.prefix(90)))
    }
    return .noPlanTable
  }

  /// True for a paragraph that gives a unit work, such as "Ủy ban Pháp luật chủ trì, phối hợp…"
  /// or "- Bộ Công an có trách nhiệm…" (a list number or dash before it is skipped).
  static func isProseAssignment(_ text: String) -> Bool {
    var sentence = Substring(text)
    while let first = sentence.first, first.isNumber || ".)-–•+ ".contains(first) {
      sentence = sentence.dropFirst()
    }
    if sentence.count >= 2, sentence.dropFirst().first == ")" { sentence = sentence.dropFirst(2) }
    var body = String(sentence).trimmingCharacters(in: .whitespaces)
    guard body.count > 20 else { return false }
    // "Giao Sở Tài chính chủ trì…", "Đề nghị UBND xã triển khai…": the unit after the verb
    // that gives the work.
    var given = false
    for opening in ["giao cho ", "giao ", "de nghi ", "yeu cau ", "phan cong ", "chi dao "]
    where VietnameseText.searchKey(body).hasPrefix(opening) {
      body = String(body.dropFirst(opening.count))
      given = true
      break
    }
    let key = VietnameseText.searchKey(body)
    // "… do Phòng Văn hóa - Xã hội thực hiện": the unit after "do".
    if let range = key.range(of: " do "),
      let phrase = UnitNames.leadingPhrase(
        of: String(body.dropFirst(key.distance(from: key.startIndex, to: range.upperBound)))),
      !phrase.isEmpty
    {
      return true
    }
    guard UnitNames.leadingPhrase(of: body) != nil else { return false }
    return given || key.contains(" chu tri") || key.contains(" co trach nhiem")
      || key.contains(" chiu trach nhiem")
  }

  /// "PHỤ LỤC II" → 2.
  static func appendixNumber(_ text: String) -> Int? {
    let key = VietnameseText.searchKey(text)
    guard key.hasPrefix("phu luc") else { return nil }
    let rest =
      key.dropFirst("phu luc".count).trimmingCharacters(in: .whitespaces)
      .split(separator: " ").first.map(String.init) ?? ""
    let label = rest.trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
    return Int(label) ?? RomanNumeral.value(label.uppercased()) ?? (rest.isEmpty ? 1 : nil)
  }

  /// The label of a section heading written in one merged cell ("II - Thể chế" → "II").
  static func sectionHeading(_ text: String) -> String? {
    let label = text.prefix { $0.isLetter && $0.isASCII }
    let rest = text.dropFirst(label.count)
    guard let separator = rest.first, ".:- ".contains(separator),
      rest.dropFirst().contains(where: \.isLetter), isSectionLabel(String(label))
    else { return nil }
    return String(label)
  }

  /// The number of a numbered group heading written in one cell or line, or nil.
  ///
  /// "1. Nhóm nhiệm vụ về thể chế" → "1".
  static func numberedHeading(_ text: String) -> String? {
    let number = text.prefix { $0.isASCII && $0.isNumber }
    guard (1...2).contains(number.count) else { return nil }
    let rest = text.dropFirst(number.count)
    guard let mark = rest.first, ".)".contains(mark),
      let next = rest.dropFirst().first, next == " ",
      let word = rest.dropFirst(2).first, word.isLetter, word.isUppercase,
      !UnitNames.looksLikeProse(String(rest.dropFirst(2)))
    else { return nil }
    return String(number)
  }

  /// True for a heading written without a number in the task column: all in capitals
  /// ("NHIỆM VỤ VỀ DỮ LIỆU"), or opening as group headings do ("Nhóm nhiệm vụ…", "Lĩnh vực…").
  static func isUnnumberedHeading(_ text: String) -> Bool {
    let letters = text.filter(\.isLetter)
    if letters.count >= 4, letters.allSatisfy(\.isUppercase) { return true }
    let key = VietnameseText.searchKey(text)
    guard text.first?.isUppercase == true else { return false }
    return ["nhom nhiem vu", "nhom giai phap", "linh vuc ", "nhiem vu ve ", "phan "].contains {
      key.hasPrefix($0)
    }
  }

  /// "1", "2", "1.1".
  static func isRowNumber(_ text: String) -> Bool {
    !text.isEmpty
      && text.split(separator: ".", omittingEmptySubsequences: false)
        .allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
  }

  /// "I", "IV", "A", "B": Roman numerals or a single capital letter.
  static func isSectionLabel(_ text: String) -> Bool {
    RomanNumeral.value(text) != nil
      || (text.count == 1 && text.first.map { $0.isUppercase && $0.isASCII } == true)
  }
}
