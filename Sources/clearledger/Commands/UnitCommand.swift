import ArgumentParser
import LedgerCore
import LedgerJSON
import LedgerReports
import LedgerStore

/// `clearledger unit`: register units and see what each answers for.
struct UnitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unit",
    abstract: "Register units and see the tasks each leads and supports.",
    subcommands: [
      UnitAdd.self, UnitList.self, UnitViewCommand.self, UnitRename.self, UnitMerge.self,
      UnitDissolve.self,
    ])
}

/// `clearledger unit add NAME [--code CODE]`.
struct UnitAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Register a unit (phòng, ban, trung tâm…).",
    discussion: """
      The code is how commands name the unit; without --code it is made from the initials of \
      the name ("Phòng Văn hóa - Xã hội" → PVHXH). A name already registered under another \
      spelling (NFD, "hoá"/"hóa") is refused.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Argument(help: "The unit's full name, e.g. \"Phòng Văn hóa - Xã hội\".")
  var name: String

  @Option(help: ArgumentHelp("A short code, e.g. VHXH.", valueName: "code"))
  var code: String?

  @Flag(help: "Accept a name whose letters come from several scripts (e.g. Latin and Cyrillic).")
  var allowMixedScript = false

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(
        .registerUnit(name: name, code: code, allowMixedScript: allowMixedScript), environment,
        record)
    }
  }
}

/// `clearledger unit list`.
struct UnitList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List units in Vietnamese alphabetical order, with their heads.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let today = ledger.today()
      let units = try ledger.units().sorted {
        VietnameseText.areInIncreasingOrder($0.name, $1.name)
      }
      if environment.json {
        JSONOutput.print(units.map { UnitJSON($0, on: today) })
        return
      }
      let l = environment.language
      var table = TextTable(
        headers: [
          l.pick(vi: "Mã", en: "Code"), l.pick(vi: "Tên đơn vị", en: "Name"),
          l.pick(vi: "Người đứng đầu hiện nay", en: "Current head"),
        ])
      for unit in units {
        var head =
          unit.head(on: today).map { tenure in
            let acting =
              tenure.acting == true && !tenure.titleSaysActing
              ? l.pick(vi: ", quyền", en: ", acting") : ""
            return "\(tenure.person) (\(tenure.role)\(acting))"
          } ?? "—"
        if let closed = unit.closedOn, closed <= today {
          head =
            unit.mergedInto.map { l.pick(vi: "sáp nhập vào \($0)", en: "merged into \($0)") }
            ?? l.pick(vi: "đã giải thể", en: "dissolved")
          head += " (\(closed.display))"
        }
        table.rows.append([unit.code.rawValue, unit.name, head])
      }
      TerminalText.print(
        units.isEmpty ? l.pick(vi: "Chưa có đơn vị nào.", en: "No units yet.") : table.render())
    }
  }
}

/// A unit in `--json` output.
struct UnitJSON: Encodable {
  var code: String
  var name: String
  @ExplicitNull var currentHead: String?
  /// The day it was dissolved or merged, and the unit it joined.
  @ExplicitNull var closedOn: String?
  @ExplicitNull var mergedInto: String?
  var tenures: [TenureJSON]

  init(_ unit: UnitState, on day: LocalDate) {
    closedOn = unit.closedOn?.iso
    mergedInto = unit.mergedInto?.rawValue
    code = unit.code.rawValue
    name = unit.name
    currentHead = unit.head(on: day)?.person
    tenures = unit.tenures.map(TenureJSON.init)
  }
}

/// A tenure in `--json` output.
struct TenureJSON: Encodable {
  var unit: String
  var person: String
  var role: String
  var acting: Bool
  var from: String
  @ExplicitNull var until: String?

  init(_ tenure: Tenure) {
    acting = tenure.acting == true
    unit = tenure.unit.rawValue
    person = tenure.person
    role = tenure.role
    from = tenure.from.iso
    until = tenure.until?.iso
  }
}
