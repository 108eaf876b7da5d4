import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads `xl/sharedStrings.xml`: each string item's text, rich-text runs joined, phonetic
/// guides left out.
final class SharedStringsReader: NSObject, XMLParserDelegate {
  private(set) var strings: [String] = []
  private var current: String?
  private var inText = false
  private var phonetic = 0

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch name {
    case "si": current = ""
    case "t": inText = phonetic == 0
    case "rPh": phonetic += 1
    default: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    switch name {
    case "si":
      strings.append(current ?? "")
      current = nil
    case "t": inText = false
    case "rPh": phonetic -= 1
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { current? += string }
  }
}
