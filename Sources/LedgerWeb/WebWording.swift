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
    text = replacing(#"(trường|field) ([a-z]+)-([a-z]+)"#, in: text, with: "$1 $2_$3")
    // The CLI's lists and registrations are pages or someone else's work on the web.
    for (cli, web) in advice(language) {
      text = text.replacingOccurrences(of: cli, with: web)
    }
    return text
  }

  /// The CLI's advice (as `LedgerError`'s messages give it) and the web's, in one language.
  static func advice(_ language: Language) -> [(String, String)] {
    switch language {
    case .vi:
      return [
        (
          "Xem danh sách bằng `clearledger unit list` hoặc thêm bằng `clearledger unit add`.",
          "Xem danh sách ở trang /units; đơn vị mới được thêm khi nhập kế hoạch."
        ),
        ("Xem danh sách bằng `clearledger status`.", "Xem danh sách ở trang /tasks."),
        ("Hãy thêm bằng `clearledger hub add-source`.", "Xem các xã, phường ở trang /."),
        ("trường lenient", "ô “Ghi hàng có hạn không đọc được là không hạn”"),
        // The plan form's boxes by their labels (trial: "Nhập lại với trường number…").
        ("với trường number ", "với ô “Số kế hoạch” là "),
        ("trường prefix", "ô “Tiền tố mã nhiệm vụ”"),
        ("bằng `task explain-request`", "ở mục “Yêu cầu giải trình” trên trang nhiệm vụ"),
      ]
    case .en:
      return [
        (
          "See `clearledger unit list`, or add it with `clearledger unit add`.",
          "See the list on the page /units; a new unit is added by importing a plan."
        ),
        ("See `clearledger status`.", "See the list on the page /tasks."),
        ("Add it with `clearledger hub add-source`.", "See the communes on the page /."),
        ("field lenient", "the box “Record unreadable deadlines as none”"),
        ("with field number ", "with the box “Plan number” set to "),
        ("field prefix", "the box “Task id prefix”"),
        ("with `task explain-request`", "under “Ask for an explanation” on the task's page"),
      ]
    }
  }

  private static func replacing(_ pattern: String, in text: String, with template: String)
    -> String
  {
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return text }
    return expression.stringByReplacingMatches(
      in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
  }
}
