import Foundation
import GRDB
import LedgerCore

/// Saves and loads the projection tables: units with their tenures, tasks with their units.
enum ProjectionTables {
  /// Every table that holds projected state, in the order a digest reads them, with the
  /// order of its rows; nil for a table whose rows a digest takes as a set.
  static let tables: [(name: String, order: String?)] = [
    ("units", "code"), ("tenures", "unit, from_date"), ("tasks", "id"),
    ("task_units", "task_id, unit"), ("plans", "id"),
    // Rows are compared by what they say, not by their row ids, which depend on the order
    // they were written in (a bulk load writes a task's newest row last); sorting millions of
    // wide rows would cost more than the rebuild, so they are taken as a set.
    ("task_timeline", nil),
  ]

  // MARK: Units

  /// Replaces a unit's rows, or removes them when no registration counts any more.
  static func save(_ unit: UnitState?, code: UnitCode, in db: Database) throws {
    try db.cachedStatement(sql: "DELETE FROM units WHERE code = ?").execute(
      arguments: [code.rawValue])
    try db.cachedStatement(sql: "DELETE FROM tenures WHERE unit = ?").execute(
      arguments: [code.rawValue])
    guard let unit else { return }
    try db.cachedStatement(
      sql: """
        INSERT INTO units
          (code, name, name_key, registered_at, closed_on, merged_into, former_names)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        unit.code.rawValue, unit.name, VietnameseText.matchKey(unit.name), unit.registeredAt,
        unit.closedOn?.iso, unit.mergedInto?.rawValue,
        unit.formerNames.map(Self.namesJSON),
      ])
    for tenure in unit.tenures {
      try db.cachedStatement(
        sql: """
          INSERT INTO tenures
            (unit, from_date, until_date, person, role, role_key, appointed_at, person_code,
              acting)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(
        arguments: [
          tenure.unit.rawValue, tenure.from.iso, tenure.until?.iso, tenure.person, tenure.role,
          VietnameseText.matchKey(tenure.role), tenure.appointedAt, tenure.code,
          tenure.acting == true ? 1 : nil,
        ])
    }
  }

  /// Every unit with its tenures.
  ///
  /// Columns are named in the query and read by position: every write that names a person
  /// reads the units, and looking each column up by name cost more than the rest.
  static func units(in db: Database) throws -> [UnitState] {
    var tenures: [UnitCode: [Tenure]] = [:]
    let tenureRows = try Row.fetchCursor(
      try db.cachedStatement(
        sql: """
          SELECT unit, from_date, until_date, person, role, appointed_at, person_code, acting
          FROM tenures ORDER BY unit, from_date
          """))
    while let row = try tenureRows.next() {
      guard let code = UnitCode(row[0] as String), let from = LocalDate(parsing: row[1])
      else { continue }
      let until = (row[2] as String?).flatMap(LocalDate.init(parsing:))
      var tenure = Tenure(
        unit: code, person: row[3], role: row[4], from: from, until: until, appointedAt: row[5])
      tenure.code = row[6]
      tenure.acting = (row[7] as Int?).map { $0 == 1 }
      tenures[code, default: []].append(tenure)
    }
    var units: [UnitState] = []
    let unitRows = try Row.fetchCursor(
      try db.cachedStatement(
        sql: """
          SELECT code, name, registered_at, closed_on, merged_into, former_names
          FROM units ORDER BY code
          """))
    while let row = try unitRows.next() {
      guard let code = UnitCode(row[0] as String) else { continue }
      var unit = UnitState(
        code: code, name: row[1], registeredAt: row[2], tenures: tenures[code] ?? [])
      unit.closedOn = (row[3] as String?).flatMap(LocalDate.init(parsing:))
      unit.mergedInto = (row[4] as String?).flatMap(UnitCode.init)
      unit.formerNames = (row[5] as String?).flatMap(Self.names(json:))
      units.append(unit)
    }
    return units
  }

  /// A unit's former names as the `former_names` column keeps them: a JSON array.
  static func namesJSON(_ names: [String]) -> String {
    let data = (try? JSONEncoder().encode(names)) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// The names a `former_names` column holds; nil for none or unreadable.
  static func names(json: String) -> [String]? {
    let names = try? JSONDecoder().decode([String].self, from: Data(json.utf8))
    return names?.isEmpty == false ? names : nil
  }

  // MARK: Tasks

  /// Replaces a task's rows, or removes them when no assignment counts any more.
  static func save(_ task: TaskState?, id: TaskID, in db: Database) throws {
    try db.cachedStatement(sql: "DELETE FROM tasks WHERE id = ?").execute(
      arguments: [id.rawValue])
    try db.cachedStatement(sql: "DELETE FROM task_units WHERE task_id = ?").execute(
      arguments: [id.rawValue])
    guard let task else { return }
    let columns = (["id"] + TaskColumns.names).joined(separator: ", ")
    let marks = Array(repeating: "?", count: TaskColumns.names.count + 1).joined(separator: ", ")
    try db.cachedStatement(sql: "INSERT INTO tasks (\(columns)) VALUES (\(marks))").execute(
      arguments: StatementArguments([task.id.rawValue] + (try TaskColumns.values(task))))
    try db.cachedStatement(
      sql: "INSERT INTO task_units (task_id, unit, capacity) VALUES (?, ?, 'lead')"
    ).execute(
      arguments: [task.id.rawValue, task.leadUnit.rawValue])
    for unit in task.supportingUnits {
      try db.cachedStatement(
        sql: "INSERT INTO task_units (task_id, unit, capacity) VALUES (?, ?, 'support')"
      ).execute(
        arguments: [task.id.rawValue, unit.rawValue])
    }
  }

  /// One task's state, nil when there is no such task.
  static func task(_ id: TaskID, in db: Database) throws -> TaskState? {
    let statement = try db.cachedStatement(
      sql: "SELECT id, \(TaskColumns.list()) FROM tasks WHERE id = ?")
    guard let row = try Row.fetchOne(statement, arguments: [id.rawValue]) else { return nil }
    let supporting = try String.fetchAll(
      try db.cachedStatement(
        sql: "SELECT unit FROM task_units WHERE task_id = ? AND capacity = 'support' ORDER BY rowid"
      ), arguments: [id.rawValue]
    ).compactMap(UnitCode.init)
    return try decodeTask(
      row, places: try TaskColumns.Places(statement), supporting: supporting,
      deadlines: TaskColumns.Deadlines())
  }

  /// Every task's state, optionally filtered.
  static func tasks(in db: Database, where filter: String = "", arguments: StatementArguments = [])
    throws -> [TaskState]
  {
    var supporting: [String: [UnitCode]] = [:]
    let supportFilter = filter.isEmpty ? "" : "AND task_id IN (SELECT id FROM tasks \(filter))"
    for row in try Row.fetchAll(
      db,
      sql:
        "SELECT task_id, unit FROM task_units WHERE capacity = 'support' \(supportFilter) ORDER BY rowid",
      arguments: arguments)
    {
      if let code = UnitCode(row["unit"]) { supporting[row["task_id"], default: []].append(code) }
    }
    let deadlines = TaskColumns.Deadlines()
    var tasks: [TaskState] = []
    let statement = try db.cachedStatement(
      sql: "SELECT id, \(TaskColumns.list()) FROM tasks \(filter) ORDER BY id")
    let places = try TaskColumns.Places(statement)
    let rows = try Row.fetchCursor(statement, arguments: arguments)
    while let row = try rows.next() {
      if let task = try decodeTask(
        row, places: places, supporting: supporting[row["id"]] ?? [], deadlines: deadlines)
      {
        tasks.append(task)
      }
    }
    return tasks
  }

  /// A task from a row of `id` and the state's columns.
  private static func decodeTask(
    _ row: Row, places: TaskColumns.Places, supporting: [UnitCode],
    deadlines: TaskColumns.Deadlines
  ) throws -> TaskState? {
    guard let id = TaskID(row["id"]) else { return nil }
    return try TaskColumns.decode(
      row, places: places, id: id, supporting: supporting, deadlines: deadlines)
  }

  // MARK: Plans

  /// Replaces a plan's row, or removes it when no registration counts any more.
  static func save(_ plan: PlanState?, id: PlanID, in db: Database) throws {
    try db.cachedStatement(sql: "DELETE FROM plans WHERE id = ?").execute(
      arguments: [id.rawValue])
    guard let plan else { return }
    let r = plan.registration
    try db.cachedStatement(
      sql: """
        INSERT INTO plans (id, number, title, issuer, issued, reporting_day, reporting_month,
          supersedes, digest, registered_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        id.rawValue, r.number, r.title, r.issuer, r.issued?.iso, r.reportingDay?.day,
        r.reportingDay?.month, r.supersedes, r.digest, plan.registeredAt,
      ])
  }

  /// Every registered plan.
  static func plans(in db: Database) throws -> [PlanState] {
    try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM plans ORDER BY registered_at"))
      .compactMap { row in
        guard let id = PlanID(row["id"]) else { return nil }
        let reporting = (row["reporting_day"] as Int?).flatMap { day in
          (row["reporting_month"] as Int?).flatMap { DayOfYear(day: day, month: $0) }
        }
        let registration = PlanRegistered(
          number: row["number"], title: row["title"], issuer: row["issuer"],
          issued: (row["issued"] as String?).flatMap(LocalDate.init(parsing:)),
          reportingDay: reporting, supersedes: row["supersedes"], digest: row["digest"])
        return PlanState(id: id, registration: registration, registeredAt: row["registered_at"])
      }
  }
}

extension JSONEncoder {
  /// An encoder with sorted keys, for stable stored JSON (made once: encoders are costly to
  /// make and safe to share).
  static let sorted: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// Sorted keys in snake_case, as payloads are stored.
  static let snakeCase: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return encoder
  }()
}

extension JSONDecoder {
  /// Reads plain JSON.
  static let plain = JSONDecoder()

  /// Reads snake_case JSON, as payloads are stored.
  static let snakeCase: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()
}
