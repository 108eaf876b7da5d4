import Foundation

/// One event type, declared once: its stored name and schema version, its effect on a task, and
/// how it reads in both languages.
///
/// Every payload struct conforms in its own file, and `LedgerEvent.registry` lists every
/// conforming type; the type name, the decoder, the fold and the phrase are all found from
/// there. A type name the registry does not hold is an error, never a default.
/// `EventRegistrationTests` fails when a type lacks its schema file or its phrase.
public protocol EventPayload: Codable, Hashable, Sendable {
  /// The stored type name, such as `task.completed`.
  static var typeName: String { get }
  /// The schema version this code writes (`Schemas/events/TYPE.vN.schema.json`).
  static var schemaVersion: Int { get }
  /// This payload as a ledger event.
  var event: LedgerEvent { get }
  /// Applies this fact, stated by `fact`'s envelope, to a task's state.
  ///
  /// Total: facts were checked when decided, so every fact is applied as stated, even when a
  /// correction has since removed the one before it. Events that are not about a task return
  /// the state unchanged.
  func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState?
  /// What the event records, in words.
  func phrase(_ context: PhraseContext) -> String
  /// Who did it, when the recorder said so.
  var performer: String? { get }
  /// Every schema version this code reads (older versions of a type stay readable).
  static var readableVersions: Set<Int> { get }
  /// Checks a payload that arrives already made (an events file) against the rules the
  /// payload of a typed command passes (`PayloadRules`): throws the refusal the decider would
  /// have given for the first field that breaks one.
  func checkStated() throws
}

extension EventPayload {
  /// Most events do not name who did the work.
  public var performer: String? { nil }

  /// Every version this code reads: the one it writes.
  public static var readableVersions: Set<Int> { [schemaVersion] }

  /// Its JSON Schema, under `Schemas/`: `events/TYPE.vN.schema.json`.
  public static var schemaFile: String { "events/\(typeName).v\(schemaVersion).schema.json" }
}

/// What a phrase needs besides its payload: the language and how to name the event's task.
public struct PhraseContext: Sendable {
  public var language: Language
  /// The task the event is about, as "T-001 “title…”", or the stream's name.
  public var subject: String

  public init(language: Language, subject: String) {
    self.language = language
    self.subject = subject
  }

  /// Picks the text for the context's language.
  public func pick(vi: String, en: String) -> String {
    language.pick(vi: vi, en: en)
  }
}

extension TaskState {
  /// This state after a fact: `change` applied, and the fact's position kept as the last.
  public func updated(by fact: RecordedEvent, _ change: (inout TaskState) -> Void) -> TaskState {
    var next = self
    next.lastPosition = fact.position
    change(&next)
    return next
  }
}

extension TaskState {
  /// Moves the task to a status, unless it is completed: a completion stands.
  ///
  /// Facts are decided in order, so a completed task takes no start, pause, resume or
  /// cancellation. Only a correction that restores a retracted completion puts such facts
  /// after one; the fold then keeps the task completed (its completion day and result
  /// together with it), as the stored state requires.
  public mutating func move(to status: TaskStatus) {
    guard self.status != .completed else { return }
    self.status = status
  }
}
