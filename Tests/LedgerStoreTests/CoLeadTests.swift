import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

@Suite("Co-leads and collective leads (task.assigned v5)")
struct CoLeadTests {
  @Test("A co-lead answers for the task in its unit's view and its head's, and check flags it")
  func coLeadAnswers() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    var assign = AssignTask(
      id: TaskID("A"), title: "Rà soát dữ liệu dân cư trên địa bàn xã",
      headRole: "Chủ tịch UBND xã",
      leadUnit: "VHXH", expectedResult: "Dữ liệu được làm sạch",
      deadline: .date(Fixtures.day("30/06/2026")))
    assign.coLeads = ["CAX"]
    try ledger.record(.assignTask(assign), actor: "x", effective: Fixtures.day("05/01/2026"))
    let task = try #require(try ledger.task(TaskID("A")!))
    #expect(task.coLeads == [UnitCode("CAX")!])
    let board = try ledger.board()
    let police = try #require(board.unitViews().first { $0.unit.code.rawValue == "CAX" })
    #expect(police.led.map(\.task.id.rawValue) == ["A"])
    #expect(police.supported.isEmpty)
    let heads = board.headViews().filter { $0.tasks.contains { $0.task.id.rawValue == "A" } }
    #expect(heads.contains { $0.tenure.person == "Lê Văn Cường" })
    let view = try #require(board.tasks.first)
    let finding = FiveClearRules.findings(for: view).first { $0.clear == .responsibility }
    #expect(finding?.rule == "responsibility.several_leads")
  }

  @Test("A co-lead that is also the lead or a coordinator is refused; nothing is written")
  func coLeadRefused() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    var assign = AssignTask(
      id: TaskID("A"), title: "Rà soát dữ liệu dân cư trên địa bàn xã",
      headRole: "Chủ tịch UBND xã",
      leadUnit: "VHXH", supportingUnits: ["CAX"], expectedResult: "Dữ liệu được làm sạch",
      deadline: .date(Fixtures.day("30/06/2026")))
    assign.coLeads = ["CAX"]
    #expect(throws: LedgerError.leadAlsoSupporting(UnitCode("CAX")!)) {
      try ledger.record(.assignTask(assign), actor: "x", effective: Fixtures.day("05/01/2026"))
    }
    #expect(try ledger.task(TaskID("A")!) == nil)
  }

  @Test("A collective lead fails rõ trách nhiệm quoting its text")
  func collective() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    var assign = AssignTask(
      id: TaskID("A"), title: "Rà soát dữ liệu dân cư trên địa bàn xã",
      headRole: "Chủ tịch UBND xã",
      leadUnit: "VHXH", expectedResult: "Dữ liệu được làm sạch",
      deadline: .date(Fixtures.day("30/06/2026")))
    assign.collectiveLead = "UBND các xã, phường"
    try ledger.record(.assignTask(assign), actor: "x", effective: Fixtures.day("05/01/2026"))
    let board = try ledger.board()
    let view = try #require(board.tasks.first)
    let finding = try #require(
      FiveClearRules.findings(for: view).first { $0.clear == .responsibility })
    #expect(finding.rule == "responsibility.collective_lead")
    #expect(finding.severity == .error)
    #expect(finding.vi.contains("“UBND các xã, phường”"))
  }
}
