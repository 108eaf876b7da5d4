import ArgumentParser
import Foundation
import LedgerCore
import LedgerStore

/// `status` filters: `--bucket`, `--due-before`, `--due-after`, `--plan`, `--person`, `--text`.
struct StatusFilterOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Only tasks in this bucket (completed_on_time, overdue, …).", valueName: "bucket"))
  var bucket: Bucket?

  @Option(
    help: ArgumentHelp("Only tasks due on or before this day.", valueName: "date"))
  var dueBefore: String?

  @Option(help: ArgumentHelp("Only tasks due on or after this day.", valueName: "date"))
  var dueAfter: String?

  @Option(
    help: ArgumentHelp("Only tasks of this plan (its number, 49/KH-UBND).", valueName: "plan"))
  var plan: String?

  @Option(
    help: ArgumentHelp(
      "Only tasks this person answers for (accountable head or head of the lead unit) or is recorded doing (--by).",
      valueName: "person"))
  var person: String?

  @Option(
    help: ArgumentHelp(
      "Only tasks whose title or result holds each of these words, in any order; marks may be left out (\"chuyen doi so\").",
      valueName: "words"))
  var text: String?

  /// The lines that pass the filters given.
  ///
  /// `day` and `knownAt` are the board's: work recorded later, or done after the day, names
  /// nobody yet.
  func apply(
    _ tasks: [TaskView], _ ledger: Ledger, _ environment: LedgerEnvironment, day: LocalDate,
    knownAt: Date?
  ) throws -> [TaskView] {
    // A staff code names its person, so that the work they did is found by code as by name
    // (trial: `--person LVC` and `--person "Lê Văn Cường"` gave two answers), as the web does.
    var typed = person
    if let code = person, let found = try? ledger.personNames().match(code) { typed = found.name }
    var filter = TaskFilter(
      bucket: bucket, dueBefore: try environment.date(dueBefore),
      dueAfter: try environment.date(dueAfter), plan: plan, person: typed, text: text)
    if typed != nil {
      filter.performers = try ledger.performersByTask(asOf: day, knownAt: knownAt)
    }
    return tasks.filter(filter.includes)
  }
}
