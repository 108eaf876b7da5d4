/// A row of a hub answer in `--json` output: the row's own members and the source it is from.
struct SourcedJSON<Row: Encodable>: Encodable {
  var source: String
  var row: Row

  private enum Keys: String, CodingKey { case source }

  func encode(to encoder: any Encoder) throws {
    try row.encode(to: encoder)
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(source, forKey: .source)
  }
}
