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

  /// The stored type name, such as `task.completed`.
  public var typeName: String {
    switch self {
    case .unitRegistered: return "unit.registered"
    case .headAppointed: return "head.appointed"
    case .taskAssigned: return "task.assigned"
    case .taskStarted: return "task.started"
    case .progressReported: return "task.progress_reported"
    case .deadlineExtended: return "task.deadline_extended"
    case .leadReassigned: return "task.lead_reassigned"
    case .taskCompleted: return "task.completed"
    case .taskCancelled: return "task.cancelled"
    case .taskPaused: return "task.paused"
    case .taskResumed: return "task.resumed"
    case .eventCorrected: return "event.corrected"
    case .planRegistered: return "plan.registered"
    case .taskSuperseded: return "task.superseded"
    case .generalPointsScored: return "evaluation.scored"
    }
  }

  /// The version of the payload's schema this code writes (`Schemas/events/TYPE.vN.schema.json`).
  public var schemaVersion: Int { 1 }

  /// Every type name and the schema versions this code can read.
  public static let knownTypes: [String: Set<Int>] = [
    "unit.registered": [1], "head.appointed": [1], "task.assigned": [1], "task.started": [1],
    "task.progress_reported": [1], "task.deadline_extended": [1], "task.lead_reassigned": [1],
    "task.completed": [1], "task.cancelled": [1], "task.paused": [1], "task.resumed": [1],
    "event.corrected": [1], "plan.registered": [1], "task.superseded": [1],
    "evaluation.scored": [1],
  ]
}

extension LedgerEvent {
  /// The payload as canonical JSON: sorted keys, snake_case, UTF-8, no insignificant space.
  public func payloadJSON() throws -> Data {
    let encoder = LedgerEvent.payloadEncoder
    switch self {
    case .unitRegistered(let p): return try encoder.encode(p)
    case .headAppointed(let p): return try encoder.encode(p)
    case .taskAssigned(let p): return try encoder.encode(p)
    case .taskStarted(let p): return try encoder.encode(p)
    case .progressReported(let p): return try encoder.encode(p)
    case .deadlineExtended(let p): return try encoder.encode(p)
    case .leadReassigned(let p): return try encoder.encode(p)
    case .taskCompleted(let p): return try encoder.encode(p)
    case .taskCancelled(let p): return try encoder.encode(p)
    case .taskPaused(let p): return try encoder.encode(p)
    case .taskResumed(let p): return try encoder.encode(p)
    case .eventCorrected(let p): return try encoder.encode(p)
    case .planRegistered(let p): return try encoder.encode(p)
    case .taskSuperseded(let p): return try encoder.encode(p)
    case .generalPointsScored(let p): return try encoder.encode(p)
    }
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
    guard LedgerEvent.knownTypes[typeName]?.contains(schemaVersion) == true else {
      throw LedgerError.unknownEventType(typeName, version: schemaVersion)
    }
    func read<T: Decodable>(_ type: T.Type) throws -> T {
      try LedgerEvent.payloadDecoder.decode(type, from: payload)
    }
    switch typeName {
    case "unit.registered": self = .unitRegistered(try read(UnitRegistered.self))
    case "head.appointed": self = .headAppointed(try read(HeadAppointed.self))
    case "task.assigned": self = .taskAssigned(try read(TaskAssigned.self))
    case "task.started": self = .taskStarted(try read(TaskStarted.self))
    case "task.progress_reported": self = .progressReported(try read(ProgressReported.self))
    case "task.deadline_extended": self = .deadlineExtended(try read(DeadlineExtended.self))
    case "task.lead_reassigned": self = .leadReassigned(try read(LeadReassigned.self))
    case "task.completed": self = .taskCompleted(try read(TaskCompleted.self))
    case "task.cancelled": self = .taskCancelled(try read(TaskCancelled.self))
    case "task.paused": self = .taskPaused(try read(TaskPaused.self))
    case "task.resumed": self = .taskResumed(try read(TaskResumed.self))
    case "plan.registered": self = .planRegistered(try read(PlanRegistered.self))
    case "task.superseded": self = .taskSuperseded(try read(TaskSuperseded.self))
    case "evaluation.scored": self = .generalPointsScored(try read(GeneralPointsScored.self))
    default: self = .eventCorrected(try read(EventCorrected.self))
    }
  }
}
