/// One product a person answers for, in the terms Decree 335 scores it (Article 14).
///
/// A product is scored on quantity (delivered ÷ assigned), quality and progress. Each delay
/// (each deadline in force it missed) costs 25 % of its progress points and each major error
/// 25 % of its quality points, unless an objective cause was confirmed for it.
public struct ScoredProduct: Hashable, Sendable, Codable {
  /// The task it comes from.
  public var task: String
  /// The day it was due: it is scored in the period this day falls in.
  public var due: LocalDate
  /// Its weight after conversion ("quy đổi"): 1 for an ordinary product.
  public var weight: Double
  /// How many units of it were assigned (10 certificates); 1 for a single product.
  public var assigned: Double
  /// How many were delivered by the evaluation day (0 when none).
  public var delivered: Double
  /// Deadlines in force it missed: the original, then each extension.
  public var delays: Int
  /// Delays an objective cause excuses.
  public var excusedDelays: Int
  /// Major errors a review found in it.
  public var majorErrors: Int
  /// Major errors an objective cause excuses.
  public var excusedErrors: Int

  public init(
    task: String, due: LocalDate, weight: Double = 1, assigned: Double = 1, delivered: Double,
    delays: Int = 0, excusedDelays: Int = 0, majorErrors: Int = 0, excusedErrors: Int = 0
  ) {
    self.task = task
    self.due = due
    self.weight = weight
    self.assigned = assigned
    self.delivered = delivered
    self.delays = delays
    self.excusedDelays = excusedDelays
    self.majorErrors = majorErrors
    self.excusedErrors = excusedErrors
  }

  /// Quantity: the share delivered, 0 to 1.
  public var quantity: Double {
    guard assigned > 0 else { return 0 }
    return min(max(delivered / assigned, 0), 1)
  }

  /// Quality: the delivered share, less the policy's deduction per unexcused major error.
  public func quality(deduction: Double) -> Double {
    quantity * max(0, 1 - deduction * Double(max(0, majorErrors - excusedErrors)))
  }

  /// Progress: the delivered share, less the policy's deduction per unexcused delay.
  public func progress(deduction: Double) -> Double {
    quantity * max(0, 1 - deduction * Double(max(0, delays - excusedDelays)))
  }
}

extension ScoredProduct {
  /// One product from the charges a person answers for on the same task.
  ///
  /// A task reassigned after its deadline charges its earlier lead's head and the new lead's
  /// head separately; a person who answers for both (the chair named in the task) answers
  /// for one product: delivered as it finally was, in the period of its last deadline, with
  /// every deadline it missed counted as a delay (excused ones at most once).
  public static func merged(_ charges: [ScoredProduct], excusedDelays: Int) -> ScoredProduct? {
    guard var product = charges.max(by: { $0.due < $1.due }) else { return nil }
    guard charges.count > 1 else { return product }
    product.delays = charges.map(\.delays).reduce(0, +)
    product.excusedDelays = min(excusedDelays, product.delays)
    product.majorErrors = charges.map(\.majorErrors).max() ?? 0
    product.excusedErrors = charges.map(\.excusedErrors).max() ?? 0
    return product
  }
}
