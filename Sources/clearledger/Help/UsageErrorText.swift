import Foundation

/// A command-line error in Vietnamese: the parser's messages (swift-argument-parser writes
/// them in English) and the instructions our commands' `validate()` gives.
enum UsageErrorText {
  /// The parser's messages (and our instructions that carry a value), as patterns, and their
  /// Vietnamese.
  static let parserMessages: [(pattern: String, vi: String)] = [
    (#"^Missing expected argument '(.+)'$"#, "Thiếu đối số bắt buộc '$1'"),
    (#"^Missing one of: (.+)$"#, "Thiếu một trong: $1"),
    (#"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#, "Không có tùy chọn '$1'. Có phải '$2'?"),
    (#"^Unknown option '(.+)'$"#, "Không có tùy chọn '$1'"),
    (#"^Missing value for '(.+)'$"#, "Thiếu giá trị cho '$1'"),
    (
      #"^The option '(.+)' does not take any value, but '(.+)' was specified\.$"#,
      "Tùy chọn '$1' không nhận giá trị, nhưng đã ghi '$2'."
    ),
    (#"^Unexpected argument '(.+)'$"#, "Đối số thừa '$1'"),
    (#"^(\d+) unexpected arguments: (.+)$"#, "$1 đối số thừa: $2"),
    (
      #"^Value to be set with (.+) had already been set with (.+)$"#,
      "Giá trị của $1 đã được đặt bằng $2"
    ),
    (#"^The value '(.*)' is invalid for '(.+?)'$"#, "Giá trị '$1' không hợp lệ cho '$2'"),
    (
      #"^The value '(.*)' is invalid for '(.+?)'\. Please provide one of (.+)\.$"#,
      "Giá trị '$1' không hợp lệ cho '$2'. Hãy dùng một trong $3."
    ),
    (#"^Missing required subcommand\.$"#, "Thiếu lệnh con."),
    (#"^Invalid option: (.+)$"#, "Tùy chọn không hợp lệ: $1"),
    // Our own `validate()` instructions that carry a number.
    (
      #"^The password must have at least (\d+) characters; nothing was recorded\.$"#,
      "Mật khẩu phải có ít nhất $1 ký tự; chưa ghi gì."
    ),
  ]

  /// The instructions of our commands' `validate()`, English → Vietnamese.
  static let validation: [String: String] = [
    "--support and --no-support cannot be given together.":
      "Không ghi cùng lúc --support và --no-support.",
    "--format xlsx writes a file: give --out FILE.":
      "--format xlsx ghi ra tệp: hãy thêm --out TỆP.",
    "--out needs --format xlsx.": "--out cần đi cùng --format xlsx.",
    "yearly writes a document, not JSON: for programs use --format csv, or `clearledger status --json` for the same lines.":
      "yearly ghi ra một văn bản, không phải JSON: cho chương trình, hãy dùng --format csv, hoặc `clearledger status --json` cho cùng các dòng.",
    "Give the plan file to import, or --from-review FILE.csv.":
      "Hãy đưa tệp kế hoạch cần nhập, hoặc --from-review TỆP.csv.",
    "--review writes a review of a plan file: not with --from-review.":
      "--review ghi bản rà soát của một tệp kế hoạch: không dùng cùng --from-review.",
    "Give the plan file, or --from-review FILE.csv, not both.":
      "Hãy đưa tệp kế hoạch, hoặc --from-review TỆP.csv, không đưa cả hai.",
    "--within must be a number of days from 0 to 366.":
      "--within phải là số ngày từ 0 đến 366.",
    "Give --threshold as 0 or more days.": "Hãy ghi --threshold là 0 ngày trở lên.",
    "Give the source ledger's public key: --key PUBKEY (or --public-key).":
      "Hãy đưa khóa công khai của sổ nguồn: --key KHÓA (hoặc --public-key).",
    "Give either a position or --consistency OLD_CHECKPOINT.":
      "Hãy đưa một vị trí, hoặc --consistency MỐC_CŨ.",
    "Give --known-at twice: the earlier moment, then the later one.":
      "Hãy ghi --known-at hai lần: thời điểm trước, rồi thời điểm sau.",
    "The only setting is `off`: a rule once adopted is never undone.":
      "Chỉ có một giá trị là `off`: quy tắc đã áp dụng thì không bao giờ bỏ.",
    "Give exactly one of --due DATE, --ongoing or --yearly DD/MM (or --quarterly, --monthly).":
      "Hãy ghi đúng một trong --due NGÀY, --ongoing hoặc --yearly NGÀY/THÁNG (hoặc --quarterly, --monthly).",
    "Give the password on standard input with --password-stdin.":
      "Hãy đưa mật khẩu qua đầu vào chuẩn với --password-stdin.",
    "Give either SOURCE FILE or --dir DIR, not both.":
      "Hãy đưa NGUỒN TỆP hoặc --dir THƯ_MỤC, không đưa cả hai.",
    "Give the source and its events file, or --dir DIR.":
      "Hãy đưa nguồn và tệp sự kiện của nó, hoặc --dir THƯ_MỤC.",
  ]

  /// The message in Vietnamese; a message the catalog does not know stays as it is.
  static func vietnamese(_ message: String) -> String {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let first = lines.first else { return message }
    if let known = validation[message] { return known }
    for (pattern, vi) in parserMessages {
      guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
      let range = NSRange(first.startIndex..., in: first)
      guard regex.firstMatch(in: first, range: range) != nil else { continue }
      let said = regex.stringByReplacingMatches(in: first, range: range, withTemplate: vi)
        .replacingOccurrences(of: "' and '", with: "' và '")
        .replacingOccurrences(of: "' or '", with: "' hoặc '")
      let rest = lines.dropFirst().map {
        $0.replacingOccurrences(
          of: "Please provide one of the following:", with: "Hãy dùng một trong:")
      }
      return ([said] + rest).joined(separator: "\n")
    }
    return message
  }

  /// The parser's English text with a subcommand the user did not type left out.
  ///
  /// `clearledger evaluate --year abc` runs `evaluate report` (the default subcommand): the
  /// parser's usage and its "See … --help" then name `evaluate report`, a command nobody typed
  /// (trial). The command line as typed (`found`, the group the words reached) is named instead.
  static func asTyped(_ text: String, found: (command: CommandTree.Command, path: [String]))
    -> String
  {
    let typed = (["clearledger"] + found.path).joined(separator: " ")
    var text = text
    for sub in found.command.subcommands ?? [] {
      text = text.replacingOccurrences(of: "\(typed) \(sub.commandName) ", with: "\(typed) ")
    }
    return text
  }
}
