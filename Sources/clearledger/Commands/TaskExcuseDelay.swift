import ArgumentParser
import LedgerCore

/// `clearledger task excuse-delay TASK --reason TEXT --approved-by PERSON [--decision DOC]`.
struct TaskExcuseDelay: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "excuse-delay",
    abstract: "Record that one delay of a task's product had an objective cause: it costs nothing.",
    discussion: """
      Decree 335 (Article 14) takes 25 % of a product's progress points for each deadline it \
      missed, unless the competent authority confirms an objective cause. Each use excuses one \
      delay; `evaluate --explain` shows the delays and those excused.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions
  @Argument(help: "The task's id.") var task: String
  @Option(help: ArgumentHelp("The objective cause.", valueName: "text")) var reason: String
  @Option(help: ArgumentHelp("Who approved it.", valueName: "person")) var approvedBy: String
  @Option(help: ArgumentHelp("The decision confirming it.", valueName: "doc")) var decision: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(
        .excuseDelay(
          try parseTaskID(task),
          DelayExcused(reason: reason, approvedBy: approvedBy, decision: decision)),
        environment, record)
    }
  }
}
