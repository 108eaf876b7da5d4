import Foundation

extension LedgerError {
  /// The message of an error about people, accounts and the evaluation's judgements.
  func peopleMessage(_ lang: Language) -> String {
    switch self {
    case .unknownPerson(let name, let closest):
      let list = closest.joined(separator: "; ")
      return lang.pick(
        vi:
          "Không có ai tên “\(name)” trong sổ\(closest.isEmpty ? "" : ". Gần nhất: " + list). Hãy ghi họ tên như khi bổ nhiệm (có thể gõ không dấu) hoặc mã cán bộ.",
        en:
          "Nobody named “\(name)” is in the ledger\(closest.isEmpty ? "" : ". Closest: " + list). Give the name as appointed (it may be typed without marks) or the staff code."
      )
    case .criterionOutOfRange(let share):
      return lang.pick(
        vi: "Mức \(share)% không hợp lệ cho tiêu chí lãnh đạo: ghi 100 hoặc 50 (Điều 15).",
        en: "\(share)% is not a leader criterion's level: give 100 or 50 (Article 15).")
    case .unknownPeriod(let text):
      return lang.pick(
        vi: "“\(text)” không phải kỳ đánh giá: ghi Q1…Q4 (quý) hoặc M1…M12 (tháng).",
        en: "“\(text)” is not an evaluation period: give Q1…Q4 (quarter) or M1…M12 (month).")
    case .quantityOutOfRange(let amount):
      let shown = String(format: "%g", amount)
      return lang.pick(
        vi: "Số lượng \(shown) không hợp lệ: ghi một số dương (giao) hoặc không âm (đã giao nộp).",
        en:
          "\(shown) is not a quantity: give a positive number (assigned) or zero or more (delivered)."
      )
    case .unknownConditionKind(let kind):
      let kinds = ConditionRecorded.kinds.joined(separator: ", ")
      return lang.pick(
        vi: "“\(kind)” không phải loại điều kiện: ghi một trong \(kinds).",
        en: "“\(kind)” is not a kind of condition: give one of \(kinds).")
    case .invalidPersonCode(let code):
      return lang.pick(
        vi:
          "“\(code)” không phải mã cán bộ: dùng chữ cái, chữ số và dấu -, tối đa 20 ký tự (ví dụ NVH-02).",
        en: "“\(code)” is not a staff code: use letters, digits and -, up to 20 (e.g. NVH-02).")
    case .personCodeTaken(let code, let name):
      return lang.pick(
        vi: "Mã \(code) đã là của \(name). Chọn mã khác bằng --code.",
        en: "Code \(code) already belongs to \(name). Choose another with --code.")
    case .personNameTaken(let name, let codes):
      let list = codes.joined(separator: ", ")
      return lang.pick(
        vi:
          "Đã có \(name) trong sổ (mã \(list)). Nếu đây là người khác cùng tên, ghi mã cán bộ riêng bằng --code.",
        en:
          "\(name) is already in the ledger (code \(list)). If this is another person of that name, give their own staff code with --code."
      )
    case .ambiguousPerson(let name, let matches):
      let list = matches.joined(separator: "; ")
      return lang.pick(
        vi: "Có nhiều người tên “\(name)”: \(list). Ghi mã cán bộ thay cho tên.",
        en: "More than one person is named “\(name)”: \(list). Give the staff code instead.")
    case .invalidUsername(let text):
      return lang.pick(
        vi:
          "Tên đăng nhập “\(text)” không hợp lệ: dùng 2–40 chữ thường không dấu, số, “.”, “_” hoặc “-”, bắt đầu bằng một chữ (ví dụ an.nv).",
        en:
          "The username “\(text)” is not valid: use 2–40 lowercase ASCII letters, digits, “.”, “_” or “-”, starting with a letter (e.g. an.nv)."
      )
    case .accountExists(let name):
      return lang.pick(
        vi: "Tài khoản \(name) đã có; không tạo thêm. Xem `clearledger account list`.",
        en:
          "The account \(name) already exists; nothing was created. See `clearledger account list`."
      )
    case .unknownAccount(let name):
      return lang.pick(
        vi: "Không có tài khoản “\(name)”. Xem `clearledger account list`.",
        en: "There is no account “\(name)”. See `clearledger account list`.")
    case .accountDisabled(let name):
      return lang.pick(
        vi: "Tài khoản \(name) đã bị khóa; không thay đổi gì. Mở tài khoản mới nếu cần.",
        en: "The account \(name) is disabled; nothing was changed. Open a new account if needed.")
    case .headNeedsUnit(let name):
      return lang.pick(
        vi: "Tài khoản trưởng đơn vị \(name) cần đơn vị (--unit); không ghi gì.",
        en: "The head's account \(name) needs its unit (--unit); nothing was recorded.")
    case .keyForUnknownPerson(let name, let closest):
      let list = closest.joined(separator: "; ")
      return lang.pick(
        vi:
          "Khóa được cấp cho một người trong sổ, nhưng không có ai tên “\(name)”\(closest.isEmpty ? "" : " (gần nhất: " + list + ")"). Hãy đăng ký người đó trước (`clearledger person add`), hoặc ghi họ tên như khi bổ nhiệm hay mã cán bộ. Không ghi gì.",
        en:
          "A key is made for a person of the ledger, and nobody named “\(name)” is in it\(closest.isEmpty ? "" : " (closest: " + list + ")"). Register them first (`clearledger person add`), or give the name as appointed or the staff code. Nothing was recorded."
      )
    case .keyNotYours(let person, let signer, let custodian):
      return lang.pick(
        vi:
          "Sổ yêu cầu chữ ký: khóa và tài khoản của \(person) chỉ được tạo, đổi hoặc thu hồi bằng khóa của chính \(person) hoặc của \(custodian) (người đã đặt yêu cầu chữ ký), không bằng khóa của \(signer). Hãy ký bằng một trong hai khóa đó (--key). Không ghi gì.",
        en:
          "Signatures are required: keys and accounts of \(person) are made, changed or revoked only with \(person)'s own key or \(custodian)'s (who required signatures), not with \(signer)'s. Sign with one of those keys (--key). Nothing was recorded."
      )
    case .keeperLastKey(let person):
      return lang.pick(
        vi:
          "\(person) giữ các khóa (đã đặt yêu cầu chữ ký): thu hồi khóa cuối cùng của \(person) thì không ai tạo được khóa nữa. Hãy tạo cho \(person) một khóa mới trước (`key new --person …`, ký bằng khóa hiện có), rồi mới thu hồi khóa này. Không ghi gì.",
        en:
          "\(person) keeps the keys (required signatures): revoking \(person)'s last key would leave nobody able to make keys. Make \(person) a new key first (`key new --person …`, signed with the present one), then revoke this one. Nothing was recorded."
      )
    default: return code.rawValue
    }
  }
}
