import Foundation

/// Everything the ledger refuses or cannot do, in terms a user can act on.
///
/// The store maps database failures to these cases; no SQLite message reaches a user.
public enum LedgerError: Error, Hashable, Sendable {
  // Input.
  case emptyText(TextField)
  case textTooLong(TextField, limit: Int)
  case controlCharacter(TextField, scalar: UInt32)
  /// A moment (`--known-at`, `--until`, `diff`) that is neither an instant nor a day.
  case invalidMoment(String)
  case invalidDate(String)
  case invalidYearlyDate(String)
  case futureDate(LocalDate, today: LocalDate)
  case invalidTaskID(String)
  case invalidUnitCode(String)
  case percentOutOfRange(Int)
  case invalidDocumentNumber(String)
  case invalidClock(String)
  case invalidTimeZone(String)
  case invalidDigest(String)
  case mixedScript(TextField, name: String, scripts: [String])
  case unverifiedOrigin(source: String, id: String)

  // Rules.
  case unknownUnit(String, closest: [String] = [])
  case unitNameTaken(name: String, code: UnitCode)
  case unitCodeTaken(UnitCode)
  case unknownTask(String)
  case taskExists(TaskID)
  case leadAlsoSupporting(UnitCode)
  case duplicateSupportingUnit(UnitCode)
  case transitionRefused(TaskID, action: TaskAction, status: TaskStatus)
  case extensionNotLater(TaskID, current: LocalDate, requested: LocalDate)
  case noFixedDeadline(TaskID)
  case deadlineBeforeAssignment(due: LocalDate, assigned: LocalDate)
  case dateBeforeAssignment(TaskID, date: LocalDate, assigned: LocalDate)
  case sameLead(TaskID, UnitCode)
  case alreadyHead(person: String, unit: UnitCode, since: LocalDate)
  case endsTenure(person: String, unit: UnitCode, since: LocalDate, named: String?)
  case overwritesScore(person: String, year: Int, position: Int64)
  case unknownPosition(Int64)
  case alreadyRetracted(Int64, by: Int64)
  case unitInUse(UnitCode, tasks: Int)
  /// A task's assignment cannot be retracted while later facts of the task, still counted,
  /// stand on it: retracting it would void them (and the lateness they show) without a word.
  case assignmentInUse(TaskID, position: Int64, later: [Int64])
  /// A person's registration cannot be retracted: appointments, accounts and ratings name the
  /// person, and a retraction took effect nowhere (trial).
  case personNotRetractable(name: String, position: Int64)
  /// A key is made for a person of the ledger (registered, or appointed as a head), never
  /// for a name nobody holds (trial: `--person VT01` made a person "VT01").
  case keyForUnknownPerson(String, closest: [String])
  /// Once signatures are required, a person's key or account is made, changed or revoked only
  /// with that person's own key or the key of whoever required signatures (trial: a clerk made
  /// a key in the vice-chair's name and signed as her).
  case keyNotYours(person: String, signer: String, custodian: String)
  /// The keeper's last key is not revoked while signatures are required: nobody could make a
  /// key again (trial: the keeper revoked it and locked key-making for good).
  case keeperLastKey(person: String)
  case cannotRestate(Int64, type: String)
  case invalidYear(Int)
  case pointsOutOfRange(Double)
  case planExists(String)
  /// `sameTask`: the task held under the id has the row's own wording, so the plan is already
  /// in the ledger and a prefix would import a second copy of it.
  case taskIDCollision(TaskID, plan: String, sameTask: Bool = false)
  case unreadableDeadline(line: RowLine, text: String)
  case noPlanTable
  case rowWithoutLead(line: RowLine)
  case unreadablePlanFile(String)
  case planFileRefused(path: String, problem: PlanFileProblem)
  case unitNameIsProse(line: RowLine, text: String)
  case badUnitMapping(line: Int, text: String)
  case planCellTooLong(line: Int, length: Int, limit: Int)
  case unwritableOutput(String)
  case badEventLine(line: Int, problem: LineProblem)
  case reassignNeedsDue(TaskID, passed: LocalDate)
  case dueBeforeHandOver(TaskID, due: LocalDate, handOver: LocalDate)
  case annualReportWithoutObligation(TaskID)
  case majorErrorsOutOfRange(Int)
  case unknownPerson(String, closest: [String])
  case invalidPersonCode(String)
  case personCodeTaken(String, name: String)
  case personNameTaken(String, codes: [String])
  case ambiguousPerson(String, matches: [String])
  case implausibleClock(String)
  case uncleanText(TextField)
  case invalidUsername(String)
  case accountExists(String)
  case unknownAccount(String)
  case accountDisabled(String)
  case headNeedsUnit(String)
  case criterionOutOfRange(Int)
  case unknownPeriod(String)
  case unknownConditionKind(String)
  case quantityOutOfRange(Double)
  case noSittingHead(UnitCode, on: LocalDate)
  case unitClosed(UnitCode, on: LocalDate)
  case unitLeadsOpenTasks(UnitCode, tasks: [TaskID])
  case mergeIntoItself(UnitCode)
  case amendmentChangesNothing(TaskID?)

  // The ledger itself.
  case concurrencyConflict(stream: StreamID, expected: Int, actual: Int)
  case clockBehindLedger(now: Date, last: Date, timeZone: TimeZone = .gmt)
  case noLedger(path: String)
  case ledgerExists(path: String)
  case notALedger(path: String)
  /// The file is a database SQLite finds damaged (pages it cannot read).
  case damagedLedger(path: String)
  case newerLedger(path: String)
  case ledgerBusy(path: String)
  case readOnlyLedger(path: String)
  case diskFull(path: String)
  case storageFailure(path: String, code: Int32)
  case unknownEventType(String, version: Int)
  case corruptEvent(position: Int64)
  case emptyLedgerFile(path: String)
  case outputFailed(target: String)
  case ledgerHeld(path: String, holder: String)
  case ledgerHasLinks(path: String, links: Int)
  case keyAlreadyRegistered(String)
  case unknownKey(String)
  case keyRevoked(String)
  /// The web server's key was asked to sign for an actor that is not an open account as the
  /// web names it.
  case serverKeyWithoutAccount(actor: String)
  /// `serve --key` was given a key that is not registered as the web server's.
  case personKeyForServer(String)
  /// `serve` cannot listen: another program already uses this port.
  case portInUse(host: String, port: Int)
  /// The web server's key was asked to sign, for an account, an event its role may not record.
  case serverKeyBeyondRole(actor: String, event: String)
  /// A command other than `serve` was given the web server's key.
  case serverKeyOutsideServe(String)
  case policyInForce(LedgerPolicy)
  case signatureRequired
  case fixedClockRefused
  case unreadableKeyFile(path: String)
  case wrongPassphrase(path: String)
  case passphraseNeeded(path: String)
  case chainBroken(position: Int64)
  case proofFails(ProofProblem)
  case unreadableProof(path: String)
  case keyFileExists(path: String)
  /// No signed checkpoint covers the position yet (`clearledger checkpoint` makes one).
  case noCheckpoint(position: Int64)
  /// No ledger key is known for a checkpoint's origin or a source name.
  case unregisteredSource(String)
  /// Another source of this ledger already has the name.
  case sourceNameTaken(String)

  // The hub (a province's PostgreSQL database of communes' ledgers).
  /// A source name that is not a short lower-case identifier.
  case invalidSourceName(String)
  /// No source of that name is registered in the hub.
  case unknownSource(String)
  /// A source was asked for by its name (or a name written like it) instead of its id.
  case sourceAskedByName(typed: String, id: String, name: String)
  /// A name typed without marks is spelt alike by more than one source's name: each as
  /// "id (name)".
  case sourceNameAmbiguous(typed: String, sources: [String])
  /// A source of that name is already registered.
  case sourceExists(String)
  /// Another source of the hub already has this commune's name.
  case communeNameTaken(name: String, source: String)
  /// The file's history is another source's: it starts with the same first event.
  case historyOfAnotherSource(source: String, other: String)
  /// The file is named for another source of the hub (`xa-an-binh.jsonl` given to
  /// `xa-hoa-son`): a slip that, on a source's first ingest, nothing else would catch.
  case fileNamedForAnotherSource(file: String, named: String, source: String)
  /// The file's first event is not the one the hub holds of the source, and no other source
  /// starts with it: another commune's ledger (or one started anew), not a rewrite of this one.
  case historyOfAnotherLedger(source: String)
  /// `--dir` names something that is not a folder.
  case notAFolder(String)
  /// `--dir` names a folder that does not exist or cannot be read.
  case unreadableFolder(String)
  /// The export rewrites what the hub holds of the source, first at this position.
  case forkedHistory(source: String, position: Int64)
  /// The export starts after a gap in what the hub holds of the source.
  case historyGap(source: String, held: Int64, first: Int64)
  /// The key given for a hub source is not a ledger's public key (`checkpoint key`).
  case unreadableSourceKey(String)
  /// A proven export (`--with-proofs`) for a source the hub has no ledger key of.
  case sourceWithoutKey(String)
  /// No source of the hub has a unit of that code or name (`hub units --unit`).
  case unitInNoSource(String)
  /// No source of the hub names a person of that staff code or name (`hub heads --person`).
  case personInNoSource(String)
  /// The hub's database cannot be reached (host and port, never a password).
  case hubUnreachable(String)
  /// The hub's database has no hub schema yet, or an older one.
  case hubNotInitialized
  /// The hub's schema is newer than this program knows.
  case newerHub(version: Int)
  /// The hub's database refused an operation (its SQLSTATE code, not its text).
  case hubFailure(sqlState: String)
  /// No hub address was given: neither `--postgres` nor `CLEARLEDGER_HUB_URL`.
  case hubAddressMissing
  /// The hub's address is not a `postgres://` URL (as given, any password hidden).
  case notAHubAddress(String)
  /// The PostgreSQL server refused to log the user in (no such role, a wrong password).
  case hubLoginRefused(place: String, user: String)
  /// The address asks for TLS (`sslmode=require`, `verify-ca`, `verify-full`) and the server at
  /// that place does not offer it: nothing is sent in the clear.
  case hubWithoutTLS(place: String)
  /// The hub's database does not exist on the server (where it is, for `createdb`).
  case hubDatabaseMissing(database: String, host: String, port: Int, user: String)
  /// An events file for a source holds no event (an export always holds the first ones).
  case emptyExport(source: String)
  /// `--dir` names a folder with no file named SOURCE.jsonl (the names of the files skipped).
  case noExportInFolder(path: String, skipped: [String])
  /// A row looked like a task table's header but lacked columns: the headers seen, the
  /// meanings missing.
  case taskTableIncomplete(line: Int, headers: [String], missing: [String])
  /// A row's deadline falls before the day the plan's tasks are assigned.
  case planDeadlineBeforeDate(line: RowLine, text: String, due: LocalDate, assigned: LocalDate)
  /// The plan assigns its tasks in paragraphs, not a table.
  case tasksInProse(line: Int, text: String)
  /// A row of a review file cannot be imported as it stands.
  case badReviewRow(line: Int, column: String, text: String)
  /// A row's lead cell names no body (a phrase, a heading, a place): never taken as a unit.
  case leadNotABody(line: RowLine, text: String)
  /// Two rows of a plan read as the same task id (a heading numbered like a row, a number
  /// written twice): the second row, the id, and the first row.
  case planTaskIDRepeated(line: RowLine, task: TaskID, first: RowLine)

  // Following work up (receipt, explanations, evidence files).
  /// Only the head of the task's lead unit on that day confirms receipt.
  case notLeadUnitHead(TaskID, person: String, unit: UnitCode, head: String?)
  /// Only the head of the unit asked explains (giải trình) for it.
  case notAskedUnitHead(TaskID, person: String, unit: UnitCode, head: String?)
  /// The lead unit has already confirmed receiving the task.
  case alreadyAcknowledged(TaskID, unit: UnitCode, on: LocalDate)
  /// An explanation is already asked of the task and not yet given.
  case explanationPending(TaskID, due: LocalDate)
  /// An explanation's day is before the day it is asked.
  case explanationDueBeforeRequest(TaskID, due: LocalDate, requested: LocalDate)
  /// No explanation of the task is asked (or every one asked is given).
  case noExplanationRequested(TaskID)
  /// An evidence file above the size the ledger keeps.
  case attachmentTooLarge(String, size: Int, limit: Int)
  /// Evidence attached to an event that is not a report, completion or explanation of the task.
  case evidenceForNothing(TaskID, position: Int64)
  /// `task excuse-delay` on a day by which no deadline of the task has passed unmet: there is
  /// no delay yet to certify an objective cause for.
  case noDelayToExcuse(TaskID, on: LocalDate)
  /// A plan imported under a number the ledger holds for another plan (another title): the
  /// number typed wrong, or reused.
  case planNumberTaken(String, held: String, typed: String)
  /// A deadline typed for one task (`task assign --due`) that reads as no day, month, quarter
  /// or recurring phrase.
  case unreadableDue(String)
  /// A key, account, policy or source record cannot be retracted by `correct`: its own commands
  /// change it, and a retraction took effect nowhere (trial: a clerk "retracted" a chair's key,
  /// which went on signing).
  case recordNotRetractable(type: String, position: Int64)
  /// `correct --task` names a task the event at the position is not of: a mistyped position
  /// (trial: two of three off-by-one corrections retracted another task's completion and a key).
  case positionNotOfTask(Int64, task: TaskID, stream: String, type: String)
  /// `prove POS --checkpoint FILE` where the checkpoint's tree ends before POS: the event came
  /// after it, nothing failed (trial: "the proof does not hold", exit 2, read as tampering).
  case positionAfterCheckpoint(Int64, size: UInt64)
  /// Every delay of the task is excused already: a second excuse of one delay certifies
  /// nothing (trial: accepted, and the ledger held a meaningless certified excuse).
  case delaysAllExcused(TaskID, delays: Int, excuses: [Int64])
  /// An evidence file that cannot be read.
  case unreadableAttachment(path: String)
  /// No file with this SHA-256 is kept in the ledger.
  case unknownAttachment(String)

  /// What kind of failure this is, which decides the exit status.
  public var category: Category { code.category }

  /// Families of failure, each with its own exit status.
  public enum Category: Int32, Sendable {
    /// The input or a rule refused the command (exit 1).
    case refused = 1
    /// Someone else changed the same task or unit first (exit 3).
    case conflict = 3
    /// The ledger's chain, a signature or a proof does not hold (exit 2).
    case integrity = 2
    /// The ledger file cannot be used as asked (exit 4).
    case ledger = 4
  }
}

extension LedgerError {
  /// What is wrong with a line of an events file.
  public enum LineProblem: Hashable, Sendable {
    case notAnEvent
    /// The file's first line is not JSON at all: another kind of file (a ledger's `.sqlite`,
    /// a plan) given where an events file was asked for.
    case notAnEventsFile
    case wrongPosition(expected: Int64)
    case doesNotContinueChain
    case unknownType(String, version: Int)
    case badPayload
    case hashMismatch
    case breaksLedgerRules
    /// A foreign fact that this ledger's rules refuse, with the rule's reason.
    indirect case refused(LedgerError)
    /// A foreign correction of a fact at this source position, which was never imported.
    case retractsUnimportedFact(Int64)
    /// Its recorded time is later than now (`ISO 8601`): accepting it would block every later write.
    case recordedInFuture(String)
    /// A fact from a source with a registered key whose proof does not hold.
    case unproven(ProofProblem)
    /// In a hub source's file, a position that is not the next after the line before it
    /// (a line missing or moved).
    case notNextInSourceFile(expected: Int64, source: String)
    /// In a hub source's file, a line that does not chain onto the line before it.
    case breaksSourceFileChain(source: String)
  }
}

/// Why a plan file was refused, told in terms of the file a clerk has in hand.
public enum PlanFileProblem: Hashable, Sendable {
  /// There is no file at the path.
  case missing
  /// The file is empty.
  case empty
  /// A Word 97–2003 .doc or Excel 97–2003 .xls file.
  case legacyOffice
  /// A PDF.
  case pdf
  /// A picture: a scan of the plan.
  case image
  /// A rich text (.rtf) file.
  case rtf
  /// An OpenDocument (.odt, .ods) file.
  case openDocument
  /// A zip archive that holds no Word or Excel document.
  case otherZip
  /// A .docx or .xlsx whose container or a part of it is broken (the part named).
  case damaged(kind: String, part: String)
  /// A .docx or .xlsx with a part larger than any plan.
  case tooLarge(kind: String, part: String)
  /// Text in an old code page (Windows-1258, TCVN3, VNI), neither UTF-8 nor UTF-16.
  case unknownEncoding
}

/// A named piece of user input, for messages about it.
public enum TextField: String, Hashable, Sendable, CaseIterable {
  case title, role, result, reason, person, name, text, approvedBy, evidence, actor, by, plan,
    source

  /// The field's name in messages, with the option that sets it where there is one.
  public func label(_ language: Language) -> String {
    switch self {
    case .title: return language.pick(vi: "nội dung công việc", en: "task text")
    case .role: return language.pick(vi: "chức danh (--role)", en: "role (--role)")
    case .result: return language.pick(vi: "kết quả (--result)", en: "result (--result)")
    case .reason: return language.pick(vi: "lý do (--reason)", en: "reason (--reason)")
    case .person: return language.pick(vi: "họ tên người", en: "person's name")
    case .name: return language.pick(vi: "tên đơn vị", en: "unit name")
    case .text: return language.pick(vi: "nội dung báo cáo", en: "report text")
    case .approvedBy:
      return language.pick(vi: "người phê duyệt (--approved-by)", en: "approver (--approved-by)")
    case .evidence: return language.pick(vi: "minh chứng (--evidence)", en: "evidence (--evidence)")
    case .actor: return language.pick(vi: "người ghi (--actor)", en: "recorder (--actor)")
    case .by: return language.pick(vi: "người thực hiện (--by)", en: "performer (--by)")
    case .plan: return language.pick(vi: "số kế hoạch (--plan)", en: "plan number (--plan)")
    case .source:
      return language.pick(vi: "tên hệ thống nguồn (--foreign)", en: "source system (--foreign)")
    }
  }
}

/// What a user asked to do to a task, for messages about refused transitions.
public enum TaskAction: String, Hashable, Sendable, CaseIterable {
  case start, report, extend, reassign, complete, cancel, pause, resume, review, amend,
    acknowledge, explain

  /// The action in words.
  public func label(_ language: Language) -> String {
    switch self {
    case .start: return language.pick(vi: "bắt đầu", en: "start")
    case .report: return language.pick(vi: "báo cáo tiến độ", en: "report on")
    case .extend: return language.pick(vi: "gia hạn", en: "extend")
    case .reassign: return language.pick(vi: "giao lại đơn vị chủ trì", en: "reassign")
    case .complete: return language.pick(vi: "hoàn thành", en: "complete")
    case .cancel: return language.pick(vi: "hủy", en: "cancel")
    case .pause: return language.pick(vi: "tạm dừng", en: "pause")
    case .resume: return language.pick(vi: "tiếp tục", en: "resume")
    case .review: return language.pick(vi: "thẩm định sản phẩm", en: "review")
    case .amend: return language.pick(vi: "sửa nội dung kế hoạch", en: "amend")
    case .acknowledge: return language.pick(vi: "xác nhận đã nhận", en: "acknowledge")
    case .explain: return language.pick(vi: "giải trình", en: "explain")
    }
  }
}
