import Foundation
import LedgerCore

/// Writes a document the user asked for with `--out`, whole or not at all.
enum OutputFile {
  static func write(_ data: Data, to path: String?) throws {
    guard let path else { return }
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw LedgerError.unwritableOutput(path)
    }
  }
}
