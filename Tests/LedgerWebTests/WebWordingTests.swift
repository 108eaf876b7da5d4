import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerWeb

/// A refusal on the web speaks the web's words: the form's and the API's fields, the task's
/// page, the action in the user's language — never the CLI's flags and commands.
@Suite("Web wording of refusals")
struct WebWordingTests {
  @Test("The CLI's flags and `clearledger history` become fields and the task's page")
  func rewording() {
    #expect(
      WebWording.forBrowser("Thiếu lý do (--reason).", .vi) == "Thiếu lý do (trường reason).")
    #expect(
      WebWording.forBrowser("Name the approver (--approved-by).", .en)
        == "Name the approver (field approved_by).")
    #expect(
      WebWording.forBrowser("Không thể báo cáo. Xem `clearledger history PS-2`.", .vi)
        == "Không thể báo cáo. Xem diễn biến trên trang /tasks/PS-2.")
    // A plan's id collision names the plan form's boxes, not the API's field names (trial).
    for language in [Language.vi, .en] {
      let text = WebWording.forBrowser(
        LedgerError.taskIDCollision(TaskID("PL1-I-1")!, plan: "58/KH-UBND", sameTask: true)
          .message(language), language)
      #expect(
        !text.contains("number 58") && !text.contains("field prefix")
          && !text.contains("trường prefix"), "\(text)")
      #expect(
        text.contains(
          language.pick(vi: "ô “Số kế hoạch” là 58/KH-UBND", en: "“Plan number” set to 58/KH-UBND")),
        "\(text)")
      #expect(
        text.contains(language.pick(vi: "ô “Tiền tố mã nhiệm vụ”", en: "the box “Task id prefix”")),
        "\(text)")
    }
    // An explanation with no request pending points to the page's form, not the CLI (trial).
    for language in [Language.vi, .en] {
      let text = WebWording.forBrowser(
        LedgerError.noExplanationRequested(TaskID("A")!).message(language), language)
      #expect(!text.contains("`"), "\(text)")
      #expect(text.contains(language.pick(vi: "Yêu cầu giải trình", en: "Ask for an explanation")))
    }
  }

  @Test("An empty reason, an action on a cancelled task and a role's refusal name no CLI flag")
  func webAnswers() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      let head = try #require(try await client.signIn("binh.tt"))
      let (empty, reason) = try await client.post(
        "/api/tasks/A/extensions", #"{"to": "31/12/2026", "reason": ""}"#, as: leader)
      #expect(empty == .unprocessableContent, "\(reason)")
      #expect(reason.contains("(trường reason)"), "\(reason)")
      #expect(!reason.contains("--reason"), "\(reason)")
      let (cancelled, _) = try await client.post(
        "/api/tasks/B/cancellations", #"{"reason": "Không còn cần"}"#, as: leader)
      #expect(cancelled == .created)
      let (late, history) = try await client.post(
        "/api/tasks/B/reports", #"{"text": "Đã làm"}"#, as: leader)
      #expect(late == .unprocessableContent, "\(history)")
      #expect(history.contains("/tasks/B"), "\(history)")
      #expect(!history.contains("clearledger"), "\(history)")
      let (forbidden, role) = try await client.post(
        "/api/tasks/A/extensions", #"{"to": "31/12/2026", "reason": "x"}"#, as: head)
      #expect(forbidden == .forbidden)
      #expect(role.contains("không được gia hạn"), "\(role)")
      #expect(!role.contains("(extend)") && !role.contains("README"), "\(role)")
    }
  }

  @Test(
    "A missing task, unit or commune and an unreadable deadline point to pages, not to commands (trial)",
    arguments: [Language.vi, .en])
  func adviceBecomesPages(language: Language) {
    let errors: [LedgerError] = [
      .unknownTask("ZZ-9"), .unknownUnit("ZZZ"), .unknownSource("xa-x"),
      .unreadableDeadline(line: 3, text: "Tháng 13/2026"), .noExplanationRequested(TaskID("A")!),
    ]
    for error in errors {
      let cli = error.message(language)
      let web = WebWording.forBrowser(cli, language)
      #expect(!web.contains("clearledger"), "\(web)")
      #expect(!web.contains("--"), "\(web)")
      #expect(web != cli)
    }
    // Each piece of advice replaced is one the ledger's messages give, word for word.
    let messages = errors.map { $0.message(language) }.joined(separator: "\n")
    // (The field names the first pass made are replaced after it: not the ledger's words.)
    for (cli, _) in WebWording.advice(language)
    where !cli.contains("trường") && !cli.contains("field") {
      #expect(messages.contains(cli), "\(cli)")
    }
  }
}
