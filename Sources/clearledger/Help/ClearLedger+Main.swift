import ArgumentParser
import Foundation
import LedgerCore

extension ClearLedger {
  /// Parses and runs a command, saying help and command-line errors in the user's language.
  ///
  /// As swift-argument-parser does, but in the user's language: Vietnamese when `--lang vi`, `CLEARLEDGER_LANG` or a
  /// Vietnamese `LANG` asks for it (`--lang en` keeps the parser's English), and a command-line
  /// error as a JSON error object (code `usage`, exit 64) with `--json`. A `hub` command's
  /// session is opened first, while the command line is read (`EarlyHubSession`).
  static func main() async {
    EarlyHubSession.start(arguments: CommandLine.arguments)
    let arguments = Array(CommandLine.arguments.dropFirst())
    let line = CommandLineLanguage(
      arguments: arguments, variables: ProcessInfo.processInfo.environment)
    var command: any ParsableCommand
    do {
      command = try await asyncParseAsRoot(Self.parsed(arguments))
    } catch {
      line.exit(error)
    }
    if String(describing: type(of: command)) == "HelpCommand", line.language == .vi {
      line.printHelp()
      Foundation.exit(0)
    }
    do {
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      line.exit(error)
    }
  }
}

extension ClearLedger {
  /// The words the parser is given: `help …` takes no option, so its `--lang` (read by
  /// `CommandLineLanguage`) is left out (trial: `help hub units --lang vi` was a usage error).
  static func parsed(_ arguments: [String]) -> [String] {
    guard arguments.first == "help" else { return arguments }
    var kept: [String] = []
    var index = 0
    while index < arguments.count {
      if arguments[index] == "--lang" {
        index += 2
        continue
      }
      if !arguments[index].hasPrefix("--lang=") { kept.append(arguments[index]) }
      index += 1
    }
    return kept
  }
}

/// A command line, and the language and form its help and errors are said in.
struct CommandLineLanguage {
  let arguments: [String]
  let language: Language
  /// `--json` was given: errors are JSON objects.
  let json: Bool

  init(arguments: [String], variables: [String: String]) {
    self.arguments = arguments
    var explicit: Language?
    for (index, word) in arguments.enumerated() {
      if word == "--lang", index + 1 < arguments.count {
        explicit = Language(rawValue: arguments[index + 1]) ?? explicit
      } else if word.hasPrefix("--lang=") {
        explicit = Language(rawValue: String(word.dropFirst("--lang=".count))) ?? explicit
      }
    }
    language = LedgerEnvironment.language(explicit, variables)
    json = arguments.contains("--json")
  }

  /// Ends the program for an error of parsing or running: help in the user's language, a
  /// command-line error in words or JSON, anything else as the parser does.
  func exit(_ error: any Error) -> Never {
    let code = ClearLedger.exitCode(for: error)
    let other = ["--version", "--experimental-dump-help", "--generate-completion-script"]
    if code == .success, language == .vi, !ClearLedger.fullMessage(for: error).isEmpty,
      !arguments.contains(where: { word in other.contains { word.hasPrefix($0) } })
    {
      printHelp()
      Foundation.exit(0)
    }
    let unknown =
      code == .validationFailure
      ? CommandTree.load().flatMap { UnknownCommand(arguments: arguments, tree: $0) } : nil
    guard code == .validationFailure, json || language == .vi || unknown != nil else {
      if code == .validationFailure, let tree = CommandTree.load() {
        let text = UsageErrorText.asTyped(
          ClearLedger.fullMessage(for: error), found: tree.command(for: arguments))
        FileHandle.standardError.write(Data((text + "\n").utf8))
        Foundation.exit(code.rawValue)
      }
      ClearLedger.exit(withError: error)
    }
    let english = ClearLedger.message(for: error)
    let message =
      unknown?.message(language)
      ?? (language == .vi ? UsageErrorText.vietnamese(english) : english)
    let text: String
    if json {
      text = JSONOutput.string(ErrorJSON(error: .init(code: "usage", message: message)))
    } else {
      let tree = CommandTree.load()
      let found = tree?.command(for: arguments)
      let path = (["clearledger"] + (found?.path ?? [])).joined(separator: " ")
      // A group run by its default subcommand (`evaluate` → `evaluate report`): that
      // subcommand's usage, under the name typed.
      let full = ClearLedger.fullMessage(for: error)
      let ran = found?.command.subcommands?.first {
        full.contains("Usage: \(path) \($0.commandName) ")
      }
      let usage = tree.flatMap { tree in
        found.map { VietnameseHelp(tree: tree).usage(ran ?? $0.command, path: $0.path) }
      }
      if language == .vi {
        text =
          "Lỗi: \(message)\n" + (usage.map { "Cách dùng: \($0)\n" } ?? "")
          + "  Xem '\(path) --help' để biết thêm."
      } else {
        text = "Error: \(message)\n  See '\(path) --help' for more information."
      }
    }
    FileHandle.standardError.write(Data((text + "\n").utf8))
    Foundation.exit(code.rawValue)
  }

  /// Prints the Vietnamese help of the command the arguments name.
  func printHelp() {
    guard let tree = CommandTree.load() else { return }
    let (command, path) = tree.command(for: arguments)
    FileHandle.standardOutput.write(
      Data(VietnameseHelp(tree: tree).render(command, path: path).utf8))
  }

  private struct ErrorJSON: Encodable {
    struct Body: Encodable {
      var code: String
      var message: String
    }
    var error: Body
  }
}
