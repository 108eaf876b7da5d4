import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

/// The server keeps the units and persons between writes (`PeopleMemo`): a unit, a head or a
/// person recorded by the CLI in another process between two web writes must be seen by the
/// next write's name check and by the next page.
@Suite("Kept people on the web")
struct KeptPeopleTests {
  /// Files a report on task B naming `by` as who did the work.
  static func report(_ by: String, as clerk: SignedIn, _ client: some TestClientProtocol)
    async throws -> (HTTPResponse.Status, String)
  {
    try await client.post(
      "/api/tasks/B/reports", #"{"text": "Đã làm", "percent": 20, "by": "\#(by)"}"#, as: clerk)
  }

  @Test(
    "A head appointed, a person registered and a unit renamed by another process are seen by the next web write and page"
  )
  func otherProcessSeen() async throws {
    let (ledger, clock, folder) = try Fixtures.fileLedger()
    defer { try? FileManager.default.removeItem(at: folder) }
    try WebFixture.populate(ledger)
    let app = try await buildApplication(TestArguments(ledger: ledger))
    // The CLI in another process: its own connection to the file (and its own kept people).
    let other = try Ledger.open(at: ledger.path, clock: clock.ledgerClock)
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      // Given writes and pages that made the server keep the units and persons
      let (outsider, outsiderBody) = try await Self.report("Đặng Quốc Viet", as: clerk, client)
      #expect(outsider == .created, "\(outsiderBody)")
      #expect(outsiderBody.contains("Đặng Quốc Viet"))
      let (unregistered, unregisteredBody) = try await Self.report("le thi hoa", as: clerk, client)
      #expect(unregistered == .created && unregisteredBody.contains("le thi hoa"))
      let (_, listBefore) = try await client.get("/tasks", as: clerk)
      #expect(!listBefore.contains("Công an xã Hòa Bình"))

      // When another process appoints a head of a new unit
      try other.record(
        .registerUnit(name: "Phòng Kinh tế", code: "KT"), actor: "thuky",
        effective: Fixtures.day("05/01/2026"))
      try other.record(
        .appointHead(unit: "KT", person: "Đặng Quốc Việt", role: "Trưởng phòng"),
        actor: "thuky", effective: Fixtures.day("05/01/2026"))

      // Then the next web write knows the head: the name with other marks is a slip, refused
      // with the closest names, and the name typed without marks is the head's
      let (slip, slipBody) = try await Self.report("Đặng Quốc Viet", as: clerk, client)
      #expect(slip == .unprocessableContent, "\(slipBody)")
      #expect(slipBody.contains("Đặng Quốc Việt"))
      let (plain, plainBody) = try await Self.report("dang quoc viet", as: clerk, client)
      #expect(plain == .created, "\(plainBody)")
      #expect(plainBody.contains("Đặng Quốc Việt"))
      // and the next page lists the head
      let (_, heads) = try await client.get("/heads", as: clerk)
      #expect(heads.contains("Đặng Quốc Việt"))

      // When another process registers a person, the next write names them
      try other.record(
        .registerPerson(name: "Lê Thị Hoa", code: "LTH"), actor: "thuky",
        effective: Fixtures.day("05/01/2026"))
      let (registered, registeredBody) = try await Self.report("le thi hoa", as: clerk, client)
      #expect(registered == .created, "\(registeredBody)")
      #expect(registeredBody.contains("Lê Thị Hoa"))

      // When another process renames a unit, the next page names it so
      try other.record(
        .renameUnit(unit: "CAX", name: "Công an xã Hòa Bình", decision: nil), actor: "thuky")
      let (_, listAfter) = try await client.get("/tasks", as: clerk)
      #expect(listAfter.contains("Công an xã Hòa Bình"))
      let (_, units) = try await client.get("/units", as: clerk)
      #expect(units.contains("Công an xã Hòa Bình"))
    }
  }

  @Test("A task's page kept across writes on other tasks still follows the account's role")
  func roleChangeSeen() async throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    try WebFixture.populate(ledger)
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      // Given the clerk's page of task A, kept while a report on B is recorded
      let (_, before) = try await client.get("/tasks/A", as: clerk)
      #expect(before.contains("/tasks/A/reports"))
      let (status, _) = try await Self.report("Phạm Thị Dung", as: clerk, client)
      #expect(status == .created)
      // When the clerk's account becomes an inspector's (nothing on task A changed)
      try ledger.record(
        .changeAccountRole(username: "thuky", role: .inspector, unit: nil), actor: "quantri")
      // Then the page shows no form to report on A
      let (_, after) = try await client.get("/tasks/A", as: clerk)
      #expect(after.contains("Hoàn thành kết nối, chia sẻ dữ liệu A"))
      #expect(!after.contains("/tasks/A/reports"))
    }
  }
}
