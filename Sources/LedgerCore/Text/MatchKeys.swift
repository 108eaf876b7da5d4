import Synchronization

/// `VietnameseText.matchKey` of texts seen before in this process, shared by every reader.
///
/// A province's communes name the same roles and units ("Chủ tịch UBND xã", "Phòng Văn hóa -
/// Xã hội"); a board built for each of them would otherwise work out the same keys again. The
/// key is a pure function of the text, so keeping it changes no answer. At most `capacity`
/// texts are kept; past that the memo starts again empty.
enum MatchKeys {
  static let capacity = 8_192
  private static let memo = Mutex<[String: String]>([:])

  /// The text's matching key.
  static func key(_ text: String) -> String {
    if let key = memo.withLock({ $0[text] }) { return key }
    let key = VietnameseText.matchKey(text)
    memo.withLock { known in
      if known.count >= capacity { known.removeAll(keepingCapacity: true) }
      known[text] = key
    }
    return key
  }
}
