import ArgumentParser
import LedgerCore
import LedgerStore

/// `clearledger verify`: recompute the hash chain and name the first altered position.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Recompute the hash chain; exit 2 and name the first broken position if altered.",
    discussion: """
      Each event's hash covers its whole envelope and the previous hash, so editing, removing \
      or reordering any event behind the ledger's back breaks the chain at that point.
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    var intact = true
    try CommandRunner.run(global) { environment in
      let report = try environment.readLedger().verify()
      intact = report.isIntact
      if environment.json {
        JSONOutput.print(VerifyJSON(report))
        return
      }
      let l = environment.language
      guard let problem = report.problem else {
        print(
          l.pick(
            vi: "Nguyên vẹn: \(report.events) sự kiện, mã băm cuối \(report.lastHash).",
            en: "Intact: \(report.events) events, last hash \(report.lastHash)."))
        return
      }
      let what: String
      switch problem.kind {
      case .alteredEvent:
        what = l.pick(vi: "nội dung đã bị sửa", en: "its content was altered")
      case .brokenLink:
        what = l.pick(
          vi: "không nối tiếp sự kiện trước (bị xóa, chèn hoặc đổi chỗ)",
          en: "it does not follow the event before (removed, inserted or moved)")
      case .missingPosition:
        what = l.pick(vi: "vị trí này bị thiếu", en: "this position is missing")
      }
      print(
        l.pick(
          vi:
            "BỊ THAY ĐỔI tại vị trí \(problem.position): \(what). \(report.events) sự kiện trước đó còn nguyên.",
          en:
            "ALTERED at position \(problem.position): \(what). The \(report.events) events before it are intact."
        ))
    }
    if !intact { throw ExitCode(2) }
  }
}

/// `verify --json`.
struct VerifyJSON: Encodable {
  var events: Int
  var lastHash: String
  var intact: Bool
  @ExplicitNull var firstBadPosition: Int64?
  @ExplicitNull var problem: String?

  init(_ report: VerifyReport) {
    events = report.events
    lastHash = report.lastHash
    intact = report.isIntact
    firstBadPosition = report.problem?.position
    problem = report.problem?.kind.rawValue
  }
}
