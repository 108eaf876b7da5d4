import LedgerCore

/// One line of another system's export (`Schemas/foreign-fact.v1.schema.json`).
///
/// A ClearLedger events file is such an export too: its lines have no `id`, and the event's
/// `hash` stands for it. Keys are snake_case in JSON.
struct ForeignFactLine: Decodable {
  /// The fact's identity in its source system: a string or a number.
  var id: String?
  var hash: String?
  var stream: String
  var type: String
  var schemaVersion: Int?
  var effective: String
  var recorded: String?
  var actor: String?
  var position: Int64?
  var payload: JSONValue

  enum CodingKeys: String, CodingKey {
    case id, hash, stream, type, schemaVersion, effective, recorded, actor, position, payload
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let number = try? container.decodeIfPresent(Int64.self, forKey: .id) {
      id = String(number)
    } else {
      id = try container.decodeIfPresent(String.self, forKey: .id)
    }
    hash = try container.decodeIfPresent(String.self, forKey: .hash)
    stream = try container.decode(String.self, forKey: .stream)
    type = try container.decode(String.self, forKey: .type)
    schemaVersion = try container.decodeIfPresent(Int.self, forKey: .schemaVersion)
    effective = try container.decode(String.self, forKey: .effective)
    recorded = try container.decodeIfPresent(String.self, forKey: .recorded)
    actor = try container.decodeIfPresent(String.self, forKey: .actor)
    position = try container.decodeIfPresent(Int64.self, forKey: .position)
    payload = try container.decode(JSONValue.self, forKey: .payload)
  }

  /// The fact's identity in its source: its `id`, else its `hash`.
  var identity: String? {
    let value = id ?? hash
    return value?.isEmpty == false ? value : nil
  }
}
