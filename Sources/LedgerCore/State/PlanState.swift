/// What is known about one plan: its registration, while no correction retracts it.
public struct PlanState: Hashable, Sendable {
  public var id: PlanID
  public var registration: PlanRegistered
  public var registeredAt: Int64

  public init(id: PlanID, registration: PlanRegistered, registeredAt: Int64) {
    self.id = id
    self.registration = registration
    self.registeredAt = registeredAt
  }

  /// Folds a plan stream's events; nil when no registration counts.
  public static func fold(_ events: [RecordedEvent]) -> PlanState? {
    var state: PlanState?
    for recorded in Retractions.activeFacts(in: events) {
      if case .planRegistered(let registration) = recorded.event,
        case .plan(let id) = recorded.stream
      {
        state = PlanState(id: id, registration: registration, registeredAt: recorded.position)
      }
    }
    return state
  }
}
