import ArgumentParser
import LedgerCore
import LedgerJSON
import LedgerStore

/// `clearledger verify`: recompute the hash chain and name the first altered position.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract:
      "Recompute the hash chain and the views; exit 2 and name what was altered.",
    discussion: """
      Each event's hash covers its whole envelope and the previous hash, so editing, removing \
      or reordering any event behind the ledger's back breaks the chain at that point. Then \
      the views (tasks, timeline, units, tenures, plans) are replayed from the log in memory \
      and compared with the stored ones, so views edited behind the ledger's back, or an \
      event that no longer reads, are found too (--chain-only skips this). Every \
      signed event's Ed25519 signature is checked against the key registered (and not revoked) \
      before it, so a rewrite that re-hashed the chain still fails at the first signed event \
      after it; once signatures are required, an unsigned event fails too.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(
      "Also prove the ledger extends a digest kept earlier (from `clearledger digest`).",
      valueName: "pos:hash"))
  var digest: String?

  @Flag(help: "Check the hash chain only, not that the views equal a replay of the log.")
  var chainOnly = false

  func run() throws {
    var intact = true
    try CommandRunner.run(global) { environment in
      let kept = try digest.map { text in
        guard let parsed = LedgerDigest(text) else { throw LedgerError.invalidDigest(text) }
        return parsed
      }
      let ledger = try environment.readLedger(warnIfBroken: false)
      let report = try ledger.verify()
      let check = try kept.map { try ledger.check($0) }
      // The views are compared only with an intact chain: a broken log has no true fold.
      var views: ViewsCheck = .skipped
      if report.isIntact && !chainOnly {
        do {
          views = try ledger.checkViews().matches ? .equal : .differ
        } catch LedgerError.corruptEvent(let position) {
          views = .unreadable(position)
        } catch LedgerError.unknownEventType(let type, _) {
          views = .unknownType(type)
        }
      }
      let files = report.isIntact ? try ledger.checkAttachments() : nil
      intact =
        report.isIntact && (check == nil || check == .extends)
        && (views == .equal || views == .skipped) && (files?.isIntact ?? true)
      if environment.json {
        JSONOutput.print(VerifyJSON(report, digest: kept, check: check, views: views))
        return
      }
      let l = environment.language
      if let files, files.files > 0 || !files.absent.isEmpty {
        print(AttachmentText(language: l).verified(files))
      }
      switch views {
      case .equal, .skipped: break
      case .differ:
        print(
          l.pick(
            vi:
              "BẢNG XEM BỊ SỬA: các bảng xem khác với kết quả dựng lại từ sổ; mọi lần đọc đang sai. Chạy `clearledger rebuild` (bản cũ được giữ lại để xem xét).",
            en:
              "VIEWS ALTERED: the views differ from a replay of the log, so reads are wrong. Run `clearledger rebuild` (it keeps the old views for inspection)."
          ))
      case .unreadable(let position):
        print(
          l.pick(
            vi: "BỊ THAY ĐỔI: sự kiện ở vị trí \(position) không đọc được.",
            en: "ALTERED: the event at position \(position) no longer reads."))
      case .unknownType(let type):
        print(
          l.pick(
            vi: "Sổ có sự kiện loại \(type) mà phiên bản này không đọc được.",
            en: "The ledger holds an event of type \(type) this version cannot read."))
      }
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
        if report.signed > 0 {
          print(
            l.pick(
              vi: "Chữ ký: \(report.signed) sự kiện đã ký, mọi chữ ký đều đúng.",
              en: "Signatures: \(report.signed) signed events, every signature holds."))
        }
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
      case .missingEnd:
        let kept = report.keptSize ?? problem.position
        let gone = kept - problem.position + 1
        print(
          l.pick(
            vi:
              "BỊ CẮT CỤT: sổ dừng ở sự kiện #\(report.events), nhưng sổ đã kiểm tra đến #\(kept); \(gone) sự kiện cuối (#\(problem.position)–#\(kept)) đã bị xóa ngoài chương trình. \(report.events) sự kiện trước đó còn nguyên. Khôi phục từ bản sao lưu hoặc bản xuất (events export) có đủ \(kept) sự kiện.",
            en:
              "CUT SHORT: the log ends at event #\(report.events), but the ledger had checked it to #\(kept); the last \(gone) events (#\(problem.position)–#\(kept)) were removed behind the program's back. The \(report.events) events before are intact. Restore from a backup or an export (events export) holding all \(kept) events."
          ))
        return
      case .badSignature, .unknownSigner, .revokedSigner, .signerMismatch, .unsignedUnderPolicy:
        print(SignatureProblemText.line(problem, language: l))
        return
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

/// Whether the views equal a replay of the log.
enum ViewsCheck: Equatable {
  case equal, differ, skipped
  /// An event's payload no longer reads, at this position.
  case unreadable(Int64)
  case unknownType(String)

  var name: String {
    switch self {
    case .equal: return "equal"
    case .differ: return "differ"
    case .skipped: return "skipped"
    case .unreadable: return "unreadable_event"
    case .unknownType: return "unknown_event_type"
    }
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
  /// `equal`, `differ`, `skipped`, `unreadable_event` or `unknown_event_type`.
  var views: String

  init(
    _ report: VerifyReport, digest: LedgerDigest? = nil, check: LedgerDigest.Check? = nil,
    views: ViewsCheck = .skipped
  ) {
    self.views = views.name
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
