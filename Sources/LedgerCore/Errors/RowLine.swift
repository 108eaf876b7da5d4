/// Where a refused row of a plan stands, as a person opening the file finds it: the file's
/// line (text, CSV), or a workbook's sheet and row, a Word document's table and row.
///
/// Written as a number (`line: 14`) it is a file's line; compared, the place counts too.
public struct RowLine: Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
  /// The line of the file, or the row within its sheet or table.
  public var number: Int
  /// The sheet or table, for a workbook or a Word document.
  public var place: RowPlace?

  public init(_ number: Int, place: RowPlace? = nil) {
    self.number = number
    self.place = place
  }

  public init(integerLiteral value: Int) {
    self.init(value)
  }

  public var description: String { String(number) }

  /// "Dòng 14", "Trang tính “PL1”, hàng 14", "Bảng 2, hàng 5" (and in English), to open a
  /// message.
  public func label(_ language: Language) -> String {
    let text = place?.label(language) ?? language.pick(vi: "dòng \(number)", en: "line \(number)")
    return text.prefix(1).uppercased() + text.dropFirst()
  }
}
