import Foundation

/// The fields of an `application/x-www-form-urlencoded` body, by name (the last value wins).
struct FormFields: Sendable {
  private var values: [String: String] = [:]

  init(_ body: String) {
    for pair in body.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = parts.first.flatMap({ Self.decode($0) }) else { continue }
      values[name] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
    }
  }

  subscript(name: String) -> String? { values[name] }

  /// The value, or nil when absent or blank.
  func text(_ name: String) -> String? {
    guard let value = values[name], !value.trimmingCharacters(in: .whitespaces).isEmpty else {
      return nil
    }
    return value
  }

  private static func decode(_ text: Substring) -> String? {
    text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
  }
}
