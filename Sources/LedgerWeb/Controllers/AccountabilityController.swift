import Foundation
import Hummingbird
import LedgerCore
import LedgerStore

/// `GET /units`, `/units/{code}`, `/heads`, `/heads/{person}`: the per-unit and per-head
/// accountability views the CLI's `unit view` and `head view` show, from the same board;
/// `as_of` and `known_at` in the URL.
struct AccountabilityController {
  let pages: Pages
  let ledger: Ledger
  let boards: BoardCache

  func addRoutes(to router: Router<WebContext>) {
    let group = router.group().allowing(.read)
    group.get("/units") { request, context in
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      let board = try await boards.board(time)
      return try pages.html(
        "units", UnitsPage(board.unitViews(), board: board, time: time, language: context.language),
        context: context)
    }
    group.get("/units/:code") { request, context in
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      let text = Self.decoded(context.parameters.get("code") ?? "")
      // A unit the path names that does not exist is a page that is not there (404).
      guard let unit = try ledger.unit(named: text) else {
        throw WebFailure.notFound(LedgerError.unknownUnit(text, among: try ledger.units()))
      }
      let board = try await boards.board(time)
      guard let view = board.unitViews().first(where: { $0.unit.code == unit.code }) else {
        throw WebFailure.notFound(LedgerError.unknownUnit(text, among: try ledger.units()))
      }
      return try pages.html(
        "unit", UnitPage(view, board: board, time: time, language: context.language),
        context: context)
    }
    group.get("/heads") { request, context in
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      let board = try await boards.board(time)
      return try pages.html(
        "heads",
        HeadsPage(
          board.headViews(), person: nil, board: board, time: time, language: context.language),
        context: context)
    }
    group.get("/heads/:person") { request, context in
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      let board = try await boards.board(time)
      let found: (person: KnownPerson, views: [HeadView])
      do {
        found = try ledger.headViews(
          of: Self.decoded(context.parameters.get("person") ?? ""), on: board)
      } catch let error as LedgerError {
        if case .unknownPerson = error { throw WebFailure.notFound(error) }
        throw error
      }
      return try pages.html(
        "heads",
        HeadsPage(
          found.views, person: found.person, board: board, time: time,
          language: context.language), context: context)
    }
  }

  /// A path segment as typed: percent-decoded, NFC.
  static func decoded(_ segment: String) -> String {
    (segment.removingPercentEncoding ?? segment).precomposedStringWithCanonicalMapping
  }
}
