import Foundation
import Hummingbird
import LedgerCore
import Mustache

/// Renders pages from the Mustache templates shipped in the binary's bundle, and serves the
/// bundled style sheet (nothing is loaded from outside the machine).
struct Pages: Sendable {
  let library: MustacheLibrary
  let styleSheet: ByteBuffer
  /// Pages of the body above many communes (`serve --hub`): the navigation is theirs.
  var hub = false

  /// Loads the templates and the style sheet from the bundle.
  static func load(hub: Bool = false) async throws -> Pages {
    // Foundation on Linux may already name the bundle's `Resources` folder as its resources.
    guard let base = Bundle.module.resourceURL else { throw WebFailure.notFound }
    let root =
      FileManager.default.fileExists(atPath: base.appendingPathComponent("templates").path)
      ? base : base.appendingPathComponent("Resources")
    let library = try await MustacheLibrary(
      directory: root.appendingPathComponent("templates").path)
    let css = try Data(contentsOf: root.appendingPathComponent("static/app.css"))
    return Pages(library: library, styleSheet: ByteBuffer(bytes: css), hub: hub)
  }

  /// An HTML response from a template and its model.
  func html(_ template: String, _ model: some PageModel, context: WebContext) throws -> Response {
    html(try render(template, model, layout: Layout(context: context, title: model.title)))
  }

  /// The text of a page: its template filled from its model and the shared layout.
  func render(_ template: String, _ model: some PageModel, layout: Layout) throws -> String {
    var model = model
    model.layout = layout
    model.layout.hub = hub
    guard let text = library.render(TemplateValue(model), withTemplate: template) else {
      throw WebFailure.notFound
    }
    return Self.bidiEscaped(text)
  }

  /// Whether the page's UTF-8 holds a bidi control's bytes (E2 80 AA–AE, E2 81 A6–A9): every
  /// page is looked through, so without decoding it.
  static func mayHoldBidi(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index + 2 < bytes.count {
        if bytes[index] == 0xE2 {
          let second = bytes[index + 1]
          let third = bytes[index + 2]
          if (second == 0x80 && (0xAA...0xAE).contains(third))
            || (second == 0x81 && (0xA6...0xA9).contains(third))
          {
            return true
          }
        }
        index += 1
      }
      return false
    }
  }

  /// The page with every bidi override and isolate (U+202A–202E, U+2066–2069) shown escaped.
  ///
  /// Shown as `\u{202E}`, as the CLI's `TerminalText` shows them: one in a report reversed the
  /// rest of its table cell (trial). The templates hold none, so each comes from the ledger.
  static func bidiEscaped(_ text: String) -> String {
    guard Self.mayHoldBidi(text) else { return text }
    var escaped = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if ScriptRules.isBidiControl(scalar) {
        let code = String(scalar.value, radix: 16, uppercase: true)
        escaped.append(contentsOf: "\\u{\(code)}".unicodeScalars)
      } else {
        escaped.append(scalar)
      }
    }
    return String(escaped)
  }

  /// An HTML response carrying a page's text.
  func html(_ text: String) -> Response {
    Response(
      status: .ok,
      headers: [
        .contentType: "text/html; charset=utf-8",
        .contentSecurityPolicy:
          "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self'; frame-ancestors 'none'",
        .init("Referrer-Policy")!: "no-referrer",
        .init("X-Content-Type-Options")!: "nosniff",
      ],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}

/// What every page model carries: its title and the shared layout.
protocol PageModel {
  var title: String { get }
  var layout: Layout { get set }
}

/// The parts every page shares: language, the signed-in account, the navigation, the token
/// its forms carry.
struct Layout: Hashable, Sendable {
  var lang: String
  var title: String
  var t: [String: String]
  var signedIn: Bool
  var person: String
  var username: String
  var role: String
  var csrf: String
  var mayAudit: Bool
  var mayEvaluate: Bool
  var mayImport: Bool
  var mayAssign: Bool
  var otherLang: String
  var otherLangLabel: String
  /// The navigation of the pages across communes (`serve --hub`).
  var hub = false
  /// The page's time question for the navigation's links: `?as_of=…` and `&as_of=…` (empty
  /// when today, as known now).
  var query = ""
  var suffix = ""

  init(context: WebContext, title: String) {
    let language = context.language
    lang = language.rawValue
    self.title = title
    t = WebText.labels(language)
    let account = context.identity?.account
    signedIn = account != nil
    person = account?.person ?? ""
    username = account?.username.rawValue ?? ""
    role = account?.role.label(language) ?? ""
    csrf = context.sessions.session?.csrfToken ?? ""
    mayAudit = account.map { Permissions.allows($0, .audit, leadUnit: nil) } ?? false
    mayEvaluate = account.map { Permissions.allows($0, .evaluate, leadUnit: nil) } ?? false
    mayImport = account.map { Permissions.allows($0, .assign, leadUnit: nil) } ?? false
    mayAssign = account.map { Permissions.allows($0, .assign, leadUnit: nil) } ?? false
    otherLang = language == .vi ? "en" : "vi"
    otherLangLabel = language == .vi ? "English" : "Tiếng Việt"
    suffix = context.timeSuffix
    query = ViewLinks.query(suffix: suffix)
  }

  init() {
    lang = "vi"
    title = ""
    t = [:]
    signedIn = false
    person = ""
    username = ""
    role = ""
    csrf = ""
    mayAudit = false
    mayEvaluate = false
    mayImport = false
    mayAssign = false
    otherLang = "en"
    otherLangLabel = "English"
  }
}

/// The page shown for a refusal.
struct ErrorPage: PageModel {
  var title: String
  var status: Int
  var message: String
  var code: String
  /// For a form sent from a task's page: that page, to go back and send again (trial: the
  /// page linked only to the dashboard).
  var back: String?
  var backLabel: String?
  var layout = Layout()

  init(failure: WebFailure, language: Language, path: String = "") {
    title = language.pick(vi: "Không thực hiện được", en: "Not done")
    status = failure.status.code
    message = failure.message(language)
    code = failure.code
    let parts = path.split(separator: "/")
    if parts.count >= 3, parts[0] == "tasks", let id = TaskID(String(parts[1])) {
      back = "/tasks/\(id.rawValue)"
      backLabel = language.pick(
        vi: "Quay lại nhiệm vụ \(id.rawValue)", en: "Back to task \(id.rawValue)")
    }
  }
}
