import ArgumentParser
import LedgerCore
import LedgerHub
import LedgerJSON
import LedgerReports

/// `clearledger hub evaluate --year Y`: every source's heads of units, evaluated as each
/// commune's own `evaluate` does.
struct HubEvaluateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Evaluate every source's heads of units and chairs for a year (Decree 335/2025).")

  @OptionGroup var options: HubOptions
  @OptionGroup var read: HubReadOptions

  @Option(help: ArgumentHelp("The year evaluated.", valueName: "year"))
  var year: Int

  @Option(
    help: ArgumentHelp(
      "Show how one person's rating was reached (a staff code or name), in each source that has them.",
      valueName: "person"))
  var explain: String?

  /// Refuses a year, day or moment typed wrong, before the hub is waited for.
  private func check(_ environment: LedgerEnvironment) throws {
    try PlausibleYear.check(year)
    try read.check(environment)
  }

  func run() async throws {
    try await HubRunner.run(options, checking: check) { context in
      let policy = try EvaluationPolicy(json: ShippedPolicy.json)
      if let explain {
        try await self.explain(explain, policy: policy, context)
        return
      }
      let answers = try await context.hub.evaluations(
        source: read.source, year: year, policy: policy, asOf: try context.date(read.time.asOf),
        time: try context.time(knownAt: read.time.knownAt))
      if context.json {
        JSONOutput.print(
          answers.flatMap { answer in
            answer.answer.rows.map {
              SourcedJSON(
                source: answer.source.id,
                row: EvaluationJSON(
                  $0, policy: policy, beyondQuota: answer.answer.isBeyondQuota($0)))
            }
          })
        return
      }
      let blocks = answers.map { answer in
        var text = EvaluationText(language: context.language, evaluation: answer.answer)
        text.knownAt = read.time.knownAtShown
        return "\(answer.source.id) — \(answer.source.name)\n"
          + text.table(answer.answer.rows, breaches: answer.answer.quotaBreaches)
      }
      TerminalText.print(blocks.joined(separator: "\n\n"))
    }
  }

  /// One person's rating in each source whose log names them, as the commune's own `evaluate
  /// --explain` shows it.
  ///
  /// When none does: asked of one source, that commune's own
  /// `unknown_person` (with its closest names); across sources, `person_in_no_source`, as `hub
  /// heads --person` says, since one commune's closest names would hide the others'.
  private func explain(
    _ typed: String, policy: EvaluationPolicy, _ context: HubRunner.Context
  ) async throws {
    let time = try context.time(knownAt: read.time.knownAt)
    let day = try context.date(read.time.asOf)
    var blocks: [String] = []
    var json: [SourcedJSON<RatingJSON>] = []
    var unknown: (any Error)?
    // Each source's log is read once: its people, then (when it names the person) its
    // evaluation, as `Hub.evaluations` folds it.
    for source in try await context.hub.sources(read.source) {
      // Each source judged on its own today and moment, in its own time zone.
      let today = time.today(in: source.zone)
      let moment = try time.moment(in: source.zone)
      let log = try await context.hub.log(of: source, knownAt: moment)
      // Who the name means in the commune now, as its own `evaluate --explain` reads it (trial:
      // as known at the moment, a person registered later was unknown, and a name shared later
      // read as one person).
      let now = moment == nil ? log : try await context.hub.log(of: source, knownAt: nil)
      let person: KnownPerson
      do {
        person = try now.personNames().person(typed)
      } catch let error as LedgerError {
        // Across sources, a refusal from one commune's people (its closest names, two of that
        // name) says which; asked of one source, it is the commune's own.
        let named: any Error =
          read.source == nil ? SourceError(source: source, error: error) : error
        if case .unknownPerson = error {
          unknown = unknown ?? named
          continue
        }
        throw named
      }
      let evaluation = log.evaluation(
        year: year, policy: policy, asOf: day, latest: moment == nil, today: today)
      let key = evaluation.identity.key(person)
      let ratings = evaluation.ratings.filter { $0.key == key }
      let rows = evaluation.rows.filter { evaluation.identity.key($0.tenure) == key }
      json += ratings.map {
        SourcedJSON(
          source: source.id,
          row: RatingJSON(
            $0, rows: rows, policy: policy, beyondQuota: evaluation.isBeyondQuota))
      }
      var text = EvaluationText(language: context.language, evaluation: evaluation)
      text.knownAt = read.time.knownAtShown
      blocks.append("\(source.id) — \(source.name)\n" + text.explain(ratings))
    }
    if blocks.isEmpty, let unknown {
      throw read.source == nil ? LedgerError.personInNoSource(typed) : unknown
    }
    if context.json {
      JSONOutput.print(json)
    } else {
      TerminalText.print(blocks.joined(separator: "\n\n"))
    }
  }
}
