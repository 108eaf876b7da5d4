import Foundation
import Hummingbird
import LedgerCore
import LedgerStore
import Synchronization

/// The boards pages are judged on, kept per ledger version: a board is built again only when
/// an event was recorded since (through the web or by the CLI in another process), or for a
/// new day or time question.
///
/// Every page reads the ledger's last position first (one index lookup); a board for the same
/// position, day and question is the same board, so it is reused. Requests that ask for a
/// board while it is being built wait for that one build instead of each building their own.
/// The board of today and now is not built again after a write: the events recorded since the
/// last one are folded into it (`Ledger.currentBoard(updating:)`).
final class BoardCache: Sendable {
  private struct Key: Hashable {
    var asOf: LocalDate?
    var knownAt: Date?
    var today: LocalDate
  }

  private struct Entries {
    var version: Int64 = -1
    var boards: [Key: Task<AccountabilityBoard, any Error>] = [:]
    /// Page models built (or being built) from this version's boards, by page, question and
    /// language.
    var pages: [String: Task<any Sendable, any Error>] = [:]
    /// Pages' texts rendered from this version's models, by page and layout (the layout names
    /// the account and its form token, so a text is only ever given to the same session).
    var texts: [PageText: String] = [:]
  }

  /// A rendered page: the page model's name and the layout it was rendered with.
  private struct PageText: Hashable {
    var name: String
    var layout: Layout
  }

  /// How many different questions are kept for one version.
  static let capacity = 16

  let ledger: Ledger
  private let entries = Mutex(Entries())
  /// The latest board of today and now, kept across versions to fold new events into.
  private let latest = Mutex<KeptBoard?>(nil)

  init(ledger: Ledger) {
    self.ledger = ledger
  }

  /// A page's model built from the board a time question asks for, kept with that board
  /// (`page` names the page and everything else it depends on: filters, language).
  ///
  /// Requests that ask for a model while it is being built wait for that one build.
  private func page<Model: Sendable>(
    _ page: String, _ time: TimeQuery, version: Int64,
    build: @escaping @Sendable (AccountabilityBoard) throws -> Model
  ) async throws -> Model {
    let name = "\(page)|\(time.asOfText)|\(time.knownAtText)|\(ledger.today())"
    let task = entries.withLock { entries -> Task<any Sendable, any Error>? in
      guard version >= entries.version else { return nil }
      if version > entries.version { entries = Entries(version: version) }
      if let kept = entries.pages[name] { return kept }
      if entries.pages.count >= Self.capacity * 4 { entries.pages = [:] }
      let task = Task<any Sendable, any Error>(executorPreference: LedgerExecutor.shared) {
        [self] in try build(try await board(time, version: version))
      }
      entries.pages[name] = task
      return task
    }
    guard let task else {
      // A newer version was kept since this one was read: build for this request alone.
      return try build(try await board(time, version: version))
    }
    do {
      // A name starts with its page, and each page has one model type.
      guard let model = try await task.value as? Model else { throw WebFailure.notFound }
      return model
    } catch {
      // A failed build is not kept: the next request tries again.
      entries.withLock { entries in
        if entries.version == version { entries.pages[name] = nil }
      }
      throw error
    }
  }

  /// A page's HTML: its model from `page` (kept with the board), rendered once per layout and
  /// version.
  func html<Model: PageModel & Sendable>(
    _ page: String, template: String, _ time: TimeQuery, context: WebContext, pages: Pages,
    build: @escaping @Sendable (AccountabilityBoard) throws -> Model
  ) async throws -> Response {
    let version = try ledger.version()
    let model = try await self.page(page, time, version: version, build: build)
    let key = PageText(
      name: "\(template)|\(page)|\(time.asOfText)|\(time.knownAtText)|\(ledger.today())",
      layout: Layout(context: context, title: model.title))
    if let text = entries.withLock({ $0.version == version ? $0.texts[key] : nil }) {
      return pages.html(text)
    }
    let text = try pages.render(template, model, layout: key.layout)
    entries.withLock { entries in
      guard entries.version == version else { return }
      if entries.texts.count >= Self.capacity * 4 { entries.texts = [:] }
      entries.texts[key] = text
    }
    return pages.html(text)
  }

  /// The board a time question asks for, as of the ledger's current version.
  func board(_ time: TimeQuery) async throws -> AccountabilityBoard {
    try await board(time, version: try ledger.version())
  }

  private func board(_ time: TimeQuery, version: Int64) async throws -> AccountabilityBoard {
    let key = Key(asOf: time.asOf, knownAt: time.knownAt, today: ledger.today())
    let ledger = ledger
    let isNow = time.knownAt == nil && (time.asOf == nil || time.asOf == key.today)
    let build = {
      Task(executorPreference: LedgerExecutor.shared) { [self] in
        isNow ? try nowBoard() : try ledger.board(asOf: time.asOf, knownAt: time.knownAt)
      }
    }
    let task = entries.withLock { entries -> Task<AccountabilityBoard, any Error> in
      // A request that read the version before a newer board was kept builds its own.
      guard version >= entries.version else { return build() }
      if version > entries.version
        || (entries.boards[key] == nil && entries.boards.count >= Self.capacity)
      {
        entries = Entries(version: version)
      }
      if let building = entries.boards[key] { return building }
      let task = build()
      entries.boards[key] = task
      return task
    }
    do {
      return try await task.value
    } catch {
      // A failed build is not kept: the next request tries again.
      entries.withLock { entries in
        if entries.version == version { entries.boards[key] = nil }
      }
      throw error
    }
  }

  /// The board of today and now, folding what was recorded since into the latest one kept.
  private func nowBoard() throws -> AccountabilityBoard {
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
    return kept.board
  }
}
