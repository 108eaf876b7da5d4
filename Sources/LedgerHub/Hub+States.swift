import Foundation
import LedgerCore
import PostgresNIO

extension Hub {
  /// Rewrites a source's kept rows (`hub_tasks`, `hub_units`, `hub_kept`) after an ingest
  /// added `new` events (in log order) on top of the `held` it had, inside the ingest's
  /// transaction.
  ///
  /// On a first ingest the new events are the whole log; else only the task and unit streams
  /// the new events touch are refolded (each with all its events). When the rows are not
  /// through `held` (none kept, or kept before migration 5), or the new events touch a unit
  /// (whose heads and name every task's status rows may show), the whole log is folded.
  func refreshStates(of source: String, held: Int64, new: [RecordedEvent]) async throws {
    guard let last = new.last?.position else { return }
    if held == 0 {
      try await keep(source, streams: Dictionary(grouping: new, by: \.stream), whole: true)
    } else if try await keptPositions(of: [source])[source] == held,
      !new.contains(where: { Self.isUnit($0.stream) })
    {
      let touched = Set(new.map(\.stream).filter(SourceStates.isKept)).map(\.description)
      let events = try await events(of: source, streams: touched)
      try await keep(source, streams: Dictionary(grouping: events, by: \.stream), whole: false)
    } else {
      let events = try await events(of: source)
      try await keep(source, streams: Dictionary(grouping: events, by: \.stream), whole: true)
    }
    try await query(
      """
      INSERT INTO hub_kept (source, position) VALUES (\(source), \(last))
      ON CONFLICT (source) DO UPDATE SET position = excluded.position
      """)
  }

  /// Writes the folds of `streams` (each with all its events) as the source's rows (states and
  /// status spans): replacing every row when `whole`, else only those of the streams given.
  private func keep(_ source: String, streams: [StreamID: [RecordedEvent]], whole: Bool)
    async throws
  {
    var rows = KeptRows()
    var tasks: [String] = []
    var units: [String] = []
    var taskStates: [TaskState] = []
    var unitStates: [UnitState] = []
    for (stream, events) in streams {
      switch stream {
      case .task(let id):
        tasks.append(id.rawValue)
        if let state = TaskState.fold(events) {
          try rows.append(state)
          taskStates.append(state)
        }
      case .unit(let code):
        units.append(code.rawValue)
        if let state = UnitState.fold(events) {
          try rows.append(state)
          unitStates.append(state)
        }
      case .plan, .evaluation, .key, .policy, .account, .person: break
      }
    }
    if whole {
      try await query("DELETE FROM hub_tasks WHERE source = \(source)")
      try await query("DELETE FROM hub_units WHERE source = \(source)")
    } else {
      if !tasks.isEmpty {
        try await query(
          "DELETE FROM hub_tasks WHERE source = \(source) AND task = ANY(\(tasks)::text[])")
      }
      if !units.isEmpty {
        try await query(
          "DELETE FROM hub_units WHERE source = \(source) AND unit = ANY(\(units)::text[])")
      }
    }
    if rows.hasTasks { try await query(rows.insertTasks(source: source)) }
    if rows.hasUnits { try await query(rows.insertUnits(source: source)) }
    let lastYear = Self.lastYear(of: streams)
    // Every unit of the source judges the spans: those just folded, else the kept ones (which
    // this ingest did not change).
    var allUnits: [UnitState]? = unitStates
    if !whole { allUnits = tasks.isEmpty ? [] : try await keptUnits(of: [source])[source] }
    try await keepStatus(
      source, tasks: taskStates, units: allUnits, replacing: whole ? nil : tasks,
      lastYear: lastYear)
  }

  /// Through which position each source's kept rows are its fold (those with none are absent).
  func keptPositions(of sources: [String]) async throws -> [String: Int64] {
    let rows = try await query(
      "SELECT source, position FROM hub_kept WHERE source = ANY(\(sources)::text[])")
    var kept: [String: Int64] = [:]
    for try await (source, position) in rows.decode((String, Int64).self) {
      kept[source] = position
    }
    return kept
  }

  /// The kept states of some sources, by source: every unit, and every task, or with
  /// `overdueOn` only those that could be overdue on that day (`TaskState.overdueFrom`).
  ///
  /// `position` is each source's `events`; a source with a row that does not read is absent
  /// (its log is folded instead).
  func keptStates(of sources: [HubSource], overdueOn day: LocalDate? = nil) async throws
    -> [String: SourceStates]
  {
    let ids = sources.map(\.id)
    var states = Dictionary(
      uniqueKeysWithValues: sources.map {
        ($0.id, SourceStates(position: $0.events, tasks: [], units: []))
      })
    var unread = Set<String>()
    let decoder = JSONDecoder()
    let units = try await keptUnits(of: ids)
    for id in ids {
      if let kept = units[id] { states[id]?.units = kept } else { unread.insert(id) }
    }
    let tasks: PostgresRowSequence
    if let day {
      tasks = try await query(
        """
        SELECT source, state FROM hub_tasks
        WHERE source = ANY(\(ids)::text[]) AND overdue_from <= \(day.iso)::date
        """)
    } else {
      tasks = try await query(
        "SELECT source, state FROM hub_tasks WHERE source = ANY(\(ids)::text[])")
    }
    for try await (source, text) in tasks.decode((String, String).self) {
      guard let task = try? decoder.decode(TaskState.self, from: Data(text.utf8)) else {
        unread.insert(source)
        continue
      }
      states[source]?.tasks.append(task)
    }
    for id in ids { states[id]?.sort() }
    for id in unread { states[id] = nil }
    return states
  }

  /// Fills the kept rows of every source whose rows are not through its last held event (as
  /// after migration 5, which leaves them empty), folding each one's log; returns those filled.
  @discardableResult
  public func rebuildKeptRows() async throws -> [String] {
    var filled: [String] = []
    for source in try await sources() where source.events > 0 {
      try await transaction {
        try await query("SELECT 1 FROM hub_sources WHERE source = \(source.id) FOR UPDATE")
        let held = try await lastPosition(of: source.id, knownAt: nil)
        guard try await keptPositions(of: [source.id])[source.id] != held else { return }
        let events = try await events(of: source.id)
        try await keep(source.id, streams: Dictionary(grouping: events, by: \.stream), whole: true)
        try await query(
          """
          INSERT INTO hub_kept (source, position) VALUES (\(source.id), \(held))
          ON CONFLICT (source) DO UPDATE SET position = excluded.position
          """)
        filled.append(source.id)
      }
    }
    return filled
  }

  /// The kept units of some sources, by source (none: empty); a source with a row that does
  /// not read is absent.
  func keptUnits(of sources: [String]) async throws -> [String: [UnitState]] {
    var units = Dictionary(uniqueKeysWithValues: sources.map { ($0, [UnitState]()) })
    var unread = Set<String>()
    let decoder = JSONDecoder()
    let rows = try await query(
      "SELECT source, state FROM hub_units WHERE source = ANY(\(sources)::text[])")
    for try await (source, text) in rows.decode((String, String).self) {
      guard let unit = try? decoder.decode(UnitState.self, from: Data(text.utf8)) else {
        unread.insert(source)
        continue
      }
      units[source]?.append(unit)
    }
    for id in unread { units[id] = nil }
    return units
  }

  /// Whether a stream is a unit's.
  static func isUnit(_ stream: StreamID) -> Bool {
    if case .unit = stream { return true }
    return false
  }

  /// The last year the status spans of yearly, ongoing and recurring work are worked out for:
  /// the year after the latest effective day of the events folded.
  static func lastYear(of streams: [StreamID: [RecordedEvent]]) -> Int {
    var latest = TaskState.anyDay
    for events in streams.values {
      for event in events where event.effective > latest { latest = event.effective }
    }
    return latest.year + 1
  }
}
