import ArgumentParser
import LedgerCore
import LedgerStore

/// `clearledger rebuild`: drop every projection and replay it from the log.
struct RebuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rebuild",
    abstract: "Drop every view table and replay it from the event log.",
    discussion: """
      Prints a digest (SHA-256) of the view tables as they were and as rebuilt; they match \
      when the inline views were right. The log itself is never touched.
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      let report = try environment.openLedger().rebuild()
      if environment.json {
        JSONOutput.print(RebuildJSON(report))
        return
      }
      let l = environment.language
      print(
        l.pick(
          vi: "Đã dựng lại từ \(report.events) sự kiện.",
          en: "Rebuilt from \(report.events) events."))
      print(l.pick(vi: "Mã băm trước:  ", en: "Digest before: ") + report.inlineDigest)
      print(l.pick(vi: "Mã băm sau:    ", en: "Digest after:  ") + report.rebuiltDigest)
      print(
        report.matches
          ? l.pick(
            vi: "Khớp: các bảng xem khớp với sổ.", en: "Match: the views agreed with the log.")
          : l.pick(
            vi: "Khác: các bảng xem cũ lệch khỏi sổ; nay đã dựng lại đúng theo sổ.",
            en: "Differ: the old views had drifted from the log; they now follow it again."))
    }
  }
}

/// `rebuild --json`.
struct RebuildJSON: Encodable {
  var events: Int
  var inlineDigest: String
  var rebuiltDigest: String
  var matches: Bool

  init(_ report: RebuildReport) {
    events = report.events
    inlineDigest = report.inlineDigest
    rebuiltDigest = report.rebuiltDigest
    matches = report.matches
  }
}
