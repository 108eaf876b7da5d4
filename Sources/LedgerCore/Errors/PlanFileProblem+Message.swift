import Foundation

extension String {
  /// The string with its first letter upper-cased.
  var capitalizedFirst: String {
    prefix(1).uppercased() + dropFirst()
  }
}

extension PlanFileProblem {
  /// What the file is and what to do with it.
  public func message(_ lang: Language) -> String {
    switch self {
    case .missing:
      return lang.pick(
        vi: "không có tệp này. Hãy kiểm tra đường dẫn.",
        en: "there is no such file. Check the path.")
    case .empty:
      return lang.pick(
        vi: "tệp rỗng (0 byte). Hãy lưu lại kế hoạch rồi nhập lại.",
        en: "the file is empty (0 bytes). Save the plan again and import it again.")
    case .legacyOffice:
      return lang.pick(
        vi:
          "đây là tệp Word 97–2003 (.doc) hoặc Excel 97–2003 (.xls), định dạng cũ. Hãy mở bằng Word/Excel và lưu thành .docx hoặc .xlsx (File › Save As).",
        en:
          "this is a Word 97–2003 (.doc) or Excel 97–2003 (.xls) file, an old format. Open it in Word/Excel and save it as .docx or .xlsx (File › Save As)."
      )
    case .pdf:
      return lang.pick(
        vi:
          "đây là tệp PDF; bảng trong PDF không đọc được chính xác. Hãy xin bản Word (.docx) hoặc Excel (.xlsx) của kế hoạch.",
        en:
          "this is a PDF; its tables cannot be read reliably. Ask for the plan's Word (.docx) or Excel (.xlsx) file."
      )
    case .image:
      return lang.pick(
        vi:
          "đây là ảnh (bản chụp/quét), không có chữ để đọc. Hãy xin bản Word (.docx) hoặc Excel (.xlsx) của kế hoạch.",
        en:
          "this is a picture (a scan or photo) with no text to read. Ask for the plan's Word (.docx) or Excel (.xlsx) file."
      )
    case .rtf:
      return lang.pick(
        vi: "đây là tệp RTF. Hãy mở bằng Word và lưu thành .docx.",
        en: "this is an RTF file. Open it in Word and save it as .docx.")
    case .openDocument:
      return lang.pick(
        vi:
          "đây là tệp OpenDocument (.odt/.ods). Hãy mở bằng LibreOffice và lưu thành .docx hoặc .xlsx.",
        en:
          "this is an OpenDocument file (.odt/.ods). Open it in LibreOffice and save it as .docx or .xlsx."
      )
    case .otherZip:
      return lang.pick(
        vi:
          "đây là tệp nén (.zip), không phải văn bản Word hay Excel. Hãy giải nén và nhập từng tệp.",
        en:
          "this is a zip archive, not a Word or Excel document. Unzip it and import the file inside."
      )
    case .damaged(let kind, let part):
      return lang.pick(
        vi:
          "tệp .\(kind) bị hỏng (phần \(part) không đọc được). Hãy mở bằng Word/Excel, lưu lại thành bản mới rồi nhập lại.",
        en:
          "the .\(kind) file is damaged (its part \(part) cannot be read). Open it in Word/Excel, save a new copy and import that."
      )
    case .tooLarge(let kind, let part):
      return lang.pick(
        vi:
          "tệp .\(kind) có phần \(part) quá lớn so với một kế hoạch. Hãy lưu riêng các phụ lục nhiệm vụ thành tệp mới.",
        en:
          "the .\(kind) file's part \(part) is far larger than a plan. Save the task appendices to a new file."
      )
    case .unknownEncoding:
      return lang.pick(
        vi:
          "văn bản không ở dạng UTF-8 hay Unicode (UTF-16), có thể là bảng mã cũ (TCVN3, VNI, Windows-1258). Trong Excel hãy lưu “CSV UTF-8” hoặc “Unicode Text”; với văn bản, chuyển sang Unicode (Unikey) rồi lưu lại.",
        en:
          "the text is neither UTF-8 nor Unicode (UTF-16); it may use an old code page (TCVN3, VNI, Windows-1258). In Excel save as “CSV UTF-8” or “Unicode Text”; convert other text to Unicode (e.g. with Unikey) and save it again."
      )
    }
  }
}
