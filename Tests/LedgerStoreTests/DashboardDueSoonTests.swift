import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

/// The dashboard's "due within 7 days" is what `due` reminds of (a trial found ongoing work's
/// yearly report missing from it).
@Suite("Dashboard: due soon")
struct DashboardDueSoonTests {
  @Test(
    "Ongoing work whose yearly report falls due within a week is due soon, with the dated tasks")
  func yearlyReportDueSoon() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try Fixtures.commune(ledger)
    try ledger.record(
      .assignTask(
        AssignTask(
          id: TaskID("BC"), title: "Báo cáo tình hình an ninh trật tự", headRole: "Trưởng phòng",
          leadUnit: "VHXH", expectedResult: "Báo cáo năm", deadline: .ongoing,
          reportingDay: DayOfYear(day: 30, month: 11))), actor: "thuky")
    try ledger.record(Fixtures.assign("A", due: .date(Fixtures.day("28/11/2026"))), actor: "thuky")
    try ledger.record(Fixtures.assign("B", due: .date(Fixtures.day("20/12/2026"))), actor: "thuky")
    clock.set(day: "25/11/2026")
    let board = try ledger.board()
    let dashboard = Dashboard(board, language: .vi)
    #expect(dashboard.dueSoon.map(\.task.id.rawValue) == ["A", "BC"])
    let due = DueList(board, within: DueList.defaultWindow)
    let reminded = Set(due.groups.flatMap(\.items).map(\.view.task.id.rawValue))
    #expect(Set(dashboard.dueSoon.map(\.task.id.rawValue)).isSubset(of: reminded))
    // The same task is orange in the bars.
    let bc = try #require(board.tasks.first { $0.task.id.rawValue == "BC" })
    #expect(Dashboard.shade(of: bc, on: board.day) == .orange)
  }

  @Test(
    "The heads' bars add up to the whole plan: lines no head answers for have a bar of their own (trial: they were left out)"
  )
  func nobodyNamedHasABar() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try Fixtures.commune(ledger)
    // A answers to the chair; N names a role nobody holds.
    try ledger.record(Fixtures.assign("A"), actor: "thuky")
    try ledger.record(
      .assignTask(
        AssignTask(
          id: TaskID("N"), title: "Rà soát hồ sơ", headRole: "Phó Trưởng phòng",
          leadUnit: "VHXH", expectedResult: "Báo cáo", deadline: .date(Fixtures.day("30/09/2026"))
        )), actor: "thuky")
    clock.set(day: "01/03/2026")
    let board = try ledger.board()
    #expect(board.tasks.contains { $0.task.id.rawValue == "N" && $0.headPerson == nil })
    let dashboard = Dashboard(board, language: .en)
    let nobody = try #require(dashboard.heads.last)
    #expect(nobody.label == "Nobody named")
    #expect(nobody.total == 1)
    #expect(dashboard.heads.map(\.total).reduce(0, +) == dashboard.whole.total)
    // A, which the chair answers for, is in the chair's bar, not in it.
    #expect(dashboard.heads.contains { $0.label.hasPrefix("Nguyễn Văn An") && $0.total == 1 })
  }
}
