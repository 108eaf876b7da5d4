import ArgumentParser
import LedgerCore

/// `clearledger task acknowledge TASK --by PERSON [--on DATE]`.
struct TaskAcknowledge: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "acknowledge",
    abstract: "Record that the head of a task's lead unit confirmed receiving it.",
    discussion: """
      Only the person heading the lead unit on --on confirms receipt, once per lead unit (a \
      task handed to another unit is acknowledged again by its head). `check` lists open \
      tasks their lead unit has not acknowledged within the working days the evaluation \
      policy sets (5 unless its acknowledgement_working_days says otherwise).

      Example:
        clearledger task acknowledge PL1-I-1 --by "Trần Thị Bình" --on 12/01/2026
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions
  @Argument(help: "The task's id.") var task: String
  @Option(help: ArgumentHelp("The head of the lead unit.", valueName: "person")) var by: String

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(.acknowledgeTask(try parseTaskID(task), by: by), environment, record)
    }
  }
}
