import Foundation
import LedgerCore
import LedgerStore

/// A seeded generator of plausible and implausible commands, for long random histories.
///
/// The same seed gives the same commands, so a failure repeats. About a third of what it
/// proposes breaks some rule; those are refused and must leave no trace.
public struct RandomHistory {
  private var generator: SplitMix64
  private let people = [
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Anh Tuấn", "Hoàng Thị Dung",
    "Vũ Đức Em",
  ]
  private let unitNames = [
    "UBND xã", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Công an xã",
    "Trung tâm Phục vụ hành chính công xã", "Trung tâm Dịch vụ sự nghiệp công xã",
  ]
  /// Names the office's changes rename units to (and name them by), besides `unitNames`.
  private let newNames = [
    "Văn phòng HĐND và UBND xã", "Phòng Kinh tế - Hạ tầng", "Trạm Y tế xã",
    "Ban Chỉ huy Quân sự xã",
  ]
  private let roles = ["Chủ tịch UBND xã", "Trưởng phòng", "Giám đốc", "Trưởng Công an xã"]

  /// When true, about one step in six is a change of the office's year (`officeChange`),
  /// drawn from a generator of its own so the other commands stay those of the seed.
  public var officeChanges = false
  private var changes: SplitMix64

  public init(seed: UInt64, officeChanges: Bool = false) {
    generator = SplitMix64(seed: seed)
    changes = SplitMix64(seed: seed &+ 0x9E37_79B9)
    self.officeChanges = officeChanges
  }

  /// Proposes `steps` commands to a ledger, each on a random day up to today.
  ///
  /// The clock starts on `start` and moves a day about once in `dayEvery` steps, never past
  /// 31/12/2026. Refusals are counted; any other error is thrown.
  @discardableResult
  public mutating func play(
    _ steps: Int, on ledger: Ledger, clock: MovableClock, from start: String = "02/01/2026",
    dayEvery: Int = 8, actor: String = "clerk"
  ) throws -> (accepted: Int, refused: Int, today: LocalDate) {
    var today = Fixtures.day(start)
    var accepted = 0
    var refused = 0
    var assigned = 0
    for _ in 0..<steps {
      if below(dayEvery) == 0 { today = min(today.adding(days: 1), Fixtures.day("31/12/2026")) }
      clock.set(day: today.display)
      var command = command(taskCount: assigned, eventCount: accepted)
      var effective = day(upTo: today)
      if officeChanges, changes.next() % 6 == 0 {
        let change = officeChange(taskCount: assigned, eventCount: accepted)
        command = change.command
        effective = change.ahead.map { today.adding(days: $0) } ?? effective
      }
      // A merge writes its hand-overs too.
      var written = 1
      do {
        do {
          if case .mergeUnit(let unit, let into, let decision) = command {
            written = try ledger.mergeUnit(
              unit, into: into, decision: decision, actor: actor, effective: effective
            ).count
          } else {
            try ledger.record(command, actor: actor, effective: effective)
          }
        } catch let error as LedgerError {
          // A change of head is confirmed, as a clerk does with --replaces.
          guard case .endsTenure(let sitting, _, _, _) = error,
            case .appointHead(let unit, let person, let role, _, _, let acting, let decision) =
              command
          else { throw error }
          try ledger.record(
            .appointHead(
              unit: unit, person: person, role: role, replaces: sitting, acting: acting,
              decision: decision), actor: actor, effective: effective)
        }
        accepted += written
        if case .assignTask = command { assigned += 1 }
      } catch is LedgerError {
        refused += 1
      }
    }
    return (accepted, refused, today)
  }

  /// A change of the office's year, from the changes' own generator: an appointment decided
  /// ahead (`ahead` days after today), an acting head, a vacancy, an amendment, a rename, a
  /// merge or a dissolution.
  public mutating func officeChange(taskCount: Int, eventCount: Int) -> (
    command: LedgerCommand, ahead: Int?
  ) {
    func draw(_ bound: Int) -> Int { Int(changes.next() % UInt64(bound)) }
    func pick<T>(_ items: [T]) -> T { items[draw(items.count)] }
    let unit = pick(unitNames + newNames)
    let task = TaskID("R-\(draw(max(1, taskCount + 2)) + 1)")!
    let decision = draw(2) == 0 ? nil : "\(eventCount)/QĐ-UBND"
    switch draw(16) {
    case 0, 1, 2, 3:
      return (
        .appointHead(unit: unit, person: pick(people), role: pick(roles), decision: decision),
        draw(30) + 1
      )
    case 4, 5:
      return (
        .appointHead(
          unit: unit, person: pick(people), role: pick(roles), acting: true, decision: decision),
        nil
      )
    case 6, 7, 8: return (.vacateHead(unit: unit, decision: decision), nil)
    case 9, 10, 11, 12:
      let amend = AmendTask(
        title: draw(2) == 0 ? "Nhiệm vụ sửa lần \(eventCount)" : nil,
        headRole: draw(3) == 0 ? pick(roles) : nil, roleUnit: draw(4) == 0 ? unit : nil,
        expectedResult: draw(3) == 0 ? "Kết quả sửa \(eventCount)" : nil,
        supportingUnits: draw(3) == 0 ? (draw(2) == 0 ? [] : [pick(unitNames)]) : nil,
        reason: "Sửa kế hoạch", decision: decision)
      return (.amendTask(task, amend), nil)
    // Renamed within the generator's names, so that later commands can still name the unit.
    case 13:
      return (.renameUnit(unit: unit, name: pick(unitNames + newNames), decision: decision), nil)
    // Units end rarely: a unit that ended is gone for the rest of the history.
    case 14 where draw(3) == 0:
      return (.mergeUnit(unit: unit, into: pick(unitNames), decision: decision), nil)
    case 15 where draw(3) == 0: return (.dissolveUnit(unit: unit, decision: decision), nil)
    default: return (.vacateHead(unit: unit, decision: decision), nil)
    }
  }

  /// The next number of the seeded sequence.
  public mutating func next() -> UInt64 {
    generator.next()
  }

  /// A number in 0..<bound.
  public mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }

  private mutating func pick<T>(_ items: [T]) -> T {
    items[below(items.count)]
  }

  /// A day in 2026 up to `today`.
  public mutating func day(upTo today: LocalDate) -> LocalDate {
    let start = LocalDate(year: 2026, month: 1, day: 1)!.dayNumber
    return LocalDate(dayNumber: start + below(max(1, today.dayNumber - start + 1)))
  }

  /// The next command, given how many tasks and events exist so far.
  public mutating func command(taskCount: Int, eventCount: Int) -> LedgerCommand {
    let task = TaskID("R-\(below(max(1, taskCount + 2)) + 1)")!
    let unit = pick(unitNames)
    switch below(20) {
    case 0: return .registerUnit(name: unit, code: nil)
    case 1, 2: return .appointHead(unit: unit, person: pick(people), role: pick(roles))
    case 3, 4, 5:
      let deadline: Deadline
      switch below(4) {
      case 0: deadline = .ongoing
      case 1: deadline = .yearly(day: 30, month: 11)
      default: deadline = .date(LocalDate(year: 2026, month: below(12) + 1, day: below(28) + 1)!)
      }
      let supporting = below(2) == 0 ? [] : [pick(unitNames)]
      // Every fourth task without coordinators has a co-lead (task.assigned v5), drawn
      // without touching the seeded sequence.
      let next = unitNames[((unitNames.firstIndex(of: unit) ?? 0) + 1) % unitNames.count]
      let coLeads = supporting.isEmpty && taskCount % 4 == 3 && next != unit ? [next] : []
      return .assignTask(
        AssignTask(
          id: TaskID("R-\(taskCount + 1)"), title: "Nhiệm vụ số \(taskCount + 1) về chuyển đổi số",
          headRole: pick(roles), leadUnit: unit, supportingUnits: supporting,
          expectedResult: "Kết quả \(taskCount + 1)", deadline: deadline, coLeads: coLeads))
    case 6, 7: return .startTask(task, by: below(2) == 0 ? nil : pick(people))
    case 8, 9:
      return .reportProgress(
        task, text: "Báo cáo tiến độ \(eventCount)", percent: below(3) == 0 ? nil : below(120),
        document: below(2) == 0 ? nil : "\(eventCount)/BC-VHXH", by: nil)
    case 10:
      return .extendDeadline(
        task, to: LocalDate(year: 2026, month: below(12) + 1, day: below(28) + 1)!,
        reason: "Chờ hướng dẫn", approvedBy: pick(people))
    case 11: return .reassignLead(task, lead: unit, reason: "Theo chức năng")
    case 12, 13, 14:
      return .completeTask(
        task, result: "Đã hoàn thành", evidence: "\(eventCount)/BC-UBND", by: nil)
    case 15: return .cancelTask(task, reason: "Không còn phù hợp")
    case 16:
      // Pauses, and requests and explanations, which take no draw (see case 17).
      switch eventCount % 3 {
      case 1:
        return .requestExplanation(
          task,
          ExplanationRequested(
            by: people[eventCount % people.count], due: LocalDate(year: 2026, month: 12, day: 31)!))
      case 2:
        return .explainTask(
          task,
          TaskExplained(text: "Giải trình \(eventCount)", by: people[eventCount % people.count]))
      default:
        guard eventCount % 5 == 0 else { return .pauseTask(task, reason: "Chờ kinh phí") }
        // Evidence for an earlier event, named by hash only: refused unless it is the task's
        // report, completion or explanation.
        let file = AttachedFile(
          name: "bien-ban-\(eventCount).pdf", size: eventCount,
          sha256: String(repeating: "ab", count: 32))
        return .attachEvidence(
          task, EvidenceAttached(supports: Int64(max(1, eventCount)), files: [file]))
      }
    case 17:
      // Both are mostly refused: few tasks are paused, and few people head the lead unit. No
      // draw is taken here, so that the sequences seeds gave before stay as they were.
      if eventCount % 2 == 1 {
        return .acknowledgeTask(task, by: people[eventCount % people.count])
      }
      return .resumeTask(task, reason: nil)
    default:
      let restated =
        below(3) == 0 ? LocalDate(year: 2026, month: below(12) + 1, day: below(28) + 1) : nil
      return .correct(
        position: Int64(below(max(1, eventCount + 1)) + 1), reason: "Nhập nhầm",
        restatedEffective: restated)
    }
  }
}
