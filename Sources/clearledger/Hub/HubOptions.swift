import ArgumentParser
import Foundation
import LedgerCore
import LedgerHub

/// Options every `hub` subcommand takes: which hub, and how to answer.
struct HubOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The hub's PostgreSQL database, as postgres://user[:password]@host[:port]/database. Default: $CLEARLEDGER_HUB_URL.",
      valueName: "url"))
  var postgres: String?

  @Flag(name: .long, help: "Answer in JSON for programs instead of text for people.")
  var json = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Language of text output: vi or en. Default: $CLEARLEDGER_LANG, else vi if $LANG is Vietnamese, else en.",
      valueName: "vi|en"))
  var lang: Language?

  /// The ledger options these amount to (language, JSON, the clock).
  func global() throws -> GlobalOptions {
    var arguments: [String] = []
    if json { arguments.append("--json") }
    if let lang { arguments += ["--lang", lang.rawValue] }
    return try GlobalOptions.parse(arguments)
  }

  /// The hub's address, from `--postgres` or `CLEARLEDGER_HUB_URL`; `hubAddressMissing`
  /// when neither gives one.
  func address(variables: [String: String] = ProcessInfo.processInfo.environment) throws
    -> HubAddress
  {
    guard let url = url(variables: variables) else { throw LedgerError.hubAddressMissing }
    return try HubAddress(url: url)
  }

  /// The hub's address as written, from `--postgres` or `CLEARLEDGER_HUB_URL`; nil when
  /// neither gives one.
  func url(variables: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    Self.url(given: postgres, variables: variables)
  }

  /// The address `--postgres` gives, else the variable's; an empty one is not given (trial:
  /// `--postgres ""` hid the variable and said none was set).
  static func url(given: String?, variables: [String: String]) -> String? {
    (given.flatMap { $0.isEmpty ? nil : $0 } ?? variables["CLEARLEDGER_HUB_URL"])
      .flatMap { $0.isEmpty ? nil : $0 }
  }
}
