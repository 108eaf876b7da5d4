import Foundation
import LedgerCore

/// One commune's board, as a body above many communes sees it: the commune named as the hub
/// names it.
public struct CommuneBoard: Sendable {
  /// The commune's short name in the hub, such as `xa-chi-minh`.
  public var id: String
  /// Its name as people write it, such as “Xã Chí Minh”.
  public var name: String
  public var board: AccountabilityBoard

  public init(id: String, name: String, board: AccountabilityBoard) {
    self.id = id
    self.name = name
    self.board = board
  }
}

/// Where the pages across communes (`serve --hub`) read each commune's board: the hub on
/// PostgreSQL, folding each commune's own events with the commune's own rules.
public protocol CommuneBoardSource: Sendable {
  /// A text that changes whenever any commune's facts change: what the kept boards are keyed by.
  func version() async throws -> String

  /// Each commune's board on a day (its today when nil), as known at a moment (now when nil):
  /// one commune, or all of them; today and the moment read in each commune's own time zone,
  /// by the clock's `now`.
  func boards(commune: String?, asOf day: LocalDate?, knownAt moment: TypedMoment?, now: Date)
    async throws -> [CommuneBoard]

  /// The persons a commune registered: who a staff code or name means there.
  func persons(commune: String) async throws -> [PersonRegistered]

  /// One commune's evaluation of heads for `year`, as that commune's own `evaluate` computes
  /// it, on a day as known at a moment, judged on the commune's today in its own zone.
  func evaluation(
    commune: String, year: Int, asOf day: LocalDate?, knownAt moment: TypedMoment?, now: Date
  ) async throws -> CommuneEvaluation

  /// How many sources the hub holds and how many events of them, for `/healthz`.
  func health() async throws -> HubHealth
}
