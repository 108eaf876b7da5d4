/// A plan as a document reader hands it over: text lines and tables in reading order, with
/// markers where a new appendix (a workbook's next sheet) begins.
///
/// It knows no file format: a Word body, a workbook's sheets and a CSV file all become this.
public struct PlanDocument: Hashable, Sendable {
  /// One piece of the document.
  public enum Block: Hashable, Sendable {
    /// A paragraph; line breaks inside it ("\n") make separate lines.
    case text(String)
    /// A table's rows of cells; a cell's line breaks are kept.
    case table([[String]])
    /// A new appendix starts here with this number, unless the document names its own.
    case appendix(Int)
  }

  public var blocks: [Block]
  /// For a document that is one table in a text file (CSV): the file line each of its rows
  /// starts on, so that a message names the line a person finds on opening the file.
  public var rowLines: [Int]?
  /// The title to use when the document names none (the file's name).
  public var fallbackTitle: String

  public init(blocks: [Block], fallbackTitle: String) {
    self.blocks = blocks
    self.fallbackTitle = fallbackTitle
  }
}
