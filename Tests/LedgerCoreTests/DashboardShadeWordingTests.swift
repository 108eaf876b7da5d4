import LedgerCore
import Testing

/// The dashboard's legend uses the words the lists use for the buckets each colour gathers.
@Suite("Dashboard shade wording")
struct DashboardShadeWordingTests {
  @Test(
    "Each shade's legend is made of the labels of the buckets it counts, in both languages",
    arguments: [Language.vi, .en])
  func legendMatchesBuckets(language: Language) {
    let joined = { (buckets: [Bucket]) in
      buckets.map { $0.label(language) }.joined(separator: " / ")
    }
    #expect(Dashboard.Shade.green.label(language) == Bucket.completedOnTime.label(language))
    #expect(Dashboard.Shade.red.label(language) == joined([.overdue, .completedLate]))
    #expect(Dashboard.Shade.grey.label(language) == joined([.noDeadline, .cancelled]))
  }
}
