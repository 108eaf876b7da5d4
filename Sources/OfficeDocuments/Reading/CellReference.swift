/// A cell's place on a sheet, 1-based: "C7" is row 7, column 3.
struct CellReference: Hashable, Sendable {
  var row: Int
  var column: Int

  init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Reads "C7" or "$C$7"; nil for anything else or beyond Excel's own limits.
  init?(_ text: String) {
    var letters = 0
    var digits = 0
    var column = 0
    var row = 0
    for character in text.uppercased() where character != "$" {
      if let ascii = character.asciiValue, (65...90).contains(ascii), digits == 0 {
        column = column * 26 + Int(ascii - 64)
        letters += 1
      } else if let digit = character.wholeNumberValue, character.isASCII, letters > 0 {
        row = row * 10 + digit
        digits += 1
      } else {
        return nil
      }
      if letters > 3 || digits > 7 { return nil }
    }
    guard letters > 0, digits > 0, row > 0 else { return nil }
    self.init(row: row, column: column)
  }

  /// "C7".
  var name: String {
    var letters = ""
    var number = column
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters + String(row)
  }
}
