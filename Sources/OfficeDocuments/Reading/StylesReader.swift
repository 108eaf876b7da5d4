import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads `xl/styles.xml` for one thing: which cell styles show a number as a date.
final class StylesReader: NSObject, XMLParserDelegate {
  /// Built-in number formats that are dates (14–22, 45–47).
  static let builtInDates: Set<Int> = Set(14...22).union(45...47)

  private var customFormats: [Int: String] = [:]
  private var styleFormats: [Int] = []
  private var inCellStyles = false

  /// The indexes of cell styles (`s="…"`) that format dates.
  var dateStyles: Set<Int> {
    Set(
      styleFormats.enumerated().compactMap { index, format in
        Self.isDate(format: format, code: customFormats[format]) ? index : nil
      })
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch name {
    case "numFmt":
      if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
        customFormats[id] = code
      }
    case "cellXfs": inCellStyles = true
    case "xf" where inCellStyles:
      styleFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
    default: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    if name == "cellXfs" { inCellStyles = false }
  }

  /// True for a built-in date format, or a custom code with day, month or year letters outside
  /// quoted text and brackets ("dd/mm/yyyy", not "0.00" or "[Red]0").
  static func isDate(format: Int, code: String?) -> Bool {
    if builtInDates.contains(format) { return true }
    guard let code else { return false }
    var quoted = false
    var bracket = false
    for character in code.lowercased() {
      switch character {
      case "\"": quoted.toggle()
      case "[": bracket = true
      case "]": bracket = false
      default:
        if !quoted, !bracket, character == "d" || character == "y" { return true }
      }
    }
    return false
  }
}
