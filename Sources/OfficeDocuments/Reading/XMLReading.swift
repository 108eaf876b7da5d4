import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Runs Foundation's XML parser over one part of a document, namespaces resolved to local
/// names and external entities never fetched.
enum XMLReading {
  /// Parses `data` with `delegate`; throws `DocumentError.damaged` naming the part when the
  /// XML is not well formed.
  static func parse(
    _ data: Data, with delegate: any XMLParserDelegate, kind: DocumentKind, part: String
  ) throws {
    // Foundation's parser on Linux traps on bytes that are not UTF-8 inside a tag's name (a
    // damaged file): such a part is refused before it is parsed. Office writes its parts as
    // UTF-8; one that says it is UTF-16 (byte order mark) is left to the parser.
    let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
    guard utf16 || String(data: data, encoding: .utf8) != nil else {
      throw DocumentError.damaged(kind, part: part)
    }
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    // Foundation on Linux can answer true for a document cut short; its error still shows.
    let finished = parser.parse()
    guard finished, parser.parserError == nil else {
      throw DocumentError.damaged(kind, part: part)
    }
  }

  /// An attribute by local name, whatever prefix the file gave it (`w:val`, `val`).
  static func attribute(_ name: String, in attributes: [String: String]) -> String? {
    if let value = attributes[name] { return value }
    return attributes.first { $0.key.hasSuffix(":" + name) }?.value
  }
}
