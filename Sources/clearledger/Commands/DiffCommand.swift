import ArgumentParser
import Foundation
import LedgerCore
import LedgerJSON
import LedgerStore

/// `clearledger diff --known-at T1 --known-at T2`: what the ledger's picture gained between two
/// moments, and which events changed it.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what changed in the picture between two moments, and which events did it.",
    discussion: """
      Both pictures are of the same day (--as-of, default today); they differ only in what the \
      ledger knew. A completion filed late shows up here as the event that turned "overdue" \
      into "completed on time".

      Example: clearledger diff --known-at 01/07/2026 --known-at 10/07/2026 --as-of 30/06/2026
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    name: .customLong("known-at"),
    help: ArgumentHelp(
      "A moment (instant, or a day meaning its end); give it twice.", valueName: "time"))
  var moments: [String] = []

  @Option(help: ArgumentHelp("The day both pictures show. Default: today.", valueName: "date"))
  var asOf: String?

  func validate() throws {
    guard moments.count == 2 else {
      throw ValidationError("Give --known-at twice: the earlier moment, then the later one.")
    }
  }

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let zone = ledger.timeZone
      let first = try environment.instant(moments[0], timeZone: zone)
      let second = try environment.instant(moments[1], timeZone: zone)
      let (from, to) = first <= second ? (first, second) : (second, first)
      let day = try environment.date(asOf)
      let before = try ledger.board(asOf: day, knownAt: from)
      let after = try ledger.board(asOf: day, knownAt: to)
      let diff = BoardDiff(from: before, to: after)
      // The facts learned between the moments: imported ones count from their source's time.
      let (knownBefore, knownAfter) = (try ledger.known(at: from), try ledger.known(at: to))
      var causes: [TaskID: [HistoryEntry]] = [:]
      for change in diff.changes {
        // The task's own events learnt between the moments, and those of the units it
        // concerns (an appointment or its correction changes who answers; trial: such a
        // change listed no event).
        let views = [change.before, change.after].compactMap { $0 }
        let units = Set(
          views.flatMap { [$0.lead, $0.roleUnit] + ($0.headUnit.map { [$0] } ?? []) })
        var entries = try ledger.history(of: .task(change.id))
        for unit in units.sorted() { entries += try ledger.history(of: .unit(unit)) }
        var seen = Set<Int64>()
        causes[change.id] = entries.filter {
          knownAfter.contains($0.event.position) && !knownBefore.contains($0.event.position)
            && seen.insert($0.event.position).inserted
        }.sorted { $0.event.position < $1.event.position }
      }
      if environment.json {
        JSONOutput.print(
          DiffJSON(asOf: after.day, from: from, to: to, diff: diff, causes: causes))
        return
      }
      let l = environment.language
      print(
        l.pick(
          vi:
            "Tình hình ngày \(after.day.display): biết lúc \(Clock.display(from, in: zone)) so với lúc \(Clock.display(to, in: zone))",
          en:
            "The picture of \(after.day.display): as known at \(Clock.display(from, in: zone)) and at \(Clock.display(to, in: zone))"
        ))
      guard !diff.changes.isEmpty else {
        print(l.pick(vi: "Không có gì thay đổi.", en: "Nothing changed."))
        return
      }
      let phrase = EventPhrase(language: l, timeZone: zone, titles: try ledger.taskTitles())
      func describe(_ view: TaskView?) -> String {
        guard let view else { return l.pick(vi: "(chưa có)", en: "(not there)") }
        return view.bucket.label(l)
      }
      for change in diff.changes {
        print("")
        TerminalText.print("\(change.id)  \(describe(change.before)) → \(describe(change.after))")
        // What else changed on the line: the lead, who answers, the deadline (trial: "overdue
        // → overdue" said nothing of the head who changed).
        if change.before != nil, change.after != nil {
          for (part, old, new) in diff.parts(of: change) where part != .bucket {
            TerminalText.print("  " + DiffPartText.line(part, old ?? "", new ?? "", l))
          }
        }
        for entry in causes[change.id] ?? [] {
          TerminalText.print("  " + phrase.line(entry))
        }
      }
    }
  }
}

/// `diff --json`.
struct DiffJSON: Encodable {
  struct Side: Encodable {
    var status: String
    var bucket: String
    @ExplicitNull var due: String?
    var leadUnit: String
    @ExplicitNull var headPerson: String?
  }
  struct Change: Encodable {
    var task: String
    @ExplicitNull var before: Side?
    @ExplicitNull var after: Side?
    /// The parts that differ: status, bucket, due, lead, head, lead_unit_head, completed_on.
    var changed: [String]
    var events: [EventJSON]
  }
  var asOf: String
  var from: String
  var to: String
  var changes: [Change]

  init(asOf: LocalDate, from: Date, to: Date, diff: BoardDiff, causes: [TaskID: [HistoryEntry]]) {
    self.asOf = asOf.iso
    self.from = from.isoUTC
    self.to = to.isoUTC
    func side(_ view: TaskView?) -> Side? {
      view.map {
        Side(
          status: $0.task.status.rawValue, bucket: $0.bucket.rawValue,
          due: $0.task.deadline.fixedDate?.iso, leadUnit: $0.task.leadUnit.rawValue,
          headPerson: $0.headPerson)
      }
    }
    changes = diff.changes.map { change in
      Change(
        task: change.id.rawValue, before: side(change.before), after: side(change.after),
        changed: diff.parts(of: change).map(\.part.rawValue),
        events: (causes[change.id] ?? []).map(EventJSON.init))
    }
  }
}
