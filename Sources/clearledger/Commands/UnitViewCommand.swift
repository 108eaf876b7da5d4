import ArgumentParser
import LedgerCore
import LedgerStore

/// `clearledger unit view [UNIT]`: per unit, the tasks it leads and supports, by bucket.
struct UnitViewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "view",
    abstract: "Show, per unit, the tasks it leads and supports, counted by tracker bucket.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var time: TimeOptions

  @Argument(help: "One unit, by code or name. Default: every unit.")
  var unit: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let board = try time.board(ledger, environment)
      var views = board.unitViews()
      if let unit {
        guard let found = try ledger.unit(named: unit) else {
          throw LedgerError.unknownUnit(unit, among: try ledger.units())
        }
        views = views.filter { $0.unit.code == found.code }
      }
      if environment.json {
        JSONOutput.print(views.map(UnitViewJSON.init))
        return
      }
      let render = BoardText(
        language: environment.language, day: board.day, knownAt: time.knownAtShown)
      TerminalText.print(
        ([render.knownAtLine].compactMap { $0 } + views.map(render.unit)).joined(
          separator: "\n\n"))
    }
  }
}

/// A unit's view in `--json` output.
struct UnitViewJSON: Encodable {
  var code: String
  var name: String
  var led: [String: Int]
  var supported: [String: Int]
  var ledTasks: [String]
  var supportedTasks: [String]

  init(_ view: LedgerCore.UnitView) {
    code = view.unit.code.rawValue
    name = view.unit.name
    led = BucketCounts.json(view.led)
    supported = BucketCounts.json(view.supported)
    ledTasks = view.led.map(\.task.id.rawValue)
    supportedTasks = view.supported.map(\.task.id.rawValue)
  }
}

/// Counts per bucket with every bucket present, for JSON.
enum BucketCounts {
  static func json(_ tasks: [TaskView]) -> [String: Int] {
    let counts = tasks.countByBucket()
    return Dictionary(uniqueKeysWithValues: Bucket.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
  }
}
