import Hummingbird
import LedgerCore
import LedgerJSON
import LedgerStore

/// The task API: a task's history, and one write per kind of action.
///
/// `GET /api/tasks/{id}/history` is the `history --json` list; `POST /api/tasks/{id}/{kind}`
/// answers 201 with the recorded event as `history --json` shows it. Each route checks its
/// permission before anything is decided.
struct TaskAPIController {
  let ledger: Ledger

  func addRoutes(to group: RouterGroup<WebContext>) {
    let task = group.group(":id").add(middleware: TaskResolverMiddleware(ledger: ledger))
    task.allowing(.read).get("history") { _, context in
      guard let id = context.identity?.task?.id else { throw WebFailure.notFound }
      return try APIResponse.json(try ledger.history(of: .task(id)).map(EventJSON.init))
    }
    for kind in TaskActionKind.allCases {
      task.allowing(kind.action).post(RouterPath(stringLiteral: kind.rawValue)) {
        request, context in
        guard let identity = context.identity, let task = identity.task else {
          throw WebFailure.signInRequired
        }
        let input = try await APIResponse.body(
          ActionInput.self, from: request, members: kind.fields, required: kind.requiredFields)
        let event = try WebRecording(ledger: ledger).record(
          try kind.command(
            task.id, input, account: identity.account, names: try ledger.personNames()),
          on: task.id,
          by: identity.account, input: input)
        return try APIResponse.json(EventJSON(event), status: .created)
      }
    }
  }
}

/// Records a command as the signed-in account: its person named as recorder, marked as
/// recorded via the web.
struct WebRecording {
  let ledger: Ledger

  /// How many times a write is decided when others keep recording on the same task meanwhile.
  static let attempts = 10

  /// Records `command`, taken on the page or path of task `id`: a correction must retract one of
  /// that task's own events.
  @discardableResult
  func record(
    _ command: LedgerCommand, on id: TaskID, by account: AccountState, input: ActionInput
  ) throws -> RecordedEvent {
    if case .correct(let position, _, _) = command,
      !(try ledger.history(of: .task(id))).contains(where: { $0.event.position == position })
    {
      guard position >= 1, position <= (try ledger.lastPosition(knownAt: .distantFuture)) else {
        throw WebFailure.badRequest(
          "Sổ không có sự kiện #\(position); số của mỗi sự kiện có trong dòng thời gian của nhiệm vụ \(id.rawValue). Không ghi gì.",
          "The ledger has no event #\(position); each event's number is shown in task \(id.rawValue)'s timeline. Nothing was recorded."
        )
      }
      throw WebFailure.badRequest(
        "Sự kiện #\(position) không thuộc nhiệm vụ \(id.rawValue); chỉ đính chính được sự kiện trong dòng thời gian của nhiệm vụ này. Không ghi gì.",
        "Event #\(position) is not one of task \(id.rawValue)'s events; only an event in this task's timeline can be corrected here. Nothing was recorded."
      )
    }
    let actor = WebRecorder.actor(for: account)
    let effective = try input.effective()
    try HeadTenureCheck.check(account, on: effective, today: ledger.today(), in: ledger)
    if case .explainTask = command {
    } else {
      try HeadTenureCheck.checkLead(account, of: id, on: effective, in: ledger)
    }
    try ApproverCheck.check(command, by: account, on: effective ?? ledger.today(), in: ledger)
    // A user who names the version they saw is refused when it moved; otherwise the server
    // decided on the state it read, and decides again on the newer one.
    return try Self.retrying(attempts: input.expectVersion == nil ? Self.attempts : 1) {
      try ledger.record(
        command, actor: actor, effective: effective, expectedVersion: input.expectVersion)
    }
  }

  /// Runs `write` again (up to `attempts` times in all) while it is refused because another
  /// write reached the same stream between its decision and its append
  /// (`LedgerError.concurrencyConflict`); any other refusal at once.
  static func retrying<T>(attempts: Int, _ write: () throws -> T) throws -> T {
    var attempt = 1
    while true {
      do {
        return try write()
      } catch LedgerError.concurrencyConflict where attempt < attempts {
        attempt += 1
      }
    }
  }
}
