import Foundation

/// Rows a page break cut inside a cell, joined again.
extension PlanTableReader {
  /// Two pieces of one cell a page break cut apart, joined: without a space inside a word
  /// ("hành ch" + "ính") or a date ("Tháng 6/" + "2026"), else with one.
  static func joinPieces(_ first: String, _ rest: String) -> String {
    guard !rest.isEmpty else { return first }
    guard !first.isEmpty else { return rest }
    let inDate =
      (first.hasSuffix("/") && rest.first?.isNumber == true)
      || (rest.hasPrefix("/") && first.last?.isNumber == true)
    let separator = inDate || cutInsideWord(first, rest) ? "" : " "
    return VietnameseText.clean(first + separator + rest)
  }

  /// The lines with each row a page break cut inside a cell joined to its rest.
  ///
  /// A tab-separated row cut in a cell ends short of the header's columns; the next line then
  /// begins with the rest of that cell (no row number, no section label, no list mark) and
  /// goes on with the row's later cells. Joined, the row is one line marked `joined`.
  static func joiningCutCells(_ lines: [PlanParser.Line]) -> [PlanParser.Line] {
    var result: [PlanParser.Line] = []
    var width = 0
    var index = 0
    while index < lines.count {
      var line = lines[index]
      index += 1
      guard let cells = line.cells else {
        result.append(line)
        continue
      }
      if PlanColumns(header: cells.map(PlanParser.oneLine)) != nil {
        width = cells.count
        result.append(line)
        continue
      }
      let number = PlanParser.oneLine(cells.first ?? "")
        .trimmingCharacters(in: CharacterSet(charactersIn: ". "))
      // A page's mark ("--- Page Break ---", "- 3 -", a blank line) may sit between the pieces.
      var after = index
      while after < lines.count, lines[after].cells == nil, isPageMark(lines[after].text) {
        after += 1
      }
      if width > 0, isRowNumber(number), cells.count >= 2, cells.count < width,
        after < lines.count, let next = lines[after].cells, next.count >= 2,
        cells.count + next.count - 1 <= width,
        startsCutCell(next[0])
          || (cells[cells.count - 1].hasSuffix("/") && next[0].allSatisfy(\.isNumber))
      {
        var joined = Array(cells.dropLast())
        joined.append(joinPieces(cells[cells.count - 1], next[0]))
        joined += next.dropFirst()
        line.cells = joined
        line.text = joined.map(PlanParser.oneLine).joined(separator: " ")
        line.joined = true
        index = after + 1
      }
      result.append(line)
    }
    return result
  }

  /// True for a line a page break leaves between two pieces of a row: blank, a page break's
  /// mark, or a page number ("- 3 -", "Trang 3").
  static func isPageMark(_ text: String) -> Bool {
    let key = VietnameseText.searchKey(text).trimmingCharacters(in: .whitespaces)
    if key.isEmpty || key.contains("page break") || key.contains("ngat trang") { return true }
    let bare = key.replacingOccurrences(of: "trang", with: "")
      .trimmingCharacters(in: CharacterSet(charactersIn: "-–— "))
    return !bare.isEmpty && bare.count <= 3 && bare.allSatisfy(\.isNumber)
  }

  /// True for a first cell that can be the rest of a cut cell: text that is no row number,
  /// section label or list mark ("a)", "-", "+").
  static func startsCutCell(_ cell: String) -> Bool {
    let text = PlanParser.oneLine(cell)
    guard let first = text.first, !"-+•–".contains(first) else { return false }
    let bare = text.trimmingCharacters(in: CharacterSet(charactersIn: ".) "))
    if isRowNumber(bare) || isSectionLabel(bare) || sectionHeading(text) != nil { return false }
    if text.count <= 3, text.hasSuffix(")") { return false }
    return true
  }

  /// True when a page break cut a word in two.
  ///
  /// The piece before or after the cut has no vowel, as no Vietnamese syllable lacks one
  /// ("hành ch" + "ính", "công ng" + "hệ"). Pieces in capitals (abbreviations such as "UBND")
  /// and pieces with a vowel ("kỹ" + "thuật") are words.
  static func cutInsideWord(_ before: String, _ after: String) -> Bool {
    let tail = before.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
    let head = after.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
    func isLowerLetters(_ piece: String) -> Bool {
      !piece.isEmpty && piece.allSatisfy { $0.isLetter && $0.isLowercase }
    }
    func hasVowel(_ piece: String) -> Bool {
      piece.decomposedStringWithCanonicalMapping.unicodeScalars.contains {
        "aeiouy".unicodeScalars.contains($0)
      }
    }
    guard isLowerLetters(tail), isLowerLetters(head) else { return false }
    return !hasVowel(tail) || !hasVowel(head)
  }
}
