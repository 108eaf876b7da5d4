import Foundation

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
}
