import LedgerCore
import OfficeDocuments

/// Hands a Word body or a workbook to the plan reader as paragraphs and tables.
public enum PlanSourceDocument {
  /// A Word body as it reads: paragraphs and tables in order.
  public static func word(_ document: WordDocument, _ name: String) -> PlanDocument {
    var places: [RowPlace.Table] = []
    var result = PlanDocument(
      blocks: document.blocks.map { block in
        switch block {
        case .paragraph(let text): return .text(text)
        case .table(let table):
          places.append(.wordTable(places.count + 1))
          return .table(table.rows)
        }
      }, fallbackTitle: name)
    result.tablePlaces = places
    return result
  }

  /// A workbook: each sheet a new appendix, numbered by its place among the sheets, unless the
  /// sheet names its own ("PHỤ LỤC II" in a title row).
  public static func workbook(_ workbook: Workbook, _ name: String) -> PlanDocument {
    var blocks: [PlanDocument.Block] = []
    var places: [RowPlace.Table] = []
    for (index, sheet) in workbook.sheets.enumerated() where !sheet.table.rows.isEmpty {
      blocks.append(.appendix(index + 1))
      blocks.append(.table(sheet.table.rows))
      places.append(.sheet(sheet.name))
    }
    var document = PlanDocument(blocks: blocks, fallbackTitle: name)
    document.tablePlaces = places
    return document
  }
}
