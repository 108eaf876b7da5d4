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
  ///
  /// A task's current line is compared with its current line, whichever unit leads it, so a
  /// corrected lead reads as a change of lead, not as one task gone and another come (trial).
  public init(from before: AccountabilityBoard, to after: AccountabilityBoard) {
    let old = Dictionary(before.tasks.map { (Self.key($0), $0) }, uniquingKeysWith: { a, _ in a })
    let new = Dictionary(after.tasks.map { (Self.key($0), $0) }, uniquingKeysWith: { a, _ in a })
    changes = Set(old.keys).union(new.keys).sorted().compactMap { key in
      let a = old[key]
      let b = new[key]
      guard Self.picture(a) != Self.picture(b), let id = (a ?? b)?.task.id else { return nil }
      return Change(id: id, before: a, after: b)
    }
  }

  /// The key a line is matched by: the task for its current line, the charge kept otherwise.
  private static func key(_ view: TaskView) -> String {
    view.isCurrent ? "\(view.task.id.rawValue) *" : view.key
  }

  /// What differs between the two sides of a change, part by part: (part, before, after),
  /// with nil for a side without the line.
  public func parts(of change: Change) -> [(part: Part, before: String?, after: String?)] {
    Part.allCases.compactMap { part in
      let a = change.before.map { part.value(of: $0) }
      let b = change.after.map { part.value(of: $0) }
      return a == b ? nil : (part, a, b)
    }
  }

  /// A part of a line a reader compares.
  public enum Part: String, CaseIterable, Sendable {
    case status, bucket, due, lead, head
    case leadUnitHead = "lead_unit_head"
    case completedOn = "completed_on"

    /// The part's value in a view, as the ledger keeps it (days as ISO dates).
    func value(of view: TaskView) -> String {
      switch self {
      case .status: return view.task.status.rawValue
      case .bucket: return view.bucket.rawValue
      case .due: return view.charge.due?.iso ?? ""
      case .lead: return view.lead.rawValue
      case .head: return view.headLabel ?? ""
      case .leadUnitHead: return view.leadUnitHeadLabel ?? ""
      case .completedOn: return view.task.completedOn?.iso ?? ""
      }
    }
  }

  /// The parts of a task's view a reader compares.
  private static func picture(_ view: TaskView?) -> [String]? {
    guard let view else { return nil }
    return Part.allCases.map { $0.value(of: view) } + [
      view.charge.departure.map { "\($0)" } ?? "", "\(view.task.deadline)",
    ]
  }
}
