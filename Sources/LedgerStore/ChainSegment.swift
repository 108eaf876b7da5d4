import Foundation
import GRDB

/// Checks one run of positions of the hash chain: every position present, each event linked
/// to the one before it, each hash matching the event's stored bytes.
///
/// A run that does not start at the first event cannot check its first link; it keeps the
/// previous hash its first event names, for `joined(to:)` to check against the run before.
struct ChainSegment {
  var first: Int64
  /// Events checked.
  var events = 0
  /// The stored hash of the last event checked (the previous hash of the first, when none).
  var lastHash: [UInt8]
  /// The previous hash the first event names, for a run that does not start the chain.
  var firstLink: [UInt8]?
  var problem: VerifyReport.Problem?

  /// Checks positions `first` through `last`, or to the end when `last` is nil.
  ///
  /// `previous` is the hash the first event must link to; nil when the event before belongs
  /// to a run checked elsewhere.
  init(in db: Database, from first: Int64, through last: Int64?, previous: [UInt8]?) throws {
    self.first = first
    lastHash = previous ?? []
    var expected = first
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4096)
    let statement = try db.makeStatement(
      sql: """
        SELECT \(EventRows.all) FROM events WHERE position BETWEEN ? AND ?
        ORDER BY position
        """)
    let columns = try EventColumns(statement)
    let rows = try Row.fetchCursor(statement, arguments: [first, last ?? .max])
    while let row = try rows.next() {
      let position: Int64 = row[columns.position]
      let link = try Self.bytes(of: row, at: columns.previousHash)
      let stored = try Self.bytes(of: row, at: columns.hash)
      let kind: VerifyReport.Kind?
      if position != expected {
        kind = .missingPosition
      } else if expected == first && previous == nil {
        firstLink = link
        kind =
          try Self.hashes(row, columns, link: link, to: stored, using: &bytes) ? nil : .alteredEvent
      } else if link != lastHash {
        kind = .brokenLink
      } else {
        kind =
          try Self.hashes(row, columns, link: link, to: stored, using: &bytes) ? nil : .alteredEvent
      }
      if let kind {
        problem = .init(position: kind == .missingPosition ? expected : position, kind: kind)
        return
      }
      lastHash = stored
      expected += 1
      events += 1
    }
  }

  /// The chain of this run followed by `next`, which starts where this one ends: what one
  /// run over both would have found.
  func joined(to next: ChainSegment) -> ChainSegment {
    guard problem == nil else { return self }
    var joined = self
    // This run ended before the next began: positions between them are missing.
    let expected = first + Int64(events)
    if expected != next.first, next.events > 0 || next.problem != nil {
      joined.problem = .init(position: expected, kind: .missingPosition)
      return joined
    }
    let missingFirst = next.problem == .init(position: next.first, kind: .missingPosition)
    if !missingFirst, let link = next.firstLink, link != lastHash {
      joined.problem = .init(position: next.first, kind: .brokenLink)
      return joined
    }
    joined.problem = next.problem
    joined.events += next.events
    if next.events > 0 { joined.lastHash = next.lastHash }
    return joined
  }

  var report: VerifyReport {
    VerifyReport(
      events: events, lastHash: String(decoding: lastHash, as: UTF8.self), problem: problem)
  }

  private static func bytes(of row: Row, at index: Int) throws -> [UInt8] {
    try row.withUnsafeData(atIndex: index) { data in data.map { Array($0) } ?? [] }
  }

  /// Whether the row's stored fields hash to `stored`, as `HashChain.hash` would.
  private static func hashes(
    _ row: Row, _ columns: EventColumns, link: [UInt8], to stored: [UInt8],
    using bytes: inout [UInt8]
  ) throws -> Bool {
    // A signed or clock-marked event (v2 layout) is rare: hash it from its fields.
    let marked = [columns.signer, columns.clock].contains { place in
      place.map { !row.hasNull(atIndex: $0) } ?? false
    }
    if marked {
      return Array(HashChain.hash(columns.fields(row)).utf8) == stored
    }
    bytes.removeAll(keepingCapacity: true)
    HashChain.append(HashChain.tag.utf8, to: &bytes)
    HashChain.append(String(row[columns.position] as Int64).utf8, to: &bytes)
    // The stored text of each field, in the order the hash covers them (HashChain.hash).
    let fields: [(place: Int, isNumber: Bool)] = [
      (columns.stream, false), (columns.version, true), (columns.type, false),
      (columns.schemaVersion, true), (columns.effective, false), (columns.recorded, false),
      (columns.actor, false), (columns.payload, false),
    ]
    for field in fields {
      if field.isNumber {
        HashChain.append(String(row[field.place] as Int64).utf8, to: &bytes)
      } else {
        try row.withUnsafeData(atIndex: field.place) { data in
          (data ?? Data()).withUnsafeBytes { HashChain.append(raw: $0, to: &bytes) }
        }
      }
    }
    HashChain.append(link, to: &bytes)
    return HashChain.hexDigest(of: bytes) == stored
  }
}
