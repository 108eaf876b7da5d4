import Foundation
import LedgerCore
import LedgerHub
import LedgerJSON
import LedgerReports

/// Renders the hub's answers: the same rows as a commune's views, the source first.
enum HubText {
  /// Tasks from many sources: one row each, as `status` shows them, the source first.
  ///
  /// `days` is the day each source was judged on (its today in its own zone, or the day asked):
  /// when they differ, the heading says which source is on which day.
  static func printTasks(
    _ rows: [(HubSource, TaskView)], day: LocalDate, days: [(String, LocalDate)] = [],
    knownAt: String? = nil, filtered: Bool = false, _ context: HubRunner.Context
  ) {
    if context.json {
      // Tens of thousands of rows across communes: written directly, as the encoder would.
      if let text = TaskRowsJSON.text(rows.map { ($0.0.id, $0.1) }) {
        print(text)
      } else {
        JSONOutput.print(rows.map { SourcedJSON(source: $0.0.id, row: TaskJSON($0.1)) })
      }
      return
    }
    // The same table as a commune's `status`, each row led by its source: the unit charged,
    // the deadline that counted, the departure, codes of namesakes.
    let text = BoardText(language: context.language, day: day, knownAt: knownAt)
      .status(
        rows.map(\.1), sources: rows.map(\.0.id),
        heading: heading(days, language: context.language), filtered: filtered)
    TerminalText.print(text)
  }

  /// The status heading when the sources were judged on different days, else nil.
  ///
  /// "Status on 02/07/2026 (each commune on its own today: 01/07/2026 for xa-utc)": their
  /// zones are on different dates. The day most sources are on leads; the others name their
  /// sources.
  static func heading(_ days: [(String, LocalDate)], language l: Language) -> String? {
    let byDay = Dictionary(grouping: days, by: \.1)
    guard byDay.count > 1,
      let main = byDay.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) })?.key
    else { return nil }
    let others = byDay.filter { $0.key != main }.sorted { $0.key < $1.key }.map { day, sources in
      l.pick(vi: "ngày \(day.display) cho ", en: "\(day.display) for ")
        + sources.map(\.0).joined(separator: ", ")
    }
    return l.pick(
      vi: "Tình hình ngày \(main.display) (mỗi xã theo ngày hôm nay của mình: ",
      en: "Status on \(main.display) (each commune on its own today: ")
      + others.joined(separator: "; ") + ")"
  }
}
