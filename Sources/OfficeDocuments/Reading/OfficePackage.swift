import Foundation
import ZIPFoundation

/// The zip container of an Office Open XML document, read one part at a time.
struct OfficePackage {
  /// No part of a plan comes near this; a larger one is a zip bomb or not a plan.
  static let partLimit = 64 * 1024 * 1024

  let archive: Archive
  let kind: DocumentKind

  /// Opens the container; throws `DocumentError.damaged` when it is not a readable zip.
  init(data: Data, kind: DocumentKind) throws {
    do {
      archive = try Self.archive(data)
    } catch {
      throw DocumentError.damaged(kind, part: "zip")
    }
    self.kind = kind
  }

  /// Opens a zip held in memory through a temporary file, removed as soon as it is open.
  ///
  /// ZIPFoundation's in-memory reader (0.9.20) traps when a damaged archive points past its
  /// end (found by the reader fuzz); its file reader reports an error instead.
  static func archive(_ data: Data) throws -> Archive {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("clearledger-\(UUID().uuidString).zip")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try Archive(url: url, accessMode: .read, pathEncoding: nil)
  }

  /// The bytes of the part at `path`, or nil when the package has no such part.
  ///
  /// Throws when the part cannot be inflated or is too large.
  func part(_ path: String) throws -> Data? {
    guard let entry = archive[path] ?? archive[path.lowercased()] else { return nil }
    guard entry.uncompressedSize <= UInt64(Self.partLimit) else {
      throw DocumentError.tooLarge(kind, part: path)
    }
    var data = Data()
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        guard data.count + chunk.count <= Self.partLimit else {
          throw DocumentError.tooLarge(kind, part: path)
        }
        data.append(chunk)
      }
    } catch let error as DocumentError {
      throw error
    } catch {
      throw DocumentError.damaged(kind, part: path)
    }
    return data
  }

  /// The office kind of a zip: .docx, .xlsx, OpenDocument, or a plain zip.
  static func kind(of data: Data) -> DocumentKind {
    guard let archive = try? Self.archive(data) else {
      return .zip
    }
    if archive["word/document.xml"] != nil { return .docx }
    if archive["xl/workbook.xml"] != nil { return .xlsx }
    if archive["mimetype"] != nil, archive["content.xml"] != nil { return .openDocument }
    if let types = archive["[Content_Types].xml"],
      let text = try? Self(data: data, kind: .zip).part(types.path)
    {
      let content = String(decoding: text, as: UTF8.self)
      if content.contains("wordprocessingml") { return .docx }
      if content.contains("spreadsheetml") { return .xlsx }
    }
    return .zip
  }
}
