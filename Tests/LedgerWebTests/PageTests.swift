import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

@Suite("Pages")
struct PageTests {
  @Test("A page without a session redirects to the sign-in page")
  func redirect() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      try await client.execute(uri: "/tasks", method: .get) { response in
        #expect(response.status == .found)
        #expect(response.headers[.location] == "/signin?next=%2Ftasks")
      }
      let (status, body) = try await client.get("/signin", as: nil)
      #expect(status == .ok)
      #expect(body.contains("<html lang=\"vi\">"))
      #expect(body.contains("Đăng nhập"))
    }
  }

  @Test("The dashboard draws SVG bars, in Vietnamese by default and English on request")
  func dashboard() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("an.nv"))
      let (status, body) = try await client.get("/", as: user)
      #expect(status == .ok)
      #expect(body.contains("<svg"))
      #expect(body.contains("Toàn bộ kế hoạch (2)"))
      #expect(!body.contains("http://") || body.contains("xmlns=\"http://www.w3.org/2000/svg\""))
      let (_, english) = try await client.get("/?lang=en", as: user)
      #expect(english.contains("<html lang=\"en\">"))
      #expect(english.contains("Whole plan (2)"))
    }
  }

  @Test("Words without diacritics find a task as status --text does; other filters narrow the list")
  func filters() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("thanhtra"))
      let (_, found) = try await client.get("/tasks?q=chia+se+du+lieu+A", as: user)
      #expect(found.contains("href=\"/tasks/A?\""))
      #expect(!found.contains("href=\"/tasks/B?\""))
      let (_, byUnit) = try await client.get(
        "/tasks?unit=CAX&bucket=in_progress_within_deadline", as: user)
      #expect(byUnit.contains("href=\"/tasks/B?\""))
    }
  }

  @Test("A long task list is shown 100 tasks a page, with links that keep the filters")
  func pages() async throws {
    let args = try WebFixture.arguments()
    for index in 1...105 {
      try args.ledger.record(
        Fixtures.assign("P\(index)"), actor: "thuky", effective: Fixtures.day("03/01/2026"))
    }
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("thanhtra"))
      let (_, first) = try await client.get("/tasks?unit=VHXH&as_of=01/02/2026", as: user)
      #expect(first.contains("Nhiệm vụ (106)"))
      #expect(first.components(separatedBy: "<tr class=").count - 1 == 100)
      #expect(first.contains("Trang 1/2"))
      #expect(first.contains("href=\"/tasks?unit=VHXH&amp;page=2&amp;as_of=01%2F02%2F2026\""))
      let (_, second) = try await client.get("/tasks?unit=VHXH&page=2&as_of=01/02/2026", as: user)
      #expect(second.components(separatedBy: "<tr class=").count - 1 == 6)
      #expect(second.contains("rel=\"prev\""))
      #expect(!second.contains("rel=\"next\""))
      // A page number that is not one is refused, never read as the first page (a second
      // trial: page=-1 and page=abc answered 200).
      for typed in ["-1", "0", "abc"] {
        let (status, page) = try await client.get("/tasks?unit=VHXH&page=\(typed)", as: user)
        #expect(status == .badRequest, "page=\(typed)")
        #expect(page.contains("“\(typed)”") && !page.contains("Trang 1/2"), "page=\(typed)")
      }
      // A page past the last is not there, never an empty list (trial: "Trang 4/3").
      let (past, pastPage) = try await client.get("/tasks?unit=VHXH&page=3", as: user)
      #expect(past == .notFound, "\(pastPage)")
      #expect(pastPage.contains("Không có trang 3: danh sách có 2 trang."), "\(pastPage)")
      // A bucket that is none is refused too, as on the hub and the API (trial: "Nhiệm vụ (0)").
      for typed in ["nonsense", "qua-han"] {
        let (status, page) = try await client.get("/tasks?bucket=\(typed)", as: user)
        #expect(status == .badRequest, "bucket=\(typed)")
        #expect(page.contains("Không có nhóm “\(typed)”"), "\(page)")
        #expect(page.contains("overdue"), "the buckets are named")
      }
    }
  }

  @Test("A head sees the report form on their unit's task, never the extension form")
  func forms() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let (_, own) = try await client.get("/tasks/A", as: head)
      #expect(own.contains("action=\"/tasks/A/reports\""))
      #expect(!own.contains("action=\"/tasks/A/extensions\""))
      #expect(own.contains("value=\"\(head.csrf)\""))
      let (_, other) = try await client.get("/tasks/B", as: head)
      #expect(!other.contains("action=\"/tasks/B/reports\""))
      let leader = try #require(try await client.signIn("an.nv"))
      let (_, leaders) = try await client.get("/tasks/A", as: leader)
      #expect(leaders.contains("action=\"/tasks/A/extensions\""))
    }
  }

  @Test("A form report is recorded and shown on the timeline; a refused form is a 403 page")
  func formWrite() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let form = "csrf_token=\(head.csrf)&text=%C4%90%C3%A3+xong+60%25&percent=60&doc=12%2FBC-VHXH"
      try await client.execute(
        uri: "/tasks/A/reports", method: .post,
        headers: [.cookie: head.cookie, .contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: form)
      ) { response in
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/tasks/A")
      }
      let (_, page) = try await client.get("/tasks/A", as: head)
      #expect(page.contains("Đã xong 60%"))
      // Who did the work beside who recorded it, as `history` shows it (trial: left out).
      #expect(
        page.contains("<td>Trần Thị Bình (web: binh.tt)</td><td>Trần Thị Bình</td>"), "\(page)")
      #expect(page.contains("Trần Thị Bình (web: binh.tt)"))
      let before = try args.ledger.eventCount()
      let refused = "csrf_token=\(head.csrf)&to=31%2F12%2F2026&reason=x"
      try await client.execute(
        uri: "/tasks/A/extensions", method: .post,
        headers: [.cookie: head.cookie, .contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: refused)
      ) { response in
        #expect(response.status == .forbidden)
        #expect(String(buffer: response.body).contains("không được gia hạn"))
      }
      #expect(try args.ledger.eventCount() == before)
      // A percent that is not a number is named as typed (trial: "-1%" was said), nothing
      // written; "60%" is read as 60.
      for (percent, status) in [("abc", HTTPResponse.Status.badRequest), ("60%25", .seeOther)] {
        let typed = "csrf_token=\(head.csrf)&text=B%C3%A1o+c%C3%A1o&percent=\(percent)"
        try await client.execute(
          uri: "/tasks/A/reports", method: .post,
          headers: [.cookie: head.cookie, .contentType: "application/x-www-form-urlencoded"],
          body: ByteBuffer(string: typed)
        ) { response in
          #expect(response.status == status)
          if status == .badRequest {
            #expect(String(buffer: response.body).contains("“abc” không phải một số"))
          }
        }
      }
      #expect(try args.ledger.eventCount() == before + 1)
    }
  }
}

@Suite("Audit page")
struct AuditPageTests {
  @Test("An inspector reads the audit with web-recorded events; a head is refused with a 403 page")
  func audit() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      _ = try await client.post("/api/tasks/A/reports", #"{"text": "Báo cáo qua web"}"#, as: head)
      let (refused, page) = try await client.get("/audit", as: head)
      #expect(refused == .forbidden)
      #expect(page.contains("role=\"alert\""))
      // A page only read is refused as a read, not with advice on having it recorded (trial).
      #expect(page.contains("trang này chỉ để xem"), "\(page)")
      #expect(!page.contains("nhờ văn thư"), "\(page)")
      let inspector = try #require(try await client.signIn("thanhtra"))
      let (status, audit) = try await client.get("/audit", as: inspector)
      #expect(status == .ok)
      #expect(audit.contains("Trần Thị Bình (web: binh.tt)"))
      #expect(audit.contains("Báo cáo qua web"))
      // What one person recorded: found by her name, unmarked, or by her account's username.
      for typed in ["Tran Thi Binh", "binh.tt", "Trần Thị Bình (web: binh.tt)"] {
        let query = typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? typed
        let (_, hers) = try await client.get("/audit?actor=\(query)", as: inspector)
        #expect(hers.contains("Báo cáo qua web"), "\(typed)")
        #expect(!hers.contains(">thuky</a>"), "\(typed)")
      }
      let (_, clerks) = try await client.get("/audit?actor=thuky", as: inspector)
      #expect(!clerks.contains("Báo cáo qua web"))
      #expect(clerks.contains(">thuky</a>"))
      // Each recorder's name leads to what that person recorded.
      #expect(audit.contains("href=\"/audit?actor=Tr%E1%BA%A7n%20Th%E1%BB%8B%20B%C3%ACnh\""))
    }
  }
}
