import ArgumentParser
import LedgerCore

/// `clearledger report TASK TEXT [--percent N] [--doc NUMBER]`: file a progress report.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "File a progress report on a task.",
    discussion: """
      A report on a task never explicitly started starts it. A yearly obligation is met only by \
      the report marked --annual (or the completion).

      Example: clearledger report T-001 "Đã kết nối 3/5 CSDL" --percent 60 --doc 12/BC-VHXH
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions
  @Argument(help: "The task's id.") var task: String
  @Argument(help: "What the report says.") var text: String
  @Option(help: ArgumentHelp("Share of the work done, 0–100.", valueName: "n")) var percent: Int?
  @Option(help: ArgumentHelp("The report's number, e.g. 12/BC-VHXH.", valueName: "number"))
  var doc: String?
  @Option(help: ArgumentHelp("Who filed it.", valueName: "person")) var by: String?
  @Flag(
    help:
      "This is the year's report: it meets the task's yearly obligation (or its yearly reporting day) for the year of its day. Other reports do not."
  )
  var annual = false

  @Option(help: ArgumentHelp("Units of product delivered so far.", valueName: "n"))
  var delivered: Double?

  @OptionGroup var attachments: AttachOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(
        .reportProgress(
          try parseTaskID(task), text: text, percent: percent, document: doc, by: by,
          annual: annual, delivered: delivered),
        attaching: attachments, environment, record)
    }
  }
}
