import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerJSON
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

@testable import LedgerHub

/// `serve --hub`: the pages across communes, read from a real PostgreSQL hub, behind the body's
/// own accounts; each commune's rows are that commune's own answers.
@Suite(
  "The hub's web pages across communes",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubWebTests {
  /// The server's arguments: the body's own ledger (its accounts), a fixed session clock.
  struct Arguments: WebArguments {
    var hostname = "127.0.0.1"
    var port = 0
    var ledger: Ledger
    var secureCookies = false
    var sessionLifetime: Duration = .seconds(3600)
    var sessionClock = ContinuousClock()
    var failedSignInDelay: Duration = .zero
  }

  static let password = "mật-khẩu-đủ-dài"

  /// Registers the province's inspector, Hoàng Văn Em, and opens their account.
  static func openInspector(_ ledger: Ledger) throws {
    try ledger.record(.registerPerson(name: "Hoàng Văn Em", code: nil), actor: "Quản trị")
    try ledger.openAccount(
      .openAccount(username: "thanhtra.tinh", person: "Hoàng Văn Em", role: .inspector, unit: nil),
      passwordHash: Passwords.hash(Self.password, cost: 4), actor: "Quản trị")
  }

  /// The province's own ledger, on `today`, with an inspector's account.
  func province(today: LocalDate) throws -> Ledger {
    let (ledger, _) = try Fixtures.ledger(at: today.display)
    try Self.openInspector(ledger)
    return ledger
  }

  @Test("A commune of UTC is judged on its own today, beside one of Vietnam's on the next day")
  func eachCommunesZone() async throws {
    let evening = Fixtures.instant("2026-07-01T20:00:00Z")
    var made: [(String, Ledger)] = []
    // Each commune's history its own: they were begun at different times.
    for (id, zone, begun) in [("xa-utc", "UTC", "09"), ("xa-vn", "Asia/Ho_Chi_Minh", "10")] {
      let clock = MovableClock(Fixtures.instant("2026-01-02T\(begun):00:00Z"))
      let ledger = try Ledger.inMemory(clock: clock.ledgerClock, timeZone: zone)
      try Fixtures.commune(ledger)
      try ledger.record(
        Fixtures.assign("B1", due: .date(Fixtures.day("01/07/2026"))), actor: "thuky",
        effective: Fixtures.day("02/01/2026"))
      clock.set(evening)
      made.append((id, ledger))
    }
    let communes = made
    // 20:00 UTC on 01/07: the task is due today in UTC, and overdue in Vietnam (02/07).
    let buckets = try communes.map { try $0.1.board().tasks.map(\.bucket.rawValue) }
    #expect(buckets[0] != buckets[1])
    try await TestPostgres.withHub("hubwebzone") { hub in
      try await hub.addSource("xa-utc", name: "Xã UTC", timeZone: "UTC")
      try await hub.addSource("xa-vn", name: "Xã VN")
      for (id, ledger) in communes {
        _ = try await hub.ingest(
          source: id, lines: CommuneExport.numbered(try CommuneExport.export(ledger)))
      }
      let (province, provinceClock) = try Fixtures.ledger(at: "01/07/2026")
      provinceClock.set(evening)
      try Self.openInspector(province)
      let app = try await buildHubApplication(
        Arguments(ledger: province), communes: HubCommuneBoards(hub: hub))
      try await app.test(.router) { client in
        let cookie = try #require(try await Self.signIn(client))
        let (status, body) = try await Self.get(client, "/api/status", cookie)
        #expect(status == .ok)
        let rows = try #require(
          try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]])
        for ((id, _), own) in zip(communes, buckets) {
          let mine = rows.filter { $0["source"] as? String == id }
          #expect(mine.map { $0["bucket"] as? String } == own, "\(id)")
        }
        // The communes page's heading gives each commune's own today and the moment asked.
        let (_, utcOnly) = try await Self.get(client, "/?commune=xa-utc", cookie)
        #expect(utcOnly.contains("<small>01/07/2026</small>"), "\(utcOnly)")
        let (_, both) = try await Self.get(client, "/", cookie)
        #expect(both.contains("<small>01/07/2026, 02/07/2026 (mỗi xã theo ngày của mình)</small>"))
        let (_, asKnown) = try await Self.get(client, "/?known_at=2026-07-01", cookie)
        #expect(asKnown.contains("theo những gì sổ biết lúc 2026-07-01</small>"), "\(asKnown)")
        // As known at the end of a day, in each commune's zone.
        let (_, known) = try await Self.get(
          client, "/api/status?as_of=01/07/2026&known_at=2026-07-01", cookie)
        let knownRows = try #require(
          try JSONSerialization.jsonObject(with: Data(known.utf8)) as? [[String: Any]])
        for (id, ledger) in communes {
          let own = try ledger.board(
            asOf: Fixtures.day("01/07/2026"),
            knownAt: TypedMoment.day(Fixtures.day("01/07/2026")).end(in: ledger.timeZone))
          #expect(
            knownRows.filter { $0["source"] as? String == id }.map { $0["bucket"] as? String }
              == own.tasks.map(\.bucket.rawValue), "\(id)")
        }
      }
    }
  }

  @Test("A renamed unit's page on a day before the rename: by its name now or its name then")
  func renamedUnitOnPastDay() async throws {
    let clock = MovableClock(Fixtures.instant("2026-01-02T02:00:00Z"))
    let ledger = try Ledger.inMemory(clock: clock.ledgerClock)
    try Fixtures.commune(ledger)
    try ledger.record(
      Fixtures.assign("A", due: .date(Fixtures.day("30/09/2026"))), actor: "thuky",
      effective: Fixtures.day("02/01/2026"))
    clock.set(Fixtures.instant("2026-11-01T02:00:00Z"))
    try ledger.record(
      .renameUnit(unit: "VHXH", name: "Phòng Văn hóa, Khoa học và Thông tin", decision: nil),
      actor: "thuky")
    clock.set(Fixtures.instant("2026-12-01T02:00:00Z"))
    try await TestPostgres.withHub("hubwebrenamed") { hub in
      try await hub.addSource("xa-an-binh", name: "Xã An Bình")
      _ = try await hub.ingest(
        source: "xa-an-binh", lines: CommuneExport.numbered(try CommuneExport.export(ledger)))
      let (province, provinceClock) = try Fixtures.ledger(at: "01/12/2026")
      provinceClock.set(Fixtures.instant("2026-12-01T02:00:00Z"))
      try Self.openInspector(province)
      let app = try await buildHubApplication(
        Arguments(ledger: province), communes: HubCommuneBoards(hub: hub))
      try await app.test(.router) { client in
        let cookie = try #require(try await Self.signIn(client))
        for name in ["Phòng Văn hóa - Xã hội", "Phòng Văn hóa, Khoa học và Thông tin", "VHXH"] {
          let path = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
          let (status, page) = try await Self.get(
            client, "/communes/xa-an-binh/units/\(path)?as_of=30/06/2026", cookie)
          #expect(status == .ok, "\(name)")
          // As it stood on 30/06: under the name it bore then.
          #expect(page.contains("Phòng Văn hóa - Xã hội"), "\(name)")
        }
      }
    }
  }

  @Test("Signed in, the status list, the task list and the communes page are each commune's own")
  func pagesAreTheCommunesOwn() async throws {
    let communes = [
      ("xa-chi-minh", "Xã Chí Minh", try CommuneExport(seed: 81, steps: 400)),
      ("phuong-hong-bang", "Phường Hồng Bàng", try CommuneExport(seed: 82, steps: 400)),
    ]
    let today = communes.map(\.2.today).max()!
    for (_, _, commune) in communes { commune.clock.set(day: today.display) }
    try await TestPostgres.withHub("hubweb") { hub in
      for (id, name, commune) in communes {
        try await hub.addSource(id, name: name)
        _ = try await hub.ingest(source: id, lines: CommuneExport.numbered(commune.lines))
      }
      let app = try await buildHubApplication(
        Arguments(ledger: try province(today: today)), communes: HubCommuneBoards(hub: hub))
      try await app.test(.router) { client in
        // Without a session nothing is read.
        let anonymous = try await client.execute(uri: "/api/status", method: .get) { $0.status }
        #expect(anonymous == .unauthorized)
        let cookie = try #require(try await Self.signIn(client))
        // The JSON list: every commune's own `status --json` rows, each naming its commune.
        let (status, body) = try await Self.get(client, "/api/status", cookie)
        #expect(status == .ok)
        let rows = try #require(
          try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]])
        var expected = 0
        for (id, _, commune) in communes {
          let own = try commune.ledger.board().tasks
          let mine = rows.filter { $0["source"] as? String == id }
          #expect(mine.map { $0["id"] as? String } == own.map(\.task.id.rawValue))
          #expect(mine.map { $0["bucket"] as? String } == own.map(\.bucket.rawValue))
          expected += own.count
        }
        #expect(rows.count == expected)
        // The task list filtered by commune and bucket counts that commune's own overdue tasks.
        let (id, name, commune) = communes[0]
        let overdue = try commune.ledger.board().tasks.filter { $0.bucket == .overdue }
        let (_, page) = try await Self.get(client, "/tasks?commune=\(id)&bucket=overdue", cookie)
        #expect(page.contains("(\(overdue.count))"))
        let (_, upper) = try await Self.get(
          client, "/tasks?commune=\(id.uppercased())&bucket=overdue", cookie)
        #expect(upper.contains("(\(overdue.count))"))
        #expect(!overdue.isEmpty)
        #expect(page.contains("<td>\(name)</td>"))
        #expect(!page.contains("<td>\(communes[1].1)</td>"))
        // The first page names every commune and its overdue count.
        let (_, first) = try await Self.get(client, "/", cookie)
        #expect(first.contains(name) && first.contains(communes[1].1))
        #expect(first.contains("bucket=overdue\">\(overdue.count)<"))
        // A commune the hub does not hold, or a bucket that is none, is said, not an empty list.
        let (unknown, unknownBody) = try await Self.get(
          client, "/api/status?commune=xa-khac", cookie)
        #expect(unknown == .notFound)
        #expect(unknownBody.contains("unknown_source"))
        let (badBucket, _) = try await Self.get(client, "/tasks?bucket=nonsense", cookie)
        #expect(badBucket == .badRequest)
        // A filter the hub does not take (the CLI's `source`, a unit) is refused, not ignored
        // (trial: every commune's rows came back).
        for path in ["/api/status?source=xa-khac", "/api/status?unit=VHXH", "/tasks?foo=1"] {
          let (refused, refusedBody) = try await Self.get(client, path, cookie)
          #expect(refused == .badRequest, "\(path)")
          #expect(
            refusedBody.contains("unknown_parameter") || refusedBody.contains("Không nhận tham số"),
            "\(path)")
        }
        // As of an earlier day, the hub answers as each commune's ledger does.
        let day = LocalDate(year: today.year, month: 3, day: 31)!
        let (_, earlier) = try await Self.get(
          client, "/api/status?as_of=31/03/\(today.year)", cookie)
        let then = try #require(
          try JSONSerialization.jsonObject(with: Data(earlier.utf8)) as? [[String: Any]])
        let ownThen = try commune.ledger.board(asOf: day, knownAt: nil).tasks
        #expect(
          then.filter { $0["source"] as? String == id }.map { $0["bucket"] as? String }
            == ownThen.map(\.bucket.rawValue))
      }
      // A commune added and ingested later shows on the next page: the kept boards are stale.
      try await hub.addSource("xa-moi", name: "Xã Mới")
      let later = try CommuneExport(seed: 83, steps: 50)
      _ = try await hub.ingest(source: "xa-moi", lines: CommuneExport.numbered(later.lines))
      try await app.test(.router) { client in
        let cookie = try #require(try await Self.signIn(client))
        let (_, first) = try await Self.get(client, "/", cookie)
        #expect(first.contains("Xã Mới"))
      }
    }
  }

  @Test("One commune's unit and head pages are the ones its own app shows, linked within it")
  func communeViewsAreTheCommunesOwn() async throws {
    let commune = try CommuneExport(seed: 84, steps: 400)
    let id = "xa-chi-minh"
    let today = commune.today
    try await TestPostgres.withHub("hubviews") { hub in
      try await hub.addSource(id, name: "Xã Chí Minh")
      _ = try await hub.ingest(source: id, lines: CommuneExport.numbered(commune.lines))
      let hubApp = try await buildHubApplication(
        Arguments(ledger: try province(today: today)), communes: HubCommuneBoards(hub: hub))
      // The commune's own app, on its own ledger, with its own inspector.
      try Self.openInspector(commune.ledger)
      let ownApp = try await buildApplication(Arguments(ledger: commune.ledger))
      let board = try commune.ledger.board()
      let units = board.units.map(\.code.rawValue)
      let heads = Set(board.headViews().map { $0.tenure.code ?? $0.tenure.person })
      let asOf = "?as_of=31/03/\(today.year)"
      let paths =
        ["/units", "/heads", "/units/\(units[0])\(asOf)"] + units.map { "/units/\($0)" }
        + heads.map { "/heads/\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }
      let own = try await ownApp.test(.router) { client in
        let cookie = try #require(try await Self.signIn(client))
        var pages: [String: String] = [:]
        for path in paths {
          let (status, page) = try await Self.get(client, path, cookie)
          #expect(status == .ok, "\(path)")
          pages[path] = page
        }
        return pages
      }
      try await hubApp.test(.router) { client in
        let cookie = try #require(try await Self.signIn(client))
        var shown = 0
        for (path, ownPage) in own {
          let (status, page) = try await Self.get(client, "/communes/\(id)\(path)", cookie)
          #expect(status == .ok, "\(path)")
          // The same rows (task ids, or heads' names), in the same order.
          #expect(Self.rowKeys(page) == Self.rowKeys(ownPage), "\(path)")
          #expect(Self.headings(page) == Self.headings(ownPage), "\(path)")
          shown += Self.rowKeys(page).count
          // Links stay within the commune; there is no task page across communes.
          #expect(!page.contains("href=\"/tasks/"), "\(path)")
          #expect(page.firstMatch(of: #/<tr class="[^"]*"><td><a /#) == nil, "\(path)")
          #expect(!page.contains("href=\"/units/") && !page.contains("href=\"/heads/"), "\(path)")
          #expect(page.contains("Xã Chí Minh"))
        }
        #expect(shown > 0)
        let (_, unitsPage) = try await Self.get(client, "/communes/\(id)/units", cookie)
        #expect(unitsPage.contains("href=\"/communes/\(id)/units/\(units[0])\""))
        // A commune's id is read in any case, as `hub` commands read it (trial: 404).
        let (upper, upperPage) = try await Self.get(
          client, "/communes/\(id.uppercased())/units", cookie)
        #expect(upper == .ok)
        #expect(Self.rowKeys(upperPage) == Self.rowKeys(unitsPage))
        // A commune, unit or person the hub does not know is a page that is not there.
        for (path, code) in [
          ("/communes/xa-khac/units", "unknown_source"),
          ("/communes/\(id)/units/KHONG-CO", "unknown_unit"),
          ("/communes/\(id)/heads/Nguy%E1%BB%85n%20Kh%C3%B4ng%20C%C3%B3", "unknown_person"),
        ] {
          let (status, page) = try await Self.get(client, path, cookie)
          #expect(status == .notFound, "\(path)")
          #expect(page.contains(code), "\(path)")
        }
        // A unit not there points to the commune's own list of units, not the ledger's /units,
        // which the hub does not have (a second trial).
        let (_, noUnit) = try await Self.get(client, "/communes/\(id)/units/KHONG-CO", cookie)
        #expect(noUnit.contains("/communes/\(id)/units;"), "\(noUnit)")
        #expect(!noUnit.contains(" /units;") && !noUnit.contains("kế hoạch"))
        // A commune asked for by its name is told its id.
        let (byName, named) = try await Self.get(
          client, "/communes/X%C3%A3%20Ch%C3%AD%20Minh/units", cookie)
        #expect(byName == .notFound && named.contains("source_asked_by_name"), "\(named)")
        #expect(named.contains(id))
        // The communes page links each commune's units and heads.
        let (_, first) = try await Self.get(client, "/", cookie)
        #expect(first.contains("href=\"/communes/\(id)/units\""))
        #expect(first.contains("href=\"/communes/\(id)/heads\""))
      }
    }
  }

  @Test(
    "One commune's evaluation page is the one its own app shows: the same rows, warnings and explanation (trial: the hub had none)"
  )
  func communeEvaluationIsTheCommunesOwn() async throws {
    let commune = try CommuneExport(seed: 84, steps: 400)
    let id = "xa-chi-minh"
    let today = commune.today
    try await TestPostgres.withHub("hubevaluation") { hub in
      try await hub.addSource(id, name: "Xã Chí Minh")
      _ = try await hub.ingest(source: id, lines: CommuneExport.numbered(commune.lines))
      let hubApp = try await buildHubApplication(
        Arguments(ledger: try province(today: today)), communes: HubCommuneBoards(hub: hub))
      try Self.openInspector(commune.ledger)
      let ownApp = try await buildApplication(Arguments(ledger: commune.ledger))
      let board = try commune.ledger.board()
      let person = try #require(board.headViews().first?.tenure)
      let typed = (person.code ?? person.person)
        .addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
      let year = "?year=\(today.year)"
      let paths = [
        year, "\(year)&as_of=30/06/\(today.year)", "\(year)&person=\(typed)",
        "\(year)&unit=\(person.unit.rawValue)",
      ]
      let own = try await ownApp.test(.router) { client in
        let cookie = try #require(try await Self.signIn(client))
        var pages: [String: String] = [:]
        for path in paths {
          let (status, page) = try await Self.get(client, "/evaluation\(path)", cookie)
          #expect(status == .ok, "\(path)")
          pages[path] = page
        }
        return pages
      }
      try await hubApp.test(.router) { client in
        let cookie = try #require(try await Self.signIn(client))
        for (path, ownPage) in own {
          let (status, page) = try await Self.get(
            client, "/communes/\(id)/evaluation\(path)", cookie)
          #expect(status == .ok, "\(path)")
          #expect(!Self.evaluationRows(page).isEmpty, "\(path)")
          #expect(Self.evaluationRows(page) == Self.evaluationRows(ownPage), "\(path)")
          #expect(Self.notes(page) == Self.notes(ownPage), "\(path)")
          #expect(page.contains("Xã Chí Minh"), "\(path)")
          // Its links and its form stay within the commune.
          #expect(!page.contains("href=\"/evaluation"), "\(path)")
          #expect(page.contains("href=\"/communes/\(id)/evaluation?year=\(today.year)&amp;person="))
          #expect(page.contains("action=\"/communes/\(id)/evaluation\""), "\(path)")
        }
        let explained = try #require(own["\(year)&person=\(typed)"])
        #expect(explained.contains("<pre class=\"explain\">"))
        // A person or unit the commune does not have is refused as the commune's own page
        // refuses it (422); a commune the hub does not hold is a page that is not there.
        for (path, code, expected) in [
          (
            "/communes/\(id)/evaluation\(year)&unit=KHONG-CO", "unknown_unit",
            HTTPResponse.Status.unprocessableContent
          ),
          (
            "/communes/\(id)/evaluation\(year)&person=Ai%20%C4%90%C3%B3", "unknown_person",
            .unprocessableContent
          ),
          ("/communes/xa-khac/evaluation\(year)", "unknown_source", .notFound),
        ] {
          let (status, page) = try await Self.get(client, path, cookie)
          #expect(status == expected, "\(path)")
          #expect(page.contains(code), "\(path)")
          // Advice within the hub: the commune's units, not the ledger's /units or a plan.
          if code == "unknown_unit" {
            #expect(page.contains("/communes/\(id)/units"), "\(page)")
            #expect(!page.contains("trang /units") && !page.contains("nhập kế hoạch"), "\(page)")
          }
        }
        // The communes page links the commune's evaluation for those who may read it.
        let (_, first) = try await Self.get(client, "/", cookie)
        #expect(first.contains("href=\"/communes/\(id)/evaluation\""), "\(first)")
        // /healthz counts the hub's sources and events, and the body's own ledger apart
        // (trial: it counted only the body's ledger, as if it were the hub's).
        let (well, health) = try await Self.get(client, "/healthz", cookie)
        #expect(well == .ok)
        let counts = try #require(
          try JSONSerialization.jsonObject(with: Data(health.utf8)) as? [String: Any])
        let held = try await hub.sources().map(\.events).reduce(0, +)
        #expect(held > 0)
        #expect(counts["sources"] as? Int == 1, "\(health)")
        #expect((counts["events"] as? Int).map(Int64.init) == held, "\(health)")
        #expect(counts["account_ledger_events"] is Int, "\(health)")
      }
    }
  }

  @Test("With the hub gone, /healthz and the pages answer 503 hub_unreachable at once (trial)")
  func hubGone() async throws {
    let url = try await TestPostgres.database("hubgone")
    let hub = try await Hub.connect(try HubAddress(url: url))
    try await hub.migrate()
    let nowhere = try HubAddress(url: "postgres://postgres@127.0.0.1:1/none?sslmode=disable")
    let today = LocalDate(year: 2026, month: 7, day: 1)!
    let app = try await buildHubApplication(
      Arguments(ledger: try province(today: today)),
      communes: HubCommuneBoards(hub: hub, address: nowhere))
    try await app.test(.router) { client in
      let cookie = try #require(try await Self.signIn(client))
      let (well, _) = try await Self.get(client, "/healthz", cookie)
      #expect(well == .ok)
      await hub.close()
      for path in ["/healthz", "/", "/api/status", "/communes/xa/units"] {
        let (status, body) = try await Self.get(client, path, cookie)
        #expect(status == .serviceUnavailable, "\(path)")
        #expect(body.contains("hub_unreachable"), "\(path)")
      }
    }
  }

  /// The first cell of every row of a page's tables: task ids on unit and head pages.
  static func rowKeys(_ page: String) -> [String] {
    let pattern = #/<tr class="[^"]*"><td>(?:<a href="[^"]*">)?([^<]+)/#
    return page.matches(of: pattern).map { String($0.1) }
  }

  /// The evaluation table's rows as text, without their links.
  static func evaluationRows(_ page: String) -> [String] {
    page.matches(of: #/<tr><td>(.*?)</tr>/#).map {
      String($0.1).replacing(#/<[^>]+>/#, with: "|")
    }
  }

  /// The page's warnings and explanation, as text.
  static func notes(_ page: String) -> [String] {
    page.matches(of: #/<p class="card warning"[^>]*>(.*?)</p>|<pre class="explain">([^<]*)</pre>/#)
      .map { String($0.0) }
  }

  /// The texts of a page's headings, without their links.
  static func headings(_ page: String) -> [String] {
    page.matches(of: #/<h2[^>]*>(.*?)</h2>/#).map {
      String($0.1).replacing(#/<[^>]+>/#, with: "")
    }
  }

  /// Signs the inspector in; the session cookie.
  static func signIn(_ client: some TestClientProtocol) async throws -> String? {
    let body = #"{"username": "thanhtra.tinh", "password": "\#(password)"}"#
    return try await client.execute(
      uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
      body: ByteBuffer(string: body)
    ) { response in
      response.headers[.setCookie].flatMap { $0.split(separator: ";").first.map(String.init) }
    }
  }

  static func get(_ client: some TestClientProtocol, _ uri: String, _ cookie: String)
    async throws -> (HTTPResponse.Status, String)
  {
    try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie]) {
      ($0.status, String(buffer: $0.body))
    }
  }
}
