import Foundation
import Synchronization
import Testing

@testable import LedgerWeb

/// Builds kept per key and version: one build per key at a time, shared by the requests that
/// wait, never older than the version a request read.
@Suite("Versioned builds")
struct VersionedBuildsTests {
  /// A stand-in ledger: its version, and how many builds read it.
  final class Source: Sendable {
    struct State {
      var version: Int64 = 1
      var builds = 0
      var failNext = false
    }
    struct Failed: Error {}

    let state = Mutex(State())

    /// A build: reads the version, counts itself, gives a value naming that version.
    func build() throws -> (version: Int64, value: String) {
      try state.withLock { state in
        state.builds += 1
        if state.failNext {
          state.failNext = false
          throw Failed()
        }
        return (state.version, "v\(state.version)")
      }
    }
  }

  static func ask(
    _ builds: VersionedBuilds<String, String>, _ source: Source, atLeast version: Int64,
    times: Int
  ) async throws -> [String] {
    try await withThrowingTaskGroup(of: String.self) { group in
      for _ in 0..<times {
        group.addTask {
          try await builds.value("page", atLeast: version) { _ in try source.build() }.value
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
  }

  @Test("Requests at one version share one build; after a write, one more; older asks take it")
  func shared() async throws {
    let builds = VersionedBuilds<String, String>(capacity: 4)
    let source = Source()
    #expect(
      try await Self.ask(builds, source, atLeast: 1, times: 20) == Array(repeating: "v1", count: 20)
    )
    #expect(source.state.withLock { $0.builds } == 1)

    source.state.withLock { $0.version = 2 }
    #expect(
      try await Self.ask(builds, source, atLeast: 2, times: 20) == Array(repeating: "v2", count: 20)
    )
    #expect(source.state.withLock { $0.builds } == 2)
    // A request that read an older version is given the newer value, without a build.
    #expect(try await Self.ask(builds, source, atLeast: 1, times: 3) == ["v2", "v2", "v2"])
    #expect(source.state.withLock { $0.builds } == 2)
  }

  @Test("A request never gets a value older than the version it read")
  func neverOlder() async throws {
    let builds = VersionedBuilds<String, String>(capacity: 4)
    let source = Source()
    _ = try await Self.ask(builds, source, atLeast: 1, times: 1)
    // Writes and reads interleaved: each read asks for the version it read.
    try await withThrowingTaskGroup(of: (Int64, Int64).self) { group in
      for step in 0..<50 {
        let read = source.state.withLock { state -> Int64 in
          if step % 3 == 0 { state.version += 1 }
          return state.version
        }
        group.addTask {
          (read, try await builds.value("page", atLeast: read) { _ in try source.build() }.version)
        }
      }
      for try await (read, got) in group { #expect(got >= read) }
    }
    #expect(source.state.withLock { $0.builds } <= 18)
  }

  @Test("A failed build is not kept: the next request builds again")
  func failure() async throws {
    let builds = VersionedBuilds<String, String>(capacity: 4)
    let source = Source()
    source.state.withLock { $0.failNext = true }
    await #expect(throws: Source.Failed.self) {
      try await Self.ask(builds, source, atLeast: 1, times: 1)
    }
    #expect(try await Self.ask(builds, source, atLeast: 1, times: 2) == ["v1", "v1"])
    #expect(source.state.withLock { $0.builds } == 2)
  }

  @Test("Beyond its capacity it forgets kept values, and builds them again when asked")
  func capacity() async throws {
    let builds = VersionedBuilds<String, String>(capacity: 2)
    let source = Source()
    for key in ["a", "b", "c", "a"] {
      _ = try await builds.value(key, atLeast: 1) { _ in try source.build() }
    }
    // "c" found two kept ("a", "b") and forgot them: "a" was built again.
    #expect(source.state.withLock { $0.builds } == 4)
    _ = try await builds.value("a", atLeast: 1) { _ in try source.build() }
    #expect(source.state.withLock { $0.builds } == 4)
  }
}

@Suite("Bar chart text")
struct BarChartTextTests {
  @Test("Labels are escaped in one pass as the four replacements did, and plain text is kept")
  func escape() {
    for text in ["Chủ tịch UBND xã", "a & b <c> \"d\" &amp;", "<<&>>\"", ""] {
      let replaced = text.replacingOccurrences(of: "&", with: "&amp;")
        .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        .replacingOccurrences(of: "\"", with: "&quot;")
      #expect(BarChart.escape(text) == replaced)
    }
  }
}
