import ArgumentParser
import LedgerCore

/// `clearledger evaluate leader --person P --year Y [--period Q1] --unit-results 100|50
/// --organising 100|50 --unity 100|50 --reason TEXT`.
struct EvaluateLeader: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "leader",
    abstract: "Record a leader's criteria d, đ, e (Decree 335, Article 15) for a year or a period.",
    discussion: """
      Every head of a unit is scored as a leader: (a+b+c+d+đ+e)/6 × 70 per period. Without \
      these the head's rating is pending. A judgement for one period (--period Q2) wins over the \
      year's; a later one replaces an earlier; `clearledger correct` retracts one. \
      `evaluate --explain` shows them beside what the facts propose.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Option(help: ArgumentHelp("The leader evaluated.", valueName: "name")) var person: String
  @Option(help: ArgumentHelp("The year evaluated.", valueName: "year")) var year: Int
  @Option(help: ArgumentHelp("Only this period (Q1…Q4, M1…M12).", valueName: "period"))
  var period: String?
  @Option(help: ArgumentHelp("d: the unit's results, 100 or 50.", valueName: "percent"))
  var unitResults: Int
  @Option(help: ArgumentHelp("đ: organising the unit's work, 100 or 50.", valueName: "percent"))
  var organising: Int
  @Option(help: ArgumentHelp("e: building unity, 100 or 50.", valueName: "percent"))
  var unity: Int
  @Option(help: ArgumentHelp("Why these levels.", valueName: "text")) var reason: String

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(
        .judgeLeader(
          LeaderCriteriaJudged(
            person: person, year: year, period: period, unitResults: unitResults,
            organising: organising, unity: unity, reason: reason)),
        environment, record)
    }
  }
}

/// `clearledger evaluate condition --person P --year Y --kind discipline|… --decision DOC`.
struct EvaluateCondition: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "condition",
    abstract: "Record a decision that forces “Không hoàn thành nhiệm vụ” for a person's year.",
    discussion: """
      Decree 335 (Article 21) rates a person not completed whatever the points when, in the \
      year, they were disciplined, sanctioned for a violation or held criminally liable. Kinds: \
      discipline, violation, criminal, other. Every output names the conditions applied.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Option(help: ArgumentHelp("The person.", valueName: "name")) var person: String
  @Option(help: ArgumentHelp("The year.", valueName: "year")) var year: Int
  @Option(help: ArgumentHelp("discipline, violation, criminal or other.", valueName: "kind"))
  var kind: String
  @Option(help: ArgumentHelp("The decision (number and date).", valueName: "doc"))
  var decision: String

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(
        .recordCondition(
          ConditionRecorded(person: person, year: year, kind: kind, decision: decision)),
        environment, record)
    }
  }
}
