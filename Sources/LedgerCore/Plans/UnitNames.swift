/// How plans write unit names: lists of them in a cell, the vague "Các đơn vị liên quan", and
/// unit names at the start of the body's "Tổ chức thực hiện" items.
public enum UnitNames {
  /// Words a unit name starts with.
  static let starts = [
    "phong", "trung tam", "cong an", "ban ", "van phong", "uy ban", "ubnd", "hdnd", "doi ",
    "hoi ", "doan ", "tram ", "truong ", "dang uy", "mat tran", "quan su", "bo chi huy", "chi cuc",
  ]

  /// Words that end a unit name at the start of a sentence ("… xã chủ trì, phối hợp …").
  static let verbs = [
    " chu tri", " can cu", " to chuc", " tang cuong", " phoi hop", " co trach nhiem",
    " chiu trach nhiem", " thuc hien", " huong dan", " tham muu", " trien khai", " don doc",
    " theo doi", " xay dung", " bao dam", " dam bao", " chu dong",
  ]

  /// True for "Các đơn vị liên quan" and its variants ("các cơ quan", "đơn vị liên quan"),
  /// which name no one.
  public static func isVague(_ text: String) -> Bool {
    let key = VietnameseText.searchKey(text)
    return key.hasPrefix("cac ") || key.contains("lien quan")
  }

  /// The unit names in a cell: split on commas, semicolons, line breaks and " và ", with
  /// vague phrases and blanks dropped.
  public static func split(_ cell: String) -> [String] {
    // "Các cơ quan, đơn vị liên quan" is one vague phrase, not two names.
    guard !VietnameseText.searchKey(cell).hasPrefix("cac ") else { return [] }
    var parts = [VietnameseText.clean(cell)]
    for separator in [",", ";", "\n", " và ", "/"] {
      parts = parts.flatMap { $0.components(separatedBy: separator) }
    }
    return parts.map(VietnameseText.clean).map(canonical)
      .filter { !$0.isEmpty && !isVague($0) }
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

  /// The unit a sentence starts with ("Phòng Kinh tế xã căn cứ …" → "Phòng Kinh tế"), if any.
  public static func leadingUnit(of sentence: String) -> String? {
    let text = VietnameseText.clean(sentence)
    let key = VietnameseText.searchKey(text)
    guard starts.contains(where: { key.hasPrefix($0) }) else { return nil }
    let cut = verbs.compactMap { verb in key.range(of: verb)?.lowerBound }.min()
    guard let cut else { return nil }
    let length = key.distance(from: key.startIndex, to: cut)
    // The search key keeps one character per character of the cleaned text, so the same
    // count of characters cuts the original.
    let name = String(text.prefix(length))
    return name.isEmpty ? nil : canonical(name)
  }
}
