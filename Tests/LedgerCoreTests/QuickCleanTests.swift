import Foundation
import LedgerTestSupport
import Testing

@testable import LedgerCore

/// `VietnameseText.isQuicklyClean`, the fast answer `clean` gives for text already clean: never
/// yes when normalising and collapsing spaces would change the text.
@Suite("Text recognised as clean without normalising is what clean would give")
struct QuickCleanTests {
  /// `clean` as it is computed without the fast answer.
  func slowClean(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping.split(whereSeparator: { $0.isWhitespace })
      .joined(separator: " ")
  }

  /// Every scalar the fast answer accepts.
  var quickScalars: [Unicode.Scalar] {
    ((0..<0x300) as Range<UInt32>).compactMap(Unicode.Scalar.init)
      .filter { $0.value != 0x20 && VietnameseText.isQuickScalar($0.value) }
      + ((0x1E00...0x1EFF) as ClosedRange<UInt32>).compactMap(Unicode.Scalar.init)
  }

  @Test("Each accepted scalar is NFC on its own, of combining class 0, one character, no space")
  func eachScalar() {
    for scalar in quickScalars {
      let text = "a\(scalar)b"
      #expect(scalar.properties.canonicalCombiningClass == .notReordered, "\(scalar.value)")
      #expect(String(scalar).precomposedStringWithCanonicalMapping == String(scalar))
      #expect(text.count == 3, "U+\(String(scalar.value, radix: 16))")
      #expect(slowClean(text) == text, "U+\(String(scalar.value, radix: 16))")
      #expect(!Character(scalar).isWhitespace)
    }
  }

  @Test("No accepted scalar is the second part of any canonical decomposition")
  func noneComposes() {
    let accepted = Set(quickScalars.map(\.value))
    var decomposable = 0
    for value in 0...0x2FFFF as ClosedRange<UInt32> {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
      guard parts.count > 1 else { continue }
      decomposable += 1
      #expect(
        !parts.dropFirst().contains { accepted.contains($0.value) },
        "U+\(String(value, radix: 16)) decomposes with an accepted scalar after its first")
    }
    #expect(decomposable > 2000)
  }

  @Test("Random text: clean with the fast answer equals clean without it")
  func randomText() {
    var random = SplitMix64(seed: 2026)
    let quick = quickScalars
    let others: [Unicode.Scalar] = [
      " ", " ", "\t", "\n", "\u{A0}", "\u{85}", "\u{2028}", "\u{3000}", "\u{300}", "\u{301}",
      "\u{323}", "\u{309}", "\u{303}", "\u{200B}", "\u{1161}", "\u{1100}", "\u{AC00}", "e", "E",
      "\u{1EC7}", "ê", "\u{0302}", "\r",
    ]
    var fast = 0
    for _ in 0..<40_000 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<Int(random.next() % 12) {
        let pool = random.next() % 3 == 0 ? others : quick
        scalars.append(pool[Int(random.next() % UInt64(pool.count))])
      }
      let text = String(scalars)
      if VietnameseText.isQuicklyClean(text) { fast += 1 }
      #expect(VietnameseText.clean(text) == slowClean(text), "\(text.debugDescription)")
      #expect(!VietnameseText.isQuicklyClean(text) || slowClean(text) == text)
    }
    #expect(fast > 5_000)
    #expect(VietnameseText.isQuicklyClean("Nhiệm vụ số 12 về chuyển đổi số"))
    #expect(VietnameseText.isQuicklyClean(""))
    #expect(!VietnameseText.isQuicklyClean("Nhiê\u{0323}m vụ"))
    #expect(!VietnameseText.isQuicklyClean(" vụ"))
    #expect(!VietnameseText.isQuicklyClean("vụ  số"))
  }

  @Test("Control characters found by value are those of general category Cc, bar tab and breaks")
  func controlCharacters() {
    for value in 0...0x2FFFF as ClosedRange<UInt32> {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let byCategory =
        scalar.properties.generalCategory == .control && !["\t", "\n", "\r"].contains(scalar)
      #expect(
        (VietnameseText.firstControlCharacter(in: "a\(scalar)b") != nil) == byCategory,
        "U+\(String(value, radix: 16))")
    }
  }
}
