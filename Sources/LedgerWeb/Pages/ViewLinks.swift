import Foundation
import LedgerCore

/// The links between views, each carrying the view's `as_of` and `known_at` (a query string
/// starting with `?`, or empty).
enum ViewLinks {
  /// A unit's page.
  static func unit(_ code: UnitCode, query: String) -> String {
    "/units/\(TimeQuery.encode(code.rawValue))" + query
  }

  /// A person's head page: by staff code when known, by name otherwise.
  static func head(code: String?, name: String, query: String) -> String {
    "/heads/\(TimeQuery.encode(code ?? name))" + query
  }

  /// The query string for a suffix starting with `&` (as `TimeQuery.suffix` writes it).
  static func query(suffix: String) -> String {
    suffix.isEmpty ? "" : "?" + suffix.dropFirst()
  }
}
