/// The envelope of an events-file line laid out exactly as `events export` writes an unsigned
/// event, read without a JSON decoder.
///
/// The line must be `{"position":N,"stream":"…","version":N,"type":"…","schema_version":N,
/// "effective":"…","recorded":"…","actor":"…","payload":…,"prev_hash":"H","hash":"H"}` with
/// nothing else: numbers as plain digits (no sign, no leading zero, at most 18 digits), texts
/// without a quote, a backslash or a control character, hashes 64 lower-case hex digits. Any
/// other line is nil (and read in full). The payload is not looked at here: `EventLineReader`
/// keeps this reading only when the payload is exactly the encoding of the event it decodes to,
/// so that the whole line is one JSON object with just these members.
package struct QuickHead: Sendable {
  package var position: Int64
  package var stream: String
  package var version: Int
  package var type: String
  package var schemaVersion: Int
  package var effective: String
  package var recorded: String
  package var actor: String
  package var prevHash: String
  package var hash: String

  /// What follows the payload: `,"prev_hash":"` 64 hex `","hash":"` 64 hex `"}`.
  private static let tailLength = 14 + 64 + 10 + 64 + 2

  package init?(_ text: String) {
    var text = text
    guard let head = text.withUTF8({ Self.read(Array($0)) }) else { return nil }
    self = head
  }

  private init(
    position: Int64, stream: String, version: Int, type: String, schemaVersion: Int,
    effective: String, recorded: String, actor: String, prevHash: String, hash: String
  ) {
    self.position = position
    self.stream = stream
    self.version = version
    self.type = type
    self.schemaVersion = schemaVersion
    self.effective = effective
    self.recorded = recorded
    self.actor = actor
    self.prevHash = prevHash
    self.hash = hash
  }

  /// Reads the bytes of a line, nil unless laid out exactly as described.
  private static func read(_ bytes: [UInt8]) -> QuickHead? {
    var at = 0
    func literal(_ expected: StaticString) -> Bool {
      let count = expected.utf8CodeUnitCount
      guard at + count <= bytes.count else { return false }
      let same = expected.withUTF8Buffer { bytes[at..<(at + count)].elementsEqual($0) }
      if same { at += count }
      return same
    }
    func number() -> Int64? {
      let start = at
      while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
      let count = at - start
      guard count >= 1, count <= 18, count == 1 || bytes[start] != 0x30 else { return nil }
      return bytes[start..<at].reduce(Int64(0)) { $0 * 10 + Int64($1 - 0x30) }
    }
    func text() -> String? {
      let start = at
      while at < bytes.count, bytes[at] != 0x22 {
        guard bytes[at] >= 0x20, bytes[at] != 0x5C else { return nil }
        at += 1
      }
      return String(decoding: bytes[start..<at], as: UTF8.self)
    }
    func hex(_ start: Int) -> String? {
      let digits = bytes[start..<(start + 64)]
      guard digits.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
      else { return nil }
      return String(decoding: digits, as: UTF8.self)
    }
    guard literal(#"{"position":"#), let position = number(),
      literal(#","stream":""#), let stream = text(),
      literal(#"","version":"#), let version = number(),
      literal(#","type":""#), let type = text(),
      literal(#"","schema_version":"#), let schemaVersion = number(),
      literal(#","effective":""#), let effective = text(),
      literal(#"","recorded":""#), let recorded = text(),
      literal(#"","actor":""#), let actor = text(),
      literal(#"","payload":"#)
    else { return nil }
    let tail = bytes.count - tailLength
    guard tail > at else { return nil }
    at = tail
    guard literal(#","prev_hash":""#), let prevHash = hex(at) else { return nil }
    at += 64
    guard literal(#"","hash":""#), let hash = hex(at) else { return nil }
    at += 64
    guard literal(#""}"#), at == bytes.count else { return nil }
    return QuickHead(
      position: position, stream: stream, version: Int(version), type: type,
      schemaVersion: Int(schemaVersion), effective: effective, recorded: recorded, actor: actor,
      prevHash: prevHash, hash: hash)
  }
}
