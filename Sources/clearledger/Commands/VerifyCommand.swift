import ArgumentParser
import LedgerCore
import LedgerJSON
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

  @Option(
    help: ArgumentHelp(
      "Also prove the ledger extends a digest kept earlier (from `clearledger digest`).",
      valueName: "pos:hash"))
  var digest: String?

  func run() throws {
    var intact = true
    try CommandRunner.run(global) { environment in
      let kept = try digest.map { text in
        guard let parsed = LedgerDigest(text) else { throw LedgerError.invalidDigest(text) }
        return parsed
      }
      let ledger = try environment.readLedger()
      let report = try ledger.verify()
      let check = try kept.map { try ledger.check($0) }
      intact = report.isIntact && (check == nil || check == .extends)
      if environment.json {
        JSONOutput.print(VerifyJSON(report, digest: kept, check: check))
        return
      }
      let l = environment.language
      if let kept, let check {
        switch check {
        case .extends:
          print(
            l.pick(
              vi:
                "Sổ vẫn giữ nguyên sự kiện #\(kept.position) với mã băm đã lưu, và nối tiếp từ đó.",
              en:
                "The ledger still holds event #\(kept.position) with the kept hash, and extends it."
            ))
        case .truncated(let events):
          print(
            l.pick(
              vi:
                "BỊ CẮT: mã băm đã lưu ở vị trí \(kept.position) nhưng sổ chỉ còn \(events) sự kiện.",
              en:
                "TRUNCATED: the kept digest is at position \(kept.position) but the ledger has only \(events) events."
            ))
        case .rewritten(let found):
          print(
            l.pick(
              vi: "BỊ VIẾT LẠI: sự kiện #\(kept.position) nay có mã băm \(found), khác mã đã lưu.",
              en: "REWRITTEN: event #\(kept.position) now has hash \(found), not the kept one."))
        }
      }
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
  @ExplicitNull var digest: String?
  @ExplicitNull var digestCheck: String?

  init(_ report: VerifyReport, digest: LedgerDigest? = nil, check: LedgerDigest.Check? = nil) {
    events = report.events
    lastHash = report.lastHash
    intact = report.isIntact
    firstBadPosition = report.problem?.position
    problem = report.problem?.kind.rawValue
    self.digest = digest?.description
    switch check {
    case .none: digestCheck = nil
    case .extends: digestCheck = "extends"
    case .truncated: digestCheck = "truncated"
    case .rewritten: digestCheck = "rewritten"
    }
  }
}
