/// Help for a command in Vietnamese, laid out as swift-argument-parser lays out its own:
/// summary, details, usage, arguments, options and subcommands, texts from `HelpCatalog`.
struct VietnameseHelp {
  let tree: CommandTree
  /// Where the description column starts, and the width text is wrapped to.
  let labelWidth = 26
  let width = 80

  /// The help of the command at `path` (empty for `clearledger`).
  func render(_ command: CommandTree.Command, path: [String]) -> String {
    let key = path.joined(separator: " ")
    var sections: [String] = []
    if let abstract = HelpCatalog.commands[key] ?? HelpCatalog.followUpCommands[key]
      ?? command.abstract
    {
      sections.append(wrap("TÓM TẮT: " + abstract, indent: 0))
    }
    if let details = HelpCatalog.discussions[key] {
      sections.append(
        details.split(separator: "\n", omittingEmptySubsequences: false)
          .map { $0.hasPrefix(" ") ? String($0) : wrap(String($0), indent: 0) }
          .joined(separator: "\n"))
    }
    sections.append(wrap("CÁCH DÙNG: " + usage(command, path: path), indent: 0))
    let shown = command.shownArguments
    let positional = shown.filter { $0.kind == "positional" && $0.abstract?.isEmpty == false }
    if !positional.isEmpty {
      sections.append("ĐỐI SỐ:\n" + positional.map { row($0, key) }.joined(separator: "\n"))
    }
    let options = shown.filter { $0.kind != "positional" }
    if !options.isEmpty {
      sections.append("TÙY CHỌN:\n" + options.map { row($0, key) }.joined(separator: "\n"))
    }
    let subcommands = command.shownSubcommands
    if !subcommands.isEmpty {
      let rows = subcommands.map { sub in
        let subKey = (path + [sub.commandName]).joined(separator: " ")
        return entry(
          sub.commandName,
          HelpCatalog.commands[subKey] ?? HelpCatalog.followUpCommands[subKey] ?? sub.abstract ?? ""
        )
      }
      let root = (["clearledger"] + path).joined(separator: " ")
      sections.append(
        "LỆNH CON:\n" + rows.joined(separator: "\n") + "\n\n"
          + "  Xem '\(root) help <lệnh-con>' để biết chi tiết về một lệnh con.")
    }
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// "clearledger task assign [<tùy-chọn>] <title> --lead <unit> …".
  func usage(_ command: CommandTree.Command, path: [String]) -> String {
    let name = (["clearledger"] + path).joined(separator: " ")
    let shown = command.shownArguments.filter { $0.key != "--help" }
    if shown.isEmpty, !command.shownSubcommands.isEmpty { return name + " <lệnh-con>" }
    let required = shown.filter { !$0.isOptional || $0.kind == "positional" }.map(\.synopsis)
    let optional = shown.contains { $0.isOptional && $0.kind != "positional" }
    return ([name] + (optional ? ["[<tùy-chọn>]"] : []) + required).joined(separator: " ")
  }

  /// One argument's line: its label, then its Vietnamese help.
  private func row(_ argument: CommandTree.Argument, _ path: String) -> String {
    let english = argument.abstract ?? ""
    var text =
      HelpCatalog.argument(path: path, name: argument.key, english: english) ?? english
    if let value = argument.defaultValue, !value.isEmpty, argument.kind == "option" {
      text += " (mặc định: \(value))"
    }
    return entry(argument.label, text)
  }

  /// A label and its text, the text in the column after the label.
  private func entry(_ label: String, _ text: String) -> String {
    let start = "  " + label
    let body = wrap(text, indent: labelWidth)
    let bodyText = String(body.dropFirst(labelWidth))
    if start.count < labelWidth - 1 {
      return start + String(repeating: " ", count: labelWidth - start.count) + bodyText
    }
    return start + "\n" + body
  }

  /// Text wrapped at word boundaries to `width`, every line indented by `indent`.
  func wrap(_ text: String, indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, pad.count + line.count + 1 + word.count > width {
        lines.append(pad + line)
        line = String(word)
      } else {
        line += (line.isEmpty ? "" : " ") + word
      }
    }
    lines.append(pad + line)
    return lines.joined(separator: "\n")
  }
}
