/// One event to append, with the stream version it was decided on.
public struct Decision: Hashable, Sendable {
  public var stream: StreamID
  /// The stream's version when the decision was made; the append is refused if it moved.
  public var expectedVersion: Int
  public var event: LedgerEvent
  public var effective: LocalDate
  /// For a fact imported from another system: where it came from, written into the payload.
  public var origin: FactOrigin?

  public init(
    stream: StreamID, expectedVersion: Int, event: LedgerEvent, effective: LocalDate,
    origin: FactOrigin? = nil
  ) {
    self.stream = stream
    self.expectedVersion = expectedVersion
    self.event = event
    self.effective = effective
    self.origin = origin
  }
}
