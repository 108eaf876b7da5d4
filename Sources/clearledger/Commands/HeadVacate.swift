import ArgumentParser
import LedgerCore

/// `clearledger head vacate UNIT [--on DATE] [--decision NUMBER]`.
struct HeadVacate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vacate",
    abstract: "Record that a unit's head left and nobody took the post.",
    discussion: """
      The date (--on) is the first day without a head, and may be ahead of today when the \
      decision is issued in advance: the sitting head held the post until \
      the day before, and a deadline falling on that date or later, until the next \
      appointment (head appoint, or head appoint --acting), is charged to no head of the \
      unit; `check` names those tasks. Tenures are shown from their first day to their last \
      day in office (the day before the next holder's first day, or the vacancy's); in --json, \
      `until` is that next first day.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Argument(help: "The unit, by code or name.")
  var unit: String

  @Option(help: ArgumentHelp("The decision ending the tenure.", valueName: "number"))
  var decision: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(.vacateHead(unit: unit, decision: decision), environment, record)
    }
  }
}
