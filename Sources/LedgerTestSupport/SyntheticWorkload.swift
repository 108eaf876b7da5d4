import Foundation
import LedgerCore

/// A deterministic synthetic workload: units with heads, tasks, then a stream of reports,
/// starts, extensions, reassignments and completions over three years, every fact valid.
public struct SyntheticWorkload {
  private var generator: SplitMix64
  public let units: Int
  public let tasks: Int
  private var versions: [StreamID: Int] = [:]
  private var open: [Int: (due: LocalDate, started: Bool, lead: Int)] = [:]
  /// The open tasks' numbers, for picking one in constant time.
  private var openList: [Int] = []
  private var openIndex: [Int: Int] = [:]
  private let start = LocalDate(year: 2026, month: 1, day: 1)!
  /// The commune the first unit is named after ("Đơn vị số 0 xã 7"), when given: communes'
  /// histories then differ from their first event, as real communes' do (the other units are
  /// named alike in every commune, as communes' offices are).
  public let commune: String?

  public init(seed: UInt64, units: Int = 200, tasks: Int = 5000, commune: String? = nil) {
    generator = SplitMix64(seed: seed)
    self.units = units
    self.tasks = tasks
    self.commune = commune
  }

  private mutating func below(_ bound: Int) -> Int {
    Int(generator.next() % UInt64(max(1, bound)))
  }

  private mutating func decision(_ stream: StreamID, _ event: LedgerEvent, _ day: LocalDate)
    -> Decision
  {
    let version = versions[stream, default: 0]
    versions[stream] = version + 1
    return Decision(stream: stream, expectedVersion: version, event: event, effective: day)
  }

  /// A text of about 200 bytes in Vietnamese.
  private mutating func text(_ n: Int) -> String {
    let words = [
      "triển khai", "kết nối", "cơ sở dữ liệu", "chuyển đổi số", "hồ sơ", "thủ tục", "người dân",
      "đào tạo", "kỹ năng số", "nền tảng", "an toàn thông tin", "báo cáo", "tiến độ", "hoàn thành",
    ]
    return "Nội dung \(n): "
      + (0..<14).map { _ in words[below(words.count)] }.joined(separator: " ")
  }

  private func unitCode(_ index: Int) -> UnitCode { UnitCode("U\(index)")! }

  /// The set-up: every unit and its head, then every task, each effective on day 0.
  public mutating func setUp() -> [Decision] {
    var out: [Decision] = []
    for u in 0..<units {
      out.append(
        decision(
          .unit(unitCode(u)),
          .unitRegistered(
            UnitRegistered(
              code: unitCode(u),
              name: "Đơn vị số \(u)" + (u == 0 ? commune.map { " \($0)" } ?? "" : ""))),
          start))
      out.append(
        decision(
          .unit(unitCode(u)),
          .headAppointed(
            HeadAppointed(
              unit: unitCode(u), person: "Người đứng đầu \(u)", role: "Trưởng đơn vị \(u)")), start)
      )
    }
    for t in 0..<tasks {
      let lead = below(units)
      let due = start.adding(days: 60 + below(900))
      let assigned = TaskAssigned(
        title: text(t), headRole: "Trưởng đơn vị \(lead)", leadUnit: unitCode(lead),
        supportingUnits: [unitCode((lead + 1) % units)], expectedResult: "Sản phẩm \(t)",
        deadline: .date(due))
      out.append(decision(.task(TaskID("T\(t)")!), .taskAssigned(assigned), start))
      open[t] = (due, false, lead)
      openIndex[t] = openList.count
      openList.append(t)
    }
    return out
  }

  /// The next fact, on a day that moves forward with `progress` (0…1) over three years.
  public mutating func nextEvent(progress: Double) -> Decision {
    let day = start.adding(days: Int(progress * 1095))
    guard !openList.isEmpty else {
      let u = below(units)
      return decision(
        .unit(unitCode(u)),
        .headAppointed(
          HeadAppointed(
            unit: unitCode(u), person: "Người kế nhiệm \(below(1000))", role: "Trưởng đơn vị \(u)")),
        day)
    }
    let t = openList[below(openList.count)]
    let id = TaskID("T\(t)")!
    guard var task = open[t] else { return nextEvent(progress: progress) }
    // About one event in two hundred completes a task, so that tasks stay open over the
    // whole run, as a commune's do over a year.
    if below(200) == 0 {
      close(t)
      return decision(
        .task(id),
        .taskCompleted(TaskCompleted(result: text(t), evidence: "\(below(999) + 1)/BC", by: nil)),
        day)
    }
    switch below(20) {
    case 0..<12:
      return decision(
        .task(id),
        .progressReported(
          ProgressReported(
            text: text(t), percent: below(101), document: "\(below(999) + 1)/BC-U\(task.lead)")),
        day)
    case 12..<14 where !task.started:
      task.started = true
      open[t] = task
      return decision(.task(id), .taskStarted(TaskStarted(by: "Cán bộ \(below(50))")), day)
    case 14:
      let newDue = max(task.due, day).adding(days: 30)
      let event = DeadlineExtended(
        previousDue: task.due, newDue: newDue, reason: text(t), approvedBy: "Chủ tịch")
      task.due = newDue
      open[t] = task
      return decision(.task(id), .deadlineExtended(event), day)
    case 15:
      let lead = (task.lead + 2 + below(units - 3)) % units
      let event = LeadReassigned(
        previousLead: unitCode(task.lead), newLead: unitCode(lead), reason: text(t))
      task.lead = lead
      open[t] = task
      return decision(.task(id), .leadReassigned(event), day)
    default:
      return decision(
        .task(id), .progressReported(ProgressReported(text: text(t), percent: nil, document: nil)),
        day)
    }
  }

  /// Takes a completed task out of the open ones.
  private mutating func close(_ t: Int) {
    open[t] = nil
    guard let index = openIndex.removeValue(forKey: t) else { return }
    let last = openList.removeLast()
    if last != t {
      openList[index] = last
      openIndex[last] = index
    }
  }
}
