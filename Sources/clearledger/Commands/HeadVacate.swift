import ArgumentParser
import LedgerCore

/// `clearledger head vacate UNIT [--on DATE] [--decision NUMBER]`.
struct HeadVacate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vacate",
    abstract: "Record that a unit's head left and nobody took the post.",
    discussion: """
      The sitting head's tenure ends on the date. Until the next appointment (head appoint, or \
      head appoint --acting) the post is vacant, and `check` names the tasks due while it is.
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
