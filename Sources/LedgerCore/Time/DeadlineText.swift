import Foundation

/// Says a deadline in words: "30/06/2026", "ongoing", "every year by 30/11".
public struct DeadlineText: Sendable {
  public let language: Language

  public init(language: Language) {
    self.language = language
  }

  /// The deadline in words.
  public func describe(_ deadline: Deadline) -> String {
    switch deadline {
    case .date(let date): return date.display
    case .ongoing: return language.pick(vi: "thường xuyên", en: "ongoing")
    case .yearly(let day, let month):
      let dm = String(format: "%02d/%02d", day, month)
      return language.pick(vi: "hằng năm trước \(dm)", en: "every year by \(dm)")
    }
  }
}
