import Foundation

/// Reads a file line by line in chunks, so that memory stays flat whatever its size.
struct LineReader: Sequence, IteratorProtocol {
  private let handle: FileHandle
  private var buffer = Data()
  /// Where the unread part of `buffer` starts; the read part is dropped when a chunk is added.
  private var start = 0
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
      let unread = buffer.startIndex + start
      if let newline = buffer[unread...].firstIndex(of: 0x0A) {
        let line = buffer[unread..<newline]
        start = newline + 1 - buffer.startIndex
        number += 1
        return (number, String(decoding: line, as: UTF8.self))
      }
      if finished {
        guard unread < buffer.endIndex else { return nil }
        defer {
          buffer.removeAll()
          start = 0
        }
        number += 1
        return (number, String(decoding: buffer[unread...], as: UTF8.self))
      }
      let chunk = handle.readData(ofLength: 1 << 16)
      if chunk.isEmpty {
        finished = true
      } else {
        buffer = buffer[unread...] + chunk
        start = 0
      }
    }
  }
}
