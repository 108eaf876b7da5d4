import ArgumentParser
import LedgerCore
import LedgerStore

/// What `due` and `remind` share: the window, and whose tasks.
struct DueOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Days ahead to look (default 7: the 7-, 3- and 1-day reminders all fall inside).",
      valueName: "days"))
  var within: Int = DueList.defaultWindow

  @Option(help: ArgumentHelp("Only tasks this unit leads.", valueName: "unit"))
  var unit: String?

  @Option(help: ArgumentHelp("Only this person's tasks.", valueName: "person"))
  var person: String?

  func validate() throws {
    guard (0...366).contains(within) else {
      throw ValidationError("--within must be a number of days from 0 to 366.")
    }
  }

  /// The reminders of the board, narrowed by these options.
  func list(_ ledger: Ledger, _ board: AccountabilityBoard) throws -> DueList {
    var lead: UnitCode?
    if let unit {
      guard let found = try ledger.unit(named: unit) else {
        throw LedgerError.unknownUnit(unit, among: try ledger.units())
      }
      lead = found.code
    }
    return DueList(board, within: within, person: person) { view in
      lead.map { view.lead == $0 } ?? true
    }
  }
}
