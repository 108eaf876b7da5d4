import Foundation

/// Reads a plan document — its metadata, the units its body names, and the task rows of its
/// appendix tables — from text as it comes (tab-separated tables, markup, any normalisation)
/// or from rows of a CSV file.
public enum PlanParser {
  /// A line of input: its number in the file, its text, and its cells if it is a table line.
  struct Line {
    var number: Int
    var text: String
    var cells: [String]?
    /// A new appendix starts here (a workbook's next sheet).
    var appendix: Int?
    /// The row's sheet or table and its row there, for a workbook or Word document.
    var place: RowPlace?
    /// The line was joined with the next: a page break cut one of its cells.
    var joined = false
  }

  /// The cells of a Markdown table row ("| 1 | Rà soát … | Sở Tư pháp |"), nil for any other
  /// line.
  static func markdownCells(_ raw: String) -> [String]? {
    let line = raw.trimmingCharacters(in: .whitespaces)
    guard line.count >= 2, line.hasPrefix("|"), line.hasSuffix("|"), !raw.contains("\t") else {
      return nil
    }
    return line.dropFirst().dropLast().components(separatedBy: "|").map(clean)
  }

  /// Reads a plan from its text.
  ///
  /// Throws `LedgerError.noPlanTable` when no task row is found.
  public static func parse(text: String) throws -> ParsedPlan {
    let lines = VietnameseText.nfc(text).components(separatedBy: .newlines).enumerated().map {
      index, raw in
      if let markdown = markdownCells(raw) {
        // A Markdown table's rule line (|---|:--|) is no row.
        let rule = markdown.allSatisfy { $0.allSatisfy { "-: ".contains($0) } }
        return rule
          ? Line(number: index + 1, text: "")
          : Line(number: index + 1, text: clean(markdown.joined(separator: " ")), cells: markdown)
      }
      let cells = raw.contains("\t") ? raw.components(separatedBy: "\t").map(clean) : nil
      return Line(number: index + 1, text: clean(raw), cells: cells)
    }
    let headers = lines.indices.filter { index in
      lines[index].cells.map { PlanColumns(header: $0.map(oneLine)) != nil } ?? false
    }
    var plan = PlanMetadataReader(lines: lines.map(\.text), tableHeaders: Set(headers)).read()
    plan.rows = try PlanTableReader().rows(lines)
    return plan
  }

  /// Reads a plan from CSV records (the first a header); metadata comes from the caller.
  public static func parse(records: [[String]], title: String) throws -> ParsedPlan {
    let lines = records.enumerated().map { index, cells in
      Line(
        number: index + 1, text: cells.joined(separator: " "),
        cells: cells.map { clean(VietnameseText.nfc($0)) })
    }
    let rows = try PlanTableReader().rows(lines)
    let digest = PlanMetadataReader.digest(lines.map(\.text))
    return ParsedPlan(
      metadata: PlanRegistered(
        number: nil, title: title, issuer: nil, issued: nil, reportingDay: nil, supersedes: nil,
        digest: digest),
      rows: rows)
  }

  /// Reads a plan from a document's paragraphs and tables.
  ///
  /// Rows of a table before its header row (a Word plan's heading table: issuer, Quốc hiệu,
  /// number, date) count as text for the plan's metadata; a row whose cells all say the same
  /// thing (a merged title row) is a line of text. Throws `LedgerError.noPlanTable` when no
  /// task row is found.
  public static func parse(document: PlanDocument) throws -> ParsedPlan {
    var lines: [Line] = []
    var metadata: [String] = []
    // The line a person finds a row on: the file's line for a CSV, else the row's place
    // among the document's lines and rows.
    var tableRow = 0
    var place: Int?
    var tableIndex = 0
    var rowPlace: RowPlace?
    func number() -> Int {
      place ?? rowPlace?.row ?? lines.count + 1
    }
    func add(text: String) {
      for part in VietnameseText.nfc(text).components(separatedBy: .newlines) {
        let line = clean(part)
        lines.append(Line(number: number(), text: line))
        metadata.append(line)
      }
    }
    for block in document.blocks {
      switch block {
      case .text(let text): add(text: text)
      case .appendix(let number):
        lines.append(Line(number: lines.count + 1, text: "", appendix: number))
      case .table(let rows):
        var inTaskTable = false
        let table =
          document.tablePlaces.indices.contains(tableIndex)
          ? document.tablePlaces[tableIndex] : nil
        tableIndex += 1
        for (index, row) in rows.enumerated() {
          tableRow += 1
          rowPlace = table.map { RowPlace(table: $0, row: index + 1) }
          defer { rowPlace = nil }
          place = document.rowLines.flatMap {
            $0.indices.contains(tableRow - 1) ? $0[tableRow - 1] : nil
          }
          defer { place = nil }
          let cells = row.map { cleanCell(VietnameseText.nfc($0)) }
          let distinct = Set(cells.filter { !$0.isEmpty })
          // One filled cell past the first, in a task table: the rest of a row a page break
          // cut, not a merged title.
          let filled = cells.indices.filter { !cells[$0].isEmpty }
          let continues = inTaskTable && cells.count > 1 && filled.count == 1 && filled[0] > 0
          if distinct.count == 1, let only = distinct.first, !continues {
            add(text: only)
            continue
          }
          if !inTaskTable, PlanColumns(header: cells.map(oneLine)) != nil { inTaskTable = true }
          if !inTaskTable {
            for cell in cells where !cell.isEmpty { add(text: cell) }
          }
          lines.append(
            Line(
              number: number(), text: cells.map(oneLine).joined(separator: " "), cells: cells,
              place: rowPlace))
        }
      }
    }
    var plan = PlanMetadataReader(lines: metadata).read()
    if plan.metadata.title.isEmpty { plan.metadata.title = document.fallbackTitle }
    plan.rows = try PlanTableReader().rows(lines)
    return plan
  }

  /// True for a paragraph that gives a unit work ("Giao Sở Tài chính chủ trì…", "Đề nghị UBND
  /// xã …", "… do Phòng Văn hóa - Xã hội thực hiện"): what makes a plan one that assigns in prose.
  public static func isProseAssignment(_ text: String) -> Bool {
    PlanTableReader.isProseAssignment(text)
  }

  /// A cell with each of its lines cleaned and blank lines dropped, line breaks kept.
  static func cleanCell(_ text: String) -> String {
    text.components(separatedBy: .newlines).map(clean).filter { !$0.isEmpty }
      .joined(separator: "\n")
  }

  /// A cell's lines joined by spaces: a task's text wrapped over several lines is one text.
  static func oneLine(_ text: String) -> String {
    VietnameseText.clean(text)
  }

  /// A cell or line without markup (`<b>`, `**`, `*`, leading `#`) and with single spaces.
  static func clean(_ text: String) -> String {
    var text = text
    for tag in ["<b>", "</b>", "<i>", "</i>", "<br>", "<br/>", "**"] {
      text = text.replacingOccurrences(of: tag, with: tag.hasPrefix("<br") ? " " : "")
    }
    text = text.trimmingCharacters(in: .whitespaces)
    while text.hasPrefix("#") { text.removeFirst() }
    if text.hasPrefix("*"), text.hasSuffix("*"), text.count > 2 {
      text = String(text.dropFirst().dropLast())
    }
    return VietnameseText.clean(text.replacingOccurrences(of: "*", with: ""))
  }
}

/// Finds the task rows in a plan's tables.
struct PlanTableReader {
  /// No cell of a real plan comes near this many characters; a longer one is refused before
  /// any name or deadline in it is read.
  static let cellLimit = 4_000

  /// Every task row, in order, with split rows joined.
  ///
  /// Throws when there is none.
  func rows(_ lines: [PlanParser.Line]) throws -> [PlanRow] {
    let lines = Self.joiningCutCells(lines)
    var rows: [PlanRow] = []
    // Table lines read as no task, heading or continuation, before the first row: each is
    // flagged on the row after them, never dropped.
    var unplaced: [String] = []
    func keep(_ text: String) {
      guard !text.isEmpty else { return }
      if var last = rows.popLast() {
        last.unplaced.append(text)
        rows.append(last)
      } else {
        unplaced.append(text)
      }
    }
    var appendix = 0
    var section = ""
    // The Roman-numeral (or lettered) section a numbered group heading falls under.
    var major = ""
    var columns: PlanColumns?
    for line in lines {
      if let number = line.appendix {
        appendix = number
        section = ""
        major = ""
        columns = nil
        continue
      }
      if let number = Self.appendixNumber(line.text), line.cells == nil {
        appendix = number
        section = ""
        major = ""
        columns = nil
        continue
      }
      if line.cells == nil, columns != nil, let label = Self.sectionHeading(line.text) {
        section = label
        major = label
        continue
      }
      if line.cells == nil, columns != nil, let number = Self.numberedHeading(line.text) {
        section = major.isEmpty ? number : major + "-" + number
        continue
      }
      if line.cells == nil, columns != nil, let first = line.text.first, first.isLowercase,
        var last = rows.popLast()
      {
        // Text outside the table right after a row: perhaps its cut-off end, perhaps not.
        last.stray.append(line.text)
        rows.append(last)
        continue
      }
      guard let cells = line.cells, cells.contains(where: { !$0.isEmpty }) else { continue }
      if let long = cells.first(where: { $0.count > Self.cellLimit }) {
        throw LedgerError.planCellTooLong(
          line: line.number, length: long.count, limit: Self.cellLimit)
      }
      if let header = PlanColumns(header: cells.map(PlanParser.oneLine)) {
        columns = header
        section = ""
        major = ""
        continue
      }
      guard let columns else { continue }
      func cell(_ index: Int?) -> String {
        guard let index, cells.indices.contains(index) else { return "" }
        return cells[index]
      }
      let written = PlanParser.oneLine(cell(columns.number))
      let stt = written.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
      let others = [columns.head, columns.lead, columns.support, columns.result, columns.deadline]
      let onlyTask = others.allSatisfy { cell($0).isEmpty } && !cell(columns.task).isEmpty
      // "2." with a title and no deadline or result: a group heading even when its lead or
      // coordinating cell says something (kept, flagged, on the row under it).
      let dottedHeading =
        written.hasSuffix(".") && Self.isRowNumber(stt) && !stt.contains(".")
        && !cell(columns.task).isEmpty && cell(columns.deadline).isEmpty
        && cell(columns.result).isEmpty
      if Self.isRowNumber(stt), onlyTask || dottedHeading, !stt.contains(".") {
        // "1. Nhóm nhiệm vụ về thể chế": a group heading (no lead, no deadline), never a task;
        // the rows under it take it as their section.
        section = major.isEmpty ? stt : major + "-" + stt
        if !onlyTask {
          let said = [columns.head, columns.lead, columns.support].map { cell($0) }
            .filter { !$0.isEmpty }.map(PlanParser.oneLine)
          unplaced.append(
            written + " " + PlanParser.oneLine(cell(columns.task)) + " — "
              + said.joined(separator: "; "))
        }
      } else if let number = Self.numberedHeading(stt), onlyTask || cell(columns.task).isEmpty,
        others.allSatisfy({ cell($0).isEmpty })
      {
        section = major.isEmpty ? number : major + "-" + number
      } else if Self.isRowNumber(stt) {
        rows.append(
          PlanRow(
            appendix: appendix, section: section, row: stt, line: line.number,
            task: PlanParser.oneLine(cell(columns.task)),
            head: PlanParser.oneLine(cell(columns.head)), lead: cell(columns.lead),
            support: cell(columns.support), result: PlanParser.oneLine(cell(columns.result)),
            deadline: PlanParser.oneLine(cell(columns.deadline)), place: line.place))
        rows[rows.count - 1].continued = line.joined
        rows[rows.count - 1].unplaced = unplaced
        unplaced = []
      } else if Self.isSectionLabel(stt) {
        section = stt
        major = stt
      } else if let label = Self.sectionHeading(stt) {
        section = label
        major = label
      } else if stt.isEmpty, onlyTask, Self.isUnnumberedHeading(cell(columns.task)) {
        // "NHÓM NHIỆM VỤ VỀ DỮ LIỆU" with no number: a heading, never the rest of the row above.
        continue
      } else if stt.isEmpty, var last = rows.popLast() {
        // A row a page break split: the rest of each cell continues the row above.
        func joined(_ first: String, _ rest: String) -> String {
          Self.joinPieces(first, rest)
        }
        last.task = joined(last.task, cell(columns.task))
        last.head = joined(last.head, cell(columns.head))
        last.lead = joined(last.lead, cell(columns.lead))
        last.support = joined(last.support, cell(columns.support))
        last.result = joined(last.result, cell(columns.result))
        last.deadline = joined(last.deadline, cell(columns.deadline))
        last.continued = true
        rows.append(last)
      } else {
        // Neither a task, a heading nor the rest of a row: flagged, never dropped.
        keep(cells.filter { !$0.isEmpty }.map(PlanParser.oneLine).joined(separator: " "))
      }
    }
    if !unplaced.isEmpty, var last = rows.popLast() {
      last.unplaced += unplaced
      rows.append(last)
    }
    guard !rows.isEmpty else { throw Self.whyNoTable(lines) }
    return rows
  }

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
