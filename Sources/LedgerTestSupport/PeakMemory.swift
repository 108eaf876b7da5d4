import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to its end and reports the most memory it held (its peak resident set size),
/// as the kernel counted it.
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
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
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
    let started = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard started == 0 else { throw CocoaError(.executableLoad) }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { throw CocoaError(.executableLoad) }
    return Outcome(status: (status >> 8) & 0xff, peakKB: Int(usage.ru_maxrss))
  }
}
