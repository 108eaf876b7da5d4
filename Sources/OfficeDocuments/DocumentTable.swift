/// A table as a person sees it: rows of cells on one grid, each cell's text with its line
/// breaks kept ("\n" between the paragraphs or lines of a cell).
///
/// Merged cells are filled: every grid position shows the text of the merged cell covering it,
/// so a lead unit written once for three rows is read on each of them.
public struct DocumentTable: Hashable, Sendable {
  public var rows: [[String]]

  public init(rows: [[String]]) {
    self.rows = rows
  }
}
