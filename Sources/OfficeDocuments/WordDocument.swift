import Foundation

/// The body of a Word document in reading order: its paragraphs and its tables.
public struct WordDocument: Hashable, Sendable {
  /// One piece of the body.
  public enum Block: Hashable, Sendable {
    /// A paragraph's text; a line break inside it is "\n".
    case paragraph(String)
    /// A table, merged cells filled.
    case table(DocumentTable)
  }

  public var blocks: [Block]

  public init(blocks: [Block]) {
    self.blocks = blocks
  }

  /// Reads the body of a .docx file.
  ///
  /// Throws `DocumentError` when the file is not a Word document or is damaged.
  public static func read(_ data: Data) throws -> WordDocument {
    let package = try OfficePackage(data: data, kind: .docx)
    guard let body = try package.part("word/document.xml") else {
      throw DocumentError.damaged(.docx, part: "word/document.xml")
    }
    let reader = WordBodyReader()
    try XMLReading.parse(body, with: reader, kind: .docx, part: "word/document.xml")
    return WordDocument(blocks: reader.blocks)
  }
}
