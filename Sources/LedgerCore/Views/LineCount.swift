/// How many tasks a list of view lines holds, and how many lines: a task that changed hands
/// has a line for each charge it carried (the earlier lead or head keeps the lateness that
/// was theirs), so the two counts differ then, and a total must say which it counts.
public struct LineCount: Hashable, Sendable {
  /// The lines listed (one per charge).
  public var lines: Int
  /// The distinct tasks those lines are of.
  public var tasks: Int

  public init(lines: Int, tasks: Int) {
    self.lines = lines
    self.tasks = tasks
  }

  /// The lines of one ledger's views: tasks told apart by their id.
  public init(_ views: [TaskView]) {
    self.init(lines: views.count, tasks: Set(views.map(\.task.id)).count)
  }

  /// The lines of several sources' views (`keys[i]` names the source of `views[i]`): tasks told
  /// apart by their source and id, since two communes may use the same ids.
  public init(_ views: [TaskView], sources keys: [String]) {
    guard keys.count == views.count else {
      self.init(views)
      return
    }
    let distinct = Set(zip(keys, views).map { "\($0.0)\u{1F}\($0.1.task.id.rawValue)" })
    self.init(lines: views.count, tasks: distinct.count)
  }

  /// Whether some task has more than one line.
  public var hasEarlierCharges: Bool { lines > tasks }

  /// The count in words: "5" when each task has one line, else "6 lines for 5 tasks".
  public func text(_ language: Language) -> String {
    guard hasEarlierCharges else { return "\(lines)" }
    return language.pick(
      vi: "\(lines) dòng cho \(tasks) nhiệm vụ",
      en: "\(lines) lines for \(tasks) \(tasks == 1 ? "task" : "tasks")")
  }

  /// Why the lines outnumber the tasks, when they do.
  public func note(_ language: Language) -> String? {
    guard hasEarlierCharges else { return nil }
    return language.pick(
      vi:
        "nhiệm vụ đã chuyển người hoặc đơn vị chủ trì giữ một dòng cho mỗi lần chịu trách nhiệm trước",
      en: "a task that changed hands keeps a line for each earlier charge")
  }
}
