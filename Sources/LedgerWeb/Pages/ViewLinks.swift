import Foundation
import LedgerCore

/// The links between views, each carrying the view's `as_of` and `known_at` (a query string
/// starting with `?`, or empty).
///
/// `base` is where the views live: empty in a commune's app, `/communes/ID` across communes
/// (`serve --hub`, `ViewLinks.base(commune:)`).
enum ViewLinks {
  /// A unit's page.
  static func unit(_ code: UnitCode, query: String, base: String = "") -> String {
    base + "/units/\(TimeQuery.encode(code.rawValue))" + query
  }

  /// A person's head page: by staff code when known, by name otherwise.
  static func head(code: String?, name: String, query: String, base: String = "") -> String {
    base + "/heads/\(TimeQuery.encode(code ?? name))" + query
  }

  /// Where one commune's views live across communes; empty (a commune's own app) when nil.
  static func base(commune: String?) -> String {
    commune.map { "/communes/\(TimeQuery.encode($0))" } ?? ""
  }

  /// The query string for a suffix starting with `&` (as `TimeQuery.suffix` writes it).
  static func query(suffix: String) -> String {
    suffix.isEmpty ? "" : "?" + suffix.dropFirst()
  }
}
