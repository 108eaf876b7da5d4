/// The three criteria Decree 335 adds for a leader (Article 15), each 100 % or 50 %.
///
/// d — the results of the unit led; đ — organising the unit's work; e — building unity.
public struct LeaderCriteria: Hashable, Sendable, Codable {
  public var unitResults: Double
  public var organising: Double
  public var unity: Double

  public init(unitResults: Double, organising: Double, unity: Double) {
    self.unitResults = unitResults
    self.organising = organising
    self.unity = unity
  }

  /// All three met in full.
  public static let full = LeaderCriteria(unitResults: 1, organising: 1, unity: 1)

  /// The sum d + đ + e, as shares of 1.
  public var sum: Double { unitResults + organising + unity }

  /// Whether a share is one the decree allows (100 % or 50 %).
  public static func isAllowed(_ share: Double) -> Bool { share == 1 || share == 0.5 }
}
