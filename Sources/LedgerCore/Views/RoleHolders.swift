/// Works out who held a task's answerable role on a day: a role is held in a unit.
///
/// A title such as "Trưởng phòng" is held in several units at once, so it means nothing without
/// its unit. The role resolves only inside one unit: the one the assignment names
/// (`--role-unit`), else the unit the title names ("Chủ tịch UBND xã" names "UBND xã"), else the
/// task's lead unit. Never another unit's holder of the same bare title: when nobody there holds
/// it, nobody is named.
public struct RoleHolders: Sendable {
  private let units: [UnitState]
  private let byCode: [UnitCode: UnitState]
  private var keys = RoleKeys()
  private var namedUnits: [String: UnitCode?] = [:]
  /// Each unit's name as matching words, worked out on the first title looked up.
  private var unitWords: [(code: UnitCode, words: [Substring])]?
  /// Each unit's former names as matching words, worked out with `unitWords`.
  private var formerWords: [(code: UnitCode, words: [Substring])] = []

  /// Indexes every unit's tenures.
  public init(units: [UnitState]) {
    self.units = units.sorted { $0.code < $1.code }
    byCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The unit in which a task's role is held, when the task is led by `lead`: the role in force
  /// on `day` (an amendment does not reach back), the current one when nil.
  public mutating func roleUnit(of task: TaskState, lead: UnitCode, on day: LocalDate? = nil)
    -> UnitCode
  {
    let role = day.map { task.role(on: $0) } ?? (headRole: task.headRole, roleUnit: task.roleUnit)
    return role.roleUnit ?? unitNamed(by: role.headRole) ?? lead
  }

  /// The person who held a task's role on a day, for the task led by `lead`; nil when nobody
  /// in the role's unit held it.
  public mutating func holder(of task: TaskState, lead: UnitCode, on day: LocalDate) -> Tenure? {
    let unit = roleUnit(of: task, lead: lead, on: day)
    let title = task.role(on: day).headRole
    return byCode[unit]?.tenures.last { $0.covers(day) && answers($0, for: title) }
  }

  /// The last person whose tenure of a task's role ended on or before a day, for the task led
  /// by `lead`: the holder before a vacancy.
  public mutating func lastHolder(of task: TaskState, lead: UnitCode, before day: LocalDate)
    -> Tenure?
  {
    let unit = roleUnit(of: task, lead: lead, on: day)
    let title = task.role(on: day).headRole
    return byCode[unit]?.tenures.last { tenure in
      (tenure.until.map { $0 <= day } ?? false) && answers(tenure, for: title)
    }
  }

  /// True when the tenure is one of the task's role (in the role's unit) as it stood on `day`
  /// (the current role when nil).
  public mutating func holds(
    _ tenure: Tenure, roleOf task: TaskState, lead: UnitCode, on day: LocalDate? = nil
  ) -> Bool {
    tenure.unit == roleUnit(of: task, lead: lead, on: day)
      && holdsTitle(tenure, roleOf: task, on: day)
  }

  /// True when the tenure's title is the task's role title as it stood on `day` (the current
  /// one when nil), whatever the unit: `holds` less the unit check, for a caller that already
  /// knows the role's unit (`TaskView.roleUnit`).
  public mutating func holdsTitle(_ tenure: Tenure, roleOf task: TaskState, on day: LocalDate?)
    -> Bool
  {
    let title = day.map { task.role(on: $0).headRole } ?? task.headRole
    return answers(tenure, for: title)
  }

  /// True when a tenure answers for a role title in its unit: its title matches, or it is an
  /// acting head's ("--acting", "Quyền Trưởng phòng", "Phó Chủ tịch phụ trách"), who answers as
  /// the head for that time whatever the head's title (DOMAIN: acting heads).
  private mutating func answers(_ tenure: Tenure, for title: String) -> Bool {
    if tenure.acting == true || Self.isActingTitle(keys.key(tenure.role)) { return true }
    return titleMatches(tenure.role, title)
  }

  /// True for a title that says its holder acts for the head: "Quyền …" (acting) or
  /// "… phụ trách" (in charge), as matching keys.
  static func isActingTitle(_ key: String) -> Bool {
    key.hasPrefix(MatchKeys.key("Quyền") + " ") || key.hasSuffix(" " + MatchKeys.key("phụ trách"))
  }

  /// A held title matches the task's role (in the same unit) when they are the same, or when one
  /// is the other followed by the name of the unit ("Trưởng phòng Văn hóa - Xã hội" for
  /// "Trưởng phòng", "Chủ tịch" for "Chủ tịch UBND xã").
  private mutating func titleMatches(_ held: String, _ role: String) -> Bool {
    let heldKey = keys.key(held)
    let roleKey = keys.key(role)
    return heldKey == roleKey || roleKey.hasPrefix(heldKey + " ")
      || heldKey.hasPrefix(roleKey + " ")
  }

  /// The unit a title names ("Chủ tịch UBND xã" names "UBND xã"); nil for a bare title.
  public mutating func unit(namedBy title: String) -> UnitCode? { unitNamed(by: title) }

  /// The unit a role's title names: by its name (the longest that appears in the title, as
  /// whole words), else by a name it bore before a rename, or by its code as a word.
  private mutating func unitNamed(by role: String) -> UnitCode? {
    if let known = namedUnits[role] { return known }
    let words = keys.key(role).split(separator: " ")
    if unitWords == nil {
      unitWords = units.map { unit in (unit.code, keys.key(unit.name).split(separator: " ")) }
      formerWords = units.flatMap { unit in
        (unit.formerNames ?? []).map { (unit.code, keys.key($0).split(separator: " ")) }
      }
    }
    let code =
      Self.longest(among: unitWords ?? [], in: words)
      ?? Self.longest(among: formerWords, in: words)
      ?? units.first { unit in
        let key = keys.key(unit.code.rawValue)
        return words.contains { $0 == key }
      }?.code
    namedUnits[role] = .some(code)
    return code
  }

  /// The unit whose name, of `names`, is the longest run of whole words in `words`.
  private static func longest(
    among names: [(code: UnitCode, words: [Substring])], in words: [Substring]
  ) -> UnitCode? {
    var best: (code: UnitCode, length: Int)?
    for (code, name) in names {
      guard !name.isEmpty, name.count <= words.count else { continue }
      let found = (0...(words.count - name.count)).contains {
        words[$0..<($0 + name.count)].elementsEqual(name)
      }
      if found, name.count > (best?.length ?? 0) { best = (code, name.count) }
    }
    return best?.code
  }
}

/// Matching keys of role titles and names, each worked out once.
struct RoleKeys: Sendable {
  private var known: [String: String] = [:]

  mutating func key(_ role: String) -> String {
    if let key = known[role] { return key }
    let key = MatchKeys.key(role)
    known[role] = key
    return key
  }
}
