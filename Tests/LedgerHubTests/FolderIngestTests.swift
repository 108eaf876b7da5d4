import Foundation
import LedgerChain
import LedgerCore
import PostgresNIO
import Testing

@testable import LedgerHub

/// `hub ingest --dir` over several connections against a real PostgreSQL: the same hub and the
/// same outcomes, in the same order, as taking the files one by one on one connection.
@Suite(
  "Taking a folder's files over several connections",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct FolderIngestTests {
  /// A folder's files: five communes, a copy of one under another name right after it, one
  /// with a damaged line, and one of a source the hub does not know.
  static func folder() throws -> [(source: String, lines: [String])] {
    var files: [(source: String, lines: [String])] = []
    var firsts = Set<String>()
    var seed: UInt64 = 41
    // Five communes with histories of their own (random histories can begin alike).
    while files.count < 5 {
      let lines = try CommuneExport(seed: seed, steps: 300).lines
      if let first = lines.first.flatMap(QuickHead.init), firsts.insert(first.hash).inserted {
        files.append(("xa-\(files.count + 1)", lines))
      }
      seed += 1
    }
    // The second commune's file again under a name taken right after it.
    files.insert(("xa-2b", files[1].lines), at: 2)
    // A line of the fourth commune whose hash no longer matches it: its file is refused whole.
    var damaged = files[4].lines
    let index = damaged.count / 2
    damaged[index] = damaged[index].replacingOccurrences(of: #""version":"#, with: #""version":9"#)
    files[4].lines = damaged
    files.append(("xa-unknown", try CommuneExport(seed: 46, steps: 40).lines))
    return files
  }

  /// The folder's files as `FolderIngest` takes them.
  static func prepared(_ files: [(source: String, lines: [String])]) -> [FolderIngest.File] {
    files.map { file in
      let lines = CommuneExport.numbered(file.lines)
      return FolderIngest.File(source: file.source) { PreparedFile(lines: lines) }
    }
  }

  /// An outcome as text that can be compared.
  static func describe(_ outcome: FolderIngest.Outcome) -> String {
    switch outcome {
    case .taken(let result): "taken \(result)"
    case .refused(let source, let error): "refused \(source) \(error)"
    }
  }

  /// A digest of every row of the hub's tables, each table's rows in text order; the kept
  /// states compared as JSON (`jsonb`: the encoder's order of members is not fixed).
  static func contents(_ hub: Hub) async throws -> [String] {
    var digests: [String] = []
    for (table, row) in [
      ("hub_events", "t::text"),
      (
        "hub_tasks",
        "concat_ws('|', source, task, lead_unit, status, deadline, assigned_on, completed_on, cancelled_on, overdue_from, state::jsonb)"
      ),
      ("hub_units", "concat_ws('|', source, unit, state::jsonb)"),
      ("hub_kept", "t::text"), ("hub_status", "t::text"), ("hub_status_kept", "t::text"),
    ] {
      let rows = try await hub.query(
        PostgresQuery(
          unsafeSQL:
            "SELECT count(*)::bigint, coalesce(md5(string_agg(\(row), '|' ORDER BY \(row))), '') FROM \(table) t"
        ))
      for try await (count, digest) in rows.decode((Int64, String).self) {
        digests.append("\(table) \(count) \(digest)")
      }
    }
    return digests
  }

  /// A hub with the folder's sources (but the unknown one) registered.
  static func withSources<T: Sendable>(
    _ name: String, _ files: [(source: String, lines: [String])],
    _ body: (Hub, String) async throws -> T
  ) async throws -> T {
    let url = try await TestPostgres.database(name)
    return try await Hub.with(try HubAddress(url: url)) { hub in
      try await hub.migrate()
      for file in files where file.source != "xa-unknown" {
        try await hub.addSource(file.source, name: "Xã \(file.source)")
      }
      return try await body(hub, url)
    }
  }

  @Test("Three connections leave the hub as one does, with the same outcomes in the same order")
  func parallelEqualsSerial() async throws {
    let files = try Self.folder()
    let serial = try await Self.withSources("folder_serial", files) { hub, _ in
      let outcomes = try await FolderIngest(hubs: [hub], readAhead: 1).run(Self.prepared(files))
      return (outcomes.map(Self.describe), try await Self.contents(hub))
    }
    let parallel = try await Self.withSources("folder_parallel", files) { hub, url in
      let others = [
        try await Hub.connect(try HubAddress(url: url)),
        try await Hub.connect(try HubAddress(url: url)),
      ]
      let outcomes = try await FolderIngest(hubs: [hub] + others, readAhead: 2).run(
        Self.prepared(files))
      for other in others { await other.close() }
      return (outcomes.map(Self.describe), try await Self.contents(hub))
    }
    #expect(parallel.0 == serial.0)
    #expect(parallel.1 == serial.1)
    // What the outcomes are: each file's own, in the files' order.
    #expect(serial.0.count == files.count)
    for (outcome, file) in zip(serial.0, files) {
      #expect(outcome.contains(file.source), "\(outcome)")
    }
    #expect(serial.0[0].hasPrefix("taken") && serial.0[1].hasPrefix("taken"))
    #expect(
      serial.0[2]
        == "refused xa-2b \(LedgerError.historyOfAnotherSource(source: "xa-2b", other: "xa-2"))")
    #expect(serial.0[3].hasPrefix("taken"))
    #expect(serial.0[4].hasPrefix("refused xa-4 "), "\(serial.0[4])")
    #expect(serial.0[5].hasPrefix("taken"))
    #expect(serial.0[6] == "refused xa-unknown \(LedgerError.unknownSource("xa-unknown"))")
    // Nothing of a refused file was written.
    #expect(
      serial.1.first?.contains(
        "hub_events \(files[0].lines.count + files[1].lines.count + files[3].lines.count + files[5].lines.count) "
      ) == true, "\(serial.1)")

    // Again, over the hub as it is: every file taken adds nothing; the refusals stay.
    let again = try await Self.withSources("folder_parallel_again", files) { hub, url in
      let other = try await Hub.connect(try HubAddress(url: url))
      let first = try await FolderIngest(hubs: [hub, other], readAhead: 2).run(
        Self.prepared(files))
      let second = try await FolderIngest(hubs: [hub, other], readAhead: 2).run(
        Self.prepared(files))
      await other.close()
      return (first.map(Self.describe), second)
    }
    #expect(again.0 == serial.0)
    for (outcome, file) in zip(again.1, files) {
      switch outcome {
      case .taken(let result):
        #expect(result.added == 0 && result.alreadyHeld == file.lines.count)
      case .refused(let source, _):
        #expect(["xa-2b", "xa-4", "xa-unknown"].contains(source))
      }
    }
  }

  /// One ingest's result or error.
  static func attempt(_ hub: Hub, _ source: String, _ lines: [(number: Int, text: String)]) async
    -> Result<IngestResult, any Error>
  {
    do {
      return .success(try await hub.ingest(source: source, lines: lines))
    } catch {
      return .failure(error)
    }
  }

  /// An error that is not a refusal.
  struct Unreadable: Error {}

  @Test("An error that is not a refusal stops the taking and is thrown; files before it are taken")
  func otherErrorStops() async throws {
    let files = Array(try Self.folder().prefix(2))
    try await Self.withSources("folder_error", files) { hub, url in
      let other = try await Hub.connect(try HubAddress(url: url))
      var folder = Self.prepared(files)
      folder.insert(FolderIngest.File(source: "xa-broken") { throw Unreadable() }, at: 1)
      await #expect(throws: Unreadable.self) {
        try await FolderIngest(hubs: [hub, other], readAhead: 2).run(folder)
      }
      await other.close()
      #expect(
        try await hub.lastPosition(of: files[0].source, knownAt: nil) == Int64(files[0].lines.count)
      )
      #expect(try await hub.lastPosition(of: files[1].source, knownAt: nil) == 0)
    }
  }

  @Test("Two connections taking one commune's file under two names at once: one is refused")
  func sameFirstEventAtOnce() async throws {
    let lines = CommuneExport.numbered(try CommuneExport(seed: 47, steps: 200).lines)
    try await Self.withSources("folder_race", [("xa-a", []), ("xa-b", [])]) { hub, url in
      let other = try await Hub.connect(try HubAddress(url: url))
      async let a = Self.attempt(hub, "xa-a", lines)
      async let b = Self.attempt(other, "xa-b", lines)
      let results = await [a, b]
      await other.close()
      let taken = results.filter { (try? $0.get()) != nil }
      #expect(taken.count == 1)
      for result in results {
        guard case .failure(let error) = result else { continue }
        let refused = error as? LedgerError
        #expect(
          refused == .historyOfAnotherSource(source: "xa-a", other: "xa-b")
            || refused == .historyOfAnotherSource(source: "xa-b", other: "xa-a"), "\(error)")
      }
    }
  }
}
