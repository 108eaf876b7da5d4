import Foundation

extension LedgerError {
  /// The message of a refused text (empty, too long, with a control character, or mixing
  /// scripts); nil for any other error.
  func textMessage(_ lang: Language) -> String? {
    switch self {
    case .emptyText(let field):
      return lang.pick(
        vi: "Thiếu \(field.label(.vi)). Hãy nhập nội dung.",
        en: "The \(field.label(.en)) is empty. Give it a value.")
    case .textTooLong(let field, let limit):
      return lang.pick(
        vi: "\(field.label(.vi).capitalizedFirst) dài quá \(limit) ký tự. Hãy rút gọn.",
        en: "The \(field.label(.en)) is longer than \(limit) characters. Shorten it.")
    case .controlCharacter(let field, let scalar):
      let code = String(format: "U+%04X", scalar)
      return lang.pick(
        vi: "\(field.label(.vi).capitalizedFirst) chứa ký tự điều khiển \(code). Hãy xóa ký tự đó.",
        en: "The \(field.label(.en)) contains the control character \(code). Remove it.")
    case .mixedScript(let field, let name, let scripts):
      let list = scripts.joined(separator: ", ")
      return lang.pick(
        vi:
          "\(field.label(.vi).capitalizedFirst) “\(name)” trộn chữ của nhiều hệ chữ viết (\(list)), có thể là chữ giả dạng (như chữ “о” Kirin trong “Phòng”). Hãy gõ lại bằng chữ tiếng Việt, hoặc thêm --allow-mixed-script nếu tên này đúng là như vậy.",
        en:
          "The \(field.label(.en)) “\(name)” mixes letters of several scripts (\(list)), possibly a look-alike (such as a Cyrillic “о” in “Phòng”). Type it again in Vietnamese letters, or add --allow-mixed-script if the name really is so."
      )
    default:
      return nil
    }
  }
}
