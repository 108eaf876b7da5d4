import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerWeb
import Testing

/// Every role × every task write, through the API, against the table the issue states.
@Suite("Permissions: every role × every action")
struct PermissionTableTests {
  /// One write: its path and a body that the ledger's rules accept on a fresh task (resumption
  /// is refused by the rules, a task being not paused, which is not a permission refusal).
  static let bodies: [(String, String)] = [
    ("starts", "{}"),
    ("reports", #"{"text": "Đã kết nối 3/5 CSDL", "percent": 60, "doc": "12/BC-VHXH"}"#),
    ("completions", #"{"result": "Hoàn thành", "evidence": "15/BC-VHXH"}"#),
    (
      "extensions",
      #"{"to": "31/12/2026", "reason": "Chờ bộ ngành", "approved_by": "Nguyễn Văn An"}"#
    ),
    ("reassignments", #"{"lead": "UBND", "reason": "Theo chức năng"}"#),
    ("cancellations", #"{"reason": "Gộp vào nhiệm vụ khác"}"#),
    ("pauses", #"{"reason": "Chờ kinh phí"}"#),
    ("resumptions", #"{"reason": "Đã có kinh phí"}"#),
    ("acknowledgements", "{}"),
    (
      "explanation-requests",
      #"{"due": "31/01/2026", "reason": "Chậm tiến độ", "by": "Nguyễn Văn An"}"#
    ),
    ("explanations", #"{"text": "Chờ dữ liệu từ huyện", "doc": "20/BC-VHXH"}"#),
    ("amendments", #"{"result": "Tỷ lệ số hóa đạt 100%", "reason": "Theo Quyết định 15/QĐ-UBND"}"#),
    ("corrections", #"{"reason": "Ghi nhầm"}"#),
  ]

  /// Writes the ledger's rules refuse on a fresh task whoever asks (nothing to resume, no
  /// explanation asked): a permission refusal must come first, a rule's refusal after.
  static let refusedByRule: [String: String] = [
    "resumptions": "transition_refused", "explanations": "no_explanation_requested",
  ]

  /// The body for one write on a task: an acknowledgement names the lead unit's head, a
  /// correction the task's own assignment.
  static func body(_ kind: String, task: String, ledger: Ledger) throws -> String {
    switch kind {
    case "acknowledgements":
      return #"{"by": "\#(task == "A" ? "Trần Thị Bình" : "Lê Văn Cường")"}"#
    case "corrections":
      let assigned = try #require(try ledger.history(of: .task(TaskID(task)!)).first)
      return #"{"position": \#(assigned.event.position), "reason": "Ghi nhầm"}"#
    default:
      return bodies.first { $0.0 == kind }!.1
    }
  }

  /// The issue's table: a clerk records anything; a head reports, starts and completes the
  /// tasks their unit leads; a leader also approves extensions, reassignments, cancellations;
  /// inspectors and admins record nothing on tasks.
  static func allowed(_ role: AccountRole, _ kind: String, task: String) -> Bool {
    switch role {
    case .clerk, .leader: return true
    case .head:
      return task == "A"
        && ["starts", "reports", "completions", "acknowledgements", "explanations"].contains(kind)
    case .inspector, .admin: return false
    }
  }

  static let cases: [(AccountRole, String, String)] = AccountRole.allCases.flatMap { role in
    bodies.flatMap { kind in ["A", "B"].map { (role, kind.0, $0) } }
  }

  @Test(
    "A role may write only what the table allows; a refusal is a 403 and writes nothing",
    arguments: cases)
  func roleAction(role: AccountRole, kind: String, task: String) async throws {
    // Given a commune with tasks A (led by VHXH) and B (led by CAX), and a signed-in role.
    let args = try WebFixture.arguments()
    let ledger = args.ledger
    let before = try ledger.eventCount()
    let body = try Self.body(kind, task: task, ledger: ledger)
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn(WebFixture.username(role)))
      // When it posts the write.
      let (status, text) = try await client.post("/api/tasks/\(task)/\(kind)", body, as: user)
      // Then it is recorded, refused by a rule, or refused by permission with nothing written.
      if Self.allowed(role, kind, task: task) {
        if let code = Self.refusedByRule[kind] {
          #expect(status == .unprocessableContent, "\(text)")
          #expect(text.contains(code))
          #expect(try ledger.eventCount() == before)
        } else {
          #expect(status == .created, "\(text)")
          #expect(try ledger.eventCount() == before + 1)
        }
      } else {
        #expect(status == .forbidden, "\(text)")
        // A head's own kind of write on another unit's task names that unit, not the role.
        let otherUnit = role == .head && Self.allowed(role, kind, task: "A")
        #expect(text.contains(otherUnit ? "\"not_own_unit\"" : "\"forbidden\""), "\(text)")
        if otherUnit { #expect(text.contains("do CAX chủ trì")) }
        #expect(try ledger.eventCount() == before)
      }
    }
  }

  @Test("The permission table in the core says what the route table says", arguments: cases)
  func coreAgrees(role: AccountRole, kind: String, task: String) throws {
    let account = AccountState(
      username: AccountName("x.y")!, person: "X", role: role,
      unit: role == .head ? UnitCode("VHXH") : nil, disabled: false,
      openedOn: LocalDate(year: 2026, month: 1, day: 1)!, version: 1)
    let action: WebAction =
      switch kind {
      case "starts": .start
      case "reports": .report
      case "completions": .complete
      case "extensions": .extend
      case "reassignments": .reassign
      case "cancellations": .cancel
      case "pauses": .pause
      case "resumptions": .resume
      case "acknowledgements": .acknowledge
      case "explanation-requests": .requestExplanation
      case "explanations": .explain
      case "amendments": .amend
      default: .correct
      }
    let lead = UnitCode(task == "A" ? "VHXH" : "CAX")
    #expect(
      Permissions.allows(account, action, leadUnit: lead) == Self.allowed(role, kind, task: task))
    var disabled = account
    disabled.disabled = true
    #expect(!Permissions.allows(disabled, action, leadUnit: lead))
  }
}
