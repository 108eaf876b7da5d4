import Hummingbird

/// `GET /static/app.css`: the style sheet, served from the binary (no CDN, no outside font).
struct StaticController {
  let pages: Pages

  func addRoutes(to router: Router<WebContext>) {
    router.get("/static/app.css") { _, _ in
      Response(
        status: .ok,
        headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
        body: .init(byteBuffer: pages.styleSheet))
    }
  }
}
