import LedgerCore
import Testing

@Suite("Deadlines as national plans write them")
struct NationalDeadlineTests {
  let reader = DeadlineReader(reportingDay: nil, year: 2025)

  @Test(
    "A year, a month of a year and a range end at the end of their period",
    arguments: [
      ("2025", 2025, 12, 31), ("Năm 2025", 2025, 12, 31), ("12/2025", 2025, 12, 31),
      ("6/2025", 2025, 6, 30), ("02/2024", 2024, 2, 29), ("2025 - 2026", 2026, 12, 31),
      ("2024-2025", 2025, 12, 31), ("Giai đoạn 2025 – 2027", 2027, 12, 31),
      ("Quý I/2025", 2025, 3, 31), ("Quý IV năm 2026", 2026, 12, 31),
    ])
  func periods(cell: String, year: Int, month: Int, day: Int) throws {
    let due = try #require(LocalDate(year: year, month: month, day: day))
    #expect(reader.read(cell) == .date(due), "\(cell)")
  }

  @Test("“Năm 2025 và những năm tiếp theo” is yearly from then on, on the reporting day if any")
  func followingYears() throws {
    let yearEnd = try #require(DayOfYear(day: 31, month: 12))
    #expect(reader.read("Năm 2025 và những năm tiếp theo") == .yearly(yearEnd))
    #expect(reader.read("2025 và các năm tiếp theo") == .yearly(yearEnd))
    let day = try #require(DayOfYear(day: 30, month: 11))
    #expect(
      DeadlineReader(reportingDay: day).read("Năm 2026 và những năm tiếp theo") == .yearly(day))
  }

  @Test(
    "A backwards range, a five-digit year or a month 13 is not read",
    arguments: ["2026 - 2025", "13/2025", "20251", "0/2025"])
  func unreadable(cell: String) {
    #expect(reader.read(cell) == nil)
  }
}
