import ArgumentParser
import LedgerCore
import LedgerHub
import LedgerJSON

/// `clearledger hub status`: every task of every source, with its bucket and who answers.
struct HubStatusCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show every source's tasks with status, tracker bucket and accountable person.",
    discussion: """
      The same board as `clearledger status` in each commune, judged on today (or --as-of) \
      with what each commune had recorded by --known-at (by the times its ledger recorded \
      them, not when the hub received them), one row per task, the source first. The \
      buckets: completed_on_time, completed_late, in_progress_within_deadline, overdue, \
      no_deadline, cancelled, paused, superseded.

      Examples:
        clearledger hub status --source xa-chi-minh --bucket overdue
        clearledger hub status --as-of 30/06/2026 --known-at 2026-07-01T09:00:00+07:00 --json
      """)

  @OptionGroup var options: HubOptions
  @OptionGroup var read: HubReadOptions

  @Option(
    help: ArgumentHelp(
      "Only tasks in this bucket (completed_on_time, overdue, …).", valueName: "bucket"))
  var bucket: Bucket?

  func run() async throws {
    try await HubRunner.run(options) { context in
      if bucket == .overdue, context.json, let text = try await read.overdueJSON(context) {
        print(text)
        return
      }
      let boards = try await read.boards(context, bucket: bucket)
      let rows = boards.flatMap { answer in answer.answer.tasks.map { (answer.source, $0) } }
      HubText.printTasks(rows, day: boards.first?.answer.day ?? context.today, context)
    }
  }
}

/// `clearledger hub overdue`: the overdue tasks of every source.
struct HubOverdueCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "overdue",
    abstract: "List every source's overdue tasks, the source first on each row.")

  @OptionGroup var options: HubOptions
  @OptionGroup var read: HubReadOptions

  func run() async throws {
    try await HubRunner.run(options) { context in
      // The rows the hub keeps per task, written as they are; else the boards' rows.
      if context.json, let text = try await read.overdueJSON(context) {
        print(text)
        return
      }
      let boards = try await read.boards(context, bucket: .overdue)
      let rows = boards.flatMap { answer in answer.answer.tasks.map { (answer.source, $0) } }
      HubText.printTasks(rows, day: boards.first?.answer.day ?? context.today, context)
    }
  }
}

/// `clearledger hub units`: per source and unit, the tasks it leads and supports.
struct HubUnitsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "units",
    abstract: "Show, per source and unit, the tasks it leads and supports, by bucket.")

  @OptionGroup var options: HubOptions
  @OptionGroup var read: HubReadOptions

  func run() async throws {
    try await HubRunner.run(options) { context in
      let boards = try await read.boards(context)
      if context.json {
        JSONOutput.print(
          boards.flatMap { answer in
            answer.answer.unitViews().map {
              SourcedJSON(source: answer.source.id, row: UnitViewJSON($0))
            }
          })
        return
      }
      var blocks: [String] = []
      for answer in boards {
        let render = BoardText(language: context.language, day: answer.answer.day)
        blocks += answer.answer.unitViews().map { "\(answer.source.id) · " + render.unit($0) }
      }
      print(blocks.joined(separator: "\n\n"))
    }
  }
}

/// `clearledger hub heads`: per source, head of unit and capacity, the tasks each answers for.
struct HubHeadsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "heads",
    abstract: "Show, per source, what each head of unit answers for, by tenure and capacity.")

  @OptionGroup var options: HubOptions
  @OptionGroup var read: HubReadOptions

  func run() async throws {
    try await HubRunner.run(options) { context in
      let boards = try await read.boards(context)
      if context.json {
        JSONOutput.print(
          boards.flatMap { answer in
            answer.answer.headViews().map {
              SourcedJSON(source: answer.source.id, row: HeadViewJSON($0))
            }
          })
        return
      }
      var blocks: [String] = []
      for answer in boards {
        let render = BoardText(language: context.language, day: answer.answer.day)
        blocks += answer.answer.headViews().map { "\(answer.source.id) · " + render.head($0) }
      }
      print(blocks.joined(separator: "\n\n"))
    }
  }
}

extension Bucket: ExpressibleByArgument {}
