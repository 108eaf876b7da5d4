import Foundation
import Hummingbird
import LedgerCore
import LedgerReports
import LedgerStore

/// `GET /evaluation?year&unit&person&as_of&known_at`: the Decree 335 evaluation of heads, as
/// `evaluate` computes it, and for one person the explanation `evaluate --explain PERSON`
/// writes (leaders and inspectors).
struct EvaluationController {
  let pages: Pages
  let ledger: Ledger

  func addRoutes(to router: Router<WebContext>) {
    router.group().allowing(.evaluate).get("/evaluation") { request, context in
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      let query = try EvaluationQuery(request, today: ledger.today())
      let policy = try EvaluationPolicy(json: ShippedPolicy.json)
      let evaluation = try ledger.evaluate(
        year: query.year, policy: policy, asOf: time.asOf, knownAt: time.knownAt)
      var unit: UnitCode?
      if !query.unit.isEmpty {
        guard let found = try ledger.unit(named: query.unit) else {
          throw LedgerError.unknownUnit(query.unit, among: try ledger.units())
        }
        unit = found.code
      }
      let person = query.person.isEmpty ? nil : try ledger.personNames().person(query.person)
      let shown = EvaluationSelection(
        evaluation, unit: unit, person: person, language: context.language)
      return try pages.html(
        "evaluation",
        EvaluationPage(
          evaluation, rows: shown.rows, query: query, explanation: shown.explanation,
          time: time, language: context.language), context: context)
    }
  }
}

/// The evaluation's own questions, from the URL: the year (default: this year), a unit and a
/// person to explain; a year that is not a number from 2000 to 2100 is refused
/// (`invalid_year`), never read as this year.
struct EvaluationQuery {
  var year: Int
  var unit: String
  var person: String

  init(_ request: Request, today: LocalDate) throws {
    let query = request.uri.queryParameters
    func value(_ name: String) -> String {
      query[Substring(name)].map {
        String($0).replacingOccurrences(of: "+", with: " ").trimmingCharacters(in: .whitespaces)
          .precomposedStringWithCanonicalMapping
      } ?? ""
    }
    let typed = value("year")
    if typed.isEmpty {
      year = today.year
    } else if let number = Int(typed), PlausibleYear.range.contains(number) {
      year = number
    } else {
      let range = PlausibleYear.range
      throw WebFailure(
        status: .unprocessableContent, code: "invalid_year",
        vi:
          "“\(typed)” không phải là một năm: hãy ghi năm từ \(range.lowerBound) đến \(range.upperBound), ví dụ year=2026.",
        en:
          "“\(typed)” is not a year: give a year from \(range.lowerBound) to \(range.upperBound), e.g. year=2026."
      )
    }
    unit = value("unit")
    person = value("person")
  }
}
