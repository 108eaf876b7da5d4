import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects the paragraphs and tables of `word/document.xml`, in order.
///
/// Text comes from `w:t` runs only (deleted text and field codes are left out), `w:tab` reads as
/// a space and `w:br` as a line break. A table inside a cell adds its rows' text to that cell.
final class WordBodyReader: NSObject, XMLParserDelegate {
  private(set) var blocks: [WordDocument.Block] = []
  private var paragraphs: [String] = []
  private var tables: [TableBuilder] = []
  private var inText = false
  private var skipping = 0

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if skipping > 0 || name == "Fallback" {
      skipping += 1
      return
    }
    guard namespaceURI?.contains("wordprocessingml") ?? true else { return }
    switch name {
    case "p": paragraphs.append("")
    case "t": inText = true
    case "tab": appendText(" ")
    case "br", "cr": appendText("\n")
    case "tbl": tables.append(TableBuilder())
    case "tr": tables.last?.startRow()
    case "tc": tables.last?.startCell()
    case "gridSpan":
      let span = XMLReading.attribute("val", in: attributes).flatMap(Int.init) ?? 1
      tables.last?.setSpan(span)
    case "vMerge":
      let value = XMLReading.attribute("val", in: attributes)
      tables.last?.setContinuesAbove(value == nil || value == "continue")
    default: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    if skipping > 0 {
      skipping -= 1
      return
    }
    guard namespaceURI?.contains("wordprocessingml") ?? true else { return }
    switch name {
    case "t": inText = false
    case "p":
      guard let text = paragraphs.popLast() else { return }
      if let table = tables.last, table.hasOpenCell {
        table.addLine(text)
      } else {
        blocks.append(.paragraph(text))
      }
    case "tc": tables.last?.endCell()
    case "tr": tables.last?.endRow()
    case "tbl":
      guard let table = tables.popLast()?.table() else { return }
      if let outer = tables.last, outer.hasOpenCell {
        for row in table.rows { outer.addLine(row.filter { !$0.isEmpty }.joined(separator: " ")) }
      } else {
        blocks.append(.table(table))
      }
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText, skipping == 0 { appendText(string) }
  }

  private func appendText(_ text: String) {
    guard !paragraphs.isEmpty else { return }
    paragraphs[paragraphs.count - 1] += text
  }
}
