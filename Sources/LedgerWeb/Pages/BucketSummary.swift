import LedgerCore

/// Tasks counted by tracker bucket, as the unit and head pages show them: only the buckets
/// that have tasks, each with the colour people expect.
struct BucketSummary {
  struct Count {
    var label: String
    var count: Int
    var shade: String
  }

  /// How many: "5", or "6 lines for 5 tasks" when a task keeps a line for an earlier charge.
  var total: String
  var counts: [Count]

  init(_ tasks: [TaskView], language: Language) {
    let byBucket = tasks.countByBucket()
    total = LineCount(tasks).text(language)
    counts = Bucket.allCases.compactMap { bucket in
      byBucket[bucket].map {
        Count(label: bucket.label(language), count: $0, shade: Self.shade(bucket).rawValue)
      }
    }
  }

  /// A bucket's colour, without the "due soon" orange (which depends on the day).
  static func shade(_ bucket: Bucket) -> Dashboard.Shade {
    switch bucket {
    case .completedOnTime: return .green
    case .overdue, .completedLate: return .red
    case .inProgressWithinDeadline: return .blue
    case .noDeadline, .cancelled, .paused, .superseded: return .grey
    }
  }
}
