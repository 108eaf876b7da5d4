/// What is known about one unit: its code and name and the heads it has had.
public struct UnitState: Codable, Hashable, Sendable {
  public var code: UnitCode
  public var name: String
  public var registeredAt: Int64
  /// Its heads in order of their start day, each ending where the next begins.
  public var tenures: [Tenure]

  public init(code: UnitCode, name: String, registeredAt: Int64, tenures: [Tenure]) {
    self.code = code
    self.name = name
    self.registeredAt = registeredAt
    self.tenures = tenures
  }

  /// Folds a unit stream's events; nil when no registration counts.
  public static func fold(_ events: [RecordedEvent]) -> UnitState? {
    var state: UnitState?
    var appointments: [(HeadAppointed, LocalDate, Int64)] = []
    for recorded in Retractions.activeFacts(in: events) {
      switch recorded.event {
      case .unitRegistered(let registered):
        state = UnitState(
          code: registered.code, name: registered.name, registeredAt: recorded.position,
          tenures: [])
      case .headAppointed(let appointed):
        appointments.append((appointed, recorded.effective, recorded.position))
      default:
        continue
      }
    }
    guard var unit = state else { return nil }
    let ordered = appointments.sorted { ($0.1, $0.2) < ($1.1, $1.2) }
    unit.tenures = ordered.enumerated().map { index, item in
      let next = ordered.dropFirst(index + 1).first { $0.1 > item.1 }
      var tenure = Tenure(
        unit: unit.code, person: item.0.person, role: item.0.role, from: item.1,
        until: next?.1, appointedAt: item.2)
      tenure.code = item.0.code
      return tenure
    }.filter { tenure in
      // A later appointment on the same day replaces an earlier one.
      !ordered.contains { $0.1 == tenure.from && $0.2 > tenure.appointedAt }
    }
    return unit
  }

  /// The tenure in force on a day, if someone headed the unit then.
  public func head(on day: LocalDate) -> Tenure? {
    tenures.last { $0.covers(day) }
  }
}
