import Foundation

/// Who held an office on a day, for judging a person named as approver.
///
/// A person the ledger records as heading a unit answers only on days of a tenure; a person it
/// never records as heading one (a vice-chair, someone outside) is not judged by tenure.
public struct OfficeHolders: Sendable {
  private let names: PersonNames
  private let identity: PersonIdentity
  private let tenures: [Tenure]

  public init(units: [UnitState], names: PersonNames, identity: PersonIdentity) {
    self.names = names
    self.identity = identity
    tenures = units.flatMap(\.tenures)
  }

  /// Why a named person was out of office on a day.
  public struct Absence: Hashable, Sendable {
    /// The first day without office after their last tenure before the day; nil when their
    /// first tenure began after it.
    public var left: LocalDate?
  }

  /// Whether the named person was out of office on `day`: the ledger records them heading a
  /// unit, and heading none that day; nil when in office then, or not judged by tenure.
  ///
  /// A name with a staff code in parentheses ("Nguyễn Văn Hải (NVH)") is read by its code.
  public func absence(_ named: String, on day: LocalDate) -> Absence? {
    var name = VietnameseText.clean(named)
    var code: String?
    if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
      code = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
      name = String(name[..<open]).trimmingCharacters(in: .whitespaces)
    }
    let known = (try? names.match(code ?? name)) ?? nil
    let person = identity.key(code: known?.code ?? code, name: known?.name ?? name)
    let held = tenures.filter { identity.key($0) == person }
    guard !held.isEmpty, !held.contains(where: { $0.covers(day) }) else { return nil }
    return Absence(left: held.compactMap(\.until).filter { $0 <= day }.max())
  }
}
