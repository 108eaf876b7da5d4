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
  /// The size of the signed checkpoint every line's proof was checked against, when the file
  /// was a proven export (`--with-proofs`).
  public var proven: Int64?
  /// New events whose signature was checked against the keys their source registered.
  public var signed: Int

  public init(
    source: String, added: Int, alreadyHeld: Int, head: Int64, proven: Int64? = nil,
    signed: Int = 0
  ) {
    self.source = source
    self.added = added
    self.alreadyHeld = alreadyHeld
    self.head = head
    self.proven = proven
    self.signed = signed
  }
}
