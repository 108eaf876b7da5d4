/// The years a ledger reasons about: 2000 to 2100, the span its clock accepts (`LedgerClock`).
///
/// A year outside (`--year 0`, `--year 20266`) is a typing mistake, refused as `invalidYear`
/// rather than answered with an empty evaluation.
public enum PlausibleYear {
  /// The first and last years accepted.
  public static let range: ClosedRange<Int> = 2000...2100

  /// The year unchanged, or `LedgerError.invalidYear` when it is outside `range`.
  @discardableResult
  public static func check(_ year: Int) throws -> Int {
    guard range.contains(year) else { throw LedgerError.invalidYear(year) }
    return year
  }
}
