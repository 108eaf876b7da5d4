import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

@Suite("Unit and head pages")
struct AccountabilityPageTests {
  @Test("The unit page lists what `unit view` lists: tasks led and supported, by bucket")
  func unitPage() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    let views = try args.ledger.board(asOf: nil, knownAt: nil).unitViews()
    let cax = try #require(views.first { $0.unit.code == UnitCode("CAX") })
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let (status, list) = try await client.get("/units", as: head)
      #expect(status == .ok)
      #expect(list.contains("href=\"/units/VHXH\""))
      #expect(list.contains("href=\"/units/CAX\""))
      let (_, page) = try await client.get("/units/CAX", as: head)
      let led = try #require(page.range(of: "id=\"led\""))
      let supported = try #require(page.range(of: "id=\"supported\""))
      // B is led by CAX, A only supported: the same split as the core view.
      #expect(cax.led.map(\.task.id.rawValue) == ["B"])
      #expect(cax.supported.map(\.task.id.rawValue) == ["A"])
      #expect(page[led.upperBound..<supported.lowerBound].contains("href=\"/tasks/B?\""))
      #expect(!page[led.upperBound..<supported.lowerBound].contains("href=\"/tasks/A?\""))
      #expect(page[supported.upperBound...].contains("href=\"/tasks/A?\""))
      #expect(page.contains("Lê Văn Cường"))
      // A unit is found by its name too, typed without NFC.
      let (byName, named) = try await client.get(
        "/units/C%C3%B4ng%20an%20x%C3%A3", as: head)
      #expect(byName == .ok)
      #expect(named.contains("href=\"/tasks/B?\""))
    }
  }

  @Test("as_of in the URL judges the unit on that day and every link carries it")
  func unitAsOf() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("thanhtra"))
      let (_, now) = try await client.get("/units/VHXH", as: user)
      #expect(now.contains("trong hạn"))
      #expect(!now.contains("1 quá hạn"))
      let (_, later) = try await client.get("/units/VHXH?as_of=01/07/2026", as: user)
      #expect(later.contains("1 quá hạn"))
      #expect(later.contains("href=\"/tasks/A?as_of=01%2F07%2F2026\""))
      // The language switch keeps the day (trial: it went back to today).
      #expect(later.contains("href=\"?lang=en&amp;as_of=01%2F07%2F2026\""))
      #expect(later.contains("href=\"/heads/Nguy%E1%BB%85n%20V%C4%83n%20An?as_of=01%2F07%2F2026\""))
    }
  }

  @Test("The head page shows each capacity of a person, as `head view PERSON` does")
  func headPage() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    let board = try args.ledger.board(asOf: nil, knownAt: nil)
    let expected = try args.ledger.headViews(of: "Nguyễn Văn An", on: board).views
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("thuky"))
      let (status, page) = try await client.get(
        "/heads/Nguy%E1%BB%85n%20V%C4%83n%20An", as: user)
      #expect(status == .ok)
      // The chair answers for A and B as the head they name; UBND leads nothing.
      #expect(expected.map(\.capacity) == [.accountableHead])
      #expect(
        page.contains("Người đứng đầu chịu trách nhiệm")
          || page.contains("người đứng đầu chịu trách nhiệm"))
      #expect(!page.contains("trưởng đơn vị chủ trì"))
      #expect(page.contains("href=\"/tasks/A?\""))
      #expect(page.contains("href=\"/tasks/B?\""))
      let (_, binh) = try await client.get(
        "/heads/Tr%E1%BA%A7n%20Th%E1%BB%8B%20B%C3%ACnh", as: user)
      #expect(binh.contains("trưởng đơn vị chủ trì"))
      #expect(binh.contains("href=\"/tasks/A?\""))
      #expect(!binh.contains("href=\"/tasks/B?\""))
      let (_, list) = try await client.get("/heads?lang=en", as: user)
      #expect(list.contains("Trần Thị Bình"))
      #expect(list.contains("head of lead unit"))
      let (unknown, refusal) = try await client.get("/heads/Kh%C3%B4ng%20Ai", as: user)
      #expect(unknown != .ok)
      #expect(refusal.contains("role=\"alert\""))
    }
  }

  @Test("The dashboard and the task page link to the unit and head pages")
  func links() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("an.nv"))
      let (_, dashboard) = try await client.get("/?as_of=25/06/2026", as: user)
      #expect(dashboard.contains("href=\"/units?as_of=25%2F06%2F2026\""))
      #expect(dashboard.contains("href=\"/heads?as_of=25%2F06%2F2026\""))
      #expect(dashboard.contains("href=\"/units/VHXH?as_of=25%2F06%2F2026\""))
      let (_, task) = try await client.get("/tasks/A", as: user)
      #expect(task.contains("href=\"/units/VHXH\""))
      #expect(task.contains("href=\"/heads/Nguy%E1%BB%85n%20V%C4%83n%20An\""))
    }
  }

  @Test("Every role reads the unit, head and yearly report pages", arguments: AccountRole.allCases)
  func everyRoleReads(role: AccountRole) async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn(WebFixture.username(role)))
      for path in [
        "/units", "/units/VHXH", "/heads", "/heads/L%C3%AA%20V%C4%83n%20C%C6%B0%E1%BB%9Dng",
        "/yearly",
      ] {
        let (status, page) = try await client.get(path, as: user)
        #expect(status == .ok, "\(path)")
        #expect(page.contains("<main id=\"main\">"), "\(path)")
      }
    }
  }

  @Test("Without a session the unit and head pages send to sign-in")
  func signInFirst() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      for path in ["/units", "/units/VHXH", "/heads", "/heads/An"] {
        let (status, _) = try await client.get(path, as: nil)
        #expect(status == .found)
      }
    }
  }

  @Test("A page reflects an event recorded through another connection to the same file")
  func seesOtherWriters() async throws {
    let (ledger, clock, folder) = try Fixtures.fileLedger()
    defer { try? FileManager.default.removeItem(at: folder) }
    try WebFixture.populate(ledger)
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("thanhtra"))
      let (_, before) = try await client.get("/units/VHXH", as: user)
      #expect(!before.contains("hoàn thành đúng hạn"))
      // The CLI in another process: its own connection to the file.
      let other = try Ledger.open(at: ledger.path, clock: clock.ledgerClock)
      try other.record(
        .completeTask(TaskID("A")!, result: nil, evidence: "Quyết định 12/QĐ", by: nil),
        actor: "thuky",
        effective: Fixtures.day("04/01/2026"))
      let (_, after) = try await client.get("/units/VHXH", as: user)
      #expect(after.contains("1 hoàn thành đúng hạn"))
    }
  }
}
