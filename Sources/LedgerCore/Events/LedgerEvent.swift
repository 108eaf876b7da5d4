import Foundation

/// Every fact the ledger can record.
///
/// A shipped type and version is never changed, only versioned.
public enum LedgerEvent: Hashable, Sendable {
  case unitRegistered(UnitRegistered)
  case headAppointed(HeadAppointed)
  case taskAssigned(TaskAssigned)
  case taskStarted(TaskStarted)
  case progressReported(ProgressReported)
  case deadlineExtended(DeadlineExtended)
  case leadReassigned(LeadReassigned)
  case taskCompleted(TaskCompleted)
  case taskCancelled(TaskCancelled)
  case taskPaused(TaskPaused)
  case taskResumed(TaskResumed)
  case eventCorrected(EventCorrected)
  case planRegistered(PlanRegistered)
  case taskSuperseded(TaskSuperseded)
  case generalPointsScored(GeneralPointsScored)
  case taskReviewed(TaskReviewed)
  case keyRegistered(KeyRegistered)
  case keyRevoked(KeyRevoked)
  case policyAdopted(PolicyAdopted)
  case accountOpened(AccountOpened)
  case accountRoleChanged(AccountRoleChanged)
  case accountDisabled(AccountDisabled)
  case leaderCriteriaJudged(LeaderCriteriaJudged)
  case conditionRecorded(ConditionRecorded)
  case delayExcused(DelayExcused)
  case personRegistered(PersonRegistered)
  case sourceRegistered(SourceRegistered)
  case headVacated(HeadVacated)
  case unitRenamed(UnitRenamed)
  case unitMerged(UnitMerged)
  case unitDissolved(UnitDissolved)
  case taskAmended(TaskAmended)
  case taskAcknowledged(TaskAcknowledged)
  case explanationRequested(ExplanationRequested)
  case taskExplained(TaskExplained)
  case evidenceAttached(EvidenceAttached)

  /// Every event type this code knows, each declared once by its payload's conformance.
  public static let registry: [any EventPayload.Type] = [
    UnitRegistered.self, HeadAppointed.self, TaskAssigned.self, TaskStarted.self,
    ProgressReported.self, DeadlineExtended.self, LeadReassigned.self, TaskCompleted.self,
    TaskCancelled.self, TaskPaused.self, TaskResumed.self, EventCorrected.self,
    PlanRegistered.self, TaskSuperseded.self, GeneralPointsScored.self, TaskReviewed.self,
    KeyRegistered.self, KeyRevoked.self, PolicyAdopted.self, AccountOpened.self,
    AccountRoleChanged.self, AccountDisabled.self, LeaderCriteriaJudged.self,
    ConditionRecorded.self, DelayExcused.self, PersonRegistered.self, SourceRegistered.self,
    HeadVacated.self, UnitRenamed.self, UnitMerged.self, UnitDissolved.self, TaskAmended.self,
    TaskAcknowledged.self, ExplanationRequested.self, TaskExplained.self,
    EvidenceAttached.self,
  ]

  /// The registered types by stored name.
  static let registeredByName: [String: any EventPayload.Type] = Dictionary(
    uniqueKeysWithValues: registry.map { ($0.typeName, $0) })

  /// Every type name and the schema versions this code can read.
  public static let knownTypes: [String: Set<Int>] = registeredByName.mapValues {
    $0.readableVersions
  }

  /// The payload, as its registered type.
  public var payload: any EventPayload {
    switch self {
    case .unitRegistered(let p): return p
    case .headAppointed(let p): return p
    case .taskAssigned(let p): return p
    case .taskStarted(let p): return p
    case .progressReported(let p): return p
    case .deadlineExtended(let p): return p
    case .leadReassigned(let p): return p
    case .taskCompleted(let p): return p
    case .taskCancelled(let p): return p
    case .taskPaused(let p): return p
    case .taskResumed(let p): return p
    case .eventCorrected(let p): return p
    case .planRegistered(let p): return p
    case .taskSuperseded(let p): return p
    case .generalPointsScored(let p): return p
    case .taskReviewed(let p): return p
    case .keyRegistered(let p): return p
    case .keyRevoked(let p): return p
    case .policyAdopted(let p): return p
    case .accountOpened(let p): return p
    case .accountRoleChanged(let p): return p
    case .accountDisabled(let p): return p
    case .leaderCriteriaJudged(let p): return p
    case .conditionRecorded(let p): return p
    case .delayExcused(let p): return p
    case .personRegistered(let p): return p
    case .sourceRegistered(let p): return p
    case .headVacated(let p): return p
    case .unitRenamed(let p): return p
    case .unitMerged(let p): return p
    case .unitDissolved(let p): return p
    case .taskAmended(let p): return p
    case .taskAcknowledged(let p): return p
    case .explanationRequested(let p): return p
    case .taskExplained(let p): return p
    case .evidenceAttached(let p): return p
    }
  }

  /// The stored type name, such as `task.completed`.
  public var typeName: String { type(of: payload).typeName }

  /// The version of the payload's schema this code writes (`Schemas/events/TYPE.vN.schema.json`).
  public var schemaVersion: Int { type(of: payload).schemaVersion }
}

extension LedgerEvent {
  /// The payload as canonical JSON: sorted keys, snake_case, UTF-8, no insignificant space.
  public func payloadJSON() throws -> Data {
    try LedgerEvent.payloadEncoder.encode(payload)
  }

  /// The payload as canonical JSON, with the origin of an imported fact as its `origin` member.
  public func payloadJSON(origin: FactOrigin?) throws -> Data {
    let payload = try payloadJSON()
    guard let origin, case .object(var members) = JSONValue(parsing: payload) else {
      return payload
    }
    let encoder = LedgerEvent.payloadEncoder
    members["origin"] = JSONValue(parsing: try encoder.encode(origin))
    return try encoder.encode(JSONValue.object(members))
  }

  /// Writes payloads: sorted keys, snake_case (made once; encoders are safe to share).
  static let payloadEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return encoder
  }()

  /// Reads payloads.
  static let payloadDecoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()

  /// Reads a stored payload of the given type and schema version.
  public init(typeName: String, schemaVersion: Int, payload: Data) throws {
    guard let type = LedgerEvent.registeredByName[typeName],
      type.readableVersions.contains(schemaVersion)
    else {
      throw LedgerError.unknownEventType(typeName, version: schemaVersion)
    }
    self = try LedgerEvent.decode(type, from: payload)
  }

  /// Decodes a payload of a registered type.
  private static func decode<T: EventPayload>(_ type: T.Type, from payload: Data) throws
    -> LedgerEvent
  {
    try payloadDecoder.decode(type, from: payload).event
  }
}
