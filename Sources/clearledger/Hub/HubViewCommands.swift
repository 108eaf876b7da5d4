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
    try await HubRunner.run(options, checking: read.check) { context in
      if bucket == .overdue, context.json, let text = try await read.overdueJSON(context) {
        print(text)
        return
      }
      // The rows the hub keeps per task and span of days, written as they are; else the
      // boards' rows.
      if bucket != .overdue, context.json,
        let text = try await read.statusJSON(context, bucket: bucket)
      {
        print(text)
        return
      }
      let boards = try await read.boards(context, bucket: bucket)
      let rows = boards.flatMap { answer in answer.answer.tasks.map { (answer.source, $0) } }
      HubText.printTasks(
        rows, day: boards.first?.answer.day ?? context.today,
        days: boards.map { ($0.source.id, $0.answer.day) }, knownAt: read.time.knownAtShown,
        filtered: bucket != nil, context)
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
    try await HubRunner.run(options, checking: read.check) { context in
      // The status rows of the overdue bucket the hub keeps per task and span of days,
      // written as they are; else the boards' rows.
      if context.json, let text = try await read.overdueJSON(context) {
        print(text)
        return
      }
      let boards = try await read.boards(context, bucket: .overdue)
      let rows = boards.flatMap { answer in answer.answer.tasks.map { (answer.source, $0) } }
      HubText.printTasks(
        rows, day: boards.first?.answer.day ?? context.today,
        days: boards.map { ($0.source.id, $0.answer.day) }, knownAt: read.time.knownAtShown,
        filtered: true, context)
    }
  }
}

/// `clearledger hub units`: per source and unit, the tasks it leads and supports.
struct HubUnitsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "units",
    abstract: "Show, per source and unit, the tasks it leads and supports, by bucket.",
    discussion: """
      The same views as `clearledger unit view` in each commune, the source first. With \
      --unit, one unit (by code or name, as that commune's own `unit view UNIT` reads it): \
      in --source only, or in every source that has such a unit.

      Examples:
        clearledger hub units --source xa-chi-minh --unit VHXH
        clearledger hub units --unit "Phòng Văn hóa - Xã hội" --json
      """)

  @OptionGroup var options: HubOptions
  @OptionGroup var read: HubReadOptions

  @Option(
    help: ArgumentHelp(
      "One unit, by code or name: in --source, or in every source that has it.",
      valueName: "unit"))
  var unit: String?

  func run() async throws {
    try await HubRunner.run(options, checking: read.check) { context in
      let answers: [(HubSource, [UnitView], LocalDate)]
      if let unit {
        answers = try await read.unitViews(unit, context).map {
          ($0.source, $0.answer, try read.day(context, $0.source))
        }
      } else {
        answers = try await read.boards(context).map {
          ($0.source, $0.answer.unitViews(), $0.answer.day)
        }
      }
      if context.json {
        JSONOutput.print(
          answers.flatMap { (source, views, _) in
            views.map { SourcedJSON(source: source.id, row: UnitViewJSON($0)) }
          })
        return
      }
      var blocks: [String] = []
      for (source, views, day) in answers {
        let render = BoardText(
          language: context.language, day: day, knownAt: read.time.knownAtShown)
        if blocks.isEmpty, let line = render.knownAtLine { blocks.append(line) }
        blocks += views.map { "\(source.id) · " + render.unit($0) }
      }
      guard !blocks.isEmpty else {
        // As the commune's `unit list` says it.
        print(context.language.pick(vi: "Chưa có đơn vị nào.", en: "No units yet."))
        return
      }
      TerminalText.print(blocks.joined(separator: "\n\n"))
    }
  }
}

/// `clearledger hub heads`: per source, head of unit and capacity, the tasks each answers for.
struct HubHeadsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "heads",
    abstract: "Show, per source, what each head of unit answers for, by tenure and capacity.",
    discussion: """
      The same views as `clearledger head view` in each commune, the source first. With \
      --person, one person (by staff code or name, as that commune's own `head view PERSON` \
      reads it): in --source only, or in every source that names such a person.

      Examples:
        clearledger hub heads --source xa-chi-minh --person "Nguyễn Văn An"
        clearledger hub heads --person NVA --json
      """)

  @OptionGroup var options: HubOptions
  @OptionGroup var read: HubReadOptions

  @Option(
    help: ArgumentHelp(
      "One person, by staff code or name: in --source, or in every source that names them.",
      valueName: "person"))
  var person: String?

  func run() async throws {
    try await HubRunner.run(options, checking: read.check) { context in
      guard let person else {
        let boards = try await read.boards(context)
        printHeads(boards.map { ($0.source, $0.answer.headViews(), $0.answer.day) }, context)
        return
      }
      let answers = try await read.headViews(person, context)
      if !context.json {
        // A source where the person headed no unit on the day says so, as `head view` does.
        let idle = try answers.filter { $0.answer.views.isEmpty }.map { answer in
          "\(answer.source.id) · "
            + NotAHeadText.sentence(
              answer.answer.person.name, day: try read.day(context, answer.source),
              knownAt: read.time.knownAtShown,
              language: context.language)
        }
        if !idle.isEmpty { TerminalText.print(idle.joined(separator: "\n")) }
        // Each source already said the person headed no unit there.
        if answers.allSatisfy({ $0.answer.views.isEmpty }) { return }
      }
      printHeads(
        try answers.map { ($0.source, $0.answer.views, try read.day(context, $0.source)) },
        context)
    }
  }

  /// The views, one block each led by its source (`--json`: the commune's rows with `source`).
  private func printHeads(
    _ answers: [(HubSource, [HeadView], LocalDate)], _ context: HubRunner.Context
  ) {
    if context.json {
      JSONOutput.print(
        answers.flatMap { (source, views, _) in
          views.map { SourcedJSON(source: source.id, row: HeadViewJSON($0)) }
        })
      return
    }
    var blocks: [String] = []
    for (source, views, day) in answers {
      let render = BoardText(language: context.language, day: day, knownAt: read.time.knownAtShown)
      if blocks.isEmpty, let line = render.knownAtLine { blocks.append(line) }
      blocks += views.map { "\(source.id) · " + render.head($0) }
    }
    guard !blocks.isEmpty else {
      // As the commune's own `head view` says it.
      print(context.language.pick(vi: "Chưa có người đứng đầu nào.", en: "No heads yet."))
      return
    }
    TerminalText.print(blocks.joined(separator: "\n\n"))
  }
}

extension Bucket: ExpressibleByArgument {}
