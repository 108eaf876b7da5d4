import ArgumentParser
import Foundation

/// The command line's commands and arguments as the parser itself describes them
/// (`_dumpHelp`, the ToolInfo JSON), so that help in another language shows exactly what the
/// parser accepts.
struct CommandTree: Decodable {
  /// One command: its name, summary, details, arguments and subcommands.
  struct Command: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var arguments: [Argument]?
    var subcommands: [Command]?

    /// The subcommands a user sees.
    var shownSubcommands: [Command] { (subcommands ?? []).filter { $0.shouldDisplay ?? true } }
    /// The arguments a user sees.
    var shownArguments: [Argument] { (arguments ?? []).filter { $0.shouldDisplay } }
  }

  /// One argument: a positional value, an option with a value, or a flag.
  struct Argument: Decodable {
    var kind: String
    var names: [Name]?
    var preferredName: Name?
    var valueName: String?
    var abstract: String?
    var isOptional: Bool
    var isRepeating: Bool
    var shouldDisplay: Bool
    var defaultValue: String?

    /// "--due", "-h", or "<title>" for a positional argument: its key in `HelpCatalog`.
    var key: String {
      guard kind != "positional", let name = preferredName else { return "<\(valueName ?? "")>" }
      return name.written
    }

    /// How help shows it: "-h, --help", "--due <date>", "<title>".
    var label: String {
      guard kind != "positional" else { return "<\(valueName ?? "")>" }
      let written = (names ?? preferredName.map { [$0] } ?? []).map(\.written)
        .joined(separator: ", ")
      return kind == "option" ? "\(written) <\(valueName ?? "")>" : written
    }

    /// How the usage line shows it: "--lead <unit>", "[<person>]", "<unit> ...".
    var synopsis: String {
      var text: String
      if kind == "positional" {
        text = "<\(valueName ?? "")>"
      } else {
        let name = preferredName?.written ?? ""
        text = kind == "option" ? "\(name) <\(valueName ?? "")>" : name
      }
      if isRepeating { text += " ..." }
      return isOptional ? "[\(text)]" : text
    }
  }

  /// An argument's name: `--due` (long), `-h` (short).
  struct Name: Decodable {
    var kind: String
    var name: String

    var written: String { (kind == "short" ? "-" : "--") + name }
  }

  var command: Command

  /// The tree of `clearledger`.
  static func load() -> CommandTree? {
    try? JSONDecoder().decode(CommandTree.self, from: Data(ClearLedger._dumpHelp().utf8))
  }

  /// The command a command line names, and its path ("task assign"): the leading words that
  /// name subcommands, options skipped (`clearledger help task assign` names `task assign`).
  func command(for arguments: [String]) -> (command: Command, path: [String]) {
    var words = arguments
    if words.first == "help" { words.removeFirst() }
    var current = command
    var path: [String] = []
    for word in words {
      if word.hasPrefix("-") { continue }
      guard let next = (current.subcommands ?? []).first(where: { $0.commandName == word }) else {
        break
      }
      current = next
      path.append(word)
    }
    return (current, path)
  }

  /// Every command with its path, the root first.
  var all: [(path: [String], command: Command)] {
    func walk(_ command: Command, _ path: [String]) -> [([String], Command)] {
      [(path, command)]
        + (command.subcommands ?? []).flatMap { walk($0, path + [$0.commandName]) }
    }
    return walk(command, []).map { (path: $0.0, command: $0.1) }
  }
}
