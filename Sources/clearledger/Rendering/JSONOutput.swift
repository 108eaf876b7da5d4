import Foundation

/// Writes JSON for `--json`: pretty, sorted keys, UTF-8 left as is.
enum JSONOutput {
  static func string(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  static func print(_ value: some Encodable) {
    Swift.print(string(value))
  }
}
