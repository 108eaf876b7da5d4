import Foundation
import GRDB
import LedgerCore
import Synchronization

/// Who is writing the ledger in a long transaction, noted beside it while the write lasts.
///
/// An import of 100,000 facts holds the ledger's write lock for most of a minute. A command
/// that must wait for it reads this note (`LEDGER-holder`) to say what it is waiting for, and
/// waits as long as that process runs, instead of failing after 30 seconds with "busy". A note
/// left by a killed process names a process that no longer runs, and is ignored.
public struct LedgerHolder: Codable, Hashable, Sendable, CustomStringConvertible {
  /// The holding process's id.
  public var process: Int32
  /// The command, as a user would type it: `events import`.
  public var command: String
  /// When it began writing.
  public var since: Date

  public var description: String {
    "`clearledger \(command)` (process \(process), since \(since.isoUTC))"
  }

  /// Where the note for the ledger at `path` is kept.
  static func notePath(for path: String) -> String { path + "-holder" }

  /// The process noted as writing the ledger at `path`, if it still runs.
  static func current(for path: String) -> LedgerHolder? {
    guard path != ":memory:",
      let data = FileManager.default.contents(atPath: notePath(for: path)),
      let holder = try? JSONDecoder().decode(LedgerHolder.self, from: data),
      holder.isRunning
    else { return nil }
    return holder
  }

  /// Whether the process still runs (signal 0 checks without sending anything).
  var isRunning: Bool {
    kill(process, 0) == 0 || errno == EPERM
  }

  /// Runs a long write of the ledger at `path`, noted as held by `command` while it runs.
  ///
  /// The note is best effort: a folder that cannot take it only loses the explanation.
  static func holding<T>(
    _ path: String, command: String, clock: LedgerClock, _ body: () throws -> T
  )
    rethrows -> T
  {
    guard path != ":memory:" else { return try body() }
    let note = notePath(for: path)
    let holder = LedgerHolder(
      process: ProcessInfo.processInfo.processIdentifier, command: command, since: clock.now())
    if let data = try? JSONEncoder().encode(holder) {
      _ = FileManager.default.createFile(atPath: note, contents: data)
    }
    defer { try? FileManager.default.removeItem(atPath: note) }
    return try body()
  }
}

/// How a command waits for the ledger's write lock: 10 ms at a time, 30 s at most unless a
/// running process is noted as holding it, then as long as that process runs (up to a day).
struct BusyWait: Sendable {
  /// The pause between tries.
  static let step: TimeInterval = 0.01
  /// How long to wait for an unnamed holder.
  static let limit: TimeInterval = 30
  /// How long to wait for a named, running holder.
  static let heldLimit: TimeInterval = 86_400
  /// How often (in tries) the note is read.
  static let noteEvery = 50

  let path: String
  /// Told once per wait when a running holder is found.
  let notice: (@Sendable (LedgerHolder) -> Void)?

  /// Whether to go on waiting after `tries` tries, given the running holder, if any.
  static func keepWaiting(tries: Int, holder: LedgerHolder?) -> Bool {
    let waited = Double(tries) * step
    return waited < (holder == nil ? limit : heldLimit)
  }

  /// The busy handler SQLite calls while another connection holds the lock.
  var callback: Database.BusyCallback {
    let path = path
    let notice = notice
    let told = Told()
    return { tries in
      if tries == 0 { told.flag.withLock { $0 = false } }
      var holder: LedgerHolder?
      if tries > 0, tries % Self.noteEvery == 0 || Double(tries) * Self.step >= Self.limit {
        holder = LedgerHolder.current(for: path)
      }
      if let holder {
        let first = told.flag.withLock { seen in
          defer { seen = true }
          return !seen
        }
        if first { notice?(holder) }
      }
      guard Self.keepWaiting(tries: tries, holder: holder) else { return false }
      usleep(useconds_t(Self.step * 1_000_000))
      return true
    }
  }

  /// Whether this wait has told about its holder yet; shared by the busy handler's calls.
  private final class Told: Sendable {
    let flag = Mutex(false)
  }
}
