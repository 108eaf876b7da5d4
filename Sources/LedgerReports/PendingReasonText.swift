import LedgerCore

extension AnnualScore.Pending {
  /// Why a rating waits, in words: the same words in the table, `--explain` and the workbook.
  public func label(_ l: Language) -> String {
    switch self {
    case .generalPoints: return l.pick(vi: "chờ điểm chung", en: "pending general points")
    case .leaderCriteria:
      return l.pick(vi: "chờ tiêu chí lãnh đạo d, đ, e", en: "pending leader criteria d, đ, e")
    case .noProducts: return l.pick(vi: "chưa có sản phẩm đến hạn", en: "no product due")
    }
  }
}
