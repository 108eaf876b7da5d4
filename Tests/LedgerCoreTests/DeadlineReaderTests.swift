import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Reading Vietnamese deadlines")
struct DeadlineReaderTests {
  let reader = DeadlineReader(reportingDay: DayOfYear(day: 30, month: 11))

  @Test(
    "Each written form gives its day",
    arguments: [
      ("Tháng 6/2026", "30/06/2026"), ("tháng 02/2028", "29/02/2028"),
      ("Tháng 9 năm 2026", "30/09/2026"),
      ("Quý II/2026", "30/06/2026"), ("Quý IV/2026", "31/12/2026"), ("Quý 1/2026", "31/03/2026"),
      ("30/11/2026", "30/11/2026"), ("trước ngày 30/11/2026", "30/11/2026"),
      ("Trước 15/7/2026", "15/07/2026"), ("Năm 2026", "31/12/2026"),
      ("Trong năm 2026", "31/12/2026"),
      ("6 tháng đầu năm 2026", "30/06/2026"), ("6 tháng cuối năm 2026", "31/12/2026"),
      ("9 tháng đầu năm 2026", "30/09/2026"), ("THÁNG 6/2026.", "30/06/2026"),
    ])
  func dates(cell: String, expected: String) {
    #expect(reader.read(cell) == .date(Fixtures.day(expected)))
  }

  @Test(
    "A yearly day written in the cell is the obligation's day, whatever the plan's (trial)",
    arguments: [
      "Hằng năm (trước ngày 15/10)", "Hằng năm trước ngày 15/10", "Hàng năm, trước ngày 15/10",
      "Trước ngày 15/10 hằng năm", "Ngày 15/10 hàng năm", "15/10 hằng năm",
      "Định kỳ hằng năm (trước 15/10)", "Mỗi năm: 15/10",
    ])
  func yearlyWithDay(cell: String) {
    #expect(reader.read(cell) == .yearly(DayOfYear(day: 15, month: 10)!), "\(cell)")
    #expect(
      DeadlineReader(reportingDay: nil).read(cell) == .yearly(DayOfYear(day: 15, month: 10)!))
  }

  @Test("A yearly day that is no day is not read")
  func yearlyWithNoDay() {
    #expect(reader.read("Hằng năm (trước ngày 31/02)") == nil)
    #expect(reader.read("Hằng năm (trước ngày 15/13)") == nil)
  }

  @Test("NFD text and old tone marks read the same")
  func normalisation() {
    #expect(
      reader.read("Quý II/2026".decomposedStringWithCanonicalMapping)
        == .date(Fixtures.day("30/06/2026")))
    #expect(
      reader.read("Thường xuyên".decomposedStringWithCanonicalMapping)
        == .ongoing(reportingDay: DayOfYear(day: 30, month: 11)))
  }

  @Test("Ongoing work is reported on the plan's day; yearly work is due then")
  func ongoingAndYearly() {
    #expect(reader.read("Thường xuyên") == .ongoing(reportingDay: DayOfYear(day: 30, month: 11)))
    #expect(reader.read("Hàng năm") == .yearly(DayOfYear(day: 30, month: 11)!))
    #expect(reader.read("Hằng năm") == .yearly(DayOfYear(day: 30, month: 11)!))
    #expect(DeadlineReader(reportingDay: nil).read("Thường xuyên") == .ongoing(reportingDay: nil))
    #expect(
      DeadlineReader(reportingDay: nil).read("Hàng năm") == .yearlyWithoutDay)
  }

  @Test(
    "Impossible or unreadable cells give nothing",
    arguments: [
      "Tháng 13/2026", "31/02/2026", "Quý V/2026", "Quý 5/2026", "Sớm nhất có thể", "", "20261",
      "Tháng 6", "0 tháng đầu năm 2026", "13 tháng đầu năm 2026",
    ])
  func unreadable(cell: String) {
    #expect(reader.read(cell) == nil)
  }
}
