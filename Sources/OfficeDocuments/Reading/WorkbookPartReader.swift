import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads `xl/workbook.xml`: the sheets in order with their relationship ids, and whether dates
/// count from 1904.
final class WorkbookPartReader: NSObject, XMLParserDelegate {
  struct SheetEntry {
    var name: String
    var relation: String
  }

  private(set) var sheets: [SheetEntry] = []
  private(set) var date1904 = false

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch name {
    case "sheet":
      sheets.append(
        SheetEntry(
          name: attributes["name"] ?? "Sheet\(sheets.count + 1)",
          relation: XMLReading.attribute("id", in: attributes) ?? ""))
    case "workbookPr":
      let value = attributes["date1904"]
      date1904 = value == "1" || value == "true"
    default: break
    }
  }
}

/// Reads a `.rels` part: relationship id → target.
final class RelationshipsReader: NSObject, XMLParserDelegate {
  private(set) var targets: [String: String] = [:]

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"]
    else { return }
    targets[id] = target
  }
}
