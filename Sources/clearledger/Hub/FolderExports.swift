import Foundation
import LedgerCore
import LedgerHub

/// The files of a folder given to `hub ingest --dir`: the exports, each named SOURCE.jsonl, and
/// every other entry with why it is not taken.
struct FolderExports {
  /// Why an entry of the folder is not taken as an export.
  enum Skip: Equatable {
    /// A folder, not a file.
    case folder
    /// SOURCE.JSONL or another casing of `.jsonl`: the extension must be lower case.
    case extensionCase(String)
    /// `.jsonl` with no source name before it.
    case noSource
    /// Any other name (`xa-1.json`, `xa-1.jsonl.txt`, `notes.txt`).
    case otherName

    /// The reason, for a person.
    func reason(_ language: Language) -> String {
      switch self {
      case .folder:
        return language.pick(
          vi: "là thư mục, không phải tệp (không đọc thư mục con)",
          en: "a folder, not a file (folders inside are not read)")
      case .extensionCase(let ending):
        return language.pick(
          vi: "phần mở rộng là \(ending); hãy viết chữ thường: NGUỒN.jsonl",
          en: "its extension is \(ending); write it in lower case: SOURCE.jsonl")
      case .noSource:
        return language.pick(
          vi: "không có tên nguồn trước .jsonl", en: "it has no source name before .jsonl")
      case .otherName:
        return language.pick(
          vi: "tên không có dạng NGUỒN.jsonl (ví dụ xa-chi-minh.jsonl)",
          en: "its name is not SOURCE.jsonl (such as xa-chi-minh.jsonl)")
      }
    }
  }

  /// The exports, by source name (the file's name without `.jsonl`, read without regard to
  /// case), in name order.
  var exports: [(source: String, path: String)] = []
  /// The other entries, by name in name order, with why each was skipped.
  var skipped: [(name: String, skip: Skip)] = []

  /// Reads a folder; `unreadableFolder` or `notAFolder` when it cannot be listed.
  init(folder dir: String) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir, isDirectory: &isFolder) else {
      throw LedgerError.unreadableFolder(dir)
    }
    guard isFolder.boolValue else { throw LedgerError.notAFolder(dir) }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
      throw LedgerError.unreadableFolder(dir)
    }
    for name in names.sorted() {
      let path = (dir as NSString).appendingPathComponent(name)
      var entryIsFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path, isDirectory: &entryIsFolder)
      if let skip = Self.skip(name, isFolder: entryIsFolder.boolValue) {
        skipped.append((name, skip))
      } else {
        exports.append((HubSource.typedID(String(name.dropLast(".jsonl".count))), path))
      }
    }
  }

  /// Why a folder's entry is not an export, nil when it is one.
  static func skip(_ name: String, isFolder: Bool) -> Skip? {
    if isFolder { return .folder }
    if name == ".jsonl" { return .noSource }
    if name.hasSuffix(".jsonl") { return nil }
    let ending = name.suffix(".jsonl".count)
    if ending.lowercased() == ".jsonl" { return .extensionCase(String(ending)) }
    return .otherName
  }
}
