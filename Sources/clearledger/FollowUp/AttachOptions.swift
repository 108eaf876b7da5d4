import ArgumentParser
import Foundation
import LedgerCore
import LedgerStore

/// `--attach FILE`, repeatable, on `report`, `task complete` and `task explain`.
struct AttachOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "A file to keep as evidence (by its SHA-256, 10 MiB at most); repeat for several.",
      valueName: "file"))
  var attach: [String] = []

  /// The files named, read whole.
  func files() throws -> [EvidenceFile] {
    try attach.map { path in
      let url = URL(fileURLWithPath: path)
      if let size = try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize,
        size > AttachedFile.sizeLimit
      {
        throw LedgerError.attachmentTooLarge(
          url.lastPathComponent, size: size, limit: AttachedFile.sizeLimit)
      }
      guard let bytes = FileManager.default.contents(atPath: path) else {
        throw LedgerError.unreadableAttachment(path: path)
      }
      return EvidenceFile(name: VietnameseText.nfc(url.lastPathComponent), bytes: bytes)
    }
  }
}

extension Recorder {
  /// Records one command with the files attached, in one transaction, and says what was
  /// recorded; without files, as `record` does.
  static func record(
    _ command: LedgerCommand, attaching options: AttachOptions,
    _ environment: LedgerEnvironment, _ record: RecordOptions
  ) throws {
    guard !options.attach.isEmpty else {
      return try Recorder.record(command, environment, record)
    }
    let files = try options.files()
    let ledger = try environment.openLedger()
    let events = try ledger.record(
      command, attaching: files, actor: environment.actor,
      effective: try environment.date(record.on))
    for event in events { try report(event, ledger: ledger, environment) }
  }
}
