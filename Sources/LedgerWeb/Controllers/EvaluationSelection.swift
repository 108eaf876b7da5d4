import LedgerCore
import LedgerReports

/// What an evaluation page shows of what its URL asks: the rows of the unit and person asked,
/// and that person's explanation, as `evaluate --explain PERSON` gives it.
///
/// The commune's own page and the hub's page of a commune find the unit and person each in
/// their own way (the ledger, or the commune's kept states), then show the same selection.
struct EvaluationSelection {
  /// The rows shown: every row, or those of the unit's heads and of the person asked.
  var rows: [Evaluation.Row]
  /// The person's explanation; empty when no person is asked.
  var explanation = ""

  /// The rows of `unit` (every unit when nil) and of `person` (everyone when nil).
  init(_ evaluation: Evaluation, unit: UnitCode?, person: KnownPerson?, language: Language) {
    rows = evaluation.rows
    if let unit { rows = rows.filter { $0.tenure.unit == unit } }
    if let person {
      let key = evaluation.identity.key(person)
      rows = rows.filter { evaluation.identity.key($0.tenure) == key }
      explanation = EvaluationText(language: language, evaluation: evaluation)
        .explain(evaluation.ratings.filter { $0.key == key })
    }
  }
}
