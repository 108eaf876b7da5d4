import LedgerCore
import Testing

@Suite("Calendar days")
struct LocalDateTests {
  @Test(
    "Reads both written forms",
    arguments: [
      ("2026-06-30", 2026, 6, 30), ("30/06/2026", 2026, 6, 30), ("1/4/2025", 2025, 4, 1),
      (" 29/02/2028 ", 2028, 2, 29),
    ])
  func readsBothForms(text: String, year: Int, month: Int, day: Int) {
    // When
    let date = LocalDate(parsing: text)
    // Then
    #expect(date == LocalDate(year: year, month: month, day: day))
  }

  @Test(
    "Refuses impossible or malformed days",
    arguments: [
      "31/02/2026", "29/02/2026", "2026-13-01", "00/01/2026", "30-06-2026", "2026/06/30", "",
      "30/06/26", "３０/06/2026", "tháng 6",
    ])
  func refusesImpossibleDays(text: String) {
    #expect(LocalDate(parsing: text) == nil)
  }

  @Test("Day numbers round-trip and order like dates")
  func dayNumbers() {
    let epoch = LocalDate(dayNumber: 0)
    #expect(epoch.iso == "1970-01-01")
    var previous = LocalDate(parsing: "2027-12-31")!.dayNumber
    for offset in 1...800 {
      let date = LocalDate(parsing: "2028-01-01")!.adding(days: offset - 1)
      #expect(date.dayNumber == previous + 1)
      #expect(LocalDate(dayNumber: date.dayNumber) == date)
      previous = date.dayNumber
    }
    #expect(LocalDate(parsing: "01/03/2028")!.adding(days: -1).display == "29/02/2028")
  }

  @Test("Ends of months know leap years")
  func endOfMonth() {
    #expect(LocalDate.endOfMonth(2, of: 2028)?.display == "29/02/2028")
    #expect(LocalDate.endOfMonth(2, of: 2026)?.display == "28/02/2026")
    #expect(LocalDate.endOfMonth(6, of: 2026)?.display == "30/06/2026")
    #expect(LocalDate.endOfMonth(13, of: 2026) == nil)
  }

  @Test("Yearly deadlines fall in the year judged")
  func yearlyDeadline() {
    let deadline = Deadline.yearly(parsing: "30/11")
    #expect(deadline == .yearly(day: 30, month: 11))
    #expect(
      deadline?.dueDate(forYearOf: LocalDate(parsing: "05/03/2027")!)?.display == "30/11/2027")
    #expect(Deadline.yearly(parsing: "31/02") == nil)
    #expect(Deadline.yearly(parsing: "29/02") == nil)
    #expect(Deadline.ongoing.dueDate(forYearOf: LocalDate(parsing: "05/03/2027")!) == nil)
  }
}
