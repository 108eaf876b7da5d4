import ArgumentParser
import LedgerCore

/// `clearledger task explain-request TASK --by PERSON --due DATE [--reason TEXT]`.
struct TaskExplainRequest: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain-request",
    abstract: "Ask a task's lead unit for an explanation (giải trình), due by a day.",
    discussion: """
      One request waits at a time; `task explain` answers it. An explanation given after \
      --due is late, and `history`, `head view`, `yearly` and `evaluate --explain` say so. \
      It is asked of the lead unit charged with the missed deadline: after a hand-over of \
      overdue work, the earlier lead, whose head answers.

      Example:
        clearledger task explain-request PL2-I-1 --by "Phạm Anh Tuấn" --due 15/05/2026
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions
  @Argument(help: "The task's id.") var task: String
  @Option(help: ArgumentHelp("Who asks for it.", valueName: "person")) var by: String
  @Option(help: ArgumentHelp("The day the explanation is due.", valueName: "date")) var due: String
  @Option(help: ArgumentHelp("Why.", valueName: "text")) var reason: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      guard let day = try environment.date(due) else { return }
      try Recorder.record(
        .requestExplanation(
          try parseTaskID(task), ExplanationRequested(by: by, due: day, reason: reason)),
        environment, record)
    }
  }
}

/// `clearledger task explain TASK TEXT --by PERSON [--doc NUMBER]`.
struct TaskExplain: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Record the lead unit's explanation (giải trình) answering the pending request.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions
  @Argument(help: "The task's id.") var task: String
  @Argument(help: "The explanation.") var text: String
  @Option(help: ArgumentHelp("Who gives it.", valueName: "person")) var by: String
  @Option(help: ArgumentHelp("The document it was sent as, e.g. 15/BC-VHXH.", valueName: "number"))
  var doc: String?
  @OptionGroup var attachments: AttachOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(
        .explainTask(try parseTaskID(task), TaskExplained(text: text, by: by, document: doc)),
        attaching: attachments, environment, record)
    }
  }
}
