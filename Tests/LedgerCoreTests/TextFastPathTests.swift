import Foundation
import LedgerTestSupport
import Testing

@testable import LedgerCore

/// The byte-level shortcuts of the text rules give the same answers as reading each scalar:
/// `firstControlCharacter`, `hasVisibleCharacter` and the length limit of `TextRules.required`.
@Suite("The text rules' shortcuts answer as reading every scalar does")
struct TextFastPathTests {
  /// `firstControlCharacter` without its shortcut.
  func slowControl(_ text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D)
        || (0x7F...0x9F).contains(value)
    }
  }

  /// `hasVisibleCharacter` without its shortcut: every scalar judged one by one.
  func slowVisible(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: VietnameseText.isVisible)
  }

  @Test("Every scalar of the first planes, alone and between invisible ones")
  func everyScalar() {
    var controls = 0
    for value in 0...0x2FFFF as ClosedRange<UInt32> {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for text in [String(scalar), "\u{200B}\(scalar) ", " \u{FEFF}\(scalar)"] {
        let control = VietnameseText.firstControlCharacter(in: text)
        #expect(control == slowControl(text), "U+\(String(value, radix: 16))")
        #expect(
          VietnameseText.hasVisibleCharacter(text) == slowVisible(text),
          "U+\(String(value, radix: 16))")
        if control != nil { controls += 1 }
      }
    }
    #expect(controls == 3 * (32 - 3 + 33))
  }

  @Test("Random text of letters, spaces, controls, marks and invisible characters")
  func randomText() {
    var random = SplitMix64(seed: 17)
    let pool: [Unicode.Scalar] = [
      "a", "Đ", "ệ", " ", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}",
      "\u{9F}", "\u{A0}", "\u{AD}", "\u{BF}", "\u{200B}", "\u{2060}", "\u{FEFF}", "\u{3164}",
      "\u{301}", "\u{2800}", "~", "!", "5", "\u{1F600}",
    ]
    for _ in 0..<20_000 {
      let count = Int(random.next() % 12)
      var text = ""
      for _ in 0..<count {
        text.unicodeScalars.append(pool[Int(random.next() % UInt64(pool.count))])
      }
      #expect(
        VietnameseText.firstControlCharacter(in: text) == slowControl(text),
        "\(text.debugDescription)")
      #expect(
        VietnameseText.hasVisibleCharacter(text) == slowVisible(text), "\(text.debugDescription)")
    }
  }

  @Test("The length limit counts characters: many bytes within it pass, one character more fails")
  func lengthLimit() throws {
    // 300 characters of three bytes each: more bytes than the limit, not more characters.
    let long = String(repeating: "ệ", count: TextRules.shortLimit)
    #expect(try TextRules.required(long, .text) == long)
    #expect(throws: LedgerError.textTooLong(.text, limit: TextRules.shortLimit)) {
      try TextRules.required(long + "a", .text)
    }
    let ascii = String(repeating: "a", count: TextRules.shortLimit)
    #expect(try TextRules.required(ascii, .text) == ascii)
    #expect(throws: LedgerError.textTooLong(.text, limit: TextRules.shortLimit)) {
      try TextRules.required(ascii + "b", .text)
    }
  }
}
