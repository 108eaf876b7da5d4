import LedgerCore

/// A word where a command line names a subcommand that is none of them, such as
/// `clearledger stauts` or `clearledger task asign`, and the command it most likely meant.
///
/// swift-argument-parser says only "Unexpected argument 'stauts'"; a clerk who mistyped a
/// command is better told that the word is not a command, which one was probably meant, and
/// which commands there are.
struct UnknownCommand {
  /// The word typed.
  let word: String
  /// The path of the command whose subcommand it should have named ("task"), empty for the root.
  let path: [String]
  /// That command's subcommands, as shown in its help.
  let choices: [String]
  /// The nearest choice, when one is close enough to be a slip (two letters, or a prefix).
  let suggestion: String?

  /// The unknown subcommand a command line names, nil when every word names one or the
  /// command reached takes no subcommands.
  ///
  /// Only the words before the first option count: after it, a word may be an option's value.
  init?(arguments: [String], tree: CommandTree) {
    var words = Array(arguments.prefix { !$0.hasPrefix("-") })
    if words.first == "help" { words.removeFirst() }
    let (command, path) = tree.command(for: words)
    let choices = command.shownSubcommands.map(\.commandName)
    guard !choices.isEmpty, words.count > path.count else { return nil }
    let word = words[path.count]
    guard !(command.subcommands ?? []).contains(where: { $0.commandName == word }) else {
      return nil
    }
    self.word = word
    self.path = path
    self.choices = choices
    let typed = word.lowercased()
    let nearest = choices.map { (name: $0, distance: Self.distance(typed, $0)) }
      .min { $0.distance < $1.distance }
    if let nearest, nearest.distance <= 2 {
      suggestion = nearest.name
    } else {
      suggestion = choices.first { typed.count >= 3 && $0.hasPrefix(typed) }
    }
  }

  /// What to tell the user, in their language.
  func message(_ language: Language) -> String {
    let command = (["clearledger"] + path).joined(separator: " ")
    if let suggestion {
      return language.pick(
        vi: "'\(word)' không phải là lệnh của \(command). Có phải ý bạn là '\(suggestion)'?",
        en: "'\(word)' is not a command of \(command). Did you mean '\(suggestion)'?")
    }
    let list = choices.joined(separator: ", ")
    return language.pick(
      vi: "'\(word)' không phải là lệnh của \(command). Các lệnh: \(list).",
      en: "'\(word)' is not a command of \(command). The commands are: \(list).")
  }

  /// The edit distance between two words (insertions, deletions, substitutions, and swaps of
  /// two neighbouring letters, each counting one).
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
