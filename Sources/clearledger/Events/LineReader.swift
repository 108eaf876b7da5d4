import Foundation

/// Reads a file line by line in chunks, so that memory stays flat whatever its size.
struct LineReader: Sequence, IteratorProtocol {
  private let handle: FileHandle
  private var buffer = Data()
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
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = buffer[buffer.startIndex..<newline]
        buffer.removeSubrange(buffer.startIndex...newline)
        number += 1
        return (number, String(decoding: line, as: UTF8.self))
      }
      if finished {
        guard !buffer.isEmpty else { return nil }
        defer { buffer.removeAll() }
        number += 1
        return (number, String(decoding: buffer, as: UTF8.self))
      }
      let chunk = handle.readData(ofLength: 1 << 16)
      if chunk.isEmpty { finished = true } else { buffer.append(chunk) }
    }
  }
}
