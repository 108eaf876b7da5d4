import Foundation
import Hummingbird
import LedgerCore
import LedgerStore
import Synchronization

/// The boards pages are judged on, and the pages built from them, kept with the ledger version
/// they include: a board or page is built again only when an event was recorded since (through
/// the web or by the CLI in another process), or for a new day or time question.
///
/// Every request reads the ledger's last position first (one index lookup) and is given a page
/// that includes at least that position, so it sees every write acknowledged before it began.
/// Each board, page model and page text is built by one build at a time (`VersionedBuilds`):
/// requests that arrive while one is built share the next one, which reads the ledger as it
/// then stands, so that writers recording many events a second cost each page one build at a
/// time, not one per event. The board of today and now is not built again after a write: the
/// events recorded since the last one are folded into it, and its dashboard counts with it
/// (`Ledger.currentBoard(updating:)`).
final class BoardCache: Sendable {
  private struct BoardKey: Hashable {
    var asOf: LocalDate?
    var knownAt: Date?
    var today: LocalDate
  }

  /// A rendered page: its name (template, page, question, day) and the layout it is rendered
  /// with, less the page's title (the layout names the account and its form token, so a text
  /// is only ever given to the same session).
  private struct PageText: Hashable {
    var name: String
    var layout: Layout

    /// Hashes the name and the session's token only: the layout's labels are many, and a
    /// token names one session (equal keys still compare the whole layout).
    func hash(into hasher: inout Hasher) {
      hasher.combine(name)
      hasher.combine(layout.csrf)
    }
  }

  /// A page's text with the model it was rendered from.
  private struct Rendered: Sendable {
    var model: any Sendable
    var text: String
  }

  /// How many different questions are kept.
  static let capacity = 16

  let ledger: Ledger
  private let boards = VersionedBuilds<BoardKey, JudgedBoard>(capacity: capacity)
  /// Page models, by page, question and language.
  private let models = VersionedBuilds<String, any Sendable>(capacity: capacity * 4)
  private let texts = VersionedBuilds<PageText, Rendered>(capacity: capacity * 4)
  /// The latest board of today and now, kept across versions to fold new events into.
  private let latest = Mutex<KeptBoard?>(nil)

  init(ledger: Ledger) {
    self.ledger = ledger
  }

  /// A page's HTML, rendered per layout from its model.
  ///
  /// The model is built from the board a time question asks for (`page` names the page and
  /// everything else it depends on: filters, language). A model equal to the one the kept text
  /// was rendered from (writes that changed nothing the page shows) keeps that text.
  func html<Model: PageModel & Sendable & Equatable>(
    _ page: String, template: String, _ time: TimeQuery, context: WebContext, pages: Pages,
    build: @escaping @Sendable (JudgedBoard) throws -> Model
  ) async throws -> Response {
    try await html(
      page, template: template, time, context: context, pages: pages,
      inputs: { _ in NoInputs() }, build: build)
  }

  /// A page's HTML, as `html(_:template:_:context:pages:build:)`, whose model is built again
  /// only when its inputs changed: `inputs` reads, from the board and the ledger, all the model
  /// is made from (for a task's page: the task's views and the length of its stream), and a
  /// model kept with equal inputs is reused for the new version without building it.
  func html<Model: PageModel & Sendable & Equatable, Inputs: Equatable & Sendable>(
    _ page: String, template: String, _ time: TimeQuery, context: WebContext, pages: Pages,
    inputs: @escaping @Sendable (JudgedBoard) throws -> Inputs,
    build: @escaping @Sendable (JudgedBoard) throws -> Model
  ) async throws -> Response {
    let version = try ledger.version()
    let name = "\(page)|\(time.asOfText)|\(time.knownAtText)|\(ledger.today())"
    let key = PageText(name: "\(template)|\(name)", layout: Layout(context: context, title: ""))
    let page = try await texts.value(key, atLeast: version) { [self] previous in
      let model = try await self.model(
        name, time, atLeast: try ledger.version(), inputs: inputs, build: build)
      if let previous, let kept = previous.value.model as? Model, kept == model.value {
        return (model.version, previous.value)
      }
      var layout = key.layout
      layout.title = model.value.title
      let text = try pages.render(template, model.value, layout: layout)
      return (model.version, Rendered(model: model.value, text: text))
    }
    return pages.html(page.value.text)
  }

  /// A page's model, kept with the version of the board it was built from and the inputs it
  /// was made from: a new version with equal inputs keeps the model.
  private func model<Model: Sendable, Inputs: Equatable & Sendable>(
    _ name: String, _ time: TimeQuery, atLeast version: Int64,
    inputs: @escaping @Sendable (JudgedBoard) throws -> Inputs,
    build: @escaping @Sendable (JudgedBoard) throws -> Model
  ) async throws -> (version: Int64, value: Model) {
    let built = try await models.value(name, atLeast: version) { [self] previous in
      let board = try await judged(time, atLeast: try ledger.version())
      let now = try inputs(board.value)
      if let kept = previous?.value as? ModelBuilt<Inputs, Model>, kept.inputs == now {
        return (board.version, kept)
      }
      return (board.version, ModelBuilt(inputs: now, model: try build(board.value)))
    }
    // A name starts with its page, and each page has one model type.
    guard let kept = built.value as? ModelBuilt<Inputs, Model> else {
      throw WebFailure.notFound
    }
    return (built.version, kept.model)
  }

  /// The board a time question asks for, as of the ledger's current version.
  func board(_ time: TimeQuery) async throws -> AccountabilityBoard {
    try await judged(time, atLeast: try ledger.version()).value.board
  }

  /// The board a time question asks for, at `version` or later.
  private func judged(_ time: TimeQuery, atLeast version: Int64) async throws -> (
    version: Int64, value: JudgedBoard
  ) {
    let key = BoardKey(asOf: time.asOf, knownAt: time.knownAt, today: ledger.today())
    let ledger = ledger
    let isNow = time.knownAt == nil && (time.asOf == nil || time.asOf == key.today)
    return try await boards.value(key, atLeast: version) { [self] _ in
      if isNow {
        let kept = try nowBoard()
        return (kept.position, JudgedBoard(board: kept.board, dashboard: kept.dashboard))
      }
      let version = try ledger.version()
      let board = try ledger.board(asOf: time.asOf, knownAt: time.knownAt)
      return (version, JudgedBoard(board: board, dashboard: nil))
    }
  }

  /// The board of today and now, folding what was recorded since into the latest one kept.
  private func nowBoard() throws -> KeptBoard {
    let kept = try ledger.currentBoard(updating: latest.withLock { $0 })
    latest.withLock { latest in
      // Keep the newer of two boards built at once (the same day's).
      if let current = latest, current.board.day == kept.board.day,
        current.position > kept.position
      {
        return
      }
      latest = kept
    }
    return kept
  }
}

/// A board pages are built from, with its dashboard counts when they were kept as it was
/// folded.
struct JudgedBoard: Sendable {
  let board: AccountabilityBoard
  let dashboard: DashboardTally?

  /// The board's dashboard counts: kept, or counted now.
  var tally: DashboardTally { dashboard ?? DashboardTally(board) }
}

/// A page model with the inputs it was made from (`BoardCache.html(…inputs:build:)`).
private struct ModelBuilt<Inputs: Equatable & Sendable, Model: Sendable>: Sendable {
  let inputs: Inputs
  let model: Model
}

/// The inputs of a page that names none: never equal, so its model is built for every version.
private struct NoInputs: Equatable, Sendable {
  static func == (left: NoInputs, right: NoInputs) -> Bool { false }
}
