import Foundation
import LedgerCore

/// Checks JSON against the JSON Schema subset our `Schemas/` files use.
///
/// No JSON Schema library is available to this package, so this validator implements exactly
/// the keywords the committed schemas use and fails on any other keyword, so that a schema can
/// never pass because a rule in it went unread.
public struct SchemaValidator {
  public let schema: [String: Any]

  /// Keywords that only describe and never constrain.
  private static let annotations: Set<String> = ["$schema", "$id", "title", "description"]
  private static let understood: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "uniqueItems",
    "minLength", "maxLength", "pattern", "minimum", "maximum", "enum", "const", "oneOf", "format",
  ]

  /// Loads a schema file.
  public init(contentsOf url: URL) throws {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    guard let schema = object as? [String: Any] else {
      throw SchemaProblem(path: url.path, message: "schema is not an object")
    }
    self.schema = schema
  }

  /// Uses a schema already read (for example from an OpenAPI document).
  public init(schema: [String: Any]) {
    self.schema = schema
  }

  /// Every violation of the schema by the JSON document, empty when it is valid.
  public func violations(of data: Data) throws -> [String] {
    let value = try JSONDecoder().decode(JSONValue.self, from: data)
    var found: [String] = []
    check(value, against: schema, at: "$", into: &found)
    return found
  }

  private func check(
    _ value: JSONValue, against schema: [String: Any], at path: String, into found: inout [String]
  ) {
    for key in schema.keys where !Self.annotations.contains(key) && !Self.understood.contains(key) {
      found.append("\(path): schema uses unsupported keyword \(key)")
    }
    if let types = schema["type"] {
      let allowed = (types as? [String]) ?? [types as? String ?? ""]
      if !allowed.contains(where: { Self.matches(value, type: $0) }) {
        found.append("\(path): expected \(allowed.joined(separator: "|"))")
        return
      }
    }
    if let constant = schema["const"] as? String, value != .string(constant) {
      found.append("\(path): expected \(constant)")
    }
    if let options = schema["enum"] as? [String],
      !options.contains(where: { value == .string($0) })
    {
      found.append("\(path): not one of the allowed values")
    }
    if let alternatives = schema["oneOf"] as? [[String: Any]] {
      let passing = alternatives.filter { alternative in
        var inner: [String] = []
        check(value, against: alternative, at: path, into: &inner)
        return inner.isEmpty
      }
      if passing.count != 1 { found.append("\(path): matches \(passing.count) of oneOf, not 1") }
    }
    switch value {
    case .string(let text): checkString(text, schema, path, &found)
    case .int(let number): checkNumber(Double(number), schema, path, &found)
    case .double(let number): checkNumber(number, schema, path, &found)
    case .array(let array):
      if let items = schema["items"] as? [String: Any] {
        for (index, item) in array.enumerated() {
          check(item, against: items, at: "\(path)[\(index)]", into: &found)
        }
      }
      if schema["uniqueItems"] as? Bool == true, Set(array).count != array.count {
        found.append("\(path): items are not unique")
      }
    case .object(let object):
      let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
      for name in schema["required"] as? [String] ?? [] where object[name] == nil {
        found.append("\(path): missing required \(name)")
      }
      for (name, item) in object {
        if let property = properties[name] {
          check(item, against: property, at: "\(path).\(name)", into: &found)
        } else if schema["additionalProperties"] as? Bool == false {
          found.append("\(path): unexpected property \(name)")
        }
      }
    case .null, .bool: break
    }
  }

  private func checkNumber(
    _ number: Double, _ schema: [String: Any], _ path: String, _ found: inout [String]
  ) {
    if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, number < minimum {
      found.append("\(path): below minimum \(minimum)")
    }
    if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, number > maximum {
      found.append("\(path): above maximum \(maximum)")
    }
  }

  private func checkString(
    _ text: String, _ schema: [String: Any], _ path: String, _ found: inout [String]
  ) {
    let length = text.unicodeScalars.count
    if let minimum = schema["minLength"] as? Int, length < minimum {
      found.append("\(path): shorter than \(minimum)")
    }
    if let maximum = schema["maxLength"] as? Int, length > maximum {
      found.append("\(path): longer than \(maximum)")
    }
    if let pattern = schema["pattern"] as? String {
      let regex = try? NSRegularExpression(pattern: pattern)
      let range = NSRange(text.startIndex..., in: text)
      if regex?.firstMatch(in: text, range: range) == nil {
        found.append("\(path): “\(text)” does not match \(pattern)")
      }
    }
    if schema["format"] as? String == "date", LocalDate(parsing: text)?.iso != text {
      found.append("\(path): “\(text)” is not a date")
    }
  }

  private static func matches(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("object", .object), ("array", .array), ("string", .string), ("null", .null),
      ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .double):
      return true
    case ("integer", .double(let number)): return number.rounded() == number
    default: return false
    }
  }
}

/// A schema that cannot be used.
public struct SchemaProblem: Error, CustomStringConvertible {
  public var path: String
  public var message: String
  public var description: String { "\(path): \(message)" }
}
