import Foundation
import LedgerCore
import LedgerStore

/// Writes a synthetic workload as an events file (and, if asked, as the plain SQL inserts of
/// the same rows), streaming: memory does not grow with the number of events.
public enum SyntheticEventsFile {
  /// What was written.
  public struct Summary: Codable, Sendable {
    public var events: Int
    /// The last event's recorded time: a clock for appending after the file must be later.
    public var lastRecorded: String
  }

  /// The first recorded instant, 2026-01-01T00:00:00Z.
  public static let start = Date(timeIntervalSince1970: 1_767_225_600)
  /// The recorded times spread over three years, whatever the number of events.
  public static let span: TimeInterval = 3 * 365 * 86_400

  /// Writes `events` events of `SyntheticWorkload(seed:)` to `path` as JSON Lines, and to
  /// `sqlPath` as one transaction of INSERTs into a plain table (for the sqlite3 shell); the
  /// first unit named after `commune` when given.
  @discardableResult
  public static func write(
    events total: Int, seed: UInt64, to path: String, sql sqlPath: String?, units: Int = 200,
    tasks: Int = 5000, commune: String? = nil
  ) throws -> Summary {
    var workload = SyntheticWorkload(seed: seed, units: units, tasks: tasks, commune: commune)
    var writer = EventChainWriter()
    let out = try Output(path)
    let sql = try sqlPath.map(Output.init)
    try sql?.write(
      """
      CREATE TABLE events (position INTEGER PRIMARY KEY, stream TEXT NOT NULL,
        version INTEGER NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL,
        effective TEXT NOT NULL, recorded TEXT NOT NULL, actor TEXT NOT NULL,
        payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
      BEGIN;

      """)
    let step = span / Double(max(total, 1))
    var recorded = start
    var written = 0
    func emit(_ decision: Decision) throws {
      recorded = start.addingTimeInterval(step * Double(written + 1))
      let line = try writer.line(decision, actor: "bench", recorded: recorded)
      try out.write(line + "\n")
      if let sql {
        let envelope = try JSONDecoder.snakeCaseEnvelope.decode(
          EventEnvelope.self, from: Data(line.utf8))
        let payload = try payloadText(of: line)
        func quoted(_ text: String) -> String {
          "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
        try sql.write(
          "INSERT INTO events VALUES (\(envelope.position), \(quoted(envelope.stream)), "
            + "\(envelope.version), \(quoted(envelope.type)), \(envelope.schemaVersion), "
            + "\(quoted(envelope.effective)), \(quoted(envelope.recorded)), "
            + "\(quoted(envelope.actor)), \(quoted(payload)), \(quoted(envelope.prevHash)), "
            + "\(quoted(envelope.hash)));\n")
      }
      written += 1
    }
    for decision in workload.setUp() where written < total { try emit(decision) }
    while written < total {
      try emit(workload.nextEvent(progress: Double(written) / Double(total)))
    }
    try sql?.write("COMMIT;\n")
    try out.close()
    try sql?.close()
    return Summary(events: written, lastRecorded: recorded.isoUTC)
  }

  /// The payload's text as the line writes it.
  private static func payloadText(of line: String) throws -> String {
    guard let start = line.range(of: "\"payload\":"), let end = line.range(of: ",\"prev_hash\":")
    else { throw CocoaError(.fileWriteUnknown) }
    return String(line[start.upperBound..<end.lowerBound])
  }

  /// A file written through a buffer.
  private final class Output {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ path: String) throws {
      _ = FileManager.default.createFile(atPath: path, contents: nil)
      guard let handle = FileHandle(forWritingAtPath: path) else {
        throw CocoaError(.fileWriteNoPermission)
      }
      self.handle = handle
    }

    func write(_ text: String) throws {
      buffer.append(contentsOf: text.utf8)
      if buffer.count > 1 << 20 { try flush() }
    }

    func flush() throws {
      try handle.write(contentsOf: buffer)
      buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
      try flush()
      try handle.close()
    }
  }
}

extension JSONDecoder {
  /// Reads envelopes (snake_case keys).
  fileprivate static let snakeCaseEnvelope: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()
}
