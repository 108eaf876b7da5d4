import Foundation

/// What a file is, told from its first bytes rather than its name.
public enum DocumentKind: String, Hashable, Sendable, CaseIterable {
  /// A Word document (.docx, Office Open XML).
  case docx
  /// An Excel workbook (.xlsx, Office Open XML).
  case xlsx
  /// An OpenDocument text or spreadsheet (.odt, .ods) from LibreOffice.
  case openDocument
  /// A Word 97–2003 (.doc) or Excel 97–2003 (.xls) file: the old binary formats.
  case legacyOffice
  /// A PDF file.
  case pdf
  /// A rich text file (.rtf).
  case rtf
  /// A picture (PNG, JPEG, GIF, TIFF): a scan, not text.
  case image
  /// A zip archive that is not an office document.
  case zip
  /// Plain text (UTF-8 or UTF-16), including CSV and tab-separated text.
  case text

  /// The kind of the file whose bytes these are.
  ///
  /// A zip is looked into for the part that names an office document; without one it is a
  /// plain zip.
  public static func sniff(_ data: Data) -> DocumentKind {
    let head = [UInt8](data.prefix(8))
    func starts(_ bytes: [UInt8]) -> Bool { head.starts(with: bytes) }
    if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
      return OfficePackage.kind(of: data)
    }
    if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .legacyOffice }
    if starts(Array("%PDF".utf8)) { return .pdf }
    if starts(Array("{\\rtf".utf8)) { return .rtf }
    if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts(Array("GIF8".utf8))
      || starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A])
    {
      return .image
    }
    return .text
  }
}
