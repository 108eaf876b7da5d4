import ArgumentParser

/// `clearledger hub …`: a province's view, many communes' ledgers in one PostgreSQL database.
struct HubCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hub",
    abstract: "Gather communes' ledgers in a PostgreSQL hub and answer across them.",
    discussion: """
      A hub holds each commune's events exactly as its ledger wrote them (its own positions, \
      hashes and chain) and answers with the same views and rules as the commune's own ledger, \
      naming the source on every row.

        clearledger hub init --postgres postgres://user@127.0.0.1:5432/hub
        clearledger hub add-source xa-chi-minh --name "Xã Chí Minh"
        clearledger events export --db xa.sqlite > xa.jsonl
        clearledger hub ingest xa-chi-minh xa.jsonl
        clearledger hub overdue

      Environment: CLEARLEDGER_HUB_URL (the database, instead of --postgres), CLEARLEDGER_LANG, \
      CLEARLEDGER_NOW.
      """,
    subcommands: [
      HubInitCommand.self, HubAddSourceCommand.self, HubIngestCommand.self,
      HubSourcesCommand.self, HubStatusCommand.self, HubOverdueCommand.self,
      HubUnitsCommand.self, HubHeadsCommand.self, HubEvaluateCommand.self,
    ])
}
