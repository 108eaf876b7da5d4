import Foundation
import LedgerChain
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerHub

/// A file read and checked ahead of the hub refuses exactly what reading it line by line does.
@Suite("An events file read ahead of the hub (PreparedFile)")
struct PreparedFileTests {
  /// What reading the lines one by one with `EventLineReader` gives, as `events import` reads
  /// them from the file's first event line: the events read, and the error of the first line
  /// refused.
  static func lineByLine(_ lines: [(number: Int, text: String)]) -> (
    events: [RecordedEvent], error: LedgerError?
  ) {
    var reader: EventLineReader?
    var events: [RecordedEvent] = []
    for line in lines {
      if reader == nil {
        if PreparedFile.isBlank(line.text) { continue }
        guard
          case .object(let members)? = try? JSONDecoder().decode(
            JSONValue.self, from: Data(line.text.utf8)),
          case .int(let position)? = members["position"], position > 0,
          case .string(let previous)? = members["prev_hash"]
        else { return (events, .badEventLine(line: line.number, problem: .notAnEvent)) }
        reader = EventLineReader(
          expected: position, previous: position == 1 ? HashChain.genesis : previous)
      }
      do {
        if let event = try reader?.read(line.text, line: line.number) { events.append(event) }
      } catch let error as LedgerError {
        return (events, error)
      } catch {
        Issue.record("not a LedgerError: \(error)")
        return (events, nil)
      }
    }
    return (events, nil)
  }

  /// A line's payload with its first text member changed by `change`, hashed again.
  static func changingText(_ line: String, _ change: (String) -> String) throws -> String {
    guard
      case .object(let members) = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)),
      case .object(var payload)? = members["payload"],
      let key = payload.keys.sorted().first(where: {
        if case .string = payload[$0] { return true }
        return false
      }), case .string(let text)? = payload[key]
    else { return line }
    payload[key] = .string(change(text))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try ForgedLine.make(
      from: line,
      payload: String(decoding: try encoder.encode(JSONValue.object(payload)), as: UTF8.self))
  }

  /// One of the ways a file goes wrong, applied at line `at`.
  static func mangle(_ lines: [String], kind: Int, at index: Int) throws -> [String] {
    var lines = lines
    let line = lines[index]
    switch kind {
    case 0:  // a hash that is not the line's
      let last = line.lastIndex(of: "\"")!
      let digit = line[line.index(before: last)]
      lines[index] = line.replacingCharacters(
        in: line.index(before: last)..<last, with: digit == "0" ? "1" : "0")
    case 1:  // a member the schema does not know, hashed again
      lines[index] = try ForgedLine.make(
        from: line,
        payload: try Self.payloadText(line).replacingOccurrences(of: "{", with: #"{"zz":1,"#))
    case 2:  // unclean text: not NFC, hashed again
      lines[index] = try changingText(line) { $0 + "Xa\u{0303}" }
    case 3:  // a control character in a text, hashed again
      lines[index] = try changingText(line) { $0 + "\u{0007}" }
    case 4:  // a gap: a line left out
      lines.remove(at: index)
    case 5:  // a fork: the line chains onto another hash
      lines[index] = Self.replacingPrevious(line)
    case 6:  // not JSON
      lines[index] = String(line.dropLast(3))
    case 7:  // a blank line and a line from elsewhere in the file
      lines.insert("  ", at: index)
      lines.insert(lines[max(0, index - 3)], at: index + 1)
    default:  // a position that is not the next
      lines[index] = line.replacingOccurrences(of: #"{"position":"#, with: #"{"position":9"#)
    }
    return lines
  }

  /// The payload text of an exported line.
  static func payloadText(_ line: String) throws -> String {
    guard
      case .object(let members) = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)),
      let payload = members["payload"]
    else { return "{}" }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(payload), as: UTF8.self)
  }

  /// The line with its `prev_hash` changed in its first digit.
  static func replacingPrevious(_ line: String) -> String {
    guard let range = line.range(of: #""prev_hash":""#) else { return line }
    let digit = line[range.upperBound]
    return line.replacingCharacters(
      in: range.upperBound..<line.index(after: range.upperBound), with: digit == "a" ? "b" : "a")
  }

  @Test(
    "A mangled file stops at the same line, with the same error and the same events before it, as the line-by-line reader",
    arguments: 0..<9)
  func sameRefusals(kind: Int) throws {
    let commune = try CommuneExport(seed: 71, steps: 160)
    var random = SplitMix64(seed: UInt64(kind) &+ 1000)
    for _ in 0..<12 {
      let index = Int.random(in: 0..<(commune.lines.count - 1), using: &random)
      // The whole file, and a tail starting anywhere before the mangled line.
      let from = Int.random(in: 0...index, using: &random)
      for start in [0, from] {
        let mangled = try Self.mangle(Array(commune.lines[start...]), kind: kind, at: index - start)
        let lines = CommuneExport.numbered(mangled)
        let expected = Self.lineByLine(lines)
        let prepared = PreparedFile(lines: lines)
        #expect(prepared.parsed.map(\.event) == expected.events, "kind \(kind) at \(index)")
        #expect(prepared.failure as? LedgerError == expected.error, "kind \(kind) at \(index)")
        #expect(prepared.pending == nil && prepared.checkpoint == nil)
        if [0, 5, 6, 8].contains(kind) {
          #expect(expected.error != nil, "kind \(kind) at \(index) was not refused")
        }
      }
    }
  }

  @Test("An intact file is read whole, with each line's stored payload and recorded time")
  func intact() throws {
    let commune = try CommuneExport(seed: 72, steps: 120)
    let prepared = PreparedFile(lines: CommuneExport.numbered([""] + commune.lines + [" "]))
    #expect(prepared.failure == nil)
    #expect(prepared.start?.position == 1 && prepared.start?.line == 2)
    #expect(prepared.parsed.map(\.event) == (try commune.events))
    #expect(prepared.parsed.map(\.line) == Array(2...(commune.lines.count + 1)))
  }

  @Test("A first line that holds a checkpoint member without starting with it waits for the source")
  func ambiguousFirstLine() throws {
    let commune = try CommuneExport(seed: 73, steps: 40)
    let odd = #"{"note":"x","checkpoint":"y"}"#
    let prepared = PreparedFile(lines: CommuneExport.numbered([odd] + commune.lines))
    #expect(prepared.pending?.count == commune.lines.count + 1)
    #expect(prepared.parsed.isEmpty)
    let asCheckpoint = PreparedFile(
      lines: CommuneExport.numbered([odd] + commune.lines), firstIsCheckpoint: true,
      latest: .distantFuture)
    #expect(asCheckpoint.checkpoint?.text == odd)
    #expect(asCheckpoint.parsed.count == commune.lines.count)
    let asEvent = PreparedFile(
      lines: CommuneExport.numbered([odd] + commune.lines), firstIsCheckpoint: false,
      latest: .distantFuture)
    #expect(asEvent.failure as? LedgerError == .badEventLine(line: 1, problem: .notAnEvent))
  }
}
