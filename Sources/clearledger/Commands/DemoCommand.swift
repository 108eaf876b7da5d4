import ArgumentParser
import Foundation
import LedgerCore
import LedgerStore

/// `clearledger demo`: the main job in one command, on the seed plan.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Build a ledger from the seed plan and a year of events, then show the views.",
    discussion: """
      Imports the 2026 plan of Chí Minh commune (shipped with the tool), records a plausible \
      year — appointments, a mid-year hand-over of the chair, reports, an extension, a \
      completion filed a week late, a completion done late, a correction — and prints the \
      five-clear check and the per-unit and per-head views as of 01/12/2026. Without --db the \
      ledger goes to a new file in a temporary folder; the path is printed so you can explore \
      it (`clearledger history PL1-I-1 --db PATH`).
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      let explicit = global.db ?? ProcessInfo.processInfo.environment["CLEARLEDGER_DB"]
      let path = explicit ?? Self.temporaryPath()
      guard let judged = LedgerClock.parseInstant(DemoYear.judgedOn) else {
        throw LedgerError.invalidClock(DemoYear.judgedOn)
      }
      let ledger = try Ledger.create(at: path, clock: .constant(judged))
      let count = try DemoYear.record(on: ledger)
      let board = try ledger.with(clock: .constant(judged)).board()
      let l = environment.language
      if environment.json {
        JSONOutput.print(
          DemoJSON(
            db: path, events: count, check: CheckJSON(FiveClearCheck(board: board), day: board.day),
            units: board.unitViews().map(UnitViewJSON.init),
            heads: board.headViews().map(HeadViewJSON.init)))
        return
      }
      print(
        l.pick(
          vi: "Đã dựng sổ mẫu \(path): \(count) sự kiện từ kế hoạch mẫu và một năm thực hiện.",
          en:
            "Built the demo ledger \(path): \(count) events from the seed plan and a year of work.")
      )
      print("")
      print(CheckText(language: l, day: board.day).render(FiveClearCheck(board: board)))
      let text = BoardText(language: l, day: board.day)
      print("")
      print(l.pick(vi: "== Theo đơn vị ==", en: "== By unit =="))
      print(
        board.unitViews().filter { !$0.led.isEmpty || !$0.supported.isEmpty }.map(text.unit).joined(
          separator: "\n\n"))
      print("")
      print(l.pick(vi: "== Theo người đứng đầu ==", en: "== By head of unit =="))
      print(board.headViews().filter { !$0.tasks.isEmpty }.map(text.head).joined(separator: "\n\n"))
    }
  }

  static func temporaryPath() -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("clearledger-demo-\(UUID().uuidString.prefix(8))")
      .appendingPathExtension("sqlite").path
  }
}

/// `demo --json`.
struct DemoJSON: Encodable {
  var db: String
  var events: Int
  var check: CheckJSON
  var units: [UnitViewJSON]
  var heads: [HeadViewJSON]
}
