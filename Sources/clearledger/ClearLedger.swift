import ArgumentParser

/// The `clearledger` command: an append-only accountability ledger over one SQLite file.
@main
struct ClearLedger: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clearledger",
    abstract: "An append-only ledger of assigned tasks, kept by the five clears.",
    discussion: """
      Every assignment, start, report, extension, hand-over, completion and correction is an \
      event appended to one SQLite file; nothing is ever rewritten. Views fold the events into \
      who answers for what: rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ kết quả.

      A first session:
        clearledger init
        clearledger unit add "UBND xã" --code UBND
        clearledger unit add "Phòng Văn hóa - Xã hội" --code VHXH
        clearledger head appoint UBND "Nguyễn Văn An" --role "Chủ tịch UBND xã" --on 01/01/2026
        clearledger task assign "Hoàn thành kết nối dữ liệu" --lead VHXH --role "Chủ tịch UBND xã" \\
            --result "Hoàn thành kết nối" --due 30/09/2026
        clearledger task complete T-001 --evidence 12/BC-VHXH --on 28/09/2026
        clearledger status

      Dates are written 30/06/2026 or 2026-06-30. Units are named by code or by name, in any \
      Unicode form and with either tone-mark placement ("hoá" = "hóa").

      Environment: CLEARLEDGER_DB (ledger file), CLEARLEDGER_ACTOR (who records), \
      CLEARLEDGER_LANG (vi or en), CLEARLEDGER_NOW (fix the clock, ISO 8601 with offset; \
      every event recorded so is marked), CLEARLEDGER_KEY (key file that signs), \
      CLEARLEDGER_KEY_PASSPHRASE (its passphrase, when sealed).

      Exit status: 0 done; 1 refused (bad input or a rule); 2 the log was altered (`verify`, \
      or a write, rebuild or export refused because the chain does not hold); \
      3 someone changed the same task \
      first (nothing written; look at its history and try again); 4 the ledger file cannot be \
      used; 5 `rebuild` found the views had drifted from the log (old views kept); 64 the \
      command line itself is wrong.
      """,
    subcommands: [
      InitCommand.self, UnitCommand.self, PersonCommand.self, HeadCommand.self, TaskCommand.self,
      ImportCommand.self, CheckCommand.self, DemoCommand.self, EvaluateCommand.self,
      YearlyCommand.self,
      ReportCommand.self,
      CorrectCommand.self, StatusCommand.self, DueCommand.self, RemindCommand.self,
      AttachmentCommand.self,
      HistoryCommand.self,
      ReplayCommand.self, AuditCommand.self, DiffCommand.self, DigestCommand.self,
      RebuildCommand.self, VerifyCommand.self, EventsCommand.self, KeyCommand.self,
      PolicyCommand.self, HubCommand.self, ServeCommand.self, AccountCommand.self,
      CheckpointCommand.self, ProveCommand.self, VerifyProofCommand.self, SourceCommand.self,
    ])
}
