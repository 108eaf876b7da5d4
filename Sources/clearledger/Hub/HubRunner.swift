import ArgumentParser
import Foundation
import LedgerCore
import LedgerHub
import LedgerStore

/// Runs a `hub` subcommand: connects, runs the body, and turns ledger errors into a message
/// on standard error and an exit status, as `CommandRunner` does for a ledger.
enum HubRunner {
  /// What a hub command needs from outside: the hub, the language, the clock's today and now.
  struct Context {
    let hub: Hub
    let environment: LedgerEnvironment
    /// The time zone days are read in (the communes' own, Vietnam's).
    let timeZone: TimeZone

    var language: Language { environment.language }
    var json: Bool { environment.json }

    /// Today in the hub's time zone, by the clock (`CLEARLEDGER_NOW` fixes it).
    var today: LocalDate { LocalDate(environment.clock.now(), in: timeZone) }

    /// A day option, or nil.
    func date(_ text: String?) throws -> LocalDate? { try environment.date(text) }

    /// When a question is judged: the clock's now and `--known-at` as typed, each read in
    /// every source's own time zone.
    func time(knownAt text: String?) throws -> HubTime {
      HubTime(now: environment.clock.now(), knownAt: try text.map(environment.typedMoment))
    }
  }

  static let timeZone =
    TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current

  /// Runs `body` with the hub; `check` first refuses what was typed wrong (a day, a year),
  /// before the hub is waited for (trial: with the hub down, a bad date said only that the
  /// hub could not be reached).
  static func run(
    _ options: HubOptions, checking check: (LedgerEnvironment) throws -> Void = { _ in },
    _ body: (Context) async throws -> Void
  ) async throws {
    let fallback = LedgerEnvironment.language(options.lang, ProcessInfo.processInfo.environment)
    var language = fallback
    // The server starts the session (a process of its own) while this one reads its
    // options and clock: the session opened while the command line was read, when it is
    // for the address the options give, else one opened now.
    let address = Result { try options.address() }
    let early = EarlyHubSession.take(url: options.url())
    let connecting = (try? address.get()).map { address in
      early ?? Task { try await Hub.connect(address) }
    }
    do {
      let environment: LedgerEnvironment
      do {
        environment = try LedgerEnvironment(try options.global())
        language = environment.language
        try check(environment)
      } catch {
        // Refused before the hub is asked anything: the session, once open, is closed
        // without being waited for (a server that does not answer would hold the message).
        if let connecting {
          Task { if let hub = try? await connecting.value { await hub.close() } }
        }
        throw error
      }
      let hub: Hub
      if let connecting {
        hub = try await connecting.value
      } else {
        hub = try await Hub.connect(try address.get())
      }
      try await Hub.with(hub) { hub in
        try await body(Context(hub: hub, environment: environment, timeZone: timeZone))
      }
    } catch let error as LedgerError {
      CommandRunner.report(
        error, language: language, json: options.json, message: error.hubMessage(language))
      throw ExitCode(error.category.rawValue)
    } catch let error as SourceError {
      report(error, language: language, json: options.json)
      throw ExitCode(error.error.category.rawValue)
    }
  }

  /// Writes a refusal from one source's data on standard error: the commune's message led by
  /// the source (`--json`: its code and message, with `source` and `source_name`).
  static func report(_ error: SourceError, language: Language, json: Bool) {
    let message = error.message(language)
    let text: String
    if json {
      text = JSONOutput.string(
        SourceErrorJSON(
          error: .init(
            code: error.error.code.rawValue, message: message, source: error.source.id,
            sourceName: error.source.name)))
    } else {
      // The source's name and the commune's words are escaped as every error's are.
      text = "clearledger: " + TerminalText.escaped(message)
    }
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  private struct SourceErrorJSON: Encodable {
    struct Body: Encodable {
      var code: String
      var message: String
      var source: String
      var sourceName: String
    }
    var error: Body
  }
}
