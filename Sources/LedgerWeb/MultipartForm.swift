import Foundation

/// The parts of a `multipart/form-data` body (a form with a file), by field name.
struct MultipartForm: Sendable {
  /// One field: its value, and the file's name when it is a file.
  struct Part: Sendable {
    var name: String
    var fileName: String?
    var data: Data
    var text: String { String(decoding: data, as: UTF8.self) }
  }

  private(set) var parts: [Part] = []

  /// The largest body read: a plan's Word file with its tables is well under this.
  static let limit = 16 << 20

  /// The parts of `body`, split on the boundary the content type names; nil when the content
  /// type is not multipart or names no boundary.
  init?(contentType: String, body: Data) {
    guard contentType.lowercased().hasPrefix("multipart/form-data"),
      let range = contentType.range(of: "boundary=")
    else { return nil }
    var boundary = String(contentType[range.upperBound...])
    if let end = boundary.firstIndex(of: ";") { boundary = String(boundary[..<end]) }
    boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
    guard !boundary.isEmpty else { return nil }
    let delimiter = Data(("--" + boundary).utf8)
    let headerEnd = Data("\r\n\r\n".utf8)
    var searchFrom = body.startIndex
    var starts: [Range<Data.Index>] = []
    while let found = body.range(of: delimiter, in: searchFrom..<body.endIndex) {
      starts.append(found)
      searchFrom = found.upperBound
    }
    for (index, start) in starts.enumerated() where index + 1 < starts.count {
      // A part runs from after the delimiter's line break to before the next "\r\n--".
      var content = body[start.upperBound..<starts[index + 1].lowerBound]
      guard content.starts(with: Data("\r\n".utf8)) else { continue }
      content = content.dropFirst(2)
      if content.suffix(2) == Data("\r\n".utf8) { content = content.dropLast(2) }
      guard let split = content.range(of: headerEnd) else { continue }
      let headers = String(decoding: content[content.startIndex..<split.lowerBound], as: UTF8.self)
      guard let name = Self.parameter("name", in: headers) else { continue }
      parts.append(
        Part(
          name: name, fileName: Self.parameter("filename", in: headers),
          data: Data(content[split.upperBound...])))
    }
  }

  /// The first part named `name`.
  subscript(name: String) -> Part? { parts.first { $0.name == name } }

  /// The text of a field, or nil when absent or blank.
  func text(_ name: String) -> String? {
    guard let value = self[name]?.text.trimmingCharacters(in: .whitespacesAndNewlines),
      !value.isEmpty
    else { return nil }
    return value
  }

  /// A quoted parameter of the Content-Disposition header line.
  private static func parameter(_ name: String, in headers: String) -> String? {
    for line in headers.split(separator: "\r\n")
    where line.lowercased().hasPrefix("content-disposition:") {
      for item in line.split(separator: ";") {
        let pair = item.trimmingCharacters(in: .whitespaces)
        guard pair.hasPrefix(name + "=") else { continue }
        return String(pair.dropFirst(name.count + 1)).trimmingCharacters(
          in: CharacterSet(charactersIn: "\""))
      }
    }
    return nil
  }
}
