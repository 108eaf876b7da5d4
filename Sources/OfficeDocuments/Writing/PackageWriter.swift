import Foundation
import ZIPFoundation

/// Writes the parts of an Office Open XML package into a zip, in memory, with a fixed date so
/// that the same document gives the same bytes.
struct PackageWriter {
  private static let fixedDate = Date(timeIntervalSinceReferenceDate: 0)

  /// The zip of `parts` (path → XML text), in the order given.
  static func zip(_ parts: [(String, String)]) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in parts {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        modificationDate: fixedDate, compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = archive.data else { throw DocumentError.damaged(.zip, part: "zip") }
    return data
  }

  /// The XML declaration every part starts with.
  static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
}
