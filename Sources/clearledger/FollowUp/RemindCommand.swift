import ArgumentParser
import Foundation
import LedgerCore
import LedgerStore

/// `clearledger remind --out DIR`: one notice per person, listing the tasks `due` lists for them.
struct RemindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remind",
    abstract: "Write one reminder notice per person (Markdown and plain text), ready to send.",
    discussion: """
      For each person `due` lists, writes NAME.md and NAME.txt into --out (created if \
      missing): the tasks they answer for that are due within --within days (default 7) or \
      overdue, each with its deadline, days left or late, the reminder it is at (7, 3 or 1 \
      days before, due today, overdue) and its last report. Vietnamese unless --lang en. \
      Prints the files written.

      Example:
        clearledger remind --out nhac-viec --within 3
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var time: TimeOptions
  @OptionGroup var options: DueOptions

  @Option(help: ArgumentHelp("The folder to write the notices into.", valueName: "dir"))
  var out: String

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let list = try options.list(ledger, try time.board(ledger, environment))
      let text = DueText(language: global.lang ?? .vi, list: list)
      let folder = URL(fileURLWithPath: out, isDirectory: true)
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        throw LedgerError.unwritableOutput(out)
      }
      var written: [NoticeJSON] = []
      var used = Set<String>()
      for group in list.groups {
        // The name alone; with the staff code for a namesake; numbered if still taken.
        var name = NoticeName.make(group.person, code: nil)
        if used.contains(name) { name = NoticeName.make(group.person, code: group.code) }
        let base = name
        var counter = 2
        while !used.insert(name).inserted {
          name = base + "-\(counter)"
          counter += 1
        }
        for (ext, markdown) in [("md", true), ("txt", false)] {
          let path = folder.appendingPathComponent("\(name).\(ext)").path
          try OutputFile.write(Data(text.notice(group, markdown: markdown).utf8), to: path)
        }
        written.append(NoticeJSON(person: group.person, file: name, tasks: group.items.count))
      }
      if environment.json {
        JSONOutput.print(written)
      } else {
        let l = environment.language
        var lines = written.map {
          "\($0.file).md, \($0.file).txt — \($0.person): "
            + l.pick(vi: "\($0.tasks) nhiệm vụ", en: "\($0.tasks) task(s)")
        }
        if lines.isEmpty { lines = [l.pick(vi: "Không có ai cần nhắc.", en: "No one to remind.")] }
        TerminalText.print(lines.joined(separator: "\n"))
      }
    }
  }

  /// One notice written, for `--json`.
  struct NoticeJSON: Encodable {
    var person: String
    var file: String
    var tasks: Int
  }
}

/// File names for notices: the person's name without marks, words joined by "-", and the
/// staff code when given ("tran-thi-binh", "nguyen-van-hung-nvh-02").
enum NoticeName {
  static func make(_ person: String, code: String?) -> String {
    let words = VietnameseText.searchKey(person + (code.map { " " + $0 } ?? ""))
      .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    let name = words.joined(separator: "-")
    let safe = name.unicodeScalars.filter { $0.isASCII }.map(String.init).joined()
    return safe.isEmpty ? "nguoi" : safe
  }
}
