import ArgumentParser
import Hummingbird
import LedgerCore
import LedgerStore
import LedgerWeb

/// `clearledger serve`: the web app over the same ledger file the CLI uses.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the ledger to the office's browsers: dashboards, tasks, forms, JSON API.",
    discussion: """
      Accounts are made with `clearledger account add`. The CLI can be used on the same file \
      while the server runs. Stops cleanly on SIGTERM or SIGINT. /healthz answers 200 while the \
      ledger can be read. Nothing is loaded from outside the machine.

      With --key FILE (or CLEARLEDGER_KEY), FILE must be the web server's key (`key new \
      --web-server`): the server signs every web write on the signed-in account's behalf. A \
      person's key is refused, since it would record every write as that person. Under policy \
      require-signatures the server needs this key to record anything.

      With --hub URL (a hub's PostgreSQL database, as `hub` commands name it), the server \
      shows the hub instead, for the staff of the body above the communes: every commune by \
      bucket, their tasks filtered by commune and bucket, /api/status as `hub status --json` \
      gives it, each with as_of and known_at. It records nothing; the accounts that sign in \
      are those of the ledger --db names (the body's own, opened with `account add`).
        clearledger serve --hub postgres://hub@127.0.0.1/hub --db tinh.sqlite --port 8090
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Address to listen on.", valueName: "address"))
  var host = "127.0.0.1"

  @Option(help: ArgumentHelp("Port to listen on.", valueName: "port"))
  var port = 8080

  @Flag(help: "Mark the session cookie Secure (when a TLS proxy serves the app over HTTPS).")
  var secureCookies = false

  @Option(
    help: ArgumentHelp(
      "Serve a hub's pages across communes (read-only), from this PostgreSQL database.",
      valueName: "url"))
  var hub: String?

  func run() async throws {
    var ledger: Ledger?
    try CommandRunner.run(global) { environment in
      // A port taken is said in the user's terms, not as the server's raw bind error.
      try PortProbe.ensureFree(host: host, port: port)
      // Pages are read in parallel with each other and with the writes (a pool over WAL).
      let opened = try environment.openLedger(allowServerKey: true, concurrentReads: true)
      if let keyID = opened.signer?.verifier.keyID,
        try opened.keys().first(where: { $0.keyID == keyID })?.webServer != true
      {
        throw LedgerError.personKeyForServer(keyID)
      }
      ledger = opened
    }
    guard let ledger else { return }
    let arguments = ServeArguments(
      hostname: host, port: port, ledger: ledger, secureCookies: secureCookies)
    if let hub {
      try await serveHub(hub, arguments)
      return
    }
    let app = try await buildApplication(arguments)
    try await app.runService()
  }

  /// Serves the hub at `url`, with the accounts of the ledger in `arguments`.
  private func serveHub(_ url: String, _ arguments: ServeArguments) async throws {
    let options = try HubOptions.parse(
      ["--postgres", url] + (global.lang.map { ["--lang", $0.rawValue] } ?? []))
    try await HubRunner.run(options) { context in
      _ = try await context.hub.sources()  // a hub not initialised is said now, not per page
      // A connection that breaks or hangs is made again for the next page (`HubGate`).
      let communes = HubCommuneBoards(hub: context.hub, address: try options.address())
      let app = try await buildHubApplication(arguments, communes: communes)
      do {
        try await app.runService()
      } catch {
        await communes.close()
        throw error
      }
      await communes.close()
    }
  }
}
