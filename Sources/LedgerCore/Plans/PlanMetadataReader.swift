import Foundation

/// Reads a plan's metadata from its text: number, date, issuer, title, reporting day, the
/// plan it replaces, and the units its "Tổ chức thực hiện" section names.
struct PlanMetadataReader {
  let lines: [String]
  /// The indices of lines that are a task table's header: never the plan's title.
  var tableHeaders: Set<Int> = []

  func read() -> ParsedPlan {
    let metadata = PlanRegistered(
      number: number(), title: title(), issuer: issuer(), issued: issued(),
      reportingDay: reportingDay(), supersedes: supersedes(), digest: Self.digest(lines))
    var plan = ParsedPlan(metadata: metadata, bodyUnits: bodyUnits(), rows: [])
    plan.year = metadata.issued?.year ?? year()
    return plan
  }

  /// The plan's year when it has no date: "năm 2026" in the title or the heading lines.
  func year() -> Int? {
    let candidates = [title()] + lines.prefix(40)
    for line in candidates {
      let key = VietnameseText.searchKey(line)
      if let m = Self.numbers(#"nam (20\d\d)\b"#, key) { return m[0] }
    }
    return nil
  }

  /// "Số: 49/KH-UBND" → "49/KH-UBND"; "Số: /KH-UBND" (a draft) → nil.
  func number() -> String? {
    for line in lines.prefix(30) {
      let key = VietnameseText.searchKey(line)
      guard key.hasPrefix("so:") || key.hasPrefix("so :") else { continue }
      let value = line.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
      guard let first = value.first, first.isNumber else { return nil }
      return value.split(separator: " ").first.map(String.init)
    }
    return nil
  }

  /// The plan's date, from the date line near the top.
  ///
  /// "Chí Minh, ngày 12 tháng 02 năm 2026" or "…, ngày 12/02/2026". Only a short line of that
  /// shape counts, not a date quoted in the body.
  func issued() -> LocalDate? {
    for line in lines.prefix(30) {
      let key = VietnameseText.searchKey(line)
      guard key.count < 60, key.contains(", ngay") else { continue }
      if let m = Self.numbers(#"ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})"#, key) {
        return LocalDate(year: m[2], month: m[1], day: m[0])
      }
      if let m = Self.numbers(#", ngay (\d{1,2})/(\d{1,2})/(\d{4})"#, key) {
        return LocalDate(year: m[2], month: m[1], day: m[0])
      }
    }
    return nil
  }

  /// The line after the "KẾ HOẠCH" heading, else the first line that is not a heading of the
  /// document's form (issuer, Quốc hiệu, number, date, appendix), else "" for the caller to fill.
  func title() -> String {
    if let index = lines.firstIndex(where: { VietnameseText.searchKey($0) == "ke hoach" }),
      let next = lines.indices.dropFirst(index + 1).first(where: { !lines[$0].isEmpty }),
      !tableHeaders.contains(next)
    {
      return lines[next]
    }
    let form = [
      "phu luc", "kem theo", "so:", "so :", "cong hoa xa hoi", "doc lap", "uy ban nhan dan",
      "ubnd", "stt",
    ]
    return lines.indices.filter { !tableHeaders.contains($0) }.map { lines[$0] }.first { line in
      let key = VietnameseText.searchKey(line)
      return !line.isEmpty && !form.contains { key.hasPrefix($0) } && !key.contains(", ngay")
        && !line.allSatisfy { $0 == "-" || $0 == "_" || $0.isWhitespace }
    } ?? ""
  }

  /// "(Kèm theo Kế hoạch số … của UBND xã Chí Minh)" → "UBND xã Chí Minh".
  func issuer() -> String? {
    for line in lines {
      guard let range = line.range(of: " của ", options: .backwards),
        VietnameseText.searchKey(line).contains("kem theo")
      else { continue }
      let name = line[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " )."))
      if !name.isEmpty { return name }
    }
    return headingIssuer()
  }

  /// The issuing body from the heading block: "UBND XÃ CHÍ MINH", or "ỦY BAN NHÂN DÂN" with
  /// "XÃ CHÍ MINH" on the next line.
  func headingIssuer() -> String? {
    let head = Array(lines.prefix(12))
    for (index, line) in head.enumerated() {
      let key = VietnameseText.searchKey(line)
      guard key.hasPrefix("uy ban nhan dan") || key.hasPrefix("ubnd") else { continue }
      if key == "uy ban nhan dan" || key == "ubnd", head.indices.contains(index + 1) {
        let next = head[index + 1]
        let nextKey = VietnameseText.searchKey(next)
        if nextKey.hasPrefix("xa ") || nextKey.hasPrefix("phuong ") || nextKey.hasPrefix("dac khu ")
        {
          return line + " " + next
        }
      }
      return line
    }
    return nil
  }

  /// "Định kỳ hàng năm trước ngày 30/11 … báo cáo" → 30/11.
  func reportingDay() -> DayOfYear? {
    for line in lines {
      let key = VietnameseText.searchKey(line)
      guard key.contains("bao cao"), key.contains("hang nam") || key.contains("hang nam") else {
        continue
      }
      if let m = Self.numbers(#"truoc ngay (\d{1,2})/(\d{1,2})(?!/\d)"#, key) {
        return DayOfYear(day: m[0], month: m[1])
      }
    }
    return nil
  }

  /// "Kế hoạch này thay thế Kế hoạch số 37/KH-UBND …" → "37/KH-UBND".
  func supersedes() -> String? {
    for line in lines {
      let key = VietnameseText.searchKey(line)
      guard let range = key.range(of: "thay the ke hoach so ") else { continue }
      let offset = key.distance(from: key.startIndex, to: range.upperBound)
      let rest = line.dropFirst(offset)
      let number = rest.prefix { !$0.isWhitespace && $0 != "," && $0 != ";" }
      if let first = number.first, first.isNumber { return String(number) }
    }
    return nil
  }

  /// The unit phrases that open the items of "Tổ chức thực hiện" ("Phòng Kinh tế xã căn cứ…"
  /// → "Phòng Kinh tế xã"; "Ban Chỉ huy Quân sự xã, Công an xã căn cứ…" → the whole list, for
  /// the importer to split), numbered by hand, by Word's lists, or with dashes.
  func bodyUnits() -> [String] {
    guard
      let start = lines.firstIndex(where: {
        VietnameseText.searchKey($0).contains("to chuc thuc hien")
      })
    else { return [] }
    var units: [String] = []
    for line in lines[(start + 1)...] {
      let key = VietnameseText.searchKey(line)
      if key.hasPrefix("noi nhan") || key.hasPrefix("phu luc") { break }
      let item = String(line.drop { $0.isNumber || ".)-+•* ".contains($0) })
      if let phrase = UnitNames.leadingPhrase(of: item) { units.append(phrase) }
    }
    return units
  }

  /// FNV-1a 64 of the text with white space collapsed, as 16 hex digits.
  static func digest(_ lines: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let text = lines.filter { !$0.isEmpty }.joined(separator: "\n")
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The pattern's captured groups as numbers, when it matches somewhere in the text.
  static func numbers(_ pattern: String, _ text: String) -> [Int]? {
    guard let regex = try? NSRegularExpression(pattern: pattern),
      let result = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    else { return nil }
    let groups = (1..<result.numberOfRanges).compactMap { index in
      Range(result.range(at: index), in: text).flatMap { Int(text[$0]) }
    }
    return groups.count == result.numberOfRanges - 1 ? groups : nil
  }
}
