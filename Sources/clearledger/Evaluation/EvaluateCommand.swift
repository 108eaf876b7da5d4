import ArgumentParser
import Foundation
import LedgerCore
import LedgerReports
import LedgerStore

/// `clearledger evaluate`: the annual evaluation of heads of units, from the ledger's facts.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Evaluate heads of units for a year (Decree 335/2025), showing the work.",
    discussion: """
      One row per head and capacity: the tasks they answer for in the year (as the head named \
      in the task, and as head of its lead unit, by the tenure in force on each due day), how \
      each ended, the task score out of 70, the general points out of 30 if recorded \
      (`clearledger evaluate score`), the total and the band. The scoring policy, with its \
      interpretations, is Schemas/evaluation-policy.v4.json.
      """,
    subcommands: [
      EvaluateReport.self, EvaluateScore.self, EvaluateLeader.self, EvaluateCondition.self,
    ],
    defaultSubcommand: EvaluateReport.self)
}

/// `clearledger evaluate --year 2026 [--unit U] [--json|--csv] [--explain PERSON]`.
struct EvaluateReport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Show the evaluation of every head for a year (the default of `evaluate`).")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var time: TimeOptions

  @Option(help: ArgumentHelp("The year evaluated.", valueName: "year"))
  var year: Int

  @Option(help: ArgumentHelp("Only heads of this unit.", valueName: "unit"))
  var unit: String?

  @Flag(help: "Answer in CSV, one line per head and capacity.")
  var csv = false

  @Option(
    help: ArgumentHelp(
      "Also write a workbook: a sheet of heads (counts, scores, bands) and one of the tasks that counted.",
      valueName: "file"))
  var xlsx: String?

  @Option(
    help: ArgumentHelp(
      "Show every task that counted for this person, its credit, and the events that decided it.",
      valueName: "person"))
  var explain: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      try PlausibleYear.check(year)
      let ledger = try environment.readLedger()
      let policy = try EvaluationPolicy(json: ShippedPolicy.json)
      let evaluation = try ledger.evaluate(
        year: year, policy: policy, asOf: try environment.date(time.asOf),
        knownAt: try time.knownAt.map { try environment.instant($0, timeZone: ledger.timeZone) })
      var rows = evaluation.rows
      if let unit {
        guard let found = try ledger.unit(named: unit) else {
          throw LedgerError.unknownUnit(unit, among: try ledger.units())
        }
        rows = rows.filter { $0.tenure.unit == found.code }
      }
      var ratings = evaluation.ratings
      if let explain {
        let key = evaluation.identity.key(try ledger.personNames().person(explain))
        rows = rows.filter { evaluation.identity.key($0.tenure) == key }
        ratings = ratings.filter { $0.key == key }
      }
      let conditions = Dictionary(
        evaluation.ratings.map { ($0.key, $0.conditions) }, uniquingKeysWith: { a, _ in a })
      let json = rows.map {
        EvaluationJSON(
          $0, policy: policy, conditions: conditions[evaluation.identity.key($0.tenure)] ?? [],
          beyondQuota: evaluation.isBeyondQuota($0))
      }
      if let xlsx {
        try OutputFile.write(
          try EvaluationWorkbook(
            language: environment.language, rows: rows, policy: policy,
            beyondQuota: evaluation.isBeyondQuota
          ).data(), to: xlsx)
      }
      if environment.json, explain != nil {
        JSONOutput.print(
          ratings.map { rating in
            RatingJSON(
              rating, rows: rows.filter { evaluation.identity.key($0.tenure) == rating.key },
              policy: policy, beyondQuota: evaluation.isBeyondQuota)
          })
      } else if environment.json {
        JSONOutput.print(json)
      } else if csv {
        print(EvaluationJSON.csv(json, language: environment.language))
      } else {
        var text = EvaluationText(language: environment.language, evaluation: evaluation)
        text.knownAt = time.knownAtShown
        TerminalText.print(
          explain == nil
            ? text.table(rows, breaches: evaluation.quotaBreaches) : text.explain(ratings))
        if let xlsx {
          TerminalText.print(
            environment.language.pick(
              vi: "Đã ghi sổ tính đánh giá vào \(xlsx).",
              en: "Wrote the evaluation workbook to \(xlsx)."))
        }
      }
    }
  }
}

/// `clearledger evaluate score --person P --year Y --points N --reason TEXT`.
struct EvaluateScore: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Record the general-criteria points (out of 30) of a person for a year.",
    discussion: """
      The points are a person's judgement, recorded as an event with who recorded them \
      (--actor) and why; a later score replaces an earlier one named by --replaces, and `clearledger correct` retracts one.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Option(help: ArgumentHelp("The person evaluated.", valueName: "name")) var person: String
  @Option(help: ArgumentHelp("The year evaluated.", valueName: "year")) var year: Int
  @Option(help: ArgumentHelp("Points out of 30.", valueName: "n")) var points: Double
  @Option(help: ArgumentHelp("Why these points.", valueName: "text")) var reason: String
  @Option(
    help: ArgumentHelp(
      "The position (#) of the earlier score this one overwrites; required when there is one.",
      valueName: "position"))
  var replaces: Int64?

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(
        .scoreGeneralPoints(
          person: person, year: year, points: points, reason: reason, replaces: replaces),
        environment, record)
    }
  }
}
