import ArgumentParser
import LedgerCore

/// `clearledger correct POSITION --reason TEXT`: retract an earlier event.
struct CorrectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "correct",
    abstract: "Retract an earlier event by its position, with the reason. Nothing is rewritten.",
    discussion: """
      The retracted event stays in the log and in `history`, marked; views stop counting it. \
      Correcting a correction restores the event it retracted. With --happened-on, the \
      correction also restates the fact on the right day. Reads known before the correction \
      (--known-at) still show the old picture. Find positions with `clearledger history TASK` \
      or `clearledger replay`.

      Which option: --happened-on DATE moves the fact to the day it really happened (a \
      completion on 28/06, not 30/06). --on is only the day of the correction itself; it moves \
      nothing. A fact recorded for the wrong unit or person: retract it, then record it again \
      as it was (task reassign, report --by, head appoint …) with --on the day it happened.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions
  @Argument(help: "The position (#) of the event to retract.") var position: Int64
  @Option(
    help: ArgumentHelp(
      "Refuse unless the event is one of this task's: a guard against a mistyped position.",
      valueName: "task"))
  var task: String?
  @Option(help: ArgumentHelp("Why it was wrong.", valueName: "text")) var reason: String

  @Option(
    help: ArgumentHelp(
      "The replacement fact: the same fact, but it happened on this day (e.g. completed on 28/06, not 30/06).",
      valueName: "date"))
  var happenedOn: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      if let task { try Self.check(position, isOf: task, environment) }
      try Recorder.record(
        .correct(
          position: position, reason: reason, restatedEffective: try environment.date(happenedOn)),
        environment, record)
    }
  }

  /// Throws `position_not_of_task` unless the event at `position` is one of task `typed`'s
  /// (`unknown_task`, `unknown_position` when there is no such task or event).
  static func check(_ position: Int64, isOf typed: String, _ environment: LedgerEnvironment)
    throws
  {
    let ledger = try environment.readLedger()
    guard let id = try ledger.taskID(typed: typed),
      try ledger.task(id) != nil || !(try ledger.history(of: .task(id))).isEmpty
    else { throw LedgerError.unknownTask(typed) }
    guard let target = try ledger.event(at: position) else {
      throw LedgerError.unknownPosition(position)
    }
    guard target.stream != .task(id) else { return }
    throw LedgerError.positionNotOfTask(
      position, task: id, stream: target.stream.description, type: target.event.typeName)
  }
}
