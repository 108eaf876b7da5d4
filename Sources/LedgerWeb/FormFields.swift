import Foundation

/// The fields of an `application/x-www-form-urlencoded` body, by name (the last value wins).
struct FormFields: Sendable {
  private var values: [String: String] = [:]
  /// Every field's name, in order, once per time it was given.
  private(set) var names: [String] = []

  init(_ body: String) {
    for pair in body.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = parts.first.flatMap({ Self.decode($0) }) else { continue }
      names.append(name)
      values[name] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
    }
  }

  /// The fields given more than once, in order of first sight.
  var repeated: [String] {
    var seen = Set<String>()
    var twice: [String] = []
    for name in names where !seen.insert(name).inserted && !twice.contains(name) {
      twice.append(name)
    }
    return twice
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
