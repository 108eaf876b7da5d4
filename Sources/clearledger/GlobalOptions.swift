import ArgumentParser
import LedgerCore

/// Options every subcommand takes: which ledger, who is recording, and how to answer.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The ledger file. Default: $CLEARLEDGER_DB, else ./clearledger.sqlite.",
      valueName: "path"))
  var db: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Who is recording (kept on every event). Default: $CLEARLEDGER_ACTOR, else your login name.",
      valueName: "name"))
  var actor: String?

  @Flag(name: .long, help: "Answer in JSON for programs instead of text for people.")
  var json = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Language of text output: vi or en. Default: $CLEARLEDGER_LANG, else vi if $LANG is Vietnamese, else en.",
      valueName: "vi|en"))
  var lang: Language?
}

extension Language: ExpressibleByArgument {}
