extension Decider {
  /// The command for the task its id names when typed in another case: "pl1-i-1" is PL1-I-1
  /// when the ledger has no task "pl1-i-1" and exactly one whose id differs from it only in
  /// case (a clerk types ids as they are read out, not as the plan wrote them).
  func withKnownTaskID(_ command: LedgerCommand) throws -> LedgerCommand {
    guard let id = command.taskID else { return command }
    if case .assignTask = command { return command }
    guard try reading.streamVersion(.task(id)) == 0 else { return command }
    let found = try reading.taskIDs(ignoringCase: id)
    guard found.count == 1, let known = found.first else { return command }
    return command.naming(known)
  }

  /// Refuses a new task id that differs from an existing one only in case ("t-001" beside
  /// T-001): the two would be told apart by nobody reading them.
  func requireNewTaskID(_ id: TaskID) throws {
    if let other = try reading.taskIDs(ignoringCase: id).first(where: { $0 != id }) {
      throw LedgerError.taskExists(other)
    }
  }
}
