/// The stable name of each kind of ledger error, for programs (`--json` errors, scripts).
///
/// Written out once per case and listed in `Schemas/error-codes.json`; a shipped code never
/// changes (a test compares the two).
public enum ErrorCode: String, CaseIterable, Sendable, Codable {
  case emptyText = "empty_text"
  case textTooLong = "text_too_long"
  case controlCharacter = "control_character"
  case invalidDate = "invalid_date"
  case invalidYearlyDate = "invalid_yearly_date"
  case futureDate = "future_date"
  case invalidTaskID = "invalid_task_id"
  case invalidUnitCode = "invalid_unit_code"
  case percentOutOfRange = "percent_out_of_range"
  case invalidDocumentNumber = "invalid_document_number"
  case invalidClock = "invalid_clock"
  case invalidTimeZone = "invalid_time_zone"
  case invalidDigest = "invalid_digest"
  case unknownUnit = "unknown_unit"
  case unitNameTaken = "unit_name_taken"
  case unitCodeTaken = "unit_code_taken"
  case unknownTask = "unknown_task"
  case taskExists = "task_exists"
  case leadAlsoSupporting = "lead_also_supporting"
  case duplicateSupportingUnit = "duplicate_supporting_unit"
  case transitionRefused = "transition_refused"
  case extensionNotLater = "extension_not_later"
  case noFixedDeadline = "no_fixed_deadline"
  case deadlineBeforeAssignment = "deadline_before_assignment"
  case dateBeforeAssignment = "date_before_assignment"
  case sameLead = "same_lead"
  case alreadyHead = "already_head"
  case unknownPosition = "unknown_position"
  case alreadyRetracted = "already_retracted"
  case unitInUse = "unit_in_use"
  case cannotRestate = "cannot_restate"
  case invalidYear = "invalid_year"
  case pointsOutOfRange = "points_out_of_range"
  case planExists = "plan_exists"
  case taskIDCollision = "task_id_collision"
  case unreadableDeadline = "unreadable_deadline"
  case noPlanTable = "no_plan_table"
  case rowWithoutLead = "row_without_lead"
  case unreadablePlanFile = "unreadable_plan_file"
  case badEventLine = "bad_event_line"
  case concurrencyConflict = "concurrency_conflict"
  case clockBehindLedger = "clock_behind_ledger"
  case noLedger = "no_ledger"
  case ledgerExists = "ledger_exists"
  case notALedger = "not_a_ledger"
  case newerLedger = "newer_ledger"
  case ledgerBusy = "ledger_busy"
  case readOnlyLedger = "read_only_ledger"
  case diskFull = "disk_full"
  case storageFailure = "storage_failure"
  case unknownEventType = "unknown_event_type"
  case corruptEvent = "corrupt_event"
  case planFileRefused = "plan_file_refused"
  case unitNameIsProse = "unit_name_is_prose"
  case badUnitMapping = "bad_unit_mapping"
  case planCellTooLong = "plan_cell_too_long"
  case unwritableOutput = "unwritable_output"
  case reassignNeedsDue = "reassign_needs_due"
  case dueBeforeHandOver = "due_before_hand_over"
  case annualReportWithoutObligation = "annual_report_without_obligation"
  case majorErrorsOutOfRange = "major_errors_out_of_range"
  case unknownPerson = "unknown_person"
  case implausibleClock = "implausible_clock"
  case uncleanText = "unclean_text"
  case emptyLedgerFile = "empty_ledger_file"
  case outputFailed = "output_failed"
  case ledgerHeld = "ledger_held"
  case ledgerHasLinks = "ledger_has_links"
  case keyAlreadyRegistered = "key_already_registered"
  case unknownKey = "unknown_key"
  case keyRevoked = "key_revoked"
  case policyInForce = "policy_in_force"
  case signatureRequired = "signature_required"
  case fixedClockRefused = "fixed_clock_refused"
  case unreadableKeyFile = "unreadable_key_file"
  case wrongPassphrase = "wrong_passphrase"
  case passphraseNeeded = "passphrase_needed"
  case chainBroken = "chain_broken"
  case proofFails = "proof_fails"
  case unreadableProof = "unreadable_proof"
  case keyFileExists = "key_file_exists"
  case invalidSourceName = "invalid_source_name"
  case unknownSource = "unknown_source"
  case sourceExists = "source_exists"
  case forkedHistory = "forked_history"
  case historyGap = "history_gap"
  case hubUnreachable = "hub_unreachable"
  case hubNotInitialized = "hub_not_initialized"
  case newerHub = "newer_hub"
  case hubFailure = "hub_failure"
  case invalidUsername = "invalid_username"
  case accountExists = "account_exists"
  case unknownAccount = "unknown_account"
  case accountDisabled = "account_disabled"
  case headNeedsUnit = "head_needs_unit"
  case criterionOutOfRange = "criterion_out_of_range"
  case unknownPeriod = "unknown_period"
  case unknownConditionKind = "unknown_condition_kind"
  case quantityOutOfRange = "quantity_out_of_range"
  case invalidPersonCode = "invalid_person_code"
  case personCodeTaken = "person_code_taken"
  case personNameTaken = "person_name_taken"
  case ambiguousPerson = "ambiguous_person"
  case mixedScript = "mixed_script"
  case unverifiedOrigin = "unverified_origin"
  case endsTenure = "ends_tenure"
  case overwritesScore = "overwrites_score"
  case noCheckpoint = "no_checkpoint"
  case unregisteredSource = "unregistered_source"
  case sourceNameTaken = "source_name_taken"
  case unreadableSourceKey = "unreadable_source_key"
  case sourceWithoutKey = "source_without_key"
  case communeNameTaken = "commune_name_taken"
  case historyOfAnotherSource = "history_of_another_source"
  case notAFolder = "not_a_folder"
  case taskTableIncomplete = "task_table_incomplete"
  case planDeadlineBeforeDate = "plan_deadline_before_date"
  case tasksInProse = "tasks_in_prose"
  case badReviewRow = "bad_review_row"
  case noSittingHead = "no_sitting_head"
  case unitClosed = "unit_closed"
  case unitLeadsOpenTasks = "unit_leads_open_tasks"
  case mergeIntoItself = "merge_into_itself"
  case amendmentChangesNothing = "amendment_changes_nothing"
  case notLeadUnitHead = "not_lead_unit_head"
  case alreadyAcknowledged = "already_acknowledged"
  case explanationPending = "explanation_pending"
  case explanationDueBeforeRequest = "explanation_due_before_request"
  case noExplanationRequested = "no_explanation_requested"
  case attachmentTooLarge = "attachment_too_large"
  case evidenceForNothing = "evidence_for_nothing"
  case unreadableAttachment = "unreadable_attachment"
  case unknownAttachment = "unknown_attachment"
  case notAskedUnitHead = "not_asked_unit_head"
  case serverKeyWithoutAccount = "server_key_without_account"
  case personKeyForServer = "person_key_for_server"
  case serverKeyBeyondRole = "server_key_beyond_role"
  case serverKeyOutsideServe = "server_key_outside_serve"
  case leadNotABody = "lead_not_a_body"
  case planTaskIDRepeated = "plan_task_id_repeated"
  case portInUse = "port_in_use"
  case unitInNoSource = "unit_in_no_source"
  case personInNoSource = "person_in_no_source"
  case unreadableFolder = "unreadable_folder"
  case invalidMoment = "invalid_moment"
  case hubAddressMissing = "hub_address_missing"
  case notAHubAddress = "not_a_hub_address"
  case hubLoginRefused = "hub_login_refused"
  case hubDatabaseMissing = "hub_database_missing"
  case emptyExport = "empty_export"
  case noExportInFolder = "no_export_in_folder"
  case historyOfAnotherLedger = "history_of_another_ledger"
  case sourceAskedByName = "source_asked_by_name"
  case assignmentInUse = "assignment_in_use"
  case hubWithoutTLS = "hub_without_tls"
  case personNotRetractable = "person_not_retractable"
  case keyForUnknownPerson = "key_for_unknown_person"
  case keyNotYours = "key_not_yours"
  case keeperLastKey = "keeper_last_key"
  case sourceNameAmbiguous = "source_name_ambiguous"
  case fileNamedForAnotherSource = "file_named_for_another_source"
  case damagedLedger = "damaged_ledger"
  case noDelayToExcuse = "no_delay_to_excuse"
  case planNumberTaken = "plan_number_taken"
  case unreadableDue = "unreadable_due"
  case recordNotRetractable = "record_not_retractable"
  case positionNotOfTask = "position_not_of_task"
  case positionAfterCheckpoint = "position_after_checkpoint"
  case delaysAllExcused = "delays_all_excused"
}

extension LedgerError {
  /// The stable code of this error.
  public var code: ErrorCode {
    switch self {
    case .emptyText: return .emptyText
    case .textTooLong: return .textTooLong
    case .controlCharacter: return .controlCharacter
    case .invalidMoment: return .invalidMoment
    case .invalidDate: return .invalidDate
    case .invalidYearlyDate: return .invalidYearlyDate
    case .futureDate: return .futureDate
    case .invalidTaskID: return .invalidTaskID
    case .invalidUnitCode: return .invalidUnitCode
    case .percentOutOfRange: return .percentOutOfRange
    case .invalidDocumentNumber: return .invalidDocumentNumber
    case .invalidClock: return .invalidClock
    case .invalidTimeZone: return .invalidTimeZone
    case .invalidDigest: return .invalidDigest
    case .mixedScript: return .mixedScript
    case .unverifiedOrigin: return .unverifiedOrigin
    case .unknownUnit: return .unknownUnit
    case .unitNameTaken: return .unitNameTaken
    case .unitCodeTaken: return .unitCodeTaken
    case .unknownTask: return .unknownTask
    case .taskExists: return .taskExists
    case .leadAlsoSupporting: return .leadAlsoSupporting
    case .duplicateSupportingUnit: return .duplicateSupportingUnit
    case .transitionRefused: return .transitionRefused
    case .extensionNotLater: return .extensionNotLater
    case .noFixedDeadline: return .noFixedDeadline
    case .deadlineBeforeAssignment: return .deadlineBeforeAssignment
    case .dateBeforeAssignment: return .dateBeforeAssignment
    case .sameLead: return .sameLead
    case .alreadyHead: return .alreadyHead
    case .endsTenure: return .endsTenure
    case .overwritesScore: return .overwritesScore
    case .unknownPosition: return .unknownPosition
    case .alreadyRetracted: return .alreadyRetracted
    case .unitInUse: return .unitInUse
    case .assignmentInUse: return .assignmentInUse
    case .personNotRetractable: return .personNotRetractable
    case .keyForUnknownPerson: return .keyForUnknownPerson
    case .keyNotYours: return .keyNotYours
    case .keeperLastKey: return .keeperLastKey
    case .sourceNameAmbiguous: return .sourceNameAmbiguous
    case .fileNamedForAnotherSource: return .fileNamedForAnotherSource
    case .hubWithoutTLS: return .hubWithoutTLS
    case .cannotRestate: return .cannotRestate
    case .invalidYear: return .invalidYear
    case .pointsOutOfRange: return .pointsOutOfRange
    case .planExists: return .planExists
    case .taskIDCollision: return .taskIDCollision
    case .unreadableDeadline: return .unreadableDeadline
    case .noPlanTable: return .noPlanTable
    case .rowWithoutLead: return .rowWithoutLead
    case .unreadablePlanFile: return .unreadablePlanFile
    case .planFileRefused: return .planFileRefused
    case .unitNameIsProse: return .unitNameIsProse
    case .badUnitMapping: return .badUnitMapping
    case .planCellTooLong: return .planCellTooLong
    case .unwritableOutput: return .unwritableOutput
    case .badEventLine: return .badEventLine
    case .reassignNeedsDue: return .reassignNeedsDue
    case .dueBeforeHandOver: return .dueBeforeHandOver
    case .annualReportWithoutObligation: return .annualReportWithoutObligation
    case .majorErrorsOutOfRange: return .majorErrorsOutOfRange
    case .unknownPerson: return .unknownPerson
    case .invalidPersonCode: return .invalidPersonCode
    case .personCodeTaken: return .personCodeTaken
    case .personNameTaken: return .personNameTaken
    case .ambiguousPerson: return .ambiguousPerson
    case .implausibleClock: return .implausibleClock
    case .uncleanText: return .uncleanText
    case .invalidUsername: return .invalidUsername
    case .accountExists: return .accountExists
    case .unknownAccount: return .unknownAccount
    case .accountDisabled: return .accountDisabled
    case .headNeedsUnit: return .headNeedsUnit
    case .criterionOutOfRange: return .criterionOutOfRange
    case .unknownPeriod: return .unknownPeriod
    case .unknownConditionKind: return .unknownConditionKind
    case .quantityOutOfRange: return .quantityOutOfRange
    case .noSittingHead: return .noSittingHead
    case .unitClosed: return .unitClosed
    case .unitLeadsOpenTasks: return .unitLeadsOpenTasks
    case .mergeIntoItself: return .mergeIntoItself
    case .amendmentChangesNothing: return .amendmentChangesNothing
    case .concurrencyConflict: return .concurrencyConflict
    case .clockBehindLedger: return .clockBehindLedger
    case .noLedger: return .noLedger
    case .ledgerExists: return .ledgerExists
    case .notALedger: return .notALedger
    case .damagedLedger: return .damagedLedger
    case .newerLedger: return .newerLedger
    case .ledgerBusy: return .ledgerBusy
    case .readOnlyLedger: return .readOnlyLedger
    case .diskFull: return .diskFull
    case .storageFailure: return .storageFailure
    case .unknownEventType: return .unknownEventType
    case .corruptEvent: return .corruptEvent
    case .emptyLedgerFile: return .emptyLedgerFile
    case .outputFailed: return .outputFailed
    case .ledgerHeld: return .ledgerHeld
    case .ledgerHasLinks: return .ledgerHasLinks
    case .keyAlreadyRegistered: return .keyAlreadyRegistered
    case .unknownKey: return .unknownKey
    case .keyRevoked: return .keyRevoked
    case .serverKeyWithoutAccount: return .serverKeyWithoutAccount
    case .personKeyForServer: return .personKeyForServer
    case .portInUse: return .portInUse
    case .serverKeyBeyondRole: return .serverKeyBeyondRole
    case .serverKeyOutsideServe: return .serverKeyOutsideServe
    case .policyInForce: return .policyInForce
    case .signatureRequired: return .signatureRequired
    case .fixedClockRefused: return .fixedClockRefused
    case .unreadableKeyFile: return .unreadableKeyFile
    case .wrongPassphrase: return .wrongPassphrase
    case .passphraseNeeded: return .passphraseNeeded
    case .chainBroken: return .chainBroken
    case .proofFails: return .proofFails
    case .unreadableProof: return .unreadableProof
    case .keyFileExists: return .keyFileExists
    case .noCheckpoint: return .noCheckpoint
    case .unregisteredSource: return .unregisteredSource
    case .sourceNameTaken: return .sourceNameTaken
    case .invalidSourceName: return .invalidSourceName
    case .unknownSource: return .unknownSource
    case .sourceAskedByName: return .sourceAskedByName
    case .sourceExists: return .sourceExists
    case .communeNameTaken: return .communeNameTaken
    case .historyOfAnotherSource: return .historyOfAnotherSource
    case .historyOfAnotherLedger: return .historyOfAnotherLedger
    case .notAFolder: return .notAFolder
    case .unreadableFolder: return .unreadableFolder
    case .forkedHistory: return .forkedHistory
    case .historyGap: return .historyGap
    case .unreadableSourceKey: return .unreadableSourceKey
    case .sourceWithoutKey: return .sourceWithoutKey
    case .unitInNoSource: return .unitInNoSource
    case .personInNoSource: return .personInNoSource
    case .hubUnreachable: return .hubUnreachable
    case .hubNotInitialized: return .hubNotInitialized
    case .newerHub: return .newerHub
    case .hubFailure: return .hubFailure
    case .hubAddressMissing: return .hubAddressMissing
    case .notAHubAddress: return .notAHubAddress
    case .hubLoginRefused: return .hubLoginRefused
    case .hubDatabaseMissing: return .hubDatabaseMissing
    case .emptyExport: return .emptyExport
    case .noExportInFolder: return .noExportInFolder
    case .taskTableIncomplete: return .taskTableIncomplete
    case .planDeadlineBeforeDate: return .planDeadlineBeforeDate
    case .tasksInProse: return .tasksInProse
    case .badReviewRow: return .badReviewRow
    case .leadNotABody: return .leadNotABody
    case .planTaskIDRepeated: return .planTaskIDRepeated
    case .notLeadUnitHead: return .notLeadUnitHead
    case .notAskedUnitHead: return .notAskedUnitHead
    case .alreadyAcknowledged: return .alreadyAcknowledged
    case .explanationPending: return .explanationPending
    case .explanationDueBeforeRequest: return .explanationDueBeforeRequest
    case .noExplanationRequested: return .noExplanationRequested
    case .attachmentTooLarge: return .attachmentTooLarge
    case .evidenceForNothing: return .evidenceForNothing
    case .noDelayToExcuse: return .noDelayToExcuse
    case .planNumberTaken: return .planNumberTaken
    case .unreadableDue: return .unreadableDue
    case .recordNotRetractable: return .recordNotRetractable
    case .positionNotOfTask: return .positionNotOfTask
    case .positionAfterCheckpoint: return .positionAfterCheckpoint
    case .delaysAllExcused: return .delaysAllExcused
    case .unreadableAttachment: return .unreadableAttachment
    case .unknownAttachment: return .unknownAttachment
    }
  }
}

extension ErrorCode {
  /// The family of failure, which decides the exit status.
  public var category: LedgerError.Category {
    switch self {
    case .concurrencyConflict: return .conflict
    case .chainBroken, .proofFails: return .integrity
    case .clockBehindLedger, .noLedger, .ledgerExists, .notALedger, .damagedLedger, .newerLedger,
      .ledgerBusy, .readOnlyLedger, .diskFull, .storageFailure, .unknownEventType, .corruptEvent,
      .emptyLedgerFile, .outputFailed, .ledgerHeld, .ledgerHasLinks, .hubUnreachable,
      .hubNotInitialized, .newerHub, .hubFailure, .portInUse, .hubAddressMissing, .notAHubAddress,
      .hubLoginRefused, .hubDatabaseMissing, .hubWithoutTLS:
      return .ledger
    case .emptyText, .textTooLong, .controlCharacter, .invalidDate, .invalidYearlyDate, .futureDate,
      .invalidTaskID, .invalidUnitCode, .percentOutOfRange, .invalidDocumentNumber, .invalidClock,
      .invalidTimeZone, .invalidDigest, .unknownUnit, .unitNameTaken, .unitCodeTaken, .unknownTask,
      .taskExists, .leadAlsoSupporting, .duplicateSupportingUnit, .transitionRefused,
      .extensionNotLater, .noFixedDeadline, .deadlineBeforeAssignment, .dateBeforeAssignment,
      .sameLead, .alreadyHead, .unknownPosition, .alreadyRetracted, .unitInUse, .cannotRestate,
      .personNotRetractable, .recordNotRetractable, .positionNotOfTask,
      .positionAfterCheckpoint, .delaysAllExcused,
      .invalidYear, .pointsOutOfRange, .planExists, .taskIDCollision, .unreadableDeadline,
      .noPlanTable, .rowWithoutLead, .unreadablePlanFile, .badEventLine, .planFileRefused,
      .unitNameIsProse, .badUnitMapping, .planCellTooLong, .unwritableOutput, .reassignNeedsDue,
      .dueBeforeHandOver, .annualReportWithoutObligation, .majorErrorsOutOfRange, .unknownPerson,
      .implausibleClock, .uncleanText, .keyAlreadyRegistered, .unknownKey, .keyRevoked,
      .policyInForce, .signatureRequired, .fixedClockRefused, .unreadableKeyFile, .wrongPassphrase,
      .passphraseNeeded, .unreadableProof, .keyFileExists, .invalidSourceName, .unknownSource,
      .sourceExists, .forkedHistory, .historyGap, .invalidUsername, .accountExists, .unknownAccount,
      .accountDisabled, .headNeedsUnit, .criterionOutOfRange, .unknownPeriod, .unknownConditionKind,
      .quantityOutOfRange, .invalidPersonCode, .personCodeTaken, .personNameTaken, .ambiguousPerson,
      .mixedScript, .unverifiedOrigin, .endsTenure, .overwritesScore, .noCheckpoint,
      .unregisteredSource, .sourceNameTaken, .unreadableSourceKey, .sourceWithoutKey,
      .communeNameTaken, .historyOfAnotherSource, .fileNamedForAnotherSource, .notAFolder,
      .taskTableIncomplete,
      .planDeadlineBeforeDate, .tasksInProse, .badReviewRow, .noSittingHead, .unitClosed,
      .unitLeadsOpenTasks, .mergeIntoItself, .amendmentChangesNothing, .notLeadUnitHead,
      .alreadyAcknowledged, .explanationPending, .explanationDueBeforeRequest,
      .noExplanationRequested, .attachmentTooLarge, .evidenceForNothing, .noDelayToExcuse,
      .planNumberTaken, .unreadableDue, .unreadableAttachment,
      .unknownAttachment, .notAskedUnitHead, .serverKeyWithoutAccount, .personKeyForServer,
      .serverKeyBeyondRole, .serverKeyOutsideServe, .leadNotABody, .planTaskIDRepeated,
      .unitInNoSource, .personInNoSource, .unreadableFolder, .invalidMoment, .emptyExport,
      .noExportInFolder, .historyOfAnotherLedger, .sourceAskedByName, .sourceNameAmbiguous,
      .assignmentInUse,
      .keyForUnknownPerson, .keyNotYours, .keeperLastKey:
      return .refused
    }
  }
}
