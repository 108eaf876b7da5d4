import Foundation

/// The member names of a JSON object's top level, in order, repeats kept.
///
/// `JSONSerialization` keeps one value of a repeated member and drops the others silently; a
/// body that repeats a member is ambiguous, so its names are read here with a small tokenizer
/// (strings with their escapes, nesting of objects and arrays) to find the repeats.
enum JSONMemberScan {
  /// The members repeated at the top level of `bytes` (a JSON object), each once, in order.
  static func repeated(in bytes: [UInt8]) -> [String] {
    var seen: Set<String> = []
    var repeats: [String] = []
    for name in topLevelNames(bytes) {
      if !seen.insert(name).inserted, !repeats.contains(name) { repeats.append(name) }
    }
    return repeats
  }

  /// The names of the top-level object's members; a string is a name when it is read at depth 1
  /// where a name is expected (after `{` or `,`).
  static func topLevelNames(_ bytes: [UInt8]) -> [String] {
    var names: [String] = []
    var depth = 0
    var expectingName = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        let (string, end) = readString(bytes, from: index + 1)
        if depth == 1, expectingName, let string { names.append(string) }
        expectingName = false
        index = end
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        expectingName = byte == UInt8(ascii: "{") && depth == 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
      case UInt8(ascii: ","):
        expectingName = depth == 1
      default:
        break
      }
      index += 1
    }
    return names
  }

  /// The string starting after its opening quote at `start`, decoded, and the index of its
  /// closing quote.
  private static func readString(_ bytes: [UInt8], from start: Int) -> (String?, Int) {
    var raw: [UInt8] = [UInt8(ascii: "\"")]
    var index = start
    while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
      if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
        raw.append(bytes[index])
        index += 1
      }
      raw.append(bytes[index])
      index += 1
    }
    raw.append(UInt8(ascii: "\""))
    // The name as JSON decodes it, so that "p\u0065rcent" repeats "percent".
    let decoded = try? JSONDecoder().decode(String.self, from: Data(raw))
    return (decoded, index)
  }
}
