import ArgumentParser
import Foundation
import LedgerCore
import LedgerJSON
import LedgerStore

/// `clearledger audit`: who recorded what and when, and which facts were backdated.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Show who recorded what and when, with the filing lag, flagging backdated facts.",
    discussion: """
      The lag is the number of days from the day a fact happened (as the recorder stated it) \
      to the day the ledger took it. A fact recorded more than --threshold days after its \
      stated day is flagged: the pattern that hides late work behind an earlier date.

      --actor NAME shows only what that person recorded, by hand or through a web account \
      (NAME may also be the account's username).

      Example: clearledger audit --unit VHXH --since 01/07/2026 --threshold 3
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(
      "Only events of this unit and the tasks it leads or supports.", valueName: "unit"))
  var unit: String?

  @Option(help: ArgumentHelp("Only events of this task.", valueName: "task"))
  var task: String?

  @Option(help: ArgumentHelp("Only events recorded from this time (or day) on.", valueName: "time"))
  var since: String?

  @Option(
    help: ArgumentHelp("Only events recorded up to this time (or day's end).", valueName: "time"))
  var until: String?

  @Option(
    help: ArgumentHelp("Flag facts recorded more than this many days late.", valueName: "days"))
  var threshold = 7

  func validate() throws {
    guard threshold >= 0 else { throw ValidationError("Give --threshold as 0 or more days.") }
  }

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let zone = ledger.timeZone
      let from = try since.map { try environment.startOf($0, timeZone: zone) }
      let to = try until.map { try environment.instant($0, timeZone: zone) }
      var streams: Set<StreamID>?
      if let task {
        guard let id = try ledger.taskID(typed: task),
          try ledger.task(id) != nil || !(try ledger.history(of: .task(id))).isEmpty
        else { throw LedgerError.unknownTask(task) }
        streams = [.task(id)]
      }
      if let unit {
        guard let found = try ledger.unit(named: unit) else {
          throw LedgerError.unknownUnit(unit, among: try ledger.units())
        }
        // The tasks it leads or supports now, and those it led before they were reassigned.
        let earlier = try ledger.board().tasks.filter {
          $0.task.leadSpells.contains { $0.unit == found.code }
        }.map(\.task.id)
        let ids = try ledger.taskIDs(involving: found.code).union(earlier).map(StreamID.task)
        let unitStreams = Set(ids + [.unit(found.code)])
        streams = streams.map { $0.intersection(unitStreams) } ?? unitStreams
      }
      // Here --actor names whose records to show (it is not read from the environment).
      let names = try ledger.personNames()
      let actorMatch = global.actor.map { ActorMatch($0, names: names) }
      // The first event found changed behind the ledger's back, among those shown.
      var firstAltered: Int64?
      let holders = OfficeHolders(
        units: try ledger.units(), names: names, identity: try ledger.personIdentity())
      func matching(_ entry: HistoryEntry) -> AuditEntry? {
        let event = entry.event
        if let from, event.recorded < from { return nil }
        if let streams, !streams.contains(event.stream) { return nil }
        if let actorMatch, !actorMatch.recorded(event) { return nil }
        var shown = AuditEntry(
          event: event, retractedBy: entry.retractedBy, timeZone: zone, thresholdDays: threshold)
        shown.altered = entry.altered
        shown.judgeApprover(holders)
        if entry.altered, firstAltered == nil { firstAltered = event.position }
        return shown
      }
      /// Says, after the audit, that it showed an altered event, and exits 2 as `verify` does.
      func refuseAltered() throws {
        guard let position = firstAltered else { return }
        CommandRunner.report(
          code: LedgerError.chainBroken(position: position).code.rawValue,
          message: environment.language.pick(
            vi:
              "Sự kiện #\(position) (đánh dấu BỊ SỬA) đã bị sửa ngoài chương trình: nội dung của nó không còn khớp chuỗi băm, nên không phải sự kiện đã ghi. Hãy chạy `clearledger verify` và khôi phục sổ từ bản sao lưu.",
            en:
              "Event #\(position) (marked ALTERED) was changed behind the program's back: it no longer matches the hash chain, so it is not what was recorded. Run `clearledger verify` and restore the ledger from a backup."
          ), json: environment.json)
        throw ExitCode(2)
      }
      if environment.json {
        // One element at a time, laid out as the encoder lays out the whole array.
        var writer = StandardOutput.Writer()
        var count = 0
        try ledger.replay(until: to) { history in
          guard let entry = matching(history) else { return }
          let element = JSONOutput.string(AuditJSON(entry)).split(separator: "\n")
            .map { "  " + $0 }.joined(separator: "\n")
          try writer.write((count == 0 ? "[\n" : ",\n") + element)
          count += 1
        }
        if count == 0 {
          try writer.write(JSONOutput.string([AuditJSON]()) + "\n")
        } else {
          try writer.write("\n]\n")
        }
        try writer.flush()
        try refuseAltered()
        return
      }
      // Two passes over the log, none of it held: the first measures, the second writes.
      let text = AuditText(
        language: environment.language, timeZone: zone, titles: try ledger.taskTitles(),
        threshold: threshold)
      var layout = text.layout()
      try ledger.replay(until: to) {
        if let entry = matching($0) { text.measure(entry, into: &layout) }
      }
      var writer = StandardOutput.Writer()
      try writer.write(text.head(layout) + "\n")
      let last = layout.lastPosition
      try ledger.replay(until: to) { history in
        // Events recorded between the passes were not measured: they wait for the next audit.
        guard history.event.position <= last, let entry = matching(history) else { return }
        try writer.write(text.line(entry, layout) + "\n")
      }
      let summary = text.summary(layout)
      if !summary.isEmpty { try writer.write(summary + "\n") }
      try writer.flush()
      try refuseAltered()
      if layout.count == 0, let typed = global.actor,
        try names.match(typed) == nil,
        !(try ledger.accounts()).contains(where: {
          ActorMatch(typed).matches($0.state.username.rawValue)
        })
      {
        // Nothing matched a name nobody holds: say so, it may be a typing slip (trial).
        print(
          environment.language.pick(
            vi:
              "Sổ không có người hay tài khoản nào tên “\(typed)”; người ghi được so theo tên, mã cán bộ hoặc tên đăng nhập. Xem người trong sổ bằng `clearledger person list`.",
            en:
              "The ledger has no person or account named “\(typed)”; recorders are matched by name, staff code or username. See the ledger's people with `clearledger person list`."
          ))
      }
    }
  }
}

/// One audit line in `--json`.
struct AuditJSON: Encodable {
  var position: Int64
  var stream: String
  var type: String
  var actor: String
  var effective: String
  var recorded: String
  var lagDays: Int
  var backdated: Bool
  var extendedAfterDeadline: Bool
  @ExplicitNull var retractedBy: Int64?
  /// The key id of the key that signed it; null when unsigned.
  @ExplicitNull var signer: String?
  /// True when recorded with a fixed clock (CLEARLEDGER_NOW).
  var fixedClock: Bool
  /// For an imported fact: when its source recorded it (the lag is measured from it).
  @ExplicitNull var sourceRecorded: String?
  /// For an imported fact: days from the source's recording to the import here.
  @ExplicitNull var importLagDays: Int?
  /// For an imported fact: the source, as the import named it.
  @ExplicitNull var source: String?
  /// For an imported fact: who recorded it in the source (their lag and backdating).
  @ExplicitNull var sourceActor: String?
  /// True when the event was changed behind the ledger's back (it no longer hashes as recorded).
  var altered: Bool
  /// True for an extension approved by someone the ledger records heading a unit, who headed
  /// none on the day it was granted.
  var approverOutOfOffice: Bool

  init(_ entry: AuditEntry) {
    position = entry.event.position
    stream = entry.event.stream.description
    type = entry.event.event.typeName
    actor = entry.event.actor
    effective = entry.happened.iso
    recorded = entry.event.recorded.isoUTC
    lagDays = entry.lagDays
    backdated = entry.backdated
    extendedAfterDeadline = entry.extendedAfterDeadline
    retractedBy = entry.retractedBy
    signer = entry.event.signer
    fixedClock = entry.event.fixedClock
    sourceRecorded = entry.sourceRecorded?.isoUTC
    importLagDays = entry.importLagDays
    source = entry.event.origin?.source
    sourceActor = entry.event.origin?.actor
    altered = entry.altered
    approverOutOfOffice = entry.approverAbsent != nil
  }
}
