import Foundation
import LedgerCore

/// Reads the lines of an events file one by one, checking that each continues the chain.
///
/// A line must be the next position, chain onto the hash before it, carry a known event type
/// and schema version whose payload fits its schema (no unknown members, the same text rules
/// and ranges a typed command meets), be recorded no later than now, and hash to the hash it
/// states. The payload is
/// hashed as the line writes it when that matches (an export writes it exactly as stored),
/// else in canonical form, so a file whose payloads were re-spaced still imports.
package struct EventLineReader {
  /// The position the next line must have.
  package private(set) var expected: Int64
  /// The hash the next line must chain onto.
  package private(set) var previous: String
  /// The payload of the last line read, as it is to be stored.
  package private(set) var payloadText = ""
  /// The recorded time of the last line read, as it is to be stored.
  package private(set) var recordedText = ""
  /// The schema version of the last line read.
  package private(set) var schemaVersionRead = 0
  /// The inclusion proof of the last line read, when it carries one (`--with-proofs`).
  package private(set) var proofPath: [String]?
  /// The latest recorded time a line may carry.
  package let latest: Date

  /// The envelope without its payload, which is read separately.
  private struct Head: Decodable {
    var position: Int64
    var stream: String
    var version: Int
    var type: String
    var schemaVersion: Int
    var effective: String
    var recorded: String
    var actor: String
    var prevHash: String
    var hash: String
    var signer: String?
    var signature: String?
    var clock: String?
    var proof: [String]?

    init(_ quick: QuickHead) {
      position = quick.position
      stream = quick.stream
      version = quick.version
      type = quick.type
      schemaVersion = quick.schemaVersion
      effective = quick.effective
      recorded = quick.recorded
      actor = quick.actor
      prevHash = quick.prevHash
      hash = quick.hash
    }
  }

  private struct Payload: Decodable {
    var payload: JSONValue
  }

  private static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()

  /// Sorted keys, as payloads are stored (the store's `JSONEncoder.sorted`).
  private static let canonicalEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// A line read and checked: the event, and its payload and recorded time as stored.
  package struct Parsed: Sendable {
    package var event: RecordedEvent
    package var payload: String
    package var recorded: String
    package var line: Int
    /// The schema version the line names: an older version than the type's current one is kept
    /// as written (the hash covers it).
    package var schemaVersion: Int
    /// The line's inclusion proof, when it carries one (`events export --with-proofs`).
    package var proof: [String]? = nil
  }

  /// The line read and checked with what is to be stored, nil for a blank line.
  package mutating func parse(_ text: String, line: Int) throws -> Parsed? {
    guard let event = try read(text, line: line) else { return nil }
    return Parsed(
      event: event, payload: payloadText, recorded: recordedText, line: line,
      schemaVersion: schemaVersionRead, proof: proofPath)
  }

  /// Whether lines laid out as an export writes them are read the quick way first (the
  /// result is the same either way; tests compare them).
  package var quick = true

  package init(expected: Int64, previous: String, latest: Date = .distantFuture) {
    self.expected = expected
    self.previous = previous
    self.latest = latest
  }

  /// The latest recorded time an imported line may carry: `now` by the ledger's clock or the
  /// machine's, whichever is later, with an hour's leeway for a source whose clock ran fast.
  package static func latestRecorded(now: Date) -> Date {
    max(now, Date()).addingTimeInterval(3600)
  }

  /// The event a line holds, nil for a blank line; throws `badEventLine` naming the problem.
  ///
  /// A line laid out exactly as an export writes an unsigned event is first read the quick way
  /// (`QuickHead`, without decoding the envelope); that reading is kept only when every check
  /// passes and the payload is byte for byte the encoding of the event it decodes to, which
  /// makes the line one JSON object with exactly the members read. Any other line, and any line
  /// the quick reading does not keep, is read in full, so the result is always the full reading's.
  package mutating func read(_ text: String, line: Int) throws -> RecordedEvent? {
    if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    if quick, let head = QuickHead(text),
      let event = try? check(text, line: line, head: Head(head), quick: true)
    {
      return event
    }
    return try check(text, line: line, head: nil, quick: false)
  }

  /// Not read the quick way: the line is to be read in full.
  private struct NotQuick: Error {}

  /// Checks a line whose head is `head` (decoded from the line when nil); with `quick`, throws
  /// `NotQuick` unless the payload is exactly as the export writes it.
  private mutating func check(_ text: String, line: Int, head given: Head?, quick: Bool) throws
    -> RecordedEvent
  {
    func refuse(_ reason: LedgerError.LineProblem) -> LedgerError {
      .badEventLine(line: line, problem: reason)
    }
    guard
      let head = given ?? (try? Self.decoder.decode(Head.self, from: Data(text.utf8)))
    else { throw refuse(.notAnEvent) }
    guard head.position == expected else { throw refuse(.wrongPosition(expected: expected)) }
    guard head.prevHash == previous else { throw refuse(.doesNotContinueChain) }
    guard let stream = StreamID(head.stream), let effective = LocalDate(parsing: head.effective),
      effective.iso == head.effective, let recorded = Timestamps.parse(head.recorded)
    else { throw refuse(.notAnEvent) }
    guard LedgerEvent.knownTypes[head.type]?.contains(head.schemaVersion) == true else {
      throw refuse(.unknownType(head.type, version: head.schemaVersion))
    }
    func fields(_ payload: String) -> HashChain.Fields {
      HashChain.Fields(
        position: head.position, stream: head.stream, version: head.version, type: head.type,
        schemaVersion: head.schemaVersion, effective: head.effective, recorded: head.recorded,
        actor: head.actor, payload: payload, previousHash: head.prevHash, signer: head.signer,
        signature: head.signature, clock: head.clock)
    }
    func canonical() throws -> String {
      guard let parsed = try? Self.decoder.decode(Payload.self, from: Data(text.utf8)) else {
        throw refuse(.notAnEvent)
      }
      return String(decoding: try Self.canonicalEncoder.encode(parsed.payload), as: UTF8.self)
    }
    // The payload as the line writes it, if laid out as an export writes it; else (or if
    // that text does not read or hash) in canonical form.
    let written = Self.payloadAsWritten(in: text, head.prevHash, head.hash)
    if quick, written == nil { throw NotQuick() }
    var stored = try written ?? canonical()
    var event = try? LedgerEvent(
      typeName: head.type, schemaVersion: head.schemaVersion, payload: Data(stored.utf8))
    var intact = event != nil && HashChain.hash(fields(stored)) == head.hash
    if !intact, written != nil {
      if quick { throw NotQuick() }
      stored = try canonical()
      event = try? LedgerEvent(
        typeName: head.type, schemaVersion: head.schemaVersion, payload: Data(stored.utf8))
      intact = event != nil && HashChain.hash(fields(stored)) == head.hash
    }
    guard let event else { throw refuse(.badPayload) }
    guard intact else { throw refuse(.hashMismatch) }
    guard recorded <= latest else { throw refuse(.recordedInFuture(head.recorded)) }
    // Quick: the payload must be the event's own encoding, which also says it fits the schema.
    if quick {
      guard Self.isExactly(stored, event) else { throw NotQuick() }
    } else {
      guard Self.fitsSchema(stored, event) else { throw refuse(.badPayload) }
    }
    do {
      try Self.origin(of: stored)?.check(on: event, stream: head.stream)
      try PayloadRules.check(event)
    } catch let error as LedgerError {
      throw refuse(.refused(error))
    }
    payloadText = stored
    recordedText = head.recorded
    schemaVersionRead = head.schemaVersion
    proofPath = head.proof
    previous = head.hash
    expected += 1
    return RecordedEvent(
      position: head.position, stream: stream, version: head.version, event: event,
      effective: effective, recorded: recorded, actor: head.actor, payload: Data(stored.utf8),
      previousHash: head.prevHash, hash: head.hash, signer: head.signer,
      signature: head.signature, fixedClock: head.clock == "fixed")
  }

  /// Whether the stored payload says exactly what the decoded event says.
  ///
  /// No member the schema lacks, none of the wrong type that decoding let through. Compared in canonical
  /// form, with the origin of an imported fact.
  private static func fitsSchema(_ stored: String, _ event: LedgerEvent) -> Bool {
    struct Carrier: Decodable { var origin: FactOrigin? }
    let data = Data(stored.utf8)
    // An export writes each payload exactly as the ledger encoded it: when the text is that
    // encoding byte for byte, it says what the event says, and nothing needs decoding again.
    if isExactly(stored, event) { return true }
    guard let carrier = try? decoder.decode(Carrier.self, from: data),
      let written = try? JSONDecoder().decode(JSONValue.self, from: data),
      let made = try? event.payloadJSON(origin: carrier.origin),
      let remade = try? JSONDecoder().decode(JSONValue.self, from: made)
    else { return false }
    return written == remade
  }

  /// Whether the payload is byte for byte the ledger's encoding of the event (no origin).
  private static func isExactly(_ stored: String, _ event: LedgerEvent) -> Bool {
    guard !mentionsOrigin(stored), let made = try? event.payloadJSON() else { return false }
    return sameBytes(made, stored)
  }

  /// Whether the data holds exactly the text's UTF-8 bytes, compared as memory (iterating
  /// `Data` byte by byte took a tenth of a line's reading).
  package static func sameBytes(_ data: Data, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      data.count == bytes.count
        && data.withUnsafeBytes { made in
          guard let left = made.baseAddress, let right = bytes.baseAddress else { return true }
          return memcmp(left, right, bytes.count) == 0
        }
    }
  }

  /// The origin of an imported fact the payload carries, if any.
  private static func origin(of stored: String) -> FactOrigin? {
    guard mentionsOrigin(stored) else { return nil }
    struct Carrier: Decodable { var origin: FactOrigin? }
    return (try? decoder.decode(Carrier.self, from: Data(stored.utf8)))?.origin
  }

  /// Whether the payload's text holds `"origin":` (an imported fact's member), byte for byte:
  /// Foundation's `contains` compares through `NSString`, many times slower on every line.
  static func mentionsOrigin(_ text: String) -> Bool {
    let needle = Array(#""origin":"#.utf8)
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= needle.count else { return false }
      for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
        if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
      }
      return false
    }
  }

  /// The payload's text as the line writes it, when the line is laid out as an export writes
  /// it: `…,"payload":{…},"prev_hash":"…","hash":"…"}`.
  private static func payloadAsWritten(in text: String, _ previous: String, _ hash: String)
    -> String?
  {
    let suffix = Array(#","prev_hash":"\#(previous)","hash":"\#(hash)"}"#.utf8)
    let key = Array(#""payload":"#.utf8)
    var text = text
    return text.withUTF8 { bytes -> String? in
      guard bytes.count > suffix.count + key.count,
        bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
      else { return nil }
      let end = bytes.count - suffix.count
      var at = 0
      while at + key.count <= end {
        if bytes[at] == key[0], bytes[at..<(at + key.count)].elementsEqual(key) {
          return String(decoding: bytes[(at + key.count)..<end], as: UTF8.self)
        }
        at += 1
      }
      return nil
    }
  }
}
