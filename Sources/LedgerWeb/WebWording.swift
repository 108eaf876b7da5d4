import Foundation
import LedgerCore

/// A ledger message as a browser user reads it: the CLI's flags (`--reason`) become the
/// form's and the API's fields, and the CLI's advice to run `clearledger history ID` becomes
/// the task's page.
enum WebWording {
  /// `message` (in `language`) with the CLI's wording replaced by the web's.
  static func forBrowser(_ message: String, _ language: Language) -> String {
    var text = message
    let history = language.pick(
      vi: "Xem diễn biến trên trang /tasks/$1", en: "See the timeline on the page /tasks/$1")
    text = replacing(#"(?:Xem|See) `clearledger history ([^`\s]+)`"#, in: text, with: history)
    let fieldInParentheses = language.pick(vi: "(trường $1)", en: "(field $1)")
    text = replacing(#"\(--([a-z][a-z-]*)\)"#, in: text, with: fieldInParentheses)
    let field = language.pick(vi: "trường $1", en: "field $1")
    text = replacing(#"(?<![\w-])--([a-z][a-z-]*)"#, in: text, with: field)
    // The API's members are snake_case where the CLI's flags have hyphens.
    return replacing(
      #"(trường|field) ([a-z]+)-([a-z]+)"#, in: text, with: "$1 $2_$3")
  }

  private static func replacing(_ pattern: String, in text: String, with template: String)
    -> String
  {
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return text }
    return expression.stringByReplacingMatches(
      in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
  }
}
