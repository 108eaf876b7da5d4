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
