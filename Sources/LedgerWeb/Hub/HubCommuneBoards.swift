import Foundation
import LedgerCore
import LedgerHub

/// The hub on PostgreSQL as the pages across communes read it: each commune's board, folded by
/// the hub with the commune's own rules (`Hub.boards`), one read at a time within a time limit
/// (`HubGate`).
public struct HubCommuneBoards: CommuneBoardSource {
  let gate: HubGate

  /// Reads through `hub`; with `address`, a connection that broke or hung is made again there.
  public init(hub: Hub, address: HubAddress? = nil, limit: Duration = .seconds(30)) {
    gate = HubGate(hub: hub, address: address, limit: limit)
  }

  /// Every source's name and the number of its events held: a new ingest changes it.
  public func version() async throws -> String {
    try await gate.run { hub in
      try await hub.sources().map { "\($0.id):\($0.events)" }.joined(separator: ",")
    }
  }

  public func boards(
    commune: String?, asOf day: LocalDate?, knownAt moment: TypedMoment?, now: Date
  )
    async throws -> [CommuneBoard]
  {
    let time = HubTime(now: now, knownAt: moment)
    return try await gate.run { hub in
      try await hub.boards(source: commune, asOf: day, time: time).map {
        CommuneBoard(id: $0.source.id, name: $0.source.name, board: $0.answer)
      }
    }
  }

  /// Closes the connection it reads through (one it made again included).
  public func close() async {
    await gate.close()
  }

  public func persons(commune: String) async throws -> [PersonRegistered] {
    try await gate.run { hub in try await hub.persons(of: commune) }
  }

  public func evaluation(
    commune: String, year: Int, asOf day: LocalDate?, knownAt moment: TypedMoment?, now: Date
  ) async throws -> CommuneEvaluation {
    let time = HubTime(now: now, knownAt: moment)
    let policy = try EvaluationPolicy(json: ShippedPolicy.json)
    return try await gate.run { hub in
      guard let source = try await hub.sources(commune).first else {
        throw LedgerError.unknownSource(commune)
      }
      let log = try await hub.log(of: source, knownAt: try time.moment(in: source.zone))
      let evaluation = log.evaluation(
        year: year, policy: policy, asOf: day, latest: moment == nil,
        today: time.today(in: source.zone))
      return CommuneEvaluation(
        evaluation: evaluation, units: SourceStates(events: log.events).units,
        names: log.personNames())
    }
  }

  public func health() async throws -> HubHealth {
    try await gate.run { hub in
      let sources = try await hub.sources()
      return HubHealth(sources: sources.count, events: Int(sources.map(\.events).reduce(0, +)))
    }
  }
}
