import GRDB

/// The columns of the `events` table, named once, and where each sits in a query's rows.
///
/// Rows are read by column: a reader looks each name up in its statement once, then reads
/// every row at those places (a lookup per value would cost verify a third of its speed).
struct EventColumns {
  /// The envelope's columns, in the order the hash covers them.
  enum Name: String, CaseIterable {
    case position, stream, version, type
    case schemaVersion = "schema_version"
    case effective, recorded, actor, payload
    case previousHash = "prev_hash"
    case hash
  }

  /// The envelope's hashed columns, as a list for `SELECT` and `INSERT`.
  static let list = Name.allCases.map(\.rawValue).joined(separator: ", ")

  /// The columns migration v3 added (signer, signature, clock marker), NULL on older events.
  enum Signing: String, CaseIterable {
    case signer, signature, clock
  }

  /// Every column: the envelope's, then the signing ones.
  static let all = list + ", " + Signing.allCases.map(\.rawValue).joined(separator: ", ")

  let position: Int
  let stream: Int
  let version: Int
  let type: Int
  let schemaVersion: Int
  let effective: Int
  let recorded: Int
  let actor: Int
  let payload: Int
  let previousHash: Int
  let hash: Int
  /// Where the signing columns sit, when the query selects them.
  let signer: Int?
  let signature: Int?
  let clock: Int?

  /// The places of the columns in a statement's rows, by name.
  init(_ statement: Statement) throws {
    let places = ColumnPlaces<Name>(statement)
    position = try places[.position]
    stream = try places[.stream]
    version = try places[.version]
    type = try places[.type]
    schemaVersion = try places[.schemaVersion]
    effective = try places[.effective]
    recorded = try places[.recorded]
    actor = try places[.actor]
    payload = try places[.payload]
    previousHash = try places[.previousHash]
    hash = try places[.hash]
    let signing = ColumnPlaces<Signing>(statement)
    signer = signing.place(.signer)
    signature = signing.place(.signature)
    clock = signing.place(.clock)
  }

  /// The envelope fields of a row, as stored (what the hash covers).
  func fields(_ row: Row) -> HashChain.Fields {
    HashChain.Fields(
      position: row[position], stream: row[stream], version: row[version], type: row[type],
      schemaVersion: row[schemaVersion], effective: row[effective], recorded: row[recorded],
      actor: row[actor], payload: row[payload], previousHash: row[previousHash],
      signer: signer.flatMap { row[$0] }, signature: signature.flatMap { row[$0] },
      clock: clock.flatMap { row[$0] })
  }
}

/// Where named columns sit in a statement's rows, found by name.
struct ColumnPlaces<Name: RawRepresentable & CaseIterable> where Name.RawValue == String {
  private let places: [String: Int]

  init(_ statement: Statement) {
    places = Dictionary(
      statement.columnNames.enumerated().map { ($1.lowercased(), $0) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The place of a column; a query that does not select it is a programming error.
  subscript(_ name: Name) -> Int {
    get throws {
      guard let place = places[name.rawValue] else {
        throw MissingColumn(name: name.rawValue)
      }
      return place
    }
  }

  /// The place of a column, nil when the query does not select it.
  func place(_ name: Name) -> Int? { places[name.rawValue] }

  /// A query did not select a column its reader needs.
  struct MissingColumn: Error {
    var name: String
  }
}
