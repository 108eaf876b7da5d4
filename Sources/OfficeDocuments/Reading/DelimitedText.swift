/// Reads delimited text as Excel writes it under any regional setting: comma, semicolon or tab
/// between fields, CRLF or LF between records, quoted fields holding delimiters, quotes and
/// line breaks, and an optional "sep=;" first line.
public enum DelimitedText {
  /// The records of `text`, each a list of fields, and the delimiter that was used.
  public static func read(_ text: String) -> (delimiter: Character, records: [[String]]) {
    var body = Substring(text)
    var delimiter: Character?
    if body.lowercased().hasPrefix("sep="), body.count >= 5 {
      delimiter = body[body.index(body.startIndex, offsetBy: 4)]
      body = body.drop { !$0.isNewline }.dropFirst()
    }
    let chosen = delimiter ?? guess(body)
    return (chosen, records(body, delimiter: chosen))
  }

  /// The records of `text` split by a delimiter the caller chose (a leading "sep=" line is
  /// skipped), for when the guess is not the one that reads the table.
  public static func read(_ text: String, delimiter: Character) -> [[String]] {
    var body = Substring(text)
    if body.lowercased().hasPrefix("sep="), body.count >= 5 {
      body = body.drop { !$0.isNewline }.dropFirst()
    }
    return records(body, delimiter: delimiter)
  }

  /// The delimiter that splits the first record that has any into the most fields (counted
  /// outside quotes); on a tie, tab before semicolon before comma.
  ///
  /// A sheet saved as CSV may start with a title line of one cell ("KẾ HOẠCH …") and blank
  /// lines: those say nothing about the delimiter, so the first line that does decides.
  static func guess(_ text: Substring) -> Character {
    let candidates: [Character] = ["\t", ";", ","]
    var counts = [0, 0, 0]
    var quoted = false
    func best() -> Character? {
      guard let most = counts.max(), most > 0, let index = counts.firstIndex(of: most) else {
        return nil
      }
      return candidates[index]
    }
    for character in text.prefix(20_000) {
      if character == "\"" {
        quoted.toggle()
      } else if !quoted, character.isNewline {
        if let found = best() { return found }
      } else if !quoted, let index = candidates.firstIndex(of: character) {
        counts[index] += 1
      }
    }
    return best() ?? ","
  }

  /// The line of the file on which each record starts, counting from 1: a quoted field that
  /// holds line breaks makes the next record start further down than its index says.
  public static func startLines(_ text: String, delimiter: Character) -> [Int] {
    var body = Substring(text)
    var skipped = 0
    if body.lowercased().hasPrefix("sep="), body.count >= 5 {
      body = body.drop { !$0.isNewline }.dropFirst()
      skipped = 1
    }
    return scan(body, delimiter: delimiter, limit: .max).lines.map { $0 + skipped }
  }

  /// Splits text into records and fields (RFC 4180, with any line ending).
  static func records(_ text: Substring, delimiter: Character, limit: Int = .max) -> [[String]] {
    scan(text, delimiter: delimiter, limit: limit).records
  }

  /// The records, and the line each starts on.
  static func scan(_ text: Substring, delimiter: Character, limit: Int) -> (
    records: [[String]], lines: [Int]
  ) {
    var lines: [Int] = []
    var line = 1
    var start = 1
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var atFieldStart = true
    var index = text.startIndex
    while index < text.endIndex, records.count < limit {
      let character = text[index]
      index = text.index(after: index)
      if quoted {
        if character == "\"" {
          if index < text.endIndex, text[index] == "\"" {
            field.append("\"")
            index = text.index(after: index)
          } else {
            quoted = false
          }
        } else {
          if character.isNewline { line += 1 }
          field.append(character)
        }
        continue
      }
      if character == "\"", atFieldStart {
        quoted = true
        atFieldStart = false
      } else if character == delimiter {
        record.append(field)
        field = ""
        atFieldStart = true
      } else if character.isNewline {
        record.append(field)
        records.append(record)
        lines.append(start)
        line += 1
        start = line
        record = []
        field = ""
        atFieldStart = true
      } else {
        field.append(character)
        atFieldStart = false
      }
    }
    if records.count < limit, !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
      lines.append(start)
    }
    return (records, lines)
  }
}
