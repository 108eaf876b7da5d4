import Foundation
import Hummingbird
import LedgerCore
import LedgerHub
import LedgerReports

/// One commune's unit and head pages across communes (`serve --hub`):
/// `/communes/{id}/units`, `/communes/{id}/units/{code}`, `/communes/{id}/heads`,
/// `/communes/{id}/heads/{person}`, the views that commune's own app shows at `/units` and
/// `/heads`, from the board the hub folds with the commune's rules; `as_of` and `known_at` in
/// the URL.
struct CommuneViewsController {
  let pages: Pages
  let cache: CommuneBoardCache
  let timeZone: TimeZone
  /// The clock's now: each commune's today is read from it in its own zone.
  let now: @Sendable () -> Date

  func addRoutes(to router: Router<WebContext>) {
    let group = router.group("communes/:commune").allowing(.read)
    group.get("units") { request, context in
      let (time, commune, board) = try await asked(request, context)
      return try pages.html(
        "units",
        UnitsPage(
          board.unitViews(), board: board, time: time, language: context.language,
          commune: commune), context: context)
    }
    group.get("units/:code") { request, context in
      let (time, commune, board) = try await asked(request, context)
      let text = AccountabilityController.decoded(context.parameters.get("code") ?? "")
      // The name means what it means in the commune now, as `hub units --unit` and the
      // commune's own pages read it; on a past day the unit is shown as it stood then (trial:
      // a renamed unit's current name was a 404 on a day before the rename).
      let units =
        time.isCurrent
        ? board.units
        : try await cache.boards(time: time.current, now: now()).first {
          $0.id == commune.id
        }?.board.units ?? board.units
      guard
        let unit = UnitState.named(text, among: units) ?? UnitState.named(text, among: board.units),
        let view = board.unitViews().first(where: { $0.unit.code == unit.code })
      else {
        throw WebFailure.notFound(LedgerError.unknownUnit(text, among: board.units))
          .inCommune(commune.id)
      }
      return try pages.html(
        "unit",
        UnitPage(view, board: board, time: time, language: context.language, commune: commune),
        context: context)
    }
    group.get("heads") { request, context in
      let (time, commune, board) = try await asked(request, context)
      return try pages.html(
        "heads",
        HeadsPage(
          board.headViews(), person: nil, board: board, time: time, language: context.language,
          commune: commune), context: context)
    }
    group.get("heads/:person") { request, context in
      let (time, commune, board) = try await asked(request, context)
      let typed = AccountabilityController.decoded(context.parameters.get("person") ?? "")
      let persons = try await cache.source.persons(commune: commune.id)
      let names = PersonNames.of(units: board.units, persons: persons)
      let person: KnownPerson
      do {
        person = try names.person(typed)
      } catch let error as LedgerError {
        if case .unknownPerson = error { throw WebFailure.notFound(error) }
        throw error
      }
      // Every tenure the person held, in every capacity, as `head view PERSON` finds them.
      let identity = PersonIdentity(persons: persons)
      let key = identity.key(person)
      return try pages.html(
        "heads",
        HeadsPage(
          board.headViews().filter { identity.key($0.tenure) == key }, person: person,
          board: board, time: time, language: context.language, commune: commune),
        context: context)
    }
  }

  /// `/communes/{id}/evaluation?year&unit&person`: that commune's evaluation of heads, as its
  /// own app's `/evaluation` shows it (leaders and inspectors).
  func addEvaluationRoute(to router: Router<WebContext>) {
    router.group("communes/:commune").allowing(.evaluate).get("evaluation") {
      request, context in
      let (time, commune, board) = try await asked(request, context)
      let query = try EvaluationQuery(request, today: board.day)
      let found = try await cache.source.evaluation(
        commune: commune.id, year: query.year, asOf: time.asOf, knownAt: time.knownAtMoment,
        now: now())
      let evaluation = found.evaluation
      var unit: UnitCode?
      if !query.unit.isEmpty {
        // As the commune's own page answers a unit or person it does not have in the query:
        // the same refusal (422), not a missing page (trial: 404 here, 422 there).
        guard let named = UnitState.named(query.unit, among: found.units) else {
          // Its advice points to the commune's list of units on the hub (trial: to /units,
          // which the hub does not have, and to importing a plan, which it cannot).
          var failure = WebFailure.notFound(LedgerError.unknownUnit(query.unit, among: found.units))
            .inCommune(commune.id)
          failure.status = .unprocessableContent
          throw failure
        }
        unit = named.code
      }
      let person = query.person.isEmpty ? nil : try found.names.person(query.person)
      let shown = EvaluationSelection(
        evaluation, unit: unit, person: person, language: context.language)
      return try pages.html(
        "evaluation",
        EvaluationPage(
          evaluation, rows: shown.rows, query: query, explanation: shown.explanation,
          time: time, language: context.language, commune: commune), context: context)
    }
  }

  /// The time a page's URL asks about, the commune its path names, and that commune's board
  /// answering it; a commune the hub does not hold is a page that is not there (404).
  private func asked(_ request: Request, _ context: WebContext) async throws
    -> (TimeQuery, CommuneName, AccountabilityBoard)
  {
    let time = try TimeQuery(request, timeZone: timeZone)
    // A source's id is lower-case: it is read without regard to case, as `hub` commands read it.
    let id = AccountabilityController.decoded(context.parameters.get("commune") ?? "").lowercased()
    let boards = try await cache.boards(time: time, now: now())
    guard let found = boards.first(where: { $0.id == id }) else {
      throw WebFailure.notFound(Hub.unknown(id, among: boards.map { ($0.id, $0.name) }))
    }
    return (time, CommuneName(id: found.id, name: found.name), found.board)
  }
}
