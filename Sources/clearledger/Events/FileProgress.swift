import Foundation
import Synchronization

/// A progress bar on the terminal for a file read line by line: how much of it has been read.
///
/// Lines are counted as they are read (on the reading thread of an import), and the bar is
/// drawn when the writer reports progress; a `Mutex` keeps the two apart.
final class FileProgress: Sendable {
  private let read = Mutex(0)
  private let total: Int

  init(path: String) {
    total = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  }

  /// The file's lines, counted as they are read.
  func counting<Lines: Sequence & Sendable>(_ lines: Lines) -> CountedLines<Lines>
  where Lines.Element == (number: Int, text: String) {
    CountedLines(lines: lines, progress: self)
  }

  /// Adds a line of `bytes` bytes (and its line break) to what has been read.
  func count(_ bytes: Int) {
    read.withLock { $0 += bytes + 1 }
  }

  /// The bar: `[██████████░░░░░░░░░░] 52% · 520000 events`.
  func bar(events: Int, width: Int = 24) -> String {
    let done = read.withLock { $0 }
    let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
    let filled = Int(fraction * Double(width))
    return "[" + String(repeating: "█", count: filled)
      + String(repeating: "░", count: width - filled) + "] \(Int(fraction * 100))% · \(events)"
  }
}

/// A file's lines, each counted by a `FileProgress` as it is read.
struct CountedLines<Lines: Sequence & Sendable>: Sequence, Sendable
where Lines.Element == (number: Int, text: String) {
  let lines: Lines
  let progress: FileProgress

  func makeIterator() -> Iterator {
    Iterator(base: lines.makeIterator(), progress: progress)
  }

  struct Iterator: IteratorProtocol {
    var base: Lines.Iterator
    let progress: FileProgress

    mutating func next() -> (number: Int, text: String)? {
      guard let line = base.next() else { return nil }
      progress.count(line.text.utf8.count)
      return line
    }
  }
}
