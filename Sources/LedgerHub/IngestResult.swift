/// What one `hub ingest` did.
public struct IngestResult: Hashable, Sendable, Codable {
  /// The source the file was from.
  public var source: String
  /// Events that were new to the hub, now added.
  public var added: Int
  /// Events the hub already held, identical in the file.
  public var alreadyHeld: Int
  /// The source's last position the hub now holds.
  public var head: Int64

  public init(source: String, added: Int, alreadyHeld: Int, head: Int64) {
    self.source = source
    self.added = added
    self.alreadyHeld = alreadyHeld
    self.head = head
  }
}
