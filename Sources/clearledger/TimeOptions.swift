import ArgumentParser
import Foundation
import LedgerCore
import LedgerStore

/// The two questions of time every view can answer: the state on a day, as known at a moment.
struct TimeOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Show the state on this day (effective time): what had happened by then. Default: today.",
      valueName: "date"))
  var asOf: String?

  @Option(
    help: ArgumentHelp(
      "Show what the ledger knew at this moment (recorded time): an instant such as 2026-07-01T09:00:00+07:00, or a day meaning its end. Default: now.",
      valueName: "time"))
  var knownAt: String?

  /// `--known-at` as people write it (its day as 01/07/2026), nil when not given: what an
  /// answer as known then says in its heading.
  var knownAtShown: String? {
    knownAt.flatMap { $0.isEmpty ? nil : NotAHeadText.shown($0) }
  }

  /// The board these options ask for.
  func board(_ ledger: Ledger, _ environment: LedgerEnvironment) throws -> AccountabilityBoard {
    try ledger.board(asOf: try environment.date(asOf), knownAt: try moment(ledger, environment))
  }

  /// `--known-at` as an instant in the ledger's zone; nil when not given.
  func moment(_ ledger: Ledger, _ environment: LedgerEnvironment) throws -> Date? {
    try knownAt.map { try environment.instant($0, timeZone: ledger.timeZone) }
  }
}
