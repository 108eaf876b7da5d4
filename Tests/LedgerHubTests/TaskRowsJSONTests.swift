import Foundation
import LedgerCore
import LedgerHub
import LedgerJSON
import LedgerTestSupport
import Testing

/// `TaskRowsJSON`, the hub's writer of task rows, against `JSONEncoder` configured as the CLI's
/// `JSONOutput` (pretty-printed, sorted keys, slashes unescaped, snake case): the same bytes.
@Suite("Task rows written directly are the encoder's text, byte for byte")
struct TaskRowsJSONTests {
  /// The text `JSONOutput.print` writes for the rows.
  func encoded(_ rows: [(source: String, view: TaskView)]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let value = rows.map { SourcedJSON(source: $0.source, row: TaskJSON($0.view)) }
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  @Test("Every row of random communes' boards on many days", arguments: [41, 42] as [UInt64])
  func randomBoards(seed: UInt64) throws {
    let commune = try CommuneExport(seed: seed, steps: 500)
    let states = SourceStates(events: try commune.events)
    var rows: [(source: String, view: TaskView)] = []
    var buckets = Set<Bucket>()
    for offset in stride(from: -200, through: 400, by: 50) {
      let board = states.board(on: commune.today.adding(days: offset))
      rows += board.tasks.map { ("xa-\(seed)", $0) }
      buckets.formUnion(board.tasks.map(\.bucket))
    }
    #expect(rows.count > 100)
    #expect(buckets.count >= 4)
    #expect(TaskRowsJSON.text(rows) == (try encoded(rows)))
    #expect(TaskRowsJSON.text([]) == (try encoded([])))
  }

  @Test("Quotes, backslashes, slashes, every deadline kind; control characters left to the encoder")
  func oddText() throws {
    let commune = try CommuneExport(seed: 43, steps: 300)
    let states = SourceStates(events: try commune.events)
    let view = try #require(states.board(on: commune.today).tasks.first)
    let deadlines: [Deadline] = [
      .ongoing, .yearly(day: 30, month: 11), .recurring(.quarterly, day: 20),
      .recurring(.monthly, day: nil), .date(LocalDate(year: 2026, month: 2, day: 3)!),
    ]
    var rows: [(source: String, view: TaskView)] = []
    for (index, deadline) in deadlines.enumerated() {
      var odd = view
      odd.task.title = #"Báo cáo "số 1" \ 12/BC-UBND – Phòng Văn hoá"#
      odd.task.expectedResult = "Kết quả / \(index) ✓ 𝔸"
      odd.task.deadline = deadline
      odd.task.plan = index % 2 == 0 ? nil : "KH-\(index)"
      odd.task.supportingUnits = Array(odd.task.supportingUnits.prefix(index))
      odd.headPerson = index % 2 == 0 ? nil : "Nguyễn Văn \"A\""
      odd.headCode = index == 3 ? "NVA" : nil
      rows.append(("xa-\(index)", odd))
    }
    // A deadline the plan's words could not give: written as unreadable, with its words.
    var unread = view
    unread.task.record.deadlineUnread = true
    unread.task.source = TaskSource(
      appendix: 1, section: "I", row: "3", line: 12, leadText: "Phòng Văn hóa", supportText: nil,
      deadlineText: "Trước \"kỳ họp\" cuối năm")
    rows.append(("xa-unread", unread))
    #expect(TaskRowsJSON.text(rows) == (try encoded(rows)))
    #expect(TaskRowsJSON.text(rows)?.contains(#""kind" : "unreadable""#) == true)
    for unusual in ["dòng\nmới", "tab\there", "xóa\u{7F}", "ngăn\u{2028}dòng", "đoạn\u{2029}"] {
      var odd = view
      odd.task.title = unusual
      #expect(TaskRowsJSON.text([("xa-a", odd)]) == nil, "\(unusual.debugDescription)")
    }
  }
}
