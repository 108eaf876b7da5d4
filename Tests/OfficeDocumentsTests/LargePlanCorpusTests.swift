import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import PlanDocuments
import Testing

/// The large-plan corpus in `Tests/Fixtures/large-plans/` (written by
/// `Scripts/make-large-plans.py`): ten plans of 60–150 rows in national, provincial and
/// commune styles (text, CSV, Word, Excel), each read into a fresh ledger's import and compared row by row with its
/// `.expected.json`: lead, co-leads, collective lead, coordinators, deadline and flags.
@Suite("Large plans: every row of the corpus read as expected")
struct LargePlanCorpusTests {
  static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/large-plans")

  static var plans: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".expected.json") }
      .map { String($0.dropLast(".expected.json".count)) }.sorted()
  }

  /// The flags the corpus states for each row; others (no head, …) are not compared.
  static let compared: Set<String> = [
    "several_leads", "collective_lead", "glued_names", "joined_continuation", "deadline_unread",
    "vague_coordinators", "yearly_without_day",
  ]

  @Test("At least eight plans of 60 to 150 rows, in national, provincial and commune styles")
  func corpusShape() throws {
    #expect(Self.plans.count >= 8)
    var styles = Set<String>()
    for plan in Self.plans {
      let expected = try Self.expectation(plan)
      let rows = try #require(expected["rows"] as? Int)
      #expect((60...150).contains(rows), "\(plan)")
      #expect((expected["tasks"] as? [Any])?.count == rows)
      styles.insert(expected["style"] as? String ?? "")
    }
    #expect(styles.isSuperset(of: ["national", "provincial", "commune"]))
  }

  static func expectation(_ plan: String) throws -> [String: Any] {
    let data = try Data(contentsOf: folder.appendingPathComponent(plan + ".expected.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// The deadline as the corpus writes it.
  static func describe(_ deadline: Deadline?) -> [String: AnyHashable]? {
    switch deadline {
    case nil: return nil
    case .date(let date)?: return ["kind": "date", "date": date.iso]
    case .ongoing?: return ["kind": "ongoing"]
    case .yearly(let day, let month)?: return ["kind": "yearly", "day": day, "month": month]
    case .recurring?: return ["kind": "recurring"]
    }
  }

  @Test(
    "Each row gives its lead, co-leads, collective lead, coordinators, deadline", arguments: plans)
  func plan(_ plan: String) throws {
    let expected = try Self.expectation(plan)
    let (ledger, _) = try Fixtures.ledger(at: "10/01/2025")
    let parsed = try PlanFile.read(Self.folder.appendingPathComponent(plan).path)
    let options = PlanImportOptions(lenient: expected["lenient"] as? Bool ?? false)
    let prepared = try ledger.prepareImport(parsed, options: options)
    let rows = Dictionary(
      prepared.rows.map { ($0.task.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
    let tasks = try #require(expected["tasks"] as? [[String: Any]])
    #expect(prepared.rows.count == tasks.count, "\(plan): \(prepared.rows.count) rows read")
    var right = 0
    for task in tasks {
      let id = task["task"] as? String ?? "?"
      guard let reading = rows[id] else {
        Issue.record("\(plan): \(id) not read")
        continue
      }
      var wrong: [String] = []
      if reading.row.task != task["title"] as? String { wrong.append("title \(reading.row.task)") }
      if reading.lead != task["lead"] as? String { wrong.append("lead \(reading.lead)") }
      if reading.coLeads != task["co_leads"] as? [String] {
        wrong.append("co-leads \(reading.coLeads)")
      }
      if reading.collectiveLead != task["collective_lead"] as? String {
        wrong.append("collective \(reading.collectiveLead ?? "-")")
      }
      if reading.coordinators != task["coordinators"] as? [String] {
        wrong.append("coordinators \(reading.coordinators)")
      }
      let due = (task["deadline"] as? [String: Any]).map { value in
        value.mapValues {
          ($0 as? NSNumber).map { AnyHashable($0.intValue) } ?? AnyHashable("\($0)")
        }
      }
      if Self.describe(reading.deadline) != due {
        wrong.append("deadline \(String(describing: reading.deadline))")
      }
      let flags = Set(reading.flags.map(\.rawValue)).intersection(Self.compared)
      if flags != Set(task["flags"] as? [String] ?? []) { wrong.append("flags \(flags.sorted())") }
      if wrong.isEmpty {
        right += 1
      } else {
        Issue.record("\(plan) \(id): \(wrong.joined(separator: "; "))")
      }
    }
    #expect(right == tasks.count, "\(plan): \(right) of \(tasks.count) rows read right")
  }
}
