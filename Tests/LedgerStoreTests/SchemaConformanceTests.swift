import Foundation
import LedgerCore
import LedgerProof
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("Event schemas")
struct SchemaConformanceTests {
  /// A ledger holding at least one event of every type, with optional fields both set and not.
  func everyType() throws -> Ledger {
    let (ledger, clock) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    let a = TaskID("A")!
    let commands: [LedgerCommand] = [
      Fixtures.assign("A"), Fixtures.assign("B", due: .ongoing, support: []),
      Fixtures.assign("C", due: .yearly(day: 30, month: 11)),
      .startTask(a, by: nil), .startTask(TaskID("B")!, by: "Trần Thị Bình"),
      .reportProgress(
        a, text: "Đã kết nối 3/5 CSDL", percent: 60, document: "12/BC-VHXH", by: "Bình"),
      .reportProgress(a, text: "Tiếp tục", percent: nil, document: nil, by: nil),
      .extendDeadline(
        a, to: Fixtures.day("31/07/2026"), reason: "Chờ bộ ngành", approvedBy: "Nguyễn Văn An"),
      .reassignLead(a, lead: "CAX", reason: "Theo chức năng"),
      .pauseTask(a, reason: "Chờ kinh phí"), .resumeTask(a, reason: nil),
      .pauseTask(a, reason: "Chờ lần hai"), .resumeTask(a, reason: "Đã có kinh phí"),
      .completeTask(a, result: "Hoàn thành kết nối", evidence: "15/BC-CAX", by: "Lê Văn Cường"),
      .completeTask(TaskID("B")!, result: nil, evidence: nil, by: nil),
      .cancelTask(TaskID("C")!, reason: "Gộp vào nhiệm vụ khác"),
      .correct(position: 11, reason: "Nhập nhầm"),
      .correct(position: 10, reason: "Ngày sai", restatedEffective: Fixtures.day("02/06/2026")),
      .scoreGeneralPoints(
        person: "Nguyễn Văn An", year: 2026, points: 27.5, reason: "Tiêu chí chung"),
      // Schema v2 members: a role unit, a new lead's own deadline, the year's report.
      .assignTask(
        AssignTask(
          id: TaskID("D"), title: "Ban hành quy chế phối hợp chia sẻ dữ liệu",
          headRole: "Chủ tịch", leadUnit: "VHXH", expectedResult: "Quy chế ban hành",
          deadline: .date(Fixtures.day("30/06/2026")), roleUnit: "UBND")),
      .reassignLead(
        TaskID("D")!, lead: "CAX", reason: "Theo chức năng", due: Fixtures.day("31/07/2026")),
      Fixtures.assign("E", due: .yearly(day: 30, month: 11)),
      .reportProgress(
        TaskID("E")!, text: "Báo cáo kết quả năm", percent: nil, document: nil, by: nil,
        annual: true),
      // Reviews of a delivered product, with and without an objective cause.
      .reviewTask(a, majorErrors: 1, objectiveCause: nil, by: "Nguyễn Văn An"),
      .reviewTask(a, majorErrors: 2, objectiveCause: "Sở chậm cấp dữ liệu", by: "Nguyễn Văn An"),
      .openAccount(username: "binh.tt", person: "Trần Thị Bình", role: .head, unit: "VHXH"),
      .openAccount(username: "an.nv", person: "Nguyễn Văn An", role: .leader, unit: nil),
      .changeAccountRole(username: "binh.tt", role: .clerk, unit: nil),
      .changeAccountRole(username: "an.nv", role: .head, unit: "CAX"),
      .disableAccount(username: "binh.tt", reason: nil),
      .disableAccount(username: "an.nv", reason: "Nghỉ hưu"),
      // Schema v3 task.assigned and progress, v2 completion: quantities delivered.
      .assignTask(
        AssignTask(
          id: TaskID("Q"), title: "Cấp giấy chứng nhận", headRole: "Chủ tịch", leadUnit: "VHXH",
          expectedResult: "10 giấy", deadline: .date(Fixtures.day("30/06/2026")), quantity: 10,
          weight: 2)),
      .reportProgress(
        TaskID("Q")!, text: "Đã cấp 4", percent: nil, document: nil, by: nil, delivered: 4),
      // Schema v5 task.assigned: co-leads, a collective lead, an unreadable deadline.
      .assignTask(
        AssignTask(
          id: TaskID("V5"), title: "Rà soát dữ liệu dân cư trên địa bàn", headRole: "Chủ tịch",
          leadUnit: "VHXH", expectedResult: "Dữ liệu được làm sạch", deadline: .ongoing,
          source: TaskSource(
            appendix: 1, section: "I", row: "9", line: 40, leadText: "VHXH; CAX",
            supportText: nil, deadlineText: "Sớm"),
          coLeads: ["CAX"], collectiveLead: "UBND các xã, phường", deadlineUnread: true)),
      .completeTask(TaskID("Q")!, result: nil, evidence: nil, by: nil, delivered: 8),
      // A leader's criteria, for the year and for one quarter, and a condition.
      .judgeLeader(
        LeaderCriteriaJudged(
          person: "Nguyễn Văn An", year: 2026, period: nil, unitResults: 100, organising: 50,
          unity: 100, reason: "Đơn vị hoàn thành tốt")),
      .judgeLeader(
        LeaderCriteriaJudged(
          person: "Nguyễn Văn An", year: 2026, period: "Q2", unitResults: 50, organising: 50,
          unity: 50, reason: "Quý 2 chậm")),
      .recordCondition(
        ConditionRecorded(
          person: "Nguyễn Văn An", year: 2026, kind: "discipline", decision: "05/QĐ-UBND")),
      // People: one with a code made from initials, a namesake told apart by their own code.
      .registerPerson(name: "Nguyễn Văn Hùng", code: nil),
      .registerPerson(name: "Nguyễn Văn Hùng", code: "HUNG-02"),
      // Follow-up: the lead unit's head confirms receipt.
      .acknowledgeTask(TaskID("E")!, by: "Trần Thị Bình"),
      // An explanation asked with and without a reason, answered with and without a document.
      .requestExplanation(
        TaskID("E")!, ExplanationRequested(by: "Nguyễn Văn An", due: Fixtures.day("10/06/2026"))),
      .explainTask(TaskID("E")!, TaskExplained(text: "Chờ số liệu", by: "Trần Thị Bình")),
      .requestExplanation(
        TaskID("E")!,
        ExplanationRequested(
          by: "Nguyễn Văn An", due: Fixtures.day("20/06/2026"), reason: "Chậm báo cáo")),
      .explainTask(
        TaskID("E")!,
        TaskExplained(text: "Đã bổ sung", by: "Trần Thị Bình", document: "15/BC-VHXH")),
      // The office's real year: a vacancy, an acting head, amendments, a rename, a merge, a
      // dissolution; optional members both set and not.
      .vacateHead(unit: "VHXH", decision: "45/QĐ-UBND"), .vacateHead(unit: "CAX", decision: nil),
      .appointHead(
        unit: "VHXH", person: "Vũ Đức Em", role: "Trưởng phòng", acting: true,
        decision: "46/QĐ-UBND"),
      .amendTask(
        TaskID("E")!,
        AmendTask(
          title: "Báo cáo kết quả chuyển đổi số năm 2026", headRole: "Chủ tịch",
          roleUnit: "UBND", expectedResult: "Báo cáo được UBND xã phê duyệt",
          supportingUnits: [], reason: "Kế hoạch ghi thiếu", decision: "55/QĐ-UBND")),
      .amendTask(
        TaskID("E")!, AmendTask(supportingUnits: ["CAX"], reason: "Bổ sung đơn vị phối hợp")),
      .renameUnit(unit: "CAX", name: "Công an xã Chí Minh", decision: "30/QĐ-UBND"),
      .registerUnit(name: "Tổ công tác số", code: "TCT"),
      .registerUnit(name: "Ban nhập nhầm", code: "BNN"),
      .mergeUnit(unit: "BNN", into: "VHXH", decision: nil),
      .dissolveUnit(unit: "TCT", decision: "31/QĐ-UBND"),
    ]
    for command in commands {
      try ledger.record(command, actor: "thư ký", effective: Fixtures.day("02/06/2026"))
    }
    // Delays excused, with and without the decision named: on D, overdue at CAX since 31/07 (a
    // delay is excused once it happened).
    clock.set(day: "02/08/2026")
    let d = TaskID("D")!
    // A second deadline, 01/08, granted late and missed too: two delays, two excuses.
    try ledger.record(
      .extendDeadline(
        d, to: Fixtures.day("01/08/2026"), reason: "Chờ số liệu", approvedBy: "Nguyễn Văn An"),
      actor: "thư ký", effective: Fixtures.day("01/08/2026"))
    for excuse in [
      DelayExcused(reason: "Bão lũ", approvedBy: "Nguyễn Văn An"),
      DelayExcused(reason: "Sở chậm dữ liệu", approvedBy: "Nguyễn Văn An", decision: "9/QĐ"),
    ] {
      try ledger.record(.excuseDelay(d, excuse), actor: "thư ký")
    }
    // Evidence files kept with a report: the report and the files named, in one transaction.
    try ledger.record(
      .reportProgress(
        TaskID("E")!, text: "Biên bản kèm theo", percent: nil, document: nil, by: nil),
      attaching: [
        EvidenceFile(name: "bien-ban.pdf", bytes: Data("%PDF-1.4 biên bản".utf8)),
        EvidenceFile(name: "anh.jpg", bytes: Data([0xFF, 0xD8, 0xFF])),
      ], actor: "thư ký", effective: Fixtures.day("02/06/2026"))
    // An appointment decided ahead, plain and with its decision.
    try ledger.record(
      .appointHead(
        unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã", replaces: "Nguyễn Văn An",
        decision: "120/QĐ-UBND"), actor: "thư ký", effective: Fixtures.day("01/08/2026"))
    try ledger.record(
      .appointHead(unit: "CAX", person: "Đỗ Minh Quân", role: "Trưởng Công an xã"),
      actor: "thư ký", effective: Fixtures.day("01/08/2026"))
    // A plan, and a second plan replacing it, which supersedes the first's open task.
    for (text, prefix) in [
      (
        PlanFixtures.plan(number: "37", rows: [.init("Xây dựng cơ sở dữ liệu đất đai của xã")]), nil
      ),
      (
        PlanFixtures.plan(
          number: "49", supersedes: "37/KH-UBND",
          rows: [.init("Số hóa toàn bộ hồ sơ hộ tịch của xã", deadline: "Thường xuyên")]), "KH49"
      ),
    ] {
      let parsed = try PlanParser.parse(text: text)
      let prepared = try ledger.prepareImport(parsed, options: PlanImportOptions(prefix: prefix))
      try ledger.recordAll(
        prepared.commands, actor: "thư ký", effective: Fixtures.day("03/06/2026"))
    }
    // Keys and policies: a key registered, a signed event, a key revoked, both rules adopted.
    let key = try SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 3, count: 32))
    try ledger.record(.registerPerson(name: "Văn thư Hoa", code: "VTH"), actor: "thư ký")
    try ledger.registerKey(key.verifier, person: "Văn thư Hoa", actor: "thư ký")
    try ledger.with(signer: key).record(
      .registerUnit(name: "Phòng Tư pháp", code: "TP"), actor: "ai đó")
    try ledger.record(.revokeKey(keyID: key.verifier.keyID, reason: "Mất máy"), actor: "thư ký")
    // The web server's key (key.registered v2 with web_server).
    let server = try SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 4, count: 32))
    try ledger.registerKey(server.verifier, person: "Máy chủ web", webServer: true, actor: "thư ký")
    // Another ledger's own key, registered as a source.
    let source = try SignerKey.named(SignerKey.ledgerPrefix, seed: [UInt8](repeating: 5, count: 32))
    try ledger.registerSource("xa-hoa-binh", key: source.verifier, actor: "thư ký")
    try ledger.record(.adoptPolicy(.refuseFixedClock), actor: "thư ký")
    // Requiring signatures is signed (its signer keeps the keys): with Hoa's second key.
    let second = try SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 6, count: 32))
    try ledger.registerKey(second.verifier, person: "VTH", actor: "thư ký")
    try ledger.with(signer: second).record(.adoptPolicy(.requireSignatures), actor: "thư ký")
    return ledger
  }

  @Test("Every payload the code writes validates against its type's schema")
  func payloadsValidate() throws {
    let ledger = try everyType()
    var seen: Set<String> = []
    try ledger.replay { entry in
      let event = entry.event.event
      seen.insert(event.typeName)
      let url = Fixtures.schemaURL("events/\(event.typeName).v\(event.schemaVersion).schema.json")
      let violations = try SchemaValidator(contentsOf: url).violations(of: entry.event.payload)
      #expect(violations.isEmpty, "\(event.typeName) at #\(entry.event.position): \(violations)")
    }
    #expect(seen == Set(LedgerEvent.knownTypes.keys))
  }

  @Test("Every stored envelope validates against the envelope schema")
  func envelopesValidate() throws {
    let ledger = try everyType()
    let validator = try SchemaValidator(contentsOf: Fixtures.schemaURL("envelope.v1.schema.json"))
    let rows = try ledger.database.read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT json_object('position', position, 'stream', stream, 'version', version, 'type', type,
            'schema_version', schema_version, 'effective', effective, 'recorded', recorded,
            'actor', actor, 'payload', json(payload), 'prev_hash', prev_hash, 'hash', hash)
            || CASE WHEN signer IS NULL THEN '' ELSE
              json_object('signer', signer, 'signature', signature) END
          FROM events ORDER BY position
          """)
    }
    // (the plans' "Công an xã" is CAX by its former name, so no unit is made for it)
    #expect(rows.count == 83)
    for var row in rows {
      // Join the signing members into the envelope: `{…}{"signer":…}` → `{…,"signer":…}`.
      row = row.replacingOccurrences(of: "}{\"signer\"", with: ",\"signer\"")
      let violations = try validator.violations(of: Data(row.utf8))
      #expect(violations.isEmpty, "\(violations)")
    }
  }

  @Test("The validator catches what the schemas forbid")
  func validatorHasTeeth() throws {
    let validator = try SchemaValidator(
      contentsOf: Fixtures.schemaURL("events/task.assigned.v1.schema.json"))
    let bad =
      #"{"title":"","head_role":"x","lead_unit":"vhxh","supporting_units":["A","A"],"expected_result":"r","deadline":{"kind":"date"},"extra":1}"#
    let violations = try validator.violations(of: Data(bad.utf8))
    #expect(violations.count >= 5, "\(violations)")
    let report = try SchemaValidator(
      contentsOf: Fixtures.schemaURL("events/task.progress_reported.v1.schema.json"))
    #expect(try !report.violations(of: Data(#"{"text":"x","percent":101}"#.utf8)).isEmpty)
    #expect(
      try report.violations(of: Data(#"{"text":"x","percent":100,"document":"12/BC-VHXH"}"#.utf8))
        .isEmpty)
  }

  @Test("Every known event type has a schema file, and every schema file a type")
  func schemaFilesMatchTypes() throws {
    let folder = Fixtures.schemaURL("events")
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
    let expected = Set(
      LedgerEvent.knownTypes.flatMap { type, versions in
        versions.map { "\(type).v\($0).schema.json" }
      })
    #expect(files == expected)
  }
}
