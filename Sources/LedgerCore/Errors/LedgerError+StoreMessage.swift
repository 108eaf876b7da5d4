import Foundation

extension LedgerError {
  /// The message of an error about the ledger file, its storage and its writers.
  func storeMessage(_ lang: Language) -> String {
    switch self {
    case .concurrencyConflict(let stream, let expected, let actual):
      let command = stream.historyCommand
      return lang.pick(
        vi:
          "\(stream.label(.vi)) đã thay đổi kể từ phiên bản \(expected) (nay là \(actual)); không ghi gì. Chạy `\(command)` rồi thử lại.",
        en:
          "\(stream.label(.en)) changed since version \(expected) (now \(actual)); nothing was written. Run `\(command)` and try again."
      )
    case .clockBehindLedger(let now, let last, let zone):
      let (now, last) = (now.officeText(in: zone), last.officeText(in: zone))
      return lang.pick(
        vi:
          "Đồng hồ (\(now)) lùi về trước sự kiện cuối của sổ (ghi lúc \(last)); không ghi gì. Kiểm tra CLEARLEDGER_NOW hoặc đồng hồ máy.",
        en:
          "The clock (\(now)) is behind the ledger's last event (recorded \(last)); nothing was written. Check CLEARLEDGER_NOW or the system clock."
      )
    case .noLedger(let path):
      return lang.pick(
        vi: "Chưa có sổ tại \(path). Tạo bằng `clearledger init`, hoặc chỉ đường dẫn bằng --db.",
        en:
          "There is no ledger at \(path). Create one with `clearledger init`, or point --db at yours."
      )
    case .ledgerExists(let path):
      return lang.pick(
        vi: "Đã có sổ tại \(path); không tạo lại.",
        en: "A ledger already exists at \(path); it was left as it is.")
    case .notALedger(let path):
      return lang.pick(
        vi: "Tệp \(path) không phải là sổ ClearLedger. Hãy kiểm tra --db.",
        en: "The file \(path) is not a ClearLedger ledger. Check --db.")
    case .damagedLedger(let path):
      return lang.pick(
        vi:
          "Sổ \(path) bị hỏng: SQLite gặp những trang không đọc được. Không ghi gì. Hãy khôi phục sổ từ bản sao lưu gần nhất (rồi `clearledger verify --digest` với mã đã lưu bên ngoài), và giữ tệp hỏng lại để kiểm tra.",
        en:
          "The ledger \(path) is damaged: SQLite found pages it cannot read. Nothing was written. Restore it from your latest backup (then `clearledger verify --digest` with a digest kept elsewhere), and keep the damaged file for inspection."
      )
    case .newerLedger(let path):
      return lang.pick(
        vi: "Sổ \(path) được tạo bởi phiên bản clearledger mới hơn. Hãy cập nhật clearledger.",
        en: "The ledger \(path) was written by a newer clearledger. Upgrade clearledger to use it.")
    case .ledgerBusy(let path):
      return lang.pick(
        vi: "Sổ \(path) đang bận ghi quá lâu; không ghi gì. Hãy thử lại.",
        en: "The ledger \(path) stayed busy too long; nothing was written. Try again.")
    case .readOnlyLedger(let path):
      return lang.pick(
        vi:
          "Không ghi được vào \(path) (chỉ đọc); không ghi gì. Kiểm tra quyền ghi tệp và thư mục.",
        en:
          "Cannot write to \(path) (read-only); nothing was written. Check the file's and folder's permissions."
      )
    case .diskFull(let path):
      return lang.pick(
        vi: "Đĩa chứa \(path) đã đầy; không ghi gì. Hãy giải phóng dung lượng rồi thử lại.",
        en: "The disk holding \(path) is full; nothing was written. Free some space and try again.")
    case .storageFailure(let path, let code):
      return lang.pick(
        vi:
          "Không đọc/ghi được sổ \(path) (mã lỗi \(code)); không ghi gì. Chạy `clearledger verify`.",
        en:
          "Could not read or write the ledger \(path) (code \(code)); nothing was written. Run `clearledger verify`."
      )
    case .unknownEventType(let type, let version):
      return lang.pick(
        vi:
          "Sổ có sự kiện loại \(type) phiên bản \(version) mà phiên bản clearledger này không đọc được. Hãy cập nhật clearledger.",
        en:
          "The ledger holds an event \(type) version \(version) that this clearledger cannot read. Upgrade clearledger."
      )
    case .corruptEvent(let position):
      return lang.pick(
        vi: "Sự kiện ở vị trí \(position) không đọc được. Chạy `clearledger verify`.",
        en: "The event at position \(position) cannot be read. Run `clearledger verify`.")
    case .uncleanText(let field):
      return lang.pick(
        vi:
          "\(field.label(.vi).capitalizedFirst) không ở dạng sổ lưu (NFC, không thừa khoảng trắng); không ghi gì.",
        en:
          "The \(field.label(.en)) is not in the form the ledger stores (NFC, single spaces, trimmed); nothing was written."
      )
    case .implausibleClock(let text):
      return lang.pick(
        vi:
          "Thời điểm \(text) nằm ngoài khoảng 2000–2100; không ghi gì. Kiểm tra CLEARLEDGER_NOW hoặc đồng hồ máy.",
        en:
          "The time \(text) is outside 2000–2100; nothing was written. Check CLEARLEDGER_NOW or the system clock."
      )
    case .ledgerHasLinks(let path, let links):
      return lang.pick(
        vi:
          "Tệp sổ \(path) có \(links) tên (liên kết cứng); ghi qua hai tên sẽ làm hỏng sổ, nên không ghi gì. Hãy xóa các tên thừa (giữ một) hoặc dùng `cp` để có một bản sao riêng.",
        en:
          "The ledger file \(path) has \(links) names (hard links); writing through two names corrupts it, so nothing was written. Remove the extra names (keep one) or make a separate copy with `cp`."
      )
    case .ledgerHeld(let path, let holder):
      return lang.pick(
        vi:
          "Sổ \(path) đang được ghi bởi \(holder) và chưa xong; không ghi gì. Hãy chờ lệnh đó kết thúc rồi thử lại.",
        en:
          "The ledger \(path) is being written by \(holder), which has not finished; nothing was written. Wait for it to end and try again."
      )
    case .outputFailed(let target):
      return lang.pick(
        vi:
          "Không ghi được kết quả ra \(target) (đĩa đầy hoặc bị đóng); kết quả không đầy đủ. Hãy giải phóng dung lượng rồi chạy lại.",
        en:
          "Could not write the output to \(target) (disk full or closed); the output is incomplete. Free some space and run it again."
      )
    case .emptyLedgerFile(let path):
      return lang.pick(
        vi:
          "Tệp \(path) rỗng (0 byte), chưa phải là sổ, có lẽ do `init` bị ngắt. Hãy chạy `clearledger init` để tạo sổ.",
        en:
          "The file \(path) is empty (0 bytes), not yet a ledger, perhaps from an interrupted `init`. Run `clearledger init` to make it one."
      )
    default: return code.rawValue
    }
  }
}
