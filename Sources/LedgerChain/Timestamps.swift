import Foundation
import LedgerCore

/// The stored form of recorded instants: ISO 8601 in UTC with milliseconds, fixed width, so
/// text order is time order.
package enum Timestamps {
  /// An instant as stored.
  package static func format(_ instant: Date) -> String { instant.isoUTC }

  /// A stored instant, nil when the text is not one.
  package static func parse(_ text: String) -> Date? {
    try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
  }
}
