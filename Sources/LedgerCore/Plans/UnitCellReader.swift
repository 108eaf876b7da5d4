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
  /// Text read only from the plan that does not look like a public body ("thị trấn", "là đầu
  /// mối", a heading): never a unit; flagged for a person to review.
  public var doubtful: [String] = []
  /// What a parenthesis after a name says ("Bộ KH&ĐT (Tổng cục Thống kê)" → "Tổng cục Thống
  /// kê"): a sub-body or a note that belongs to the body before it, kept as a note, never a
  /// unit of its own.
  public var notes: [String] = []

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
      let (outside, inside) = parentheses(piece)
      reading.notes += inside
      scan(outside, known: known, into: &reading)
    }
    return reading
  }

  /// A piece without its parenthesised parts, and those parts.
  ///
  /// "Bộ KH&ĐT (Tổng cục Thống kê)" → ("Bộ KH&ĐT", ["Tổng cục Thống kê"]). A piece wholly in
  /// parentheses is read as its inside; an unbalanced parenthesis is left to the scan.
  static func parentheses(_ piece: String) -> (String, [String]) {
    var outside = ""
    var inside: [String] = []
    var current = ""
    var depth = 0
    for character in piece {
      switch character {
      case "(":
        if depth > 0 { current.append(character) }
        depth += 1
      case ")" where depth > 0:
        depth -= 1
        if depth == 0 {
          inside.append(VietnameseText.clean(current))
          current = ""
        } else {
          current.append(character)
        }
      default:
        if depth > 0 { current.append(character) } else { outside.append(character) }
      }
    }
    guard depth == 0 else { return (piece, []) }
    let kept = VietnameseText.clean(outside)
    let notes = inside.filter { !$0.isEmpty }
    if kept.isEmpty || kept.allSatisfy({ ",;/-–".contains($0) || $0.isWhitespace }) {
      return (notes.joined(separator: ", "), [])
    }
    return (kept, notes)
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
      // Lower-case words right after a known name qualify it ("Văn phòng HĐND và UBND" +
      // "huyện"): one name of the plan's own when that reads as a body and the words are not
      // a generic level ("tỉnh"), which adds nothing.
      var end = index + found.length
      while end < tokens.count, !isSeparator(tokens[end]),
        tokens[end].first?.isLowercase == true
      {
        end += 1
      }
      let tail = text(tokens[(index + found.length)..<end])
      let whole = text(tokens[index..<end])
      if !tail.isEmpty, !UnitDictionary.shipped.isGeneric(tail), known.find(whole) == nil,
        UnitNames.looksLikeBody(whole)
      {
        add(UnitNames.canonical(whole), to: &reading)
        index = end
      } else {
        add(found.entry.name, to: &reading)
        index += found.length
      }
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
      } else if known.find(part) != nil || UnitNames.looksLikeBody(part) {
        add(UnitNames.canonical(part), to: &reading)
      } else if let (body, rest) = UnitNames.bodyAndRest(part) {
        // "Phòng Nội vụ là đầu mối": the body, and a phrase that is no name.
        add(UnitNames.canonical(body), to: &reading)
        reading.doubtful.append(rest)
      } else if UnitNames.looksLikeProse(part), !UnitNames.isRoleNote(part) {
        // A sentence: named as read, for the resolver to refuse (prose is never a unit).
        add(part, to: &reading)
      } else {
        reading.doubtful.append(part)
      }
    }
  }
}
