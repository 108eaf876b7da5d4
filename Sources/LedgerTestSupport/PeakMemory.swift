import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to its end and reports the most memory it held (its peak resident set size),
/// as the kernel counted it.
///
/// The program runs under GNU time (`/usr/bin/time -f %M`), which forks it from its own small
/// process. A child started straight from this (large, multi-threaded) test process with
/// `posix_spawn` shares its memory until it executes, and Linux then counts the test process's
/// peak as the child's: inside the whole parallel test run that made `audit` and `events import`
/// look 100 MB or more larger than they are.
public enum PeakMemory {
  /// How the run ended.
  public struct Outcome: Sendable {
    public var status: Int32
    /// Peak resident set size, in kilobytes.
    public var peakKB: Int
  }

  /// Runs `executable` with `arguments` and `environment`, its output discarded.
  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]
  ) throws -> Outcome {
    let report = FileManager.default.temporaryDirectory
      .appendingPathComponent("peak-\(UUID().uuidString).txt").path
    defer { try? FileManager.default.removeItem(atPath: report) }
    let argv =
      (["/usr/bin/time", "-f", "%M", "-o", report, executable] + arguments).map {
        strdup($0)
      } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    let started = posix_spawn(&pid, "/usr/bin/time", &actions, nil, argv, envp)
    guard started == 0 else { throw CocoaError(.executableLoad) }
    var status: Int32 = 0
    guard waitpid(pid, &status, 0) == pid else { throw CocoaError(.executableLoad) }
    // GNU time writes "Command exited with non-zero status N" before the figure when N ≠ 0.
    let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
    guard let peak = text.split(separator: "\n").last.flatMap({ Int($0) }) else {
      throw CocoaError(.fileReadCorruptFile)
    }
    return Outcome(status: (status >> 8) & 0xff, peakKB: peak)
  }
}
