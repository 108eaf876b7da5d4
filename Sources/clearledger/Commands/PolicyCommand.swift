import ArgumentParser
import LedgerCore
import LedgerStore

/// `clearledger policy`: rules the ledger holds itself to from then on.
struct PolicyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy",
    abstract: "Adopt a rule for every later write (recorded as an event, never undone).",
    subcommands: [PolicyRequireSignatures.self, PolicyFixedClock.self])
}

/// `clearledger policy require-signatures`.
struct PolicyRequireSignatures: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "require-signatures",
    abstract: "From now on refuse every unsigned write (sign with --key or CLEARLEDGER_KEY).",
    discussion: """
      The adoption itself is signed (--key): its signer keeps the keys. From then on a \
      person's key is registered or revoked only with that person's own key or the keeper's.
        clearledger policy require-signatures --key chu-tich.key
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(.adoptPolicy(.requireSignatures), environment, record)
    }
  }
}

/// `clearledger policy fixed-clock off`.
struct PolicyFixedClock: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fixed-clock",
    abstract: "`off`: from now on refuse writes made with a fixed clock (CLEARLEDGER_NOW).",
    discussion: """
      Tests, the demo and training ledgers fix the clock with CLEARLEDGER_NOW; a real ledger \
      should not, since a fixed clock lets a clerk choose the recorded time. Every event \
      recorded with it is marked, and `audit` shows the mark.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Argument(help: "off")
  var setting: String

  func validate() throws {
    guard setting == "off" else {
      throw ValidationError("The only setting is `off`: a rule once adopted is never undone.")
    }
  }

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(.adoptPolicy(.refuseFixedClock), environment, record)
    }
  }
}
