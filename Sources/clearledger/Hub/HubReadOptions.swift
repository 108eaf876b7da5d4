import ArgumentParser
import LedgerCore
import LedgerHub

/// What every cross-source view takes: which source (default all), which day, known when.
struct HubReadOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp("Only this source. Default: every source.", valueName: "source"),
    transform: HubSource.typedID)
  var source: String?

  @OptionGroup var time: TimeOptions

  /// Refuses a day or moment that does not read, as reading them later would.
  func check(_ environment: LedgerEnvironment) throws {
    _ = try environment.date(time.asOf)
    if let knownAt = time.knownAt { _ = try environment.typedMoment(knownAt) }
  }

  /// Each source's board these options ask for, with only the tasks in `bucket` when given.
  func boards(_ context: HubRunner.Context, bucket: Bucket? = nil) async throws
    -> [SourceAnswer<AccountabilityBoard>]
  {
    try await context.hub.boards(
      source: source, asOf: try context.date(time.asOf),
      time: try context.time(knownAt: time.knownAt), bucket: bucket)
  }

  /// The day these options judge in a source: --as-of, else its today (in its time zone).
  func day(_ context: HubRunner.Context, _ source: HubSource) throws -> LocalDate {
    try context.date(time.asOf) ?? context.time(knownAt: nil).today(in: source.zone)
  }

  /// One unit's views in the source these options name, or in every source that has it.
  func unitViews(_ unit: String, _ context: HubRunner.Context) async throws
    -> [SourceAnswer<[UnitView]>]
  {
    try await context.hub.unitViews(
      named: unit, source: source, asOf: try context.date(time.asOf),
      time: try context.time(knownAt: time.knownAt))
  }

  /// One person's head views in the source these options name, or in every source that
  /// names them.
  func headViews(_ person: String, _ context: HubRunner.Context) async throws
    -> [SourceAnswer<PersonHeadViews>]
  {
    try await context.hub.headViews(
      of: person, source: source, asOf: try context.date(time.asOf),
      time: try context.time(knownAt: time.knownAt))
  }

  /// The status rows these options ask for as `--json` writes them (from the rows the hub
  /// keeps per task and span of days for today as known now); nil when a row needs the
  /// encoder.
  func statusJSON(_ context: HubRunner.Context, bucket: Bucket?) async throws -> String? {
    try await context.hub.statusJSON(
      source: source, asOf: try context.date(time.asOf),
      time: try context.time(knownAt: time.knownAt), bucket: bucket)
  }

  /// The overdue rows these options ask for as `--json` writes them (the status rows of the
  /// overdue bucket the hub keeps per task and span of days, for today as known now); nil when
  /// a row needs the encoder.
  func overdueJSON(_ context: HubRunner.Context) async throws -> String? {
    try await context.hub.overdueJSON(
      source: source, asOf: try context.date(time.asOf),
      time: try context.time(knownAt: time.knownAt))
  }
}
