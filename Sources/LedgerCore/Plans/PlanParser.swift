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
