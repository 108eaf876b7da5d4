import ArgumentParser
import LedgerCore
import LedgerJSON
import LedgerStore

/// `clearledger rebuild`: drop every projection and replay it from the log.
struct RebuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rebuild",
    abstract: "Drop every view table and replay it from the event log.",
    discussion: """
      Prints a digest (SHA-256) of the view tables as they were and as rebuilt; they match \
      when the inline views were right. The log itself is never touched. When the views had \
      drifted from the log (edited behind the ledger's back), a copy of the ledger as it was \
      is kept beside it (LEDGER.before-rebuild-TIME) for inspection, and the exit status is 5.
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    var drifted = false
    try CommandRunner.run(global) { environment in
      let ledger = try environment.openLedger()
      // The evidence is kept before it is overwritten: a copy of the file as it stands.
      var kept: String?
      if try !ledger.checkViews().matches {
        let stamp = ledger.clock.now().isoUTC.filter { $0.isNumber }.prefix(14)
        let copy = ledger.path + ".before-rebuild-\(stamp)"
        try ledger.keepCopy(at: copy)
        kept = copy
      }
      let report = try ledger.rebuild()
      drifted = !report.matches
      if environment.json {
        JSONOutput.print(RebuildJSON(report, kept: kept))
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
      if let kept {
        print(
          l.pick(
            vi: "Bản sổ với các bảng xem cũ được giữ tại \(kept) để xem xét.",
            en: "The ledger with the old views is kept at \(kept) for inspection."))
      }
    }
    if drifted { throw ExitCode(5) }
  }
}

/// `rebuild --json`.
struct RebuildJSON: Encodable {
  var events: Int
  var inlineDigest: String
  var rebuiltDigest: String
  var matches: Bool
  /// The copy of the ledger with the drifted views, when they had drifted.
  @ExplicitNull var kept: String?

  init(_ report: RebuildReport, kept: String? = nil) {
    self.kept = kept
    events = report.events
    inlineDigest = report.inlineDigest
    rebuiltDigest = report.rebuiltDigest
    matches = report.matches
  }
}
