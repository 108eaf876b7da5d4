import ArgumentParser
import LedgerCore
import LedgerStore

/// `clearledger unit rename UNIT NEW_NAME [--on DATE] [--decision NUMBER]`.
struct UnitRename: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rename",
    abstract: "Record a unit's new name from a date; views of earlier days keep the old one.",
    discussion: """
      The unit keeps its code, tasks and heads. Views as of a day before the rename (--as-of) \
      and the history show the name it bore then.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Argument(help: "The unit, by code or name.")
  var unit: String

  @Argument(help: "The unit's new full name.")
  var newName: String

  @Option(help: ArgumentHelp("The decision renaming it.", valueName: "number"))
  var decision: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(
        .renameUnit(unit: unit, name: newName, decision: decision), environment, record)
    }
  }
}

/// `clearledger unit merge UNIT --into OTHER [--on DATE] [--decision NUMBER] [--due DATE]`.
struct UnitMerge: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge a unit into another from a date; its open tasks move to that unit.",
    discussion: """
      In one transaction each open task the unit leads is handed to the other unit (as \
      `task reassign` does: blame already fixed at a passed deadline stays with the old unit), \
      then the unit ends. A task whose deadline has passed takes --due as the new lead's own \
      deadline (default: the merge day). History and views of earlier days keep the old unit \
      under its old name. A unit registered by mistake is removed this way.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Argument(help: "The unit that ends, by code or name.")
  var unit: String

  @Option(help: ArgumentHelp("The unit it joins, by code or name.", valueName: "unit"))
  var into: String

  @Option(help: ArgumentHelp("The decision merging it.", valueName: "number"))
  var decision: String?

  @Option(
    help: ArgumentHelp(
      "The new lead's deadline for tasks whose deadline has passed. Default: the merge day.",
      valueName: "date"))
  var due: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.openLedger()
      let events = try ledger.mergeUnit(
        unit, into: into, decision: decision, actor: environment.actor,
        effective: try environment.date(record.on), due: try environment.date(due))
      for event in events { try Recorder.report(event, ledger: ledger, environment) }
    }
  }
}

/// `clearledger unit dissolve UNIT [--on DATE] [--decision NUMBER]`.
struct UnitDissolve: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dissolve",
    abstract: "Record that a unit was dissolved; refused while it leads open tasks.",
    discussion: """
      Hand its open tasks over first (task reassign), or merge it into another unit (unit \
      merge). Its history and its name in views of earlier days stay.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Argument(help: "The unit, by code or name.")
  var unit: String

  @Option(help: ArgumentHelp("The decision dissolving it.", valueName: "number"))
  var decision: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(.dissolveUnit(unit: unit, decision: decision), environment, record)
    }
  }
}
