import Foundation

/// What one lead or coordinating cell names, read with every known name before any split.
public struct UnitCellReading: Hashable, Sendable {
  /// The units named, as they should be recorded, in order, each once.
  public var names: [String] = []
  /// Phrases that name a group of bodies, as written ("Các bộ, ngành, địa phương").
  public var collective: [String] = []
  /// Phrases that name no one, as written ("các bộ, ngành liên quan"), left out.
  public var generic: [String] = []
  /// Known names written with nothing between them (two cells glued in transcription), as
  /// written; the dictionary split them.
  public var glued: [String] = []

  public init() {}
}

/// Reads the unit names of a cell: known names first (the ledger's units, the plan's own,
/// the dictionary of public bodies), found as whole runs of words so that "và" or a comma
/// inside a known name never splits it; the text between known names is split at commas,
/// slashes and "và" only where every part reads as a unit's name, and generic or collective
/// phrases are set apart.
public enum UnitCellReader {
  /// Words that separate names in a list.
  static let separators: Set<String> = [",", "/", "và", "cùng", "-", "–", "(", ")", ":", "với"]

  /// The reading of a cell.
  public static func read(_ cell: String, known: UnitDirectory = .standard) -> UnitCellReading {
    var reading = UnitCellReading()
    for piece in UnitNames.lines(of: cell, known: known) {
      scan(piece, known: known, into: &reading)
    }
    return reading
  }

  /// True for a token that only separates names.
  static func isSeparator(_ token: String) -> Bool {
    separators.contains(token.lowercased())
  }

  /// Tokens as text again: "Bộ Văn hóa , Thể thao" → "Bộ Văn hóa, Thể thao".
  static func text(_ tokens: ArraySlice<String>) -> String {
    var result = ""
    for token in tokens {
      if result.isEmpty || token == "," || token == ")" || result.hasSuffix("(") {
        result += token
      } else {
        result += " " + token
      }
    }
    return result
  }

  /// Finds the known names of one piece, longest first, and classifies the text between them.
  static func scan(_ piece: String, known: UnitDirectory, into reading: inout UnitCellReading) {
    var spaced = piece
    for mark in [",", "/", "(", ")"] {
      spaced = spaced.replacingOccurrences(of: mark, with: " \(mark) ")
    }
    let tokens = spaced.split(whereSeparator: \.isWhitespace).map(String.init)
    var gap: [String] = []
    var lastKnownEnd: Int?
    var index = 0
    while index < tokens.count {
      let mayStart =
        !isSeparator(tokens[index]) && (gap.isEmpty || gap.last.map(isSeparator) == true)
      var found: (length: Int, entry: UnitDirectory.Entry)?
      if mayStart {
        let longest = min(known.longestName + 3, tokens.count - index)
        for length in stride(from: longest, through: 1, by: -1)
        where !isSeparator(tokens[index + length - 1]) {
          if let entry = known.find(text(tokens[index..<(index + length)])) {
            found = (length, entry)
            break
          }
        }
      }
      guard let found else {
        gap.append(tokens[index])
        index += 1
        continue
      }
      if gap.isEmpty, let end = lastKnownEnd, end == index, let previous = reading.names.last {
        reading.glued.append(previous + " " + text(tokens[index..<(index + found.length)]))
      }
      flush(&gap, known: known, into: &reading)
      add(found.entry.name, to: &reading)
      index += found.length
      lastKnownEnd = index
    }
    flush(&gap, known: known, into: &reading)
  }

  /// Adds a name once.
  static func add(_ name: String, to reading: inout UnitCellReading) {
    let key = VietnameseText.matchKey(name)
    if !reading.names.contains(where: { VietnameseText.matchKey($0) == key }) {
      reading.names.append(name)
    }
  }

  /// Classifies the text between known names: generic, collective, or unit names.
  static func flush(
    _ gap: inout [String], known: UnitDirectory, into reading: inout UnitCellReading
  ) {
    defer { gap.removeAll() }
    var slice = gap[...]
    while let first = slice.first, isSeparator(first) { slice = slice.dropFirst() }
    while let last = slice.last, isSeparator(last) { slice = slice.dropLast() }
    guard !slice.isEmpty else { return }
    let phrase = text(slice)
    let dictionary = UnitDictionary.shipped
    let key = VietnameseText.searchKey(phrase)
    if key.hasSuffix("lien quan") {
      reading.generic.append(phrase)
      return
    }
    if dictionary.isCollective(phrase) || key.hasPrefix("cac ") {
      reading.collective.append(phrase)
      return
    }
    if dictionary.isGeneric(phrase) {
      reading.generic.append(phrase)
      return
    }
    for part in UnitNames.softSplit(phrase, known: known) {
      if dictionary.isGeneric(part) {
        reading.generic.append(part)
      } else if dictionary.isCollective(part) {
        reading.collective.append(part)
      } else {
        add(UnitNames.canonical(part), to: &reading)
      }
    }
  }
}
