import Foundation
import LedgerCore

extension Hub {
  /// The overdue list as `hub overdue --json` writes it: each source's overdue rows on `day`
  /// (default today) as known at `moment` (default now), one source or all of them, exactly
  /// the rows of `boards(…, bucket: .overdue)`; nil when a row needs the encoder's escaping
  /// (the caller then writes the boards' rows with the encoder).
  ///
  /// It is the status list of one bucket (`statusJSON(…, bucket: .overdue)`): today as known
  /// now, the kept status rows of bucket `overdue` whose span holds today (`hub_status`, read
  /// through its partial index of overdue spans, migration 9), plus the tasks that could be
  /// overdue today and whose spans do not cover it, judged from their kept state; any other
  /// source, day or moment folds the log, as `boards` does.
  public func overdueJSON(
    source: String?, asOf day: LocalDate?, knownAt moment: Date?, today: LocalDate
  ) async throws -> String? {
    try await statusJSON(
      source: source, asOf: day, knownAt: moment, today: today, bucket: .overdue)
  }

  /// `overdueJSON`, each source judged on its own today and moment (`HubTime`, in its zone).
  public func overdueJSON(source: String?, asOf day: LocalDate?, time: HubTime) async throws
    -> String?
  {
    try await statusJSON(source: source, asOf: day, time: time, bucket: .overdue)
  }
}
