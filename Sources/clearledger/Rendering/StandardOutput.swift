import Foundation
import LedgerCore

/// Checks that a command's output arrived: a full disk or a closed stream is a clear error,
/// never a crash or an empty file with exit 0.
///
/// `print` goes through C's buffered standard output, which keeps failing while the disk is
/// full, so flushing it at the end reports any loss. Long outputs (an export) go through
/// `Writer`, which stops at the first failed write.
enum StandardOutput {
  /// Flushes what is buffered and checks that it was written.
  static func finish() throws {
    guard fflush(nil) == 0 else { throw failure }
  }

  /// Writes long output in 64 KB blocks straight to the file, each write checked.
  struct Writer: ~Copyable {
    private var buffer: [UInt8] = []
    private let handle = FileHandle.standardOutput

    init() { buffer.reserveCapacity(1 << 16) }

    /// Adds text, writing a block once 64 KB are waiting.
    mutating func write(_ text: String) throws {
      buffer.append(contentsOf: text.utf8)
      if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is waiting.
    mutating func flush() throws {
      guard !buffer.isEmpty else { return }
      do {
        try handle.write(contentsOf: buffer)
      } catch {
        throw StandardOutput.failure
      }
      buffer.removeAll(keepingCapacity: true)
    }
  }

  static var failure: LedgerError {
    .outputFailed(target: outputName)
  }

  /// Where standard output goes, for the message: the file's path when it is a file.
  private static var outputName: String {
    let link = "/proc/self/fd/1"
    if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link),
      target.hasPrefix("/")
    {
      return target
    }
    return "standard output"
  }
}
