import Foundation
import LedgerTestSupport
import Testing

/// `--help` and command-line errors in the user's language: every command and every argument
/// it shows has its Vietnamese text; `--lang en` keeps the parser's English; `--json` turns a
/// command-line error into a JSON error object.
@Suite("Help and command-line errors in Vietnamese")
struct HelpLanguageCLITests {
  /// The parser's own description of every command (its ToolInfo JSON).
  struct Tree: Decodable {
    struct Command: Decodable {
      var commandName: String
      var abstract: String?
      var discussion: String?
      var shouldDisplay: Bool?
      var arguments: [Argument]?
      var subcommands: [Command]?
    }
    struct Argument: Decodable {
      var kind: String
      var names: [Name]?
      var valueName: String?
      var abstract: String?
      var shouldDisplay: Bool
    }
    struct Name: Decodable {
      var kind: String
      var name: String
    }
    var command: Command
  }

  func vietnamese() throws -> CLIRunner {
    var cli = try CLIRunner()
    cli.environment["CLEARLEDGER_LANG"] = "vi"
    return cli
  }

  /// The text of the help row whose label is `label`, continuation lines joined.
  func row(_ label: String, in help: String) -> String? {
    let lines = help.components(separatedBy: "\n")
    guard
      let start = lines.firstIndex(where: {
        $0 == "  " + label || $0.hasPrefix("  " + label + "  ")
      })
    else { return nil }
    var parts = [String(lines[start].dropFirst(2 + label.count))]
    for line in lines[(start + 1)...] {
      guard line.hasPrefix(String(repeating: " ", count: 26)), !line.hasPrefix("  -") else { break }
      parts.append(line)
    }
    return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  /// The details of a help: the text between the summary and the usage line, or "".
  func details(in help: String) -> String {
    guard let summaryEnd = help.range(of: "\n\n"),
      let usage = help.range(of: "CÁCH DÙNG: ", range: summaryEnd.upperBound..<help.endIndex)
    else { return "" }
    return String(help[summaryEnd.upperBound..<usage.lowerBound])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Text with its shell line continuations joined and its runs of white space made one space,
  /// so that a command reads the same however it is wrapped.
  func flattened(_ text: String) -> String {
    text.replacingOccurrences(of: "\\\n", with: " ")
      .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// The commands an English discussion gives as examples: its indented lines and the text
  /// after "Example: ", each flattened.
  func examples(in discussion: String) -> [String] {
    discussion.replacingOccurrences(of: "\\\n", with: " ").components(separatedBy: "\n")
      .compactMap { line in
        if line.hasPrefix(" ") { return flattened(line) }
        if line.hasPrefix("Example: ") { return flattened(String(line.dropFirst(9))) }
        return nil
      }
  }

  @Test(
    "Every command with details in English has them in Vietnamese, with the same examples, wrapped"
  )
  func everyDiscussionTranslated() throws {
    let cli = try vietnamese()
    let dump = try cli("--experimental-dump-help")
    let tree = try JSONDecoder().decode(Tree.self, from: Data(dump.output.utf8))
    var withDetails: Set<String> = []
    func walk(_ command: Tree.Command, _ path: [String]) throws {
      let name = path.joined(separator: " ")
      let help = try cli.run(path + ["--help"])
      #expect(help.status == 0, "\(path)")
      let shown = details(in: help.output)
      if let english = command.discussion, !english.isEmpty {
        withDetails.insert(name)
        #expect(!shown.isEmpty, "no Vietnamese details for `clearledger \(name)`")
        let opening = flattened(english.components(separatedBy: "\n")[0]).prefix(40)
        #expect(
          !flattened(shown).contains(opening), "English details for `clearledger \(name)`")
        for example in examples(in: english) {
          #expect(
            flattened(shown).contains(example),
            "`clearledger \(name)`: the example “\(example)” is not in\n\(shown)")
        }
        for line in shown.components(separatedBy: "\n") where !line.hasPrefix(" ") {
          #expect(line.count <= 80, "`clearledger \(name)`: not wrapped: \(line)")
        }
      } else {
        #expect(shown.isEmpty, "details for `clearledger \(name)`, which has none in English")
      }
      // `clearledger help --help` is the help of `clearledger` itself
      for sub in command.subcommands ?? [] where sub.commandName != "help" {
        try walk(sub, path + [sub.commandName])
      }
    }
    try walk(tree.command, [])
    #expect(withDetails.count >= 40)
    // The catalog holds details only for commands that have some: none is left behind
    let catalog = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent(
        "Sources/clearledger/Help/HelpCatalog+Discussions.swift"),
      encoding: .utf8)
    let key = try NSRegularExpression(pattern: #"(?m)^\s*"([^"]*)": """$"#)
    let keys = key.matches(in: catalog, range: NSRange(catalog.startIndex..., in: catalog))
      .compactMap { Range($0.range(at: 1), in: catalog).map { String(catalog[$0]) } }
    #expect(Set(keys) == withDetails)
    #expect(keys.count == Set(keys).count)
  }

  @Test("Every command and every argument it shows has its Vietnamese text")
  func everyCommandTranslated() throws {
    let cli = try vietnamese()
    let dump = try cli("--experimental-dump-help")
    let tree = try JSONDecoder().decode(Tree.self, from: Data(dump.output.utf8))
    func walk(_ command: Tree.Command, _ path: [String]) throws {
      let help = try cli.run(path + ["--help"])
      #expect(help.status == 0, "\(path)")
      let summary = help.output.components(separatedBy: "\n\n").first ?? ""
      #expect(summary.hasPrefix("TÓM TẮT: "), "\(path): \(help.output)")
      if let abstract = command.abstract, !abstract.isEmpty {
        #expect(
          !summary.replacingOccurrences(of: "\n", with: " ").contains(abstract),
          "no Vietnamese summary for `\(path.joined(separator: " "))`")
      }
      for argument in command.arguments ?? []
      where argument.shouldDisplay && argument.abstract?.isEmpty == false {
        let written = (argument.names ?? []).map { ($0.kind == "short" ? "-" : "--") + $0.name }
          .joined(separator: ", ")
        let label =
          argument.kind == "positional"
          ? "<\(argument.valueName ?? "")>"
          : argument.kind == "option" ? "\(written) <\(argument.valueName ?? "")>" : written
        let text = try #require(row(label, in: help.output), "\(path) \(label): \(help.output)")
        #expect(
          !text.hasPrefix(argument.abstract ?? ""),
          "no Vietnamese help for `\(path.joined(separator: " ")) \(label)`")
      }
      for sub in command.subcommands ?? [] where sub.shouldDisplay ?? true {
        if let abstract = sub.abstract, !abstract.isEmpty {
          #expect(row(sub.commandName, in: help.output)?.hasPrefix(abstract) == false)
        }
        try walk(sub, path + [sub.commandName])
      }
    }
    try walk(tree.command, [])
  }

  @Test("Vietnamese from CLEARLEDGER_LANG or LANG; --lang en keeps the English text")
  func languageChoice() throws {
    let cli = try vietnamese()
    let vi = try cli("task", "assign", "--help")
    #expect(vi.output.contains("TÓM TẮT: Giao một nhiệm vụ đủ 5 rõ"))
    #expect(vi.output.contains("CÁCH DÙNG: clearledger task assign [<tùy-chọn>] <title>"))
    // The reporting day of a recurring obligation is stated in the help
    #expect(vi.output.contains("Báo cáo mỗi kỳ đến hạn vào ngày cuối kỳ"))
    let en = try cli("task", "assign", "--help", "--lang", "en")
    #expect(en.output.contains("OVERVIEW: Assign a task with its five clears"))
    #expect(en.output.contains("Each period's report is due on the period's last day"))
    var fromLang = try CLIRunner()
    fromLang.environment["CLEARLEDGER_LANG"] = nil
    fromLang.environment["LANG"] = "vi_VN.UTF-8"
    #expect(try fromLang("--help").output.hasPrefix("TÓM TẮT: Sổ ghi các nhiệm vụ"))
    #expect(try fromLang("help", "task", "assign").output.hasPrefix("TÓM TẮT: Giao một nhiệm vụ"))
    // No subcommand: the root's help, in Vietnamese
    #expect(try fromLang.run([]).output.hasPrefix("TÓM TẮT: Sổ ghi các nhiệm vụ"))
    fromLang.environment["LANG"] = "C.UTF-8"
    #expect(try fromLang("--help").output.hasPrefix("OVERVIEW: An append-only ledger"))
    // `help …` with --lang, either form (trial: a usage error, `help` takes no option).
    let helpVi = try fromLang("help", "hub", "units", "--lang", "vi")
    #expect(helpVi.status == 0, "\(helpVi.error)")
    #expect(helpVi.output.contains("clearledger hub units"), "\(helpVi.output)")
    #expect(helpVi.output.hasPrefix("TÓM TẮT: "), "\(helpVi.output)")
    let helpEn = try cli("help", "hub", "units", "--lang=en")
    #expect(helpEn.status == 0 && helpEn.output.hasPrefix("OVERVIEW: "), "\(helpEn.error)")
  }

  @Test("A command-line error: Vietnamese words, English with --lang en, JSON with --json; exit 64")
  func usageErrors() throws {
    let cli = try vietnamese()
    let vi = try cli("check", "KH-1")
    #expect(vi.status == 64)
    #expect(
      vi.error.hasPrefix("Lỗi: Đối số thừa 'KH-1'\nCách dùng: clearledger check"), "\(vi.error)")
    #expect(vi.error.contains("Xem 'clearledger check --help' để biết thêm."))
    let missing = try cli("task", "assign", "--lead", "VHXH")
    #expect(missing.status == 64)
    #expect(missing.error.hasPrefix("Lỗi: Thiếu đối số bắt buộc '<title>'"), "\(missing.error)")
    let value = try cli("status", "--lang", "xx")
    #expect(value.error.contains("Hãy dùng một trong 'vi' và 'en'."), "\(value.error)")
    let validation = try cli("task", "assign", "x", "--lead", "A", "--role", "r", "--result", "r")
    #expect(validation.status == 64)
    #expect(validation.error.hasPrefix("Lỗi: Hãy ghi đúng một trong --due NGÀY"))
    let en = try cli("check", "KH-1", "--lang", "en")
    #expect(en.status == 64 && en.error.hasPrefix("Error: Unexpected argument 'KH-1'"))
    // `evaluate` runs its default `evaluate report`: the usage names what was typed (trial).
    let year = try cli("evaluate", "--year", "abc", "--lang", "en")
    #expect(year.status == 64)
    #expect(year.error.hasPrefix("Error: The value 'abc' is invalid for '--year <year>'"))
    #expect(year.error.contains("Usage: clearledger evaluate [--db <path>]"), "\(year.error)")
    #expect(year.error.contains("See 'clearledger evaluate --help'"), "\(year.error)")
    #expect(!year.error.contains("evaluate report"), "\(year.error)")
    let viYear = try cli("evaluate", "--year", "abc")
    #expect(
      viYear.error.contains("Cách dùng: clearledger evaluate [<tùy-chọn>] --year <year>"),
      "\(viYear.error)")
    let typed = try cli("evaluate", "report", "--year", "abc", "--lang", "en")
    #expect(typed.error.contains("Usage: clearledger evaluate report ["), "\(typed.error)")
    for (arguments, message) in [
      (["check", "KH-1", "--json"], "Đối số thừa 'KH-1'"),
      (["check", "KH-1", "--json", "--lang", "en"], "Unexpected argument 'KH-1'"),
    ] {
      let json = try cli.run(arguments)
      #expect(json.status == 64)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(json.error.utf8))
          as? [String: [String: String]],
        "\(json.error)")
      #expect(object["error"]?["code"] == "usage")
      #expect(object["error"]?["message"] == message)
    }
  }

  @Test("Every instruction a command's validate() gives has its Vietnamese text")
  func validationMessages() throws {
    let sources = Fixtures.packageRoot.appendingPathComponent("Sources/clearledger")
    let catalog = try String(
      contentsOf: sources.appendingPathComponent("Help/UsageErrorText.swift"), encoding: .utf8)
    let files =
      FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
    let literal = try NSRegularExpression(pattern: #"ValidationError\(\s*"((?:[^"\\]|\\.)*)""#)
    var found = 0
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      for match in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        guard let range = Range(match.range(at: 1), in: text) else { continue }
        found += 1
        var message = String(text[range])
        // A message with a value in it is matched by a pattern: its text before the value.
        if let value = message.range(of: "\\(") { message = String(message[..<value.lowerBound]) }
        #expect(
          catalog.contains(message), "no Vietnamese for “\(message)” in \(file.lastPathComponent)")
      }
    }
    #expect(found >= 8)
  }
}
