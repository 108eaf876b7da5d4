import Foundation

/// How plans write unit names: lists of them in a cell, the vague "Các đơn vị liên quan", and
/// unit names at the start of the body's "Tổ chức thực hiện" items.
///
/// A cell is split only where every part is a unit someone knows (registered, named by the
/// plan, given in a mapping, or one of the offices every commune has) or could be one (it
/// starts like a unit's name and reads like a name, not a sentence). "Văn phòng HĐND và UBND
/// xã" stays one office; "Công an xã và Phòng Kinh tế" is two units.
public enum UnitNames {
  /// Words a unit name starts with.
  static let starts = [
    "phong ", "trung tam", "cong an", "ban ", "van phong", "uy ban", "ubnd", "hdnd", "doi ",
    "hoi ", "doan ", "tram ", "truong ", "dang uy", "mat tran", "quan su", "bo chi huy", "chi cuc",
    "ubmttq", "mttq", "to ", "hop tac xa", "chi bo", "kho bac", "chi nhanh", "buu dien",
    "thanh doan", "nha van hoa", "thu vien", "thon ", "khu pho", "ap ", "ban chi huy",
    "bo ", "so ", "vien han lam", "vien kiem sat", "vien nghien cuu", "tap doan ", "tong cong ty",
    "dai ", "ngan hang", "thanh tra",
    "toa an", "hoc vien", "dai hoc", "cuc ", "tong cuc", "vu ", "bao ", "kiem toan",
    "lien doan", "bao hiem", "cong ty", "quy ", "huyen uy", "tinh uy", "thanh uy", "cong doan",
    "benh vien", "thuong truc", "hoi dong", "chi hoi", "ban quan ly", "lien hiep",
  ]

  /// Openings that share a body's head word but start an action or a thing, never a body's
  /// name: "Ban hành…", "Báo cáo…", "Tổ chức hội nghị…", "Quy hoạch…", "Số hóa…".
  static let falseStarts = [
    "ban hanh", "bao cao", "bao dam", "bao ve", "bo sung", "bo tri", "to chuc", "doi moi",
    "hoi nghi", "so hoa", "so lieu", "vu viec", "dai dien", "truong hop", "quy dinh", "quy che",
    "quy hoach", "quy trinh", "phong chong", "phong ngua", "cuc bo", "tram tien",
  ]

  /// Words that end a unit name at the start of a sentence ("… xã chủ trì, phối hợp …").
  static let verbs = [
    " chu tri", " can cu", " to chuc", " tang cuong", " phoi hop", " co trach nhiem",
    " chiu trach nhiem", " thuc hien", " huong dan", " tham muu", " trien khai", " don doc",
    " theo doi", " xay dung", " bao dam", " dam bao", " chu dong", " tiep tuc", " day manh",
    " nghien cuu", " ra soat", " bao cao",
  ]

  /// Words no unit's name holds, which mark a phrase as part of a sentence.
  static let sentenceWords = [
    " cac ", " nhung ", " de ", " nham ", " voi ", " cua ", " ve ", " la ", " dau moi ", " lam ",
  ]

  /// True for "Các đơn vị liên quan" and its variants ("các cơ quan", "đơn vị liên quan"),
  /// which name no one.
  public static func isVague(_ text: String) -> Bool {
    let key = VietnameseText.searchKey(text)
    return key.hasPrefix("cac ") || key.contains("lien quan") || key == "cac don vi"
  }

  /// True when a name reads like a unit's name: it starts as units' names do, is short, and
  /// holds no verb or sentence word.
  public static func isPlausible(_ name: String) -> Bool {
    let key = " " + VietnameseText.searchKey(name) + " "
    let words = key.split(separator: " ").count
    guard (1...12).contains(words), starts.contains(where: { key.dropFirst().hasPrefix($0) }),
      !falseStarts.contains(where: { key.dropFirst().hasPrefix($0 + " ") })
    else { return false }
    return !looksLikeProse(name)
  }

  /// True when text is a sentence rather than a name: it holds a verb of action or a sentence
  /// word, or runs longer than any unit's name.
  public static func looksLikeProse(_ text: String) -> Bool {
    let key = " " + VietnameseText.searchKey(text) + " "
    if key.split(separator: " ").count > 14 { return true }
    return verbs.contains { wordRange(of: $0, in: key) != nil }
      || sentenceWords.contains { key.contains($0) }
  }

  /// Where a phrase occurs in a search key as whole words (not followed by a letter).
  static func wordRange(of phrase: String, in key: String) -> Range<String.Index>? {
    var start = key.startIndex
    while let range = key.range(of: phrase, range: start..<key.endIndex) {
      if range.upperBound == key.endIndex || !key[range.upperBound].isLetter { return range }
      start = range.upperBound
    }
    return nil
  }

  /// True when a name read only from the plan looks like a public body.
  ///
  /// It opens with a body's head word (Bộ, Sở, Ban, Phòng, UBND, Văn phòng, Công an, Trung
  /// tâm, …), reads as a name, not a sentence, and is written as a name is: with a capital
  /// ("Thôn 3", "Tổ công nghệ số") — a lower-case "thôn, tổ dân phố" names the villages in
  /// general — and more than a head word alone ("Phòng" names no one). A name that does not is
  /// flagged for review, never registered.
  public static func looksLikeBody(_ name: String) -> Bool {
    let text = VietnameseText.clean(name)
    guard let first = text.first, first.isUppercase,
      text.split(separator: " ").count >= 2 || text.allSatisfy({ $0.isUppercase || $0.isNumber })
    else { return false }
    return isPlausible(text)
  }

  /// Words after a body's name that say its part in the task, not its name ("là đầu mối").
  static let notePhrases = [" la ", " dau moi ", " lam dau moi "]

  /// True for words that say a body's part in the task after its name ("là cơ quan thường
  /// trực", "là đầu mối"): a note to flag, not a sentence to refuse.
  static func isRoleNote(_ text: String) -> Bool {
    let key = " " + VietnameseText.searchKey(text) + " "
    return notePhrases.contains { key.hasPrefix($0) }
  }

  /// The body a phrase opens with, and the words after it that are no part of a name:
  /// "Phòng Nội vụ là đầu mối" → ("Phòng Nội vụ", "là đầu mối"); nil when the phrase does not
  /// open like a body or no name is left before those words.
  static func bodyAndRest(_ phrase: String) -> (body: String, rest: String)? {
    let text = VietnameseText.clean(phrase)
    let key = VietnameseText.searchKey(text)
    guard starts.contains(where: { key.hasPrefix($0) }) else { return nil }
    let spaced = " " + key + " "
    let cuts = notePhrases.compactMap { word -> String.Index? in
      guard
        let range = wordRange(of: word.hasSuffix(" ") ? String(word.dropLast()) : word, in: spaced)
      else { return nil }
      return range.lowerBound
    }
    guard let cut = cuts.min() else { return nil }
    // One character of the key per character of the text; the key here has a leading space.
    let length = spaced.distance(from: spaced.startIndex, to: cut)
    let body = VietnameseText.clean(String(text.prefix(length)))
    let rest = VietnameseText.clean(String(text.dropFirst(length)))
    guard !body.isEmpty, !rest.isEmpty, isPlausible(body) else { return nil }
    return (body, rest)
  }

  /// The unit names in a cell, with the standard public bodies and commune offices known.
  public static func split(_ cell: String) -> [String] {
    split(cell, known: UnitDirectory.standard)
  }

  /// The unit names in a cell, as `UnitCellReader` reads them: known names whole, the rest
  /// split only where every part reads as a name; generic and collective phrases left out.
  public static func split(_ cell: String, known: UnitDirectory) -> [String] {
    UnitCellReader.read(cell, known: known).names.filter { !$0.isEmpty && !isVague($0) }
  }

  /// A cell's lines and semicolon-separated parts, a line that only continues the name above
  /// (starting in lower case, neither known nor plausible alone) joined back to it.
  static func lines(of cell: String, known: UnitDirectory) -> [String] {
    var pieces: [String] = []
    for line in VietnameseText.nfc(cell).components(separatedBy: .newlines) {
      for part in line.components(separatedBy: ";") {
        let text = VietnameseText.clean(part)
        guard !text.isEmpty else { continue }
        // A parenthesis on its own line belongs to the name above it.
        if let last = pieces.last, text.first == "(" {
          pieces[pieces.count - 1] = last + " " + text
        } else if let last = pieces.last, let first = text.first, first.isLowercase,
          known.find(text) == nil, !isPlausible(text), !isVague(text)
        {
          pieces[pieces.count - 1] = last + " " + text
        } else {
          pieces.append(text)
        }
      }
    }
    return pieces
  }

  /// One piece split at commas, slashes and "và", or kept whole when a part would be neither
  /// known nor plausible.
  static func softSplit(_ piece: String, known: UnitDirectory) -> [String] {
    if known.find(piece) != nil { return [piece] }
    let (tokens, separators) = tokens(of: piece)
    guard tokens.count > 1 else { return [piece] }
    var parts: [String] = []
    var index = 0
    while index < tokens.count {
      var end = index
      for candidate in stride(from: tokens.count - 1, to: index, by: -1) {
        var joined = tokens[index]
        for k in index..<candidate { joined += separators[k] + tokens[k + 1] }
        if known.find(joined) != nil {
          end = candidate
          break
        }
      }
      var part = tokens[index]
      for k in index..<end { part += separators[k] + tokens[k + 1] }
      parts.append(part)
      index = end + 1
    }
    let acceptable = parts.allSatisfy {
      known.find($0) != nil || looksLikeBody($0) || isVague($0)
    }
    return acceptable ? parts.filter { !isVague($0) } : [piece]
  }

  /// The parts of a piece between commas, slashes and "và", and the separators as written.
  static func tokens(of piece: String) -> ([String], [String]) {
    let pattern = #"\s*,\s*|\s*/\s*|\s+(?:và|Và|VÀ)\s+"#
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return ([piece], []) }
    var tokens: [String] = []
    var separators: [String] = []
    var start = piece.startIndex
    for match in regex.matches(in: piece, range: NSRange(piece.startIndex..., in: piece)) {
      guard let range = Range(match.range, in: piece) else { continue }
      tokens.append(String(piece[start..<range.lowerBound]))
      separators.append(String(piece[range]))
      start = range.upperBound
    }
    tokens.append(String(piece[start...]))
    let kept = tokens.map { VietnameseText.clean($0) }
    return (kept, separators)
  }

  /// The name without a trailing "xã" after a department's name: "Phòng Kinh tế xã" is the
  /// commune's "Phòng Kinh tế"; "Công an xã" and "Trung tâm … công xã" keep theirs, which is
  /// part of their official name.
  public static func canonical(_ name: String) -> String {
    let name = VietnameseText.clean(name)
    let key = VietnameseText.searchKey(name)
    if key.hasPrefix("phong "), key.hasSuffix(" xa") {
      return String(name.dropLast(3))
    }
    return name
  }

  /// The unit phrase a sentence starts with ("Phòng Kinh tế xã căn cứ …" → "Phòng Kinh tế"),
  /// if it names units: every comma-separated part must read like a unit's name.
  public static func leadingPhrase(of sentence: String) -> String? {
    let text = VietnameseText.clean(sentence)
    let key = VietnameseText.searchKey(text)
    guard starts.contains(where: { key.hasPrefix($0) }) else { return nil }
    let cut = verbs.compactMap { verb in wordRange(of: verb, in: key)?.lowerBound }.min()
    guard let cut else { return nil }
    let length = key.distance(from: key.startIndex, to: cut)
    // The search key keeps one character per character of the cleaned text, so the same
    // count of characters cuts the original.
    let phrase = String(text.prefix(length))
    let parts = phrase.components(separatedBy: ",").map(VietnameseText.clean)
    guard !phrase.isEmpty, parts.allSatisfy(isPlausible) else { return nil }
    return canonical(phrase)
  }

  /// The first unit a sentence starts with, as `leadingPhrase(of:)` reads it.
  public static func leadingUnit(of sentence: String) -> String? {
    leadingPhrase(of: sentence).flatMap { split($0).first }
  }
}
