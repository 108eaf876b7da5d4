import Foundation
import LedgerCore
import LedgerHub
import LedgerJSON
import LedgerReports

/// Renders the hub's answers: the same rows as a commune's views, the source first.
enum HubText {
  /// Tasks from many sources: one row each, as `status` shows them, the source first.
  static func printTasks(
    _ rows: [(HubSource, TaskView)], day: LocalDate, _ context: HubRunner.Context
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
    let text = BoardText(language: context.language, day: day)
      .status(rows.map(\.1), sources: rows.map(\.0.id))
    TerminalText.print(text)
  }
}
