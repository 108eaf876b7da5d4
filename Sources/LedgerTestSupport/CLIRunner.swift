import Foundation

/// Runs the built `clearledger` binary the way a user would, in a folder of its own.
public struct CLIRunner {
  /// The ledger file every run uses.
  public let database: String
  /// The folder runs happen in.
  public let folder: URL
  /// Environment for every run: ledger, actor, language, and a fixed clock.
  public var environment: [String: String]

  /// The result of one run.
  public struct Run {
    public var status: Int32
    public var output: String
    public var error: String
  }

  /// A runner with a new empty folder, the clock fixed at `now`.
  public init(now: String = "2026-07-05T09:00:00+07:00") throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("clearledger-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    database = folder.appendingPathComponent("ledger.sqlite").path
    environment = [
      "CLEARLEDGER_DB": database, "CLEARLEDGER_ACTOR": "thuky", "CLEARLEDGER_NOW": now,
      "CLEARLEDGER_LANG": "en", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin",
    ]
  }

  /// The built binary: beside the test bundle, or in the package's debug build folder.
  public static func binary() throws -> URL {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    let candidates = [
      beside.appendingPathComponent("clearledger"),
      beside.deletingLastPathComponent().appendingPathComponent("clearledger"),
      Fixtures.packageRoot.appendingPathComponent(".build/debug/clearledger"),
    ]
    guard
      let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else { throw SchemaProblem(path: beside.path, message: "clearledger binary not built") }
    return found
  }

  /// Runs `clearledger` with the arguments, at the given clock if set.
  @discardableResult
  public func callAsFunction(_ arguments: String..., now: String? = nil) throws -> Run {
    try run(arguments, now: now)
  }

  /// Runs any program with the runner's environment, in its folder.
  public func run(_ arguments: [String], now: String? = nil, program: URL? = nil) throws -> Run {
    try runConcurrently([arguments], now: now, program: program)[0]
  }

  /// Runs `clearledger` with its standard output sent to `path` (such as `/dev/full`);
  /// the run's `output` is then empty.
  public func run(_ arguments: [String], standardOutput path: String) throws -> Run {
    try runConcurrently([arguments], standardOutput: path)[0]
  }

  /// Starts one process per argument list at once, then waits for all of them.
  public func runConcurrently(
    _ argumentLists: [[String]], now: String? = nil, program: URL? = nil,
    standardOutput: String? = nil
  ) throws -> [Run] {
    var environment = self.environment
    if let now { environment["CLEARLEDGER_NOW"] = now }
    let executable = try program ?? Self.binary()
    var started: [(Process, URL, URL)] = []
    for arguments in argumentLists {
      let process = Process()
      process.executableURL = executable
      process.arguments = arguments
      process.currentDirectoryURL = folder
      process.environment = environment
      let out = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
      let err = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
      _ = FileManager.default.createFile(atPath: out.path, contents: nil)
      _ = FileManager.default.createFile(atPath: err.path, contents: nil)
      if let standardOutput, let handle = FileHandle(forWritingAtPath: standardOutput) {
        process.standardOutput = handle
      } else {
        process.standardOutput = try FileHandle(forWritingTo: out)
      }
      process.standardError = try FileHandle(forWritingTo: err)
      try process.run()
      started.append((process, out, err))
    }
    return try started.map { process, out, err in
      process.waitUntilExit()
      defer {
        try? FileManager.default.removeItem(at: out)
        try? FileManager.default.removeItem(at: err)
      }
      return Run(
        status: process.terminationStatus,
        output: String(decoding: try Data(contentsOf: out), as: UTF8.self),
        error: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
  }

  /// The bytes of the ledger file and its WAL, to prove a refusal changed nothing.
  public func fileBytes() -> [Data?] {
    ["", "-wal", "-shm"].map { FileManager.default.contents(atPath: database + $0) }
  }
}
