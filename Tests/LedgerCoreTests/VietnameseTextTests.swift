import Foundation
import LedgerCore
import Testing

@Suite("Vietnamese text")
struct VietnameseTextTests {
  @Test(
    "Spellings of one name share a key",
    arguments: [
      ("Phòng Văn hoá - Xã hội", "Phòng Văn hóa - Xã hội"),
      ("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội".decomposedStringWithCanonicalMapping),
      ("PHÒNG VĂN HÓA – XÃ HỘI", "phòng văn hóa xã hội"),
      ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
      ("  Công   an xã ", "Công an xã"),
    ])
  func spellingsMatch(a: String, b: String) {
    #expect(VietnameseText.matchKey(a) == VietnameseText.matchKey(b))
  }

  @Test(
    "Different words keep different keys",
    arguments: [("Ban", "Bán"), ("Văn", "Van"), ("Đông", "Dong"), ("hoà", "hỏa"), ("Tổ 2", "Tổ 3")])
  func differentWordsDiffer(a: String, b: String) {
    #expect(VietnameseText.matchKey(a) != VietnameseText.matchKey(b))
  }

  @Test("Clean text is NFC with single spaces")
  func cleanIsNFC() {
    let nfd = "  Phòng   Văn hóa\t- Xã hội ".decomposedStringWithCanonicalMapping
    let cleaned = VietnameseText.clean(nfd)
    #expect(cleaned == "Phòng Văn hóa - Xã hội")
    #expect(
      Array(cleaned.unicodeScalars)
        == Array("Phòng Văn hóa - Xã hội".precomposedStringWithCanonicalMapping.unicodeScalars))
  }

  @Test("Names sort in Vietnamese alphabetical order")
  func vietnameseOrder() {
    let names = ["Đông", "Dương", "Ân", "Bình", "Ăn", "An", "Ê-đê", "Em", "Ơn", "Ôn", "On"]
    let sorted = names.sorted(by: VietnameseText.areInIncreasingOrder)
    #expect(sorted == ["An", "Ăn", "Ân", "Bình", "Dương", "Đông", "Em", "Ê-đê", "On", "Ôn", "Ơn"])
  }

  @Test("Control characters are found, tabs and newlines are not")
  func controlCharacters() {
    #expect(VietnameseText.firstControlCharacter(in: "a\u{0007}b")?.value == 7)
    #expect(VietnameseText.firstControlCharacter(in: "a\tb\nc") == nil)
  }
}

@Suite("Looking people up by name")
struct NameLookupTests {
  @Test(
    "Typed names find stored ones",
    arguments: [
      ("Phạm Anh Tuấn", "Phạm Anh Tuấn", true), ("pham anh tuan", "Phạm Anh Tuấn", true),
      ("PHẠM ANH TUẤN", "Phạm Anh Tuấn", true), ("Phạm Anh Tuân", "Phạm Anh Tuấn", false),
      ("Nguyen Van An", "Nguyễn Văn Ân", true), ("Nguyễn Văn An", "Nguyễn Văn Ân", false),
    ])
  func lookup(typed: String, stored: String, matches: Bool) {
    #expect(VietnameseText.lookupMatches(typed, stored) == matches)
  }
}
