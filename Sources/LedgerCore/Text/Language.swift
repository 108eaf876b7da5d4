/// The language of human output: Vietnamese or English, both complete.
public enum Language: String, CaseIterable, Sendable, Codable {
  case vi, en

  /// Picks the text for this language.
  public func pick(vi: String, en: String) -> String {
    self == .vi ? vi : en
  }
}
