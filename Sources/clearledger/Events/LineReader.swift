import Foundation

/// Reads a file line by line in chunks, so that memory stays flat whatever its size and time
/// stays linear whatever a line's length.
///
/// Each byte is searched for a line break once: a chunk is appended to what is unread, the
/// search goes on from where it stopped, and the part already read is dropped only once it is
/// at least half the buffer, so a 50 MB line costs what 50 MB of short lines cost.
struct LineReader: Sequence, IteratorProtocol, Sendable {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  /// Where the unread part of `buffer` starts.
  private var start = 0
  /// How far from `start` the buffer has been searched for a line break.
  private var searched = 0
  private var number = 0
  private var finished = false

  init(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw CocoaError(.fileReadNoSuchFile)
    }
    self.handle = handle
  }

  mutating func next() -> (number: Int, text: String)? {
    while true {
      if let newline = buffer[searched...].firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[start..<newline], as: UTF8.self)
        start = newline + 1
        searched = start
        number += 1
        return (number, line)
      }
      searched = buffer.count
      if finished {
        guard start < buffer.count else { return nil }
        let line = String(decoding: buffer[start...], as: UTF8.self)
        buffer.removeAll()
        start = 0
        searched = 0
        number += 1
        return (number, line)
      }
      if start > 0, start >= buffer.count / 2 {
        buffer.removeFirst(start)
        searched -= start
        start = 0
      }
      let chunk = (try? handle.read(upToCount: 1 << 16)) ?? Data()
      if chunk.isEmpty {
        finished = true
      } else {
        buffer.append(contentsOf: chunk)
      }
    }
  }
}
