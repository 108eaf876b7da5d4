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
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Address to listen on.", valueName: "address"))
  var host = "127.0.0.1"

  @Option(help: ArgumentHelp("Port to listen on.", valueName: "port"))
  var port = 8080

  @Flag(help: "Mark the session cookie Secure (when a TLS proxy serves the app over HTTPS).")
  var secureCookies = false

  func run() async throws {
    var ledger: Ledger?
    try CommandRunner.run(global) { environment in
      // Pages are read in parallel with each other and with the writes (a pool over WAL).
      ledger = try environment.openLedger(concurrentReads: true)
    }
    guard let ledger else { return }
    let app = try await buildApplication(
      ServeArguments(hostname: host, port: port, ledger: ledger, secureCookies: secureCookies))
    try await app.runService()
  }
}
