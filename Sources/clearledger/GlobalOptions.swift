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

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Sign what is recorded with this key file (from `key new`): the event is recorded as the key's person. Default: $CLEARLEDGER_KEY. A sealed file's passphrase is read from $CLEARLEDGER_KEY_PASSPHRASE.",
      valueName: "file"))
  var key: String?

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
