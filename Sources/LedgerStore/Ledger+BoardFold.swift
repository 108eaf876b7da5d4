import GRDB
import LedgerCore

/// A board of today and now, with the position of the last event it includes: what a server
/// keeps so that the next board only judges again the tasks recorded on since.
public struct KeptBoard: Sendable {
  public let board: AccountabilityBoard
  /// The position of the last event the board includes (0 for an empty ledger).
  public let position: Int64
  /// Whether the board was made by folding new events into an earlier one (false: built whole
  /// or unchanged).
  public var folded = false
  /// The board's dashboard counts, folded with it (`DashboardTally.replacing`).
  public let dashboard: DashboardTally

  public init(
    board: AccountabilityBoard, position: Int64, folded: Bool = false,
    dashboard: DashboardTally? = nil
  ) {
    self.board = board
    self.position = position
    self.folded = folded
    self.dashboard = dashboard ?? DashboardTally(board)
  }
}

extension Ledger {
  /// The board of today and now, with the events recorded since `kept` folded into it.
  ///
  /// The projections hold each task's state: only the tasks the new events are about are read
  /// and judged again (`AccountabilityBoard.replacing`). The board is built whole when there is
  /// none to start from, when the day or the policy changed, when a unit's stream moved (its
  /// tenures decide every task's head) or when more than half of many tasks changed (an import).
  /// Either way it equals `board(on:)` read at the same position, and its dashboard counts
  /// equal those counted on that board.
  public func currentBoard(updating kept: KeptBoard?, policy: EvaluationPolicy = .shipped) throws
    -> KeptBoard
  {
    let day = today()
    return try StoreErrors.map(path: path) {
      try database.read { db in
        let position = try Int64.fetchOne(db, sql: "SELECT MAX(position) FROM events") ?? 0
        if let kept, kept.board.day == day, !kept.board.dayIsOver, kept.board.policy == policy,
          kept.position <= position,
          let changed = try Self.changedTasks(since: kept.position, in: db),
          changed.count <= max(kept.board.tasks.count / 2, 256)
        {
          if changed.isEmpty {
            return KeptBoard(board: kept.board, position: position, dashboard: kept.dashboard)
          }
          var states: [TaskID: TaskState?] = [:]
          for id in changed { states[id] = .some(try ProjectionTables.task(id, in: db)) }
          let fold = kept.board.replacingViews(states)
          return KeptBoard(
            board: fold.board, position: position, folded: true,
            dashboard: kept.dashboard.replacing(
              removed: fold.removed, added: fold.added, from: kept.board, to: fold.board))
        }
        return KeptBoard(
          board: try currentBoard(on: day, policy: policy, in: db), position: position)
      }
    }
  }

  /// The board judged on a day from the inline projections, read in the caller's transaction.
  func currentBoard(on day: LocalDate, policy: EvaluationPolicy, in db: Database) throws
    -> AccountabilityBoard
  {
    AccountabilityBoard(
      tasks: try ProjectionTables.tasks(in: db), units: try people.units(in: db),
      on: day, policy: policy)
  }

  /// The tasks whose projected state the events after `position` may have changed; nil when
  /// one of them is on a unit's stream (a board must then be built whole).
  private static func changedTasks(since position: Int64, in db: Database) throws -> Set<TaskID>? {
    var tasks = Set<TaskID>()
    for text in try String.fetchAll(
      db, sql: "SELECT DISTINCT stream FROM events WHERE position > ?", arguments: [position])
    {
      switch StreamID(text) {
      case .task(let id): tasks.insert(id)
      case .unit, nil: return nil
      // The board reads only the tasks and units tables (`Projector`): other streams leave it.
      case .plan, .evaluation, .key, .policy, .account, .person: continue
      }
    }
    return tasks
  }
}
