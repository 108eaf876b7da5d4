import Foundation
import LedgerChain
import LedgerCore
import LedgerTestSupport
import Testing

/// The quick reading of an export's lines (`QuickHead`) gives exactly what the full reading
/// gives: the same event, or the same refusal.
@Suite("Events-file lines read the quick way equal the full reading")
struct QuickHeadTests {
  /// What a reader made of a line: the event and what is to be stored, or the refusal.
  struct Outcome: Equatable {
    var event: RecordedEvent?
    var stored: [String] = []
    var refusal: LedgerError?
    var refused: Bool { refusal != nil }
  }

  /// What a reader expecting `position` after `previous` makes of a line, quick or in full.
  static func outcome(
    _ text: String, position: Int64, previous: String, quick: Bool
  ) -> Outcome {
    var reader = EventLineReader(expected: position, previous: previous)
    reader.quick = quick
    do {
      guard let parsed = try reader.parse(text, line: 7) else { return Outcome() }
      return Outcome(
        event: parsed.event,
        stored: [
          parsed.payload, parsed.recorded, "\(parsed.schemaVersion)", "\(reader.expected)",
          reader.previous, "\(parsed.proof ?? [])",
        ])
    } catch let error as LedgerError {
      return Outcome(refusal: error)
    } catch {
      return Outcome(stored: ["\(error)"], refusal: .badEventLine(line: 0, problem: .notAnEvent))
    }
  }

  /// Snippets an attacker or a broken tool might put into a line.
  static let snippets = [
    "\\", "\"", " ", "\\u0041", "}", "{", ",", ":", "0", "-1", "1e2", "\t", "\u{7}", "é",
    "Xa\u{0303}",
    #","hash":""# + String(repeating: "a", count: 64) + "\"",
    #","prev_hash":""# + String(repeating: "0", count: 64) + "\"",
    #","position":1"#, #","x":{"y":1}"#, #""signer":"0123456789abcdef","#,
  ]

  /// A line changed at random: a byte replaced, removed or a snippet inserted.
  static func mutate(_ line: String, using random: inout SplitMix64) -> String {
    var bytes = Array(line.utf8)
    let at = Int.random(in: 0..<bytes.count, using: &random)
    switch Int.random(in: 0..<4, using: &random) {
    case 0: bytes[at] = UInt8.random(in: 0x20...0x7E, using: &random)
    case 1: bytes.remove(at: at)
    case 2: bytes.insert(contentsOf: Array(snippets.randomElement(using: &random)!.utf8), at: at)
    default:
      // Members added after the payload, so that a member is there twice.
      if let range = line.range(of: #","prev_hash":"#) {
        let offset = line.utf8.distance(from: line.startIndex, to: range.lowerBound)
        let forged =
          #","prev_hash":""# + String(repeating: "f", count: 64) + #"","hash":""#
          + String(repeating: "e", count: 64) + #"","x":{"y":1}"#
        bytes.insert(contentsOf: Array(forged.utf8), at: offset)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test("Every line of an export is read the quick way, to the same event")
  func intactLines() throws {
    let commune = try CommuneExport(seed: 91, steps: 300)
    var previous = HashChain.genesis
    for (index, line) in commune.lines.enumerated() {
      #expect(QuickHead(line) != nil, "line \(index + 1)")
      let quick = Self.outcome(line, position: Int64(index + 1), previous: previous, quick: true)
      #expect(
        quick == Self.outcome(line, position: Int64(index + 1), previous: previous, quick: false))
      #expect(!quick.refused && quick.event != nil)
      previous = QuickHead(line)?.hash ?? ""
    }
  }

  @Test("A payload is its event's own encoding only when every byte is the same")
  func sameBytes() throws {
    let commune = try CommuneExport(seed: 92, steps: 120)
    for event in try commune.events {
      let made = try event.event.payloadJSON()
      let text = String(decoding: made, as: UTF8.self)
      #expect(EventLineReader.sameBytes(made, text))
      #expect(!EventLineReader.sameBytes(made, text + " "))
      #expect(!EventLineReader.sameBytes(made, String(text.dropLast())))
      // One byte changed, anywhere: not the same.
      var bytes = Array(made)
      let at = Int(event.position) % bytes.count
      bytes[at] ^= 0x01
      #expect(!EventLineReader.sameBytes(Data(bytes), text))
    }
    #expect(EventLineReader.sameBytes(Data(), ""))
    #expect(!EventLineReader.sameBytes(Data(), "{}"))
  }

  @Test("Mangled lines are read or refused the same, quick or in full", arguments: 0..<8)
  func mangledLines(seed: UInt64) throws {
    let commune = try CommuneExport(seed: 92 + seed, steps: 120)
    var random = SplitMix64(seed: seed)
    var previous = [HashChain.genesis]
    for line in commune.lines { previous.append(QuickHead(line)?.hash ?? "") }
    var quickly = 0
    for _ in 0..<400 {
      let index = Int.random(in: 0..<commune.lines.count, using: &random)
      var line = commune.lines[index]
      for _ in 0..<Int.random(in: 1...2, using: &random) {
        line = Self.mutate(line, using: &random)
      }
      if QuickHead(line) != nil { quickly += 1 }
      let position = Int64(index + 1)
      #expect(
        Self.outcome(line, position: position, previous: previous[index], quick: true)
          == Self.outcome(line, position: position, previous: previous[index], quick: false),
        "\(line)")
    }
    // Many mangled lines still look laid out as an export: the comparison covers them.
    #expect(quickly > 40)
  }
}
