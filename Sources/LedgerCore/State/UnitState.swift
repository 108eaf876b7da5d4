/// What is known about one unit: its code and name and the heads it has had.
public struct UnitState: Codable, Hashable, Sendable {
  public var code: UnitCode
  public var name: String
  public var registeredAt: Int64
  /// Its heads in order of their start day, each ending where the next begins, or where the
  /// post was left vacant.
  public var tenures: [Tenure]
  /// The day it was dissolved or merged into another unit; nil while it exists.
  public var closedOn: LocalDate? = nil
  /// The unit it was merged into.
  public var mergedInto: UnitCode? = nil
  /// The names it bore before its current one, oldest first; nil when it was never renamed.
  ///
  /// A plan or a role title written before a rename still names the unit by them
  /// ("Trưởng phòng Kinh tế" after "Phòng Kinh tế" became "Phòng Kinh tế - Hạ tầng").
  public var formerNames: [String]? = nil

  public init(code: UnitCode, name: String, registeredAt: Int64, tenures: [Tenure]) {
    self.code = code
    self.name = name
    self.registeredAt = registeredAt
    self.tenures = tenures
  }

  /// Folds a unit stream's events; nil when no registration counts.
  public static func fold(_ events: [RecordedEvent]) -> UnitState? {
    var state: UnitState?
    // Appointments, and vacancies and closings (nil): each ends the tenure before it.
    var changes: [(HeadAppointed?, LocalDate, Int64)] = []
    var renames: [(String, LocalDate, Int64)] = []
    var closing: (LocalDate, UnitCode?)?
    for recorded in Retractions.activeFacts(in: events) {
      switch recorded.event {
      case .unitRegistered(let registered):
        state = UnitState(
          code: registered.code, name: registered.name, registeredAt: recorded.position,
          tenures: [])
      case .headAppointed(let appointed):
        changes.append((appointed, recorded.effective, recorded.position))
      case .headVacated:
        changes.append((nil, recorded.effective, recorded.position))
      case .unitRenamed(let renamed):
        renames.append((renamed.name, recorded.effective, recorded.position))
      case .unitDissolved:
        closing = (recorded.effective, nil)
        changes.append((nil, recorded.effective, recorded.position))
      case .unitMerged(let merged):
        closing = (recorded.effective, merged.into)
        changes.append((nil, recorded.effective, recorded.position))
      default:
        continue
      }
    }
    guard var unit = state else { return nil }
    let registeredName = unit.name
    if let latest = renames.max(by: { ($0.1, $0.2) < ($1.1, $1.2) }) { unit.name = latest.0 }
    unit.formerNames = Self.formerNames(
      [registeredName] + renames.sorted { ($0.1, $0.2) < ($1.1, $1.2) }.map(\.0), current: unit.name
    )
    unit.closedOn = closing?.0
    unit.mergedInto = closing?.1
    let ordered = changes.sorted { ($0.1, $0.2) < ($1.1, $1.2) }
    unit.tenures = ordered.enumerated().compactMap { index, item -> Tenure? in
      guard let appointed = item.0 else { return nil }
      // A later change on the same day replaces an earlier appointment.
      guard !ordered.contains(where: { $0.1 == item.1 && $0.2 > item.2 }) else { return nil }
      let next = ordered.dropFirst(index + 1).first { $0.1 > item.1 }
      var tenure = Tenure(
        unit: unit.code, person: appointed.person, role: appointed.role, from: item.1,
        until: next?.1, appointedAt: item.2)
      tenure.code = appointed.code
      tenure.acting = appointed.acting
      return tenure
    }
    return unit
  }

  /// The distinct names of `names` other than `current`, in order; nil when none is left.
  static func formerNames(_ names: [String], current: String) -> [String]? {
    var seen: Set<String> = [VietnameseText.matchKey(current)]
    let former = names.filter { seen.insert(VietnameseText.matchKey($0)).inserted }
    return former.isEmpty ? nil : former
  }

  /// True when the unit was dissolved or merged on or before the day.
  public func isClosed(on day: LocalDate) -> Bool {
    closedOn.map { $0 <= day } ?? false
  }

  /// The tenure in force on a day, if someone headed the unit then.
  public func head(on day: LocalDate) -> Tenure? {
    tenures.last { $0.covers(day) }
  }
}
