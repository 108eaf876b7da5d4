import ArgumentParser
import Foundation
import LedgerCore
import LedgerWeb

/// Runs a command body, turning ledger errors into a message and an exit status.
///
/// On standard error: 1 refused by a rule, 3 someone else wrote first, 4 the ledger file (or
/// the output) cannot be used. Output is checked once the body is done: a failed write is an
/// error.
enum CommandRunner {
  static func run(_ options: GlobalOptions, _ body: (LedgerEnvironment) throws -> Void) throws {
    // An environment that does not read (a bad CLEARLEDGER_NOW) is told in the language the
    // environment would have chosen (trial: English under CLEARLEDGER_LANG=vi).
    let fallback = LedgerEnvironment.language(options.lang, ProcessInfo.processInfo.environment)
    do {
      let environment = try LedgerEnvironment(options)
      do {
        try body(environment)
        try StandardOutput.finish()
      } catch let error as LedgerError {
        report(error, language: environment.language, json: environment.json)
        throw ExitCode(error.category.rawValue)
      } catch let failure as WebFailure {
        // A signed write refused by the rules of office the web applies (`checkOffice`): a
        // rule refused it, exit 1, with the web's code.
        report(
          code: failure.code, message: failure.message(environment.language),
          json: environment.json)
        throw ExitCode(1)
      }
    } catch let error as LedgerError {
      report(error, language: fallback, json: options.json)
      throw ExitCode(error.category.rawValue)
    }
  }

  static func report(
    _ error: LedgerError, language: Language, json: Bool, message custom: String? = nil
  ) {
    report(code: error.code.rawValue, message: custom ?? error.message(language), json: json)
  }

  /// Writes a refusal's message (or, with `json`, its code and message) on standard error.
  static func report(code: String, message: String, json: Bool) {
    let text: String
    if json {
      let object = ErrorJSON(error: .init(code: code, message: message))
      text = JSONOutput.string(object)
    } else {
      // A name or path echoed from the input cannot drive the terminal (`TerminalText`).
      text = "clearledger: " + TerminalText.escaped(message)
    }
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  private struct ErrorJSON: Encodable {
    struct Body: Encodable {
      var code: String
      var message: String
    }
    var error: Body
  }
}
