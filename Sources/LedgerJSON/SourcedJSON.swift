/// A row of a hub answer in `--json` output: the row's own members and the source it is from.
public struct SourcedJSON<Row: Encodable>: Encodable {
  public var source: String
  public var row: Row

  public init(source: String, row: Row) {
    self.source = source
    self.row = row
  }

  private enum Keys: String, CodingKey { case source }

  public func encode(to encoder: any Encoder) throws {
    try row.encode(to: encoder)
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(source, forKey: .source)
  }
}
