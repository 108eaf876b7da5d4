import Foundation
import LedgerCore
import LedgerStore

/// The rules of office for one task write by an account's person, wherever it is recorded.
///
/// The web applies them to the signed-in account; the command line applies them to a write
/// signed with the key of a person who has an account (trial: a head who had left reported and
/// completed for her old unit, a clerk approved her own extension, and an inspector filed a
/// report, all signed and accepted by the command line, where the web refused each).
package enum OfficeRules {
  /// Throws the web's refusal when `account` may not record `command` for the day `effective`
  /// (today when nil): its role on the task's lead unit, who did the work, the person's tenure,
  /// the unit's lead on that day, and who approves.
  package static func check(
    _ command: LedgerCommand, by account: AccountState, on effective: LocalDate?,
    in ledger: Ledger
  ) throws {
    guard let (action, id) = try target(of: command, in: ledger) else { return }
    let task = try id.flatMap { try ledger.task($0) }
    let unit = ActionPolicy.unit(for: action, task)
    if !Permissions.allows(account, action, leadUnit: unit) {
      if account.role == .head, let own = account.unit, let unit, let task,
        Permissions.allows(account, action, leadUnit: own)
      {
        throw WebFailure.otherUnitsTask(action, task: task.id, unit: unit, own: own)
      }
      throw WebFailure.forbidden(action)
    }
    if account.role == .head, let by = performer(of: command),
      !TaskActionKind.names(by, account.person, try ledger.personNames())
    {
      throw WebFailure.performerNotSelf(account.person)
    }
    let today = ledger.today()
    try HeadTenureCheck.check(account, on: effective, today: today, in: ledger)
    if let id, action != .explain {
      try HeadTenureCheck.checkLead(account, of: id, on: effective ?? today, in: ledger)
    }
    try ApproverCheck.check(command, by: account, on: effective ?? today, in: ledger)
  }

  /// The action a command takes and the task it takes it on; nil for a write the web has no
  /// form for (units, heads, keys, accounts, plans, scores), which these rules do not judge.
  static func target(of command: LedgerCommand, in ledger: Ledger) throws -> (
    WebAction, TaskID?
  )? {
    if case .correct(let position, _, _) = command {
      guard let target = try ledger.event(at: position), case .task(let id) = target.stream
      else { return nil }
      return (.correct, id)
    }
    return WebAction(command: command).map { ($0, command.taskID) }
  }

  /// Who the command says did the work, when it names someone.
  static func performer(of command: LedgerCommand) -> String? {
    let named: String?
    switch command {
    case .startTask(_, let by): named = by
    case .reportProgress(_, _, _, _, let by, _, _): named = by
    case .completeTask(_, _, _, let by, _): named = by
    case .acknowledgeTask(_, let by): named = by
    case .explainTask(_, let explained): named = explained.by
    default: named = nil
    }
    guard let named = named?.trimmingCharacters(in: .whitespaces), !named.isEmpty else {
      return nil
    }
    return named
  }

  /// The command with `person` as who did the work when it names nobody: a head records their
  /// own work, as the web records it (trial: a head's signed reports named no performer, so
  /// `status --person` missed the task).
  package static func performed(_ command: LedgerCommand, by person: String) -> LedgerCommand {
    switch command {
    case .startTask(let id, nil): return .startTask(id, by: person)
    case .reportProgress(
      let id, let text, let percent, let document, nil, let annual, let delivered):
      return .reportProgress(
        id, text: text, percent: percent, document: document, by: person, annual: annual,
        delivered: delivered)
    case .completeTask(let id, let result, let evidence, nil, let delivered):
      return .completeTask(
        id, result: result, evidence: evidence, by: person, delivered: delivered)
    default: return command
    }
  }
}
