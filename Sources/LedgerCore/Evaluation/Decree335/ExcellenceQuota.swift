/// The decree's cap on "Hoàn thành xuất sắc": a share of those rated good or better.
///
/// The policy says whether ratings beyond it are moved down to good or only flagged.
public enum ExcellenceQuota {
  /// The result for one unit: who keeps "excellent", who is moved down or flagged.
  public struct Outcome: Hashable, Sendable {
    /// How many may be rated excellent.
    public var allowed: Int
    /// The people (by key) rated excellent by points beyond the quota, lowest totals first.
    public var beyond: [String]
    /// The people (by key) tied at the quota's last place; empty when the totals decide it.
    ///
    /// Which of them keeps "excellent" is the council's decision: here they are kept in order
    /// of key.
    public var tied: [String] = []
  }

  /// Applies the quota to one unit's people, given each one's key, printed total and band.
  ///
  /// Rule (stated in the policy): allowed = ⌊share × number rated good or better⌋; the
  /// excellent ratings are kept in order of total (ties by key); the rest are beyond.
  public static func apply(
    _ people: [(key: String, total: Double, band: String)], share: Double,
    excellent: String = "excellent", good: String = "good"
  ) -> Outcome {
    let goodOrBetter = people.filter { $0.band == excellent || $0.band == good }
    let allowed = Int((share * Double(goodOrBetter.count) + 1e-9).rounded(.down))
    let ranked = people.filter { $0.band == excellent }.sorted {
      ($0.total, $1.key) > ($1.total, $0.key)
    }
    var outcome = Outcome(
      allowed: allowed, beyond: ranked.dropFirst(allowed).map(\.key).reversed())
    // Totals are compared as printed (two decimals): a tie the reader sees is a tie.
    func printed(_ total: Double) -> Int { Int((total * 100).rounded()) }
    if allowed > 0, allowed < ranked.count,
      printed(ranked[allowed - 1].total) == printed(ranked[allowed].total)
    {
      let cut = printed(ranked[allowed].total)
      outcome.tied = ranked.filter { printed($0.total) == cut }.map(\.key)
    }
    return outcome
  }
}
