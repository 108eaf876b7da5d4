import LedgerCore

/// A count with its noun: “1 file”, “2 files” (Vietnamese nouns do not change).
enum Counted {
  /// The count and the English noun in the singular or the plural.
  static func english(_ count: Int, _ one: String, _ many: String) -> String {
    count == 1 ? "1 \(one)" : "\(count) \(many)"
  }
}

/// The last line of `hub ingest --dir`: how many files were taken, with how many new events,
/// and how many refused.
struct FolderSummary {
  var taken: Int
  var added: Int
  var refused: Int

  /// The sentence, in good English and natural Vietnamese.
  func sentence(_ language: Language) -> String {
    language.pick(
      vi: "Đã nhận \(taken) tệp, "
        + (added == 0 ? "không có sự kiện mới" : "thêm \(added) sự kiện mới") + "; "
        + (refused == 0 ? "không tệp nào bị từ chối." : "từ chối \(refused) tệp."),
      en: "Took \(Counted.english(taken, "file", "files")) "
        + "(\(Counted.english(added, "new event", "new events"))); refused \(refused).")
  }
}
