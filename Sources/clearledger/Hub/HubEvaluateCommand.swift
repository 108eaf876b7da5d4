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

  func run() async throws {
    try await HubRunner.run(options) { context in
      let policy = try EvaluationPolicy(json: ShippedPolicy.json)
      let answers = try await context.hub.evaluations(
        source: read.source, year: year, policy: policy, asOf: try context.date(read.time.asOf),
        knownAt: try context.moment(read.time.knownAt), today: context.today)
      if context.json {
        JSONOutput.print(
          answers.flatMap { answer in
            answer.answer.rows.map {
              SourcedJSON(source: answer.source.id, row: EvaluationJSON($0, policy: policy))
            }
          })
        return
      }
      let blocks = answers.map { answer in
        let text = EvaluationText(language: context.language, evaluation: answer.answer)
        return "\(answer.source.id) — \(answer.source.name)\n"
          + text.table(answer.answer.rows, breaches: answer.answer.quotaBreaches)
      }
      print(blocks.joined(separator: "\n\n"))
    }
  }
}
