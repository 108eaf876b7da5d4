import Foundation
import LedgerChain
import LedgerCore

/// An events file read and checked on its own, before the hub is asked anything: what `ingest`
/// then holds against what the hub holds of the source.
///
/// Every check of a line that needs nothing from the hub is done here — next position, chain,
/// known type, payload, schema fit, text rules, hash (`EventLineReader`, as `events import`) —
/// so that one file can be read while the hub writes another. The first line that fails stops
/// the reading and is kept with its error: `ingest` refuses with it when it comes to that line,
/// after the lines before it, exactly where reading the lines one by one would have.
public struct PreparedFile: Sendable {
  /// A line of the file: its number and text.
  public typealias Line = (number: Int, text: String)

  /// The file's first line that is not blank, when it reads as a checkpoint (or, with `pending`,
  /// may be one: the source decides).
  var checkpoint: Line?
  /// The first event line's head, nil when the file has no event line.
  var start: Start?
  /// The event lines read and checked, in order.
  var parsed: [EventLineReader.Parsed] = []
  /// What refused the line after the last one in `parsed`, if any line was refused.
  var failure: (any Error)?
  /// The lines, unread, when whether the first one is a checkpoint depends on the source (a line
  /// that holds a `checkpoint` member without starting with it); `ingest` reads them once it knows.
  var pending: [Line]?

  /// The head of an event line: where it is and what it chains onto.
  struct Start: Decodable, Sendable {
    var position: Int64
    var prevHash: String
    /// The line's number in the file.
    var line: Int = 0

    enum CodingKeys: String, CodingKey {
      case position, prevHash
    }
  }

  private struct CheckpointMember: Decodable {
    var checkpoint: String
  }

  private static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()

  /// The latest recorded time a line may carry, as `events import` allows it: the hub's now
  /// (or the machine's, whichever is later) and an hour's leeway.
  let latest: Date

  /// Reads and checks the lines of an events file, when the hub's clock says `now`.
  ///
  /// A line recorded after it (or the machine's, beyond `events import`'s hour of leeway) is
  /// refused as a ledger refuses it (`recordedInFuture`). Without `now` (a caller with no
  /// clock, such as a test replaying a history), no recorded time is refused.
  public init(lines: some Sequence<Line>, now: Date? = nil) {
    self.init(
      lines: lines, firstIsCheckpoint: nil,
      latest: now.map(EventLineReader.latestRecorded(now:)) ?? .distantFuture)
  }

  /// Reads and checks the lines, the first line that is not blank taken as a checkpoint when
  /// `firstIsCheckpoint` says so, else (nil) when it starts as one; none recorded after `latest`.
  init(lines: some Sequence<Line>, firstIsCheckpoint: Bool?, latest: Date) {
    self.latest = latest
    var iterator = lines.makeIterator()
    var reader: EventLineReader?
    var headRead = false
    while let line = iterator.next() {
      if reader == nil {
        if Self.isBlank(line.text) { continue }
        if !headRead {
          headRead = true
          let starts = line.text.hasPrefix(#"{"checkpoint":"#)
          if firstIsCheckpoint == nil, !starts,
            (try? Self.decoder.decode(CheckpointMember.self, from: Data(line.text.utf8))) != nil
          {
            var rest = [line]
            while let more = iterator.next() { rest.append(more) }
            pending = rest
            return
          }
          if firstIsCheckpoint ?? starts {
            checkpoint = line
            continue
          }
        }
        guard let start = try? Self.decoder.decode(Start.self, from: Data(line.text.utf8)),
          start.position > 0
        else {
          // A first line that is not even a JSON object is another kind of file (trial: a
          // ledger's .sqlite file was told "line 1: not a ledger event").
          let json = line.text.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }.first == "{"
          failure = LedgerError.badEventLine(
            line: line.number, problem: json ? .notAnEvent : .notAnEventsFile)
          return
        }
        self.start = start
        self.start?.line = line.number
        reader = EventLineReader(
          expected: start.position,
          previous: start.position == 1 ? HashChain.genesis : start.prevHash, latest: latest)
      }
      do {
        if let event = try reader?.parse(line.text, line: line.number) { parsed.append(event) }
      } catch {
        failure = error
        return
      }
    }
  }

  /// Whether a line holds nothing but spaces, tabs and carriage returns.
  static func isBlank(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }
}
