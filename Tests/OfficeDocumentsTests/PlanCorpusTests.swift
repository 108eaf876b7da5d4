import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import PlanDocuments
import Testing

/// The plan corpus in `Tests/Fixtures/plans/` (written by `Scripts/make-plan-fixtures.py`):
/// each plan read from its file and imported into a fresh ledger gives exactly the tasks,
/// units and deadlines its `.expected.json` lists.
@Suite("The plan corpus: Word, Excel, CSV and UTF-16 plans import as expected")
struct PlanCorpusTests {
  static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/plans")

  /// Every plan with an expectation beside it.
  static var plans: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".expected.json") }
      .map { String($0.dropLast(".expected.json".count)) }.sorted()
  }

  @Test("The corpus holds at least twelve plans besides the seed, in Word, Excel and text")
  func corpusSize() {
    let plans = Self.plans
    #expect(plans.filter { !$0.hasPrefix("seed") }.count >= 12)
    for kind in [".docx", ".xlsx", ".csv", ".txt"] {
      #expect(plans.contains { $0.hasSuffix(kind) }, "no \(kind) plan")
    }
    #expect(plans.contains("seed.docx") && plans.contains("seed.xlsx"))
  }

  @Test("Each plan gives its expected tasks, units and deadlines", arguments: plans)
  func plan(_ plan: String) throws {
    let expected = try #require(
      try JSONSerialization.jsonObject(
        with: Data(
          contentsOf: Self.folder.appendingPathComponent(plan + ".expected.json")))
        as? [String: Any])
    let (ledger, _) = try Fixtures.ledger(at: "10/03/2026")
    let parsed = try PlanFile.read(Self.folder.appendingPathComponent(plan).path)
    if let refused = expected["refused"] as? String {
      #expect(throws: LedgerError.self) { try ledger.prepareImport(parsed, options: .init()) }
      do {
        _ = try ledger.prepareImport(parsed, options: .init())
      } catch let error as LedgerError {
        #expect("\(error)".hasPrefix(refused), "\(error)")
      }
      return
    }
    let prepared = try ledger.prepareImport(parsed, options: .init())
    let effective = prepared.registration.issued ?? Fixtures.day("10/03/2026")
    _ = try ledger.recordAll(prepared.commands, actor: "thư ký", effective: effective)
    if let number = expected["number"] as? String {
      #expect(prepared.registration.number == number)
    }
    if let title = expected["title"] as? String {
      #expect(prepared.registration.title == title)
    }
    let units = try ledger.units()
    func unitName(_ code: UnitCode) -> String {
      units.first { $0.code == code }?.name ?? code.rawValue
    }
    #expect(
      Set(units.map(\.name)) == Set(expected["newUnits"] as? [String] ?? []),
      "units of \(plan)")
    let tasks = try #require(expected["tasks"] as? [[String: Any]])
    #expect(prepared.taskIDs.map(\.rawValue) == tasks.compactMap { $0["id"] as? String })
    for row in tasks {
      let id = try #require(TaskID(row["id"] as? String ?? ""))
      let task = try #require(try ledger.task(id), "\(id) missing")
      #expect(unitName(task.leadUnit) == row["lead"] as? String, "lead of \(id)")
      #expect(task.supportingUnits.map(unitName) == row["support"] as? [String], "support of \(id)")
      #expect(task.headRole == row["head"] as? String, "head role of \(id)")
      let deadline = try #require(row["deadline"] as? [String: Any])
      #expect(describe(task.deadline, task.reportingDay) == describe(deadline), "deadline of \(id)")
      let flag = row["flag"] as? String
      #expect(flags(prepared, id) == flag, "flag of \(id)")
    }
  }

  func describe(_ deadline: Deadline, _ reporting: DayOfYear?) -> String {
    switch deadline {
    case .date(let date): return "date \(date.iso)"
    case .ongoing: return "ongoing" + (reporting.map { " \($0)" } ?? "")
    case .yearly(let day, let month): return "yearly \(day)/\(month)"
    case .recurring(let period, let day): return period.rawValue + (day.map { " \($0)" } ?? "")
    }
  }

  func describe(_ json: [String: Any]) -> String {
    switch json["kind"] as? String {
    case "date": return "date \(json["date"] as? String ?? "")"
    case "yearly": return "yearly \(json["day"] as? Int ?? 0)/\(json["month"] as? Int ?? 0)"
    case let kind? where ReportingPeriod(rawValue: kind) != nil:
      return kind + ((json["day"] as? Int).map { " \($0)" } ?? "")
    default: return "ongoing" + ((json["reportingDay"] as? String).map { " \($0)" } ?? "")
    }
  }

  func flags(_ prepared: PlanImport, _ id: TaskID) -> String? {
    if prepared.yearlyWithoutDay.contains(id) { return "yearlyWithoutDay" }
    return nil
  }
}
