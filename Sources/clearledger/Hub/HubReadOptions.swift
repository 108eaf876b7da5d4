import ArgumentParser
import LedgerCore
import LedgerHub

/// What every cross-source view takes: which source (default all), which day, known when.
struct HubReadOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Only this source. Default: every source.", valueName: "source"))
  var source: String?

  @OptionGroup var time: TimeOptions

  /// Each source's board these options ask for, with only the tasks in `bucket` when given.
  func boards(_ context: HubRunner.Context, bucket: Bucket? = nil) async throws
    -> [SourceAnswer<AccountabilityBoard>]
  {
    try await context.hub.boards(
      source: source, asOf: try context.date(time.asOf),
      knownAt: try context.moment(time.knownAt), today: context.today, bucket: bucket)
  }

  /// The overdue rows these options ask for as `--json` writes them (from the rows the hub
  /// keeps per task for today as known now); nil when a row needs the encoder.
  func overdueJSON(_ context: HubRunner.Context) async throws -> String? {
    try await context.hub.overdueJSON(
      source: source, asOf: try context.date(time.asOf),
      knownAt: try context.moment(time.knownAt), today: context.today)
  }
}
