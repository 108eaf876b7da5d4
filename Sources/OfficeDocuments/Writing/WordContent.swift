/// A run of text with one look: bold, italic, underlined, a size in points.
public struct WordRun: Hashable, Sendable {
  public var text: String
  public var bold: Bool
  public var italic: Bool
  public var underline: Bool
  /// Points; nil for the document's size.
  public var size: Double?

  public init(
    _ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false,
    size: Double? = nil
  ) {
    self.text = text
    self.bold = bold
    self.italic = italic
    self.underline = underline
    self.size = size
  }
}

/// A paragraph: runs, alignment, first-line indent and spacing.
public struct WordParagraph: Hashable, Sendable {
  public enum Alignment: String, Hashable, Sendable {
    case left, center, right, both
  }

  public var runs: [WordRun]
  public var alignment: Alignment
  /// First-line indent in centimetres.
  public var firstLineIndent: Double
  /// Space after, in points.
  public var spaceAfter: Double

  public init(
    _ runs: [WordRun], alignment: Alignment = .both, firstLineIndent: Double = 0,
    spaceAfter: Double = 6
  ) {
    self.runs = runs
    self.alignment = alignment
    self.firstLineIndent = firstLineIndent
    self.spaceAfter = spaceAfter
  }

  /// A paragraph of one run.
  public init(
    _ text: String, bold: Bool = false, italic: Bool = false, size: Double? = nil,
    alignment: Alignment = .both, firstLineIndent: Double = 0, spaceAfter: Double = 6
  ) {
    self.init(
      [WordRun(text, bold: bold, italic: italic, size: size)], alignment: alignment,
      firstLineIndent: firstLineIndent, spaceAfter: spaceAfter)
  }
}

/// A table: rows of cells, each holding paragraphs, with column widths in centimetres.
public struct WordTable: Hashable, Sendable {
  public var rows: [[[WordParagraph]]]
  public var columnWidths: [Double]
  public var borders: Bool
  /// Rows repeated at the top of each page.
  public var headerRows: Int

  public init(
    rows: [[[WordParagraph]]], columnWidths: [Double], borders: Bool = true, headerRows: Int = 0
  ) {
    self.rows = rows
    self.columnWidths = columnWidths
    self.borders = borders
    self.headerRows = headerRows
  }
}

/// One piece of a document to write.
public enum WordBlock: Hashable, Sendable {
  case paragraph(WordParagraph)
  case table(WordTable)
}
