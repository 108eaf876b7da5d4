import ArgumentParser
import LedgerCore

/// `clearledger correct POSITION --reason TEXT`: retract an earlier event.
struct CorrectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "correct",
    abstract: "Retract an earlier event by its position, with the reason. Nothing is rewritten.",
    discussion: """
      The retracted event stays in the log and in `history`, marked; views stop counting it. \
      Correcting a correction restores the event it retracted. Find positions with \
      `clearledger history TASK` or `clearledger replay`.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions
  @Argument(help: "The position (#) of the event to retract.") var position: Int64
  @Option(help: ArgumentHelp("Why it was wrong.", valueName: "text")) var reason: String

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(.correct(position: position, reason: reason), environment, record)
    }
  }
}
