import ArgumentParser
import Foundation
import LedgerTestSupport

/// `ledger-bench`: writes the benchmark's synthetic workload as an events file.
///
/// The workload (200 units with heads, 5,000 tasks, then reports, starts, extensions,
/// reassignments and completions with ~200-byte Vietnamese texts, effective days spread over
/// three years) is the same for the same seed. Prints a JSON summary with the last recorded
/// time, after which a clock must be set to append.
@main
struct LedgerBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ledger-bench",
    abstract: "Write the benchmark's synthetic workload as a ClearLedger events file.",
    discussion: """
      The same seed gives the same file. `--sql` also writes the same rows as INSERTs into a \
      plain table in one transaction, for the sqlite3 shell (the raw engine's figure).

      Example: ledger-bench --events 100000 --jsonl /tmp/w.jsonl --sql /tmp/w.sql
      """)

  @Option(help: "How many events to write (at least 1).")
  var events: Int

  @Option(help: "The seed of the workload's random choices.")
  var seed: UInt64 = 42

  @Option(help: "How many units (each with a head) the workload sets up.")
  var units = 200

  @Option(help: "How many tasks the workload assigns.")
  var tasks = 5000

  @Option(
    help:
      "Name the first unit after this commune, so that communes' files differ from the first event."
  )
  var commune: String?

  @Option(help: "Where to write the events file (JSON Lines).")
  var jsonl: String

  @Option(help: "Where to also write the rows as SQL for the sqlite3 shell.")
  var sql: String?

  func validate() throws {
    guard events > 0 else { throw ValidationError("Give --events a positive number.") }
    guard units > 1, tasks > 0 else {
      throw ValidationError("Give --units at least 2 and --tasks at least 1.")
    }
  }

  func run() throws {
    let summary = try SyntheticEventsFile.write(
      events: events, seed: seed, to: jsonl, sql: sql, units: units, tasks: tasks,
      commune: commune)
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    print(String(decoding: try encoder.encode(summary), as: UTF8.self))
  }
}
