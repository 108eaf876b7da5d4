import Foundation
import Synchronization
import Testing

@testable import LedgerStore

/// The threads `verify`, `rebuild` and `events import` start are joined on every path.
@Suite("Threads are joined on every path")
struct JoinedThreadTests {
  /// Set by a thread when it has finished, read after the call that started it returned.
  final class Flag: Sendable {
    let value = Mutex(false)
    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
  }

  struct Failure: Error, Equatable {}

  @Test("When the first half of a split check throws, the second half has ended before the error")
  func firstHalfThrows() {
    let ended = Flag()
    let interrupted = Flag()
    #expect(throws: Failure()) {
      try Ledger.inHalves(
        earlier: { () throws -> Int in throw Failure() },
        later: {
          defer { ended.set() }
          return 2
        }, interrupt: { interrupted.set() }, combine: { $0 + $1 })
    }
    #expect(ended.isSet)
    #expect(interrupted.isSet)
  }

  @Test("When both halves succeed, their results are combined; a failing second half throws")
  func bothHalves() throws {
    #expect(
      try Ledger.inHalves(
        earlier: { 1 }, later: { 2 }, interrupt: {}, combine: { $0 * 10 + $1 }) == 12)
    #expect(throws: Failure()) {
      try Ledger.inHalves(
        earlier: { 1 }, later: { () throws -> Int in throw Failure() }, interrupt: {},
        combine: { $0 + $1 })
    }
  }

  @Test(
    "When the writer of an overlapped run throws, the reading thread has ended before the error")
  func writerThrows() {
    let ended = Flag()
    #expect(throws: Failure()) {
      try Overlapped.run(batch: 4, depth: 2) { emit in
        defer { ended.set() }
        for number in 0..<10_000 { try emit(number) }
      } write: { number in
        if number == 5 { throw Failure() }
      }
    }
    #expect(ended.isSet)
  }

  @Test("An overlapped run hands every output over in order, and the reader's error after them")
  func readerThrows() {
    let taken = Mutex<[Int]>([])
    #expect(throws: Failure()) {
      try Overlapped.run(batch: 3, depth: 2) { emit in
        for number in 0..<10 { try emit(number) }
        throw Failure()
      } write: { number in
        taken.withLock { $0.append(number) }
      }
    }
    #expect(taken.withLock { $0 } == Array(0..<10))
  }

  @Test("A thread's result is the same however often it is joined")
  func joinTwice() throws {
    let thread = JoinedThread { 42 }
    #expect(try thread.join().get() == 42)
    #expect(try thread.join().get() == 42)
  }
}
