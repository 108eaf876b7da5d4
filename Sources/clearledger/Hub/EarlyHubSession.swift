import Foundation
import LedgerHub
import Synchronization

/// The hub's session, opened while the command line is still being read.
///
/// PostgreSQL starts a process for every session, and a `hub` command spends most of its first
/// milliseconds reading its command line: `main` opens the session for the address the words
/// name (`--postgres URL`, else `CLEARLEDGER_HUB_URL`) before the words are parsed, and
/// `HubRunner` takes it when the options parsed give that same address. Any other session is
/// closed unused; a failure to connect is only seen by the command that takes the session, as
/// its own connecting would have seen it.
enum EarlyHubSession {
  private static let pending = Mutex<(url: String, task: Task<Hub, any Error>)?>(nil)

  /// Opens the session a `hub` command line names, if it names one.
  static func start(
    arguments: [String], variables: [String: String] = ProcessInfo.processInfo.environment
  ) {
    guard let url = url(in: arguments, variables), let address = try? HubAddress(url: url)
    else { return }
    let task = Task { try await Hub.connect(address) }
    pending.withLock { $0 = (url, task) }
  }

  /// The address a command line's words name for a `hub` command that will connect: nil for
  /// any other command, and for help.
  static func url(in arguments: [String], _ variables: [String: String]) -> String? {
    let words = Array(arguments.dropFirst())
    guard words.first == "hub", words.count > 1,
      !words.contains(where: { ["--help", "-h", "help", "--version"].contains($0) })
    else { return nil }
    var named: String?
    var index = 1
    while index < words.count, words[index] != "--" {
      if words[index] == "--postgres", index + 1 < words.count {
        named = words[index + 1]
        index += 1
      } else if words[index].hasPrefix("--postgres=") {
        named = String(words[index].dropFirst("--postgres=".count))
      }
      index += 1
    }
    return HubOptions.url(given: named, variables: variables)
  }

  /// The session opened early for `url`, if one was; one opened for another address is closed.
  static func take(url: String?) -> Task<Hub, any Error>? {
    let found = pending.withLock { value in
      defer { value = nil }
      return value
    }
    guard let found else { return nil }
    if found.url == url { return found.task }
    Task { if let hub = try? await found.task.value { await hub.close() } }
    return nil
  }
}
