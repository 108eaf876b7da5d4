import LedgerCore
import LedgerStore

/// What `verify` says of the evidence files.
struct AttachmentText {
  let language: Language

  /// "Attachments: 3 files, each matches its SHA-256." or the files altered.
  func verified(_ check: AttachmentCheck) -> String {
    let l = language
    var lines: [String] = []
    if check.isIntact {
      lines.append(
        l.pick(
          vi: "Tệp đính kèm: \(check.files) tệp, tệp nào cũng khớp mã SHA-256 của nó.",
          en: "Attachments: \(check.files) file(s), each matches its SHA-256."))
    } else {
      lines.append(
        l.pick(
          vi:
            "TỆP ĐÍNH KÈM BỊ SỬA: nội dung không còn khớp mã SHA-256: \(check.mismatched.joined(separator: ", ")).",
          en:
            "ATTACHMENT ALTERED: the bytes no longer match their SHA-256: \(check.mismatched.joined(separator: ", "))."
        ))
    }
    if !check.absent.isEmpty {
      lines.append(
        l.pick(
          vi:
            "\(check.absent.count) tệp chỉ có mã băm trong sổ (nhập từ tệp sự kiện, không mang nội dung).",
          en:
            "\(check.absent.count) file(s) known by hash only (imported from an events file, which carries no files)."
        ))
    }
    return lines.joined(separator: "\n")
  }
}
