import Foundation

/// A progress bar on the terminal for a file read line by line: how much of it has been read.
///
/// Lines are counted as they are read (on the reading thread of an import), and the bar is
/// drawn when the writer reports progress; a lock keeps the two apart.
final class FileProgress: @unchecked Sendable {
  private let lock = NSLock()
  private var read = 0
  private let total: Int

  init(path: String) {
    total = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  }

  /// The file's lines, counted as they are read.
  func counting<Lines: Sequence>(_ lines: Lines) -> some Sequence<(number: Int, text: String)>
  where Lines.Element == (number: Int, text: String) {
    lines.lazy.map { [self] line in
      lock.lock()
      read += line.text.utf8.count + 1
      lock.unlock()
      return line
    }
  }

  /// The bar: `[██████████░░░░░░░░░░] 52% · 520000 events`.
  func bar(events: Int, width: Int = 24) -> String {
    lock.lock()
    let fraction = total > 0 ? min(1, Double(read) / Double(total)) : 0
    lock.unlock()
    let filled = Int(fraction * Double(width))
    return "[" + String(repeating: "█", count: filled)
      + String(repeating: "░", count: width - filled) + "] \(Int(fraction * 100))% · \(events)"
  }
}
