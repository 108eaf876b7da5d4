import Foundation
import LedgerCore

/// The writes on one task, as the API's paths and the task page's forms name them.
///
/// Each becomes one command; fields are passed through as typed, and the ledger's rules judge
/// them.
enum TaskActionKind: String, CaseIterable, Sendable {
  case starts, reports, completions, extensions, reassignments, cancellations, pauses, resumptions
  case acknowledgements, explanations, amendments, corrections
  case explanationRequests = "explanation-requests"

  /// The permission it needs.
  var action: WebAction {
    switch self {
    case .starts: return .start
    case .reports: return .report
    case .completions: return .complete
    case .extensions: return .extend
    case .reassignments: return .reassign
    case .cancellations: return .cancel
    case .pauses: return .pause
    case .resumptions: return .resume
    case .acknowledgements: return .acknowledge
    case .explanations: return .explain
    case .explanationRequests: return .requestExplanation
    case .amendments: return .amend
    case .corrections: return .correct
    }
  }

  /// The command recorded for `input` on task `id` by `account` (a head's person is the
  /// default performer, a leader's the default approver).
  func command(
    _ id: TaskID, _ input: ActionInput, account: AccountState, names: PersonNames? = nil
  ) throws -> LedgerCommand {
    // A head records their own work: the performer is the head, never someone else.
    // Their own name typed without marks, NFD or in another case, or their staff code, is
    // theirs (trials: refused).
    if account.role == .head, let by = input.by?.trimmingCharacters(in: .whitespaces),
      !by.isEmpty, !Self.names(by, account.person, names)
    {
      throw WebFailure.performerNotSelf(account.person)
    }
    // Who did the work: a head, themselves; a clerk or leader records for others and names
    // whoever did it, else nobody (as the CLI without `--by`), never the recorder.
    let performer =
      account.role == .head ? account.person : input.by
    switch self {
    case .starts: return .startTask(id, by: performer)
    case .reports:
      return .reportProgress(
        id, text: input.text ?? "", percent: try input.percentValue(), document: input.doc,
        by: performer, annual: input.annual ?? false)
    case .completions:
      return .completeTask(id, result: input.result, evidence: input.evidence, by: performer)
    case .extensions:
      guard let text = input.to, let day = LocalDate(parsing: text) else {
        throw LedgerError.invalidDate(input.to ?? "")
      }
      return .extendDeadline(
        id, to: day, reason: input.reason ?? "",
        approvedBy: try Self.approver(input.approvedBy, account))
    case .reassignments:
      return .reassignLead(
        id, lead: input.lead ?? "", reason: input.reason ?? "", due: try input.day(input.due))
    case .cancellations: return .cancelTask(id, reason: input.reason ?? "")
    case .pauses: return .pauseTask(id, reason: input.reason ?? "")
    case .resumptions: return .resumeTask(id, reason: input.reason)
    case .acknowledgements: return .acknowledgeTask(id, by: input.by ?? account.person)
    case .explanations:
      return .explainTask(
        id,
        TaskExplained(text: input.text ?? "", by: input.by ?? account.person, document: input.doc))
    case .explanationRequests:
      guard let text = input.due, let day = LocalDate(parsing: text) else {
        throw LedgerError.invalidDate(input.due ?? "")
      }
      return .requestExplanation(
        id,
        ExplanationRequested(
          by: try Self.approver(input.by, account), due: day, reason: input.reason))
    case .amendments:
      return .amendTask(
        id,
        AmendTask(
          title: input.title, headRole: input.role, roleUnit: input.roleUnit,
          expectedResult: input.result,
          supportingUnits: input.noSupport == true ? [] : input.support,
          reason: input.reason ?? "", decision: input.decision))
    case .corrections:
      guard let position = input.position else {
        throw WebFailure.badRequest(
          "Hãy chọn sự kiện cần đính chính (số thứ tự # trong dòng thời gian).",
          "Say which event to correct (its # in the timeline).")
      }
      return .correct(position: position, reason: input.reason ?? "")
    }
  }
}

extension TaskActionKind {
  /// Whether `typed` names `person`: their name as people type it, or their staff code.
  static func names(_ typed: String, _ person: String, _ names: PersonNames?) -> Bool {
    if VietnameseText.lookupMatches(typed, person) { return true }
    guard let known = (try? names?.match(typed)) ?? nil else { return false }
    return VietnameseText.lookupMatches(known.name, person)
      || known.code.map { person.hasSuffix("(\($0))") } == true
  }

  /// The leader an approval names: as given, else the signed-in leader; a clerk records a
  /// leader's decision and must name that leader.
  static func approver(_ given: String?, _ account: AccountState) throws -> String {
    if let given = given?.trimmingCharacters(in: .whitespaces), !given.isEmpty { return given }
    guard account.role == .leader else { throw WebFailure.approverNeeded }
    return account.person
  }
}

/// The fields a task write may carry, from a JSON body or a form.
struct ActionInput: Decodable, Sendable {
  var text: String?
  var percent: PercentField?
  var doc: String?
  var by: String?
  var to: String?
  var reason: String?
  var approvedBy: String?
  var lead: String?
  var result: String?
  var evidence: String?
  /// The day it happened (default today).
  var on: String?
  /// Refuse unless the task is still at this version.
  var expectVersion: Int?
  /// The day an explanation is due.
  var due: String?
  /// An amendment's new wording; nil leaves a field as it is.
  var title: String?
  var role: String?
  var roleUnit: String?
  /// An amendment's coordinating units, replacing the old ones.
  var support: [String]?
  /// An amendment that leaves the task with no coordinating unit.
  var noSupport: Bool?
  /// The decision an amendment follows.
  var decision: String?
  /// The position of the event a correction retracts.
  var position: Int64?
  /// A report filed as the year's report, meeting a yearly obligation (`report --annual`).
  var annual: Bool?

  init(form: FormFields) {
    text = form.text("text")
    percent = form.text("percent").map(PercentField.text)
    doc = form.text("doc")
    by = form.text("by")
    to = form.text("to")
    reason = form.text("reason")
    approvedBy = form.text("approved_by")
    lead = form.text("lead")
    result = form.text("result")
    evidence = form.text("evidence")
    on = form.text("on")
    expectVersion = form.text("expect_version").flatMap { Int($0) }
    due = form.text("due")
    title = form.text("title")
    role = form.text("role")
    roleUnit = form.text("role_unit")
    // One coordinating unit a line: names of units may hold commas.
    support = form.text("support").map {
      $0.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
    }
    noSupport = form.text("no_support").map { !$0.isEmpty }
    decision = form.text("decision")
    position = form.text("position").flatMap {
      Int64($0.trimmingCharacters(in: CharacterSet(charactersIn: "# ")))
    }
    annual = form.text("annual").map { !$0.isEmpty }
  }

  /// The percent as a number; text that is not a whole number is refused as out of range.
  func percentValue() throws -> Int? {
    switch percent {
    case nil: return nil
    case .number(let n): return n
    case .text(let text):
      let typed = text.trimmingCharacters(in: .whitespaces)
      guard let n = Int(typed.hasSuffix("%") ? String(typed.dropLast()) : typed) else {
        throw WebFailure.badRequest(
          "Tỷ lệ hoàn thành “\(typed)” không phải một số: hãy ghi số nguyên từ 0 đến 100. Không ghi gì.",
          "The percent done “\(typed)” is not a number: give a whole number from 0 to 100. Nothing was recorded."
        )
      }
      return n
    }
  }

  /// The effective day asked for, if any.
  func effective() throws -> LocalDate? {
    try day(on)
  }

  /// A day given as text, nil when none is given (empty text is none); not a day is refused.
  func day(_ text: String?) throws -> LocalDate? {
    guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
    guard let day = LocalDate(parsing: text) else { throw LedgerError.invalidDate(text) }
    return day
  }
}

/// A percent as JSON gives it (a whole number; text in JSON is refused, as the API's schema
/// says) or a form does (text).
enum PercentField: Decodable, Sendable {
  case number(Int)
  case text(String)

  init(from decoder: any Decoder) throws {
    // A number that is not whole (10.5) is said as the member's wrong type, by its name.
    guard let number = try? decoder.singleValueContainer().decode(Int.self) else {
      throw DecodingError.typeMismatch(
        Int.self,
        .init(codingPath: decoder.codingPath, debugDescription: "Not a whole number."))
    }
    self = .number(number)
  }
}
