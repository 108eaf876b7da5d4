import LedgerCore
import Testing

/// Periods of the year as Vietnamese documents write them: quarters in Roman numerals.
@Suite("Evaluation periods in words")
struct EvaluationPeriodTests {
  @Test("A quarter is written “Quý III” in Vietnamese and Q3 in English")
  func romanQuarters() {
    let labels = (1...4).map { EvaluationPeriod(kind: .quarter, number: $0).label(.vi) }
    #expect(labels == ["Quý I", "Quý II", "Quý III", "Quý IV"])
    #expect(EvaluationPeriod(kind: .quarter, number: 3).label(.en) == "Q3")
    #expect(EvaluationPeriod(kind: .month, number: 7).label(.vi) == "Tháng 7")
  }

  @Test("A quarter is read in Roman numerals or digits, with or without marks")
  func readsQuarters() {
    for (text, number) in [
      ("Quý III", 3), ("quy iv", 4), ("Q2", 2), ("Quý 1", 1), ("QUÝ II", 2), ("q i", 1),
    ] {
      #expect(EvaluationPeriod(parsing: text) == EvaluationPeriod(kind: .quarter, number: number))
    }
    for text in ["Quý V", "Quý 5", "Quý", "Q0"] {
      #expect(EvaluationPeriod(parsing: text) == nil, "\(text)")
    }
    #expect(EvaluationPeriod(parsing: "Tháng 12") == EvaluationPeriod(kind: .month, number: 12))
  }
}
