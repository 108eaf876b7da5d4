import Foundation
import LedgerCore

/// One person's head views in one source: the person the typed code or name means there, and
/// the views of every tenure that person held, in every capacity (none when they headed no
/// unit on the day judged).
public struct PersonHeadViews: Sendable {
  public var person: KnownPerson
  public var views: [HeadView]
}

extension Hub {
  /// One unit's view in each source that holds a unit of that code or name (read as that
  /// commune's own `unit view UNIT` reads it: the name as the commune's units stand now), on a
  /// day as known at a moment, as `boards` answers.
  ///
  /// With `source`, that source only, and a unit it does not hold is its own `unknown_unit`
  /// (with that commune's closest units); across sources, the sources without it are left out,
  /// and `unit_in_no_source` when none holds it.
  public func unitViews(
    named typed: String, source: String?, asOf day: LocalDate?, knownAt moment: Date?,
    today: LocalDate
  ) async throws -> [SourceAnswer<[UnitView]>] {
    try await unitViews(
      named: typed, source: source, asOf: day, time: HubTime(today: today, knownAt: moment))
  }

  /// `unitViews`, each source judged on its own today and moment (`HubTime`, in its zone).
  public func unitViews(
    named typed: String, source: String?, asOf day: LocalDate?, time: HubTime
  ) async throws -> [SourceAnswer<[UnitView]>] {
    let boards = try await boards(source: source, asOf: day, time: time)
    // The name means what it means in the commune now, as `unit view UNIT` resolves it; the
    // view is then of the day asked (empty before the unit existed or was known).
    let current = try await keptUnits(of: boards.map(\.source.id))
    var answers: [SourceAnswer<[UnitView]>] = []
    for answer in boards {
      let board = answer.answer
      let units = Self.unitsNow(current, of: answer.source.id) ?? board.units
      guard let unit = UnitState.named(typed, among: units) else {
        if source != nil { throw LedgerError.unknownUnit(typed, among: units) }
        continue
      }
      answers.append(
        SourceAnswer(
          source: answer.source, answer: board.unitViews().filter { $0.unit.code == unit.code }))
    }
    guard !answers.isEmpty || source != nil else { throw LedgerError.unitInNoSource(typed) }
    return answers
  }

  /// One person's head views in each source that names a person of that staff code or name
  /// (its heads and the persons it registered, read as that commune's own `head view PERSON`
  /// reads them), on a day as known at a moment, as `boards` answers.
  ///
  /// With `source`, that source only, and a person it does not name is its own
  /// `unknown_person`; across sources, the sources that do not name them are left out, and
  /// `person_in_no_source` when none does. Two persons of that name in one source are that
  /// source's `ambiguous_person`, whether asked alone or across sources (across sources, as a
  /// `SourceError` naming that source).
  public func headViews(
    of typed: String, source: String?, asOf day: LocalDate?, knownAt moment: Date?,
    today: LocalDate
  ) async throws -> [SourceAnswer<PersonHeadViews>] {
    try await headViews(
      of: typed, source: source, asOf: day, time: HubTime(today: today, knownAt: moment))
  }

  /// `headViews`, each source judged on its own today and moment (`HubTime`, in its zone).
  public func headViews(
    of typed: String, source: String?, asOf day: LocalDate?, time: HubTime
  ) async throws -> [SourceAnswer<PersonHeadViews>] {
    let boards = try await boards(source: source, asOf: day, time: time)
    // The person is who the name means in the commune now, as `head view PERSON` reads it;
    // the views are of the day asked (none before they headed a unit, or were known to).
    // Trial: a head appointed after the day asked was an unknown person there.
    let current = try await keptUnits(of: boards.map(\.source.id))
    var answers: [SourceAnswer<PersonHeadViews>] = []
    for answer in boards {
      let board = answer.answer
      let persons = try await persons(of: answer.source.id)
      let units = Self.unitsNow(current, of: answer.source.id) ?? board.units
      let person: KnownPerson
      do {
        person = try PersonNames.of(units: units, persons: persons).person(typed)
      } catch let error as LedgerError {
        if case .unknownPerson = error, source == nil { continue }
        // Across sources, a refusal from one commune's people (two of that name) says which.
        if source == nil { throw SourceError(source: answer.source, error: error) }
        throw error
      }
      // Every tenure the person held, in every capacity, as `head view PERSON` finds them.
      let identity = PersonIdentity(persons: persons)
      let key = identity.key(person)
      answers.append(
        SourceAnswer(
          source: answer.source,
          answer: PersonHeadViews(
            person: person,
            views: board.headViews().filter { identity.key($0.tenure) == key })))
    }
    guard !answers.isEmpty || source != nil else { throw LedgerError.personInNoSource(typed) }
    return answers
  }

  /// A source's units as they stand now, from `keptUnits`; nil when none are kept (the
  /// caller's board's then stand for them).
  private static func unitsNow(_ kept: [String: [UnitState]], of source: String) -> [UnitState]? {
    kept[source].flatMap { $0.isEmpty ? nil : $0 }
  }
}
