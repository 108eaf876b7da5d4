/// What changed in the picture of the tasks between two boards (two moments of knowledge).
public struct BoardDiff: Sendable {
  /// One task whose picture changed: how it looked before and after (nil when absent).
  public struct Change: Hashable, Sendable {
    public var id: TaskID
    public var before: TaskView?
    public var after: TaskView?
  }

  public let changes: [Change]

  /// Compares the boards task by task on what a reader of them sees: status, bucket, deadline,
  /// lead unit, and who answers.
  public init(from before: AccountabilityBoard, to after: AccountabilityBoard) {
    let old = Dictionary(uniqueKeysWithValues: before.tasks.map { ($0.key, $0) })
    let new = Dictionary(uniqueKeysWithValues: after.tasks.map { ($0.key, $0) })
    changes = Set(old.keys).union(new.keys).sorted().compactMap { key in
      let a = old[key]
      let b = new[key]
      guard Self.picture(a) != Self.picture(b), let id = (a ?? b)?.task.id else { return nil }
      return Change(id: id, before: a, after: b)
    }
  }

  /// The parts of a task's view a reader compares.
  private static func picture(_ view: TaskView?) -> [String]? {
    guard let view else { return nil }
    return [
      view.task.status.rawValue, view.bucket.rawValue, view.charge.departure.map { "\($0)" } ?? "",
      "\(view.task.deadline)",
      view.task.leadUnit.rawValue, view.headPerson ?? "", view.leadUnitHead ?? "",
      view.task.completedOn?.iso ?? "",
    ]
  }
}
