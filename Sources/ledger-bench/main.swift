import Foundation
import LedgerTestSupport

/// `ledger-bench`: writes the benchmark's synthetic workload as an events file.
///
/// Usage: ledger-bench --events N [--seed S] --jsonl PATH [--sql PATH]
///
/// The workload (200 units with heads, 5,000 tasks, then reports, starts, extensions,
/// reassignments and completions with ~200-byte Vietnamese texts, effective days spread over
/// three years) is the same for the same seed. `--sql` also writes the same rows as INSERTs
/// into a plain table in one transaction, for the sqlite3 shell. Prints a JSON summary with
/// the last recorded time, after which a clock must be set to append.
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}
guard let total = Int(option("--events") ?? ""), total > 0, let jsonl = option("--jsonl") else {
  FileHandle.standardError.write(
    Data("usage: ledger-bench --events N [--seed S] --jsonl PATH [--sql PATH]\n".utf8))
  exit(64)
}
let summary = try SyntheticEventsFile.write(
  events: total, seed: UInt64(option("--seed") ?? "") ?? 42, to: jsonl, sql: option("--sql"))
let encoder = JSONEncoder()
encoder.keyEncodingStrategy = .convertToSnakeCase
print(String(decoding: try encoder.encode(summary), as: UTF8.self))
