import Foundation

extension LedgerError {
  /// The message of an error about keys, signatures, policies, the chain or proofs.
  func proofMessage(_ lang: Language) -> String {
    switch self {
    case .keyAlreadyRegistered(let id):
      return lang.pick(
        vi: "Khóa \(id) đã được đăng ký. Không ghi gì.",
        en: "The key \(id) is already registered. Nothing was written.")
    case .unknownKey(let id):
      return lang.pick(
        vi: "Sổ không có khóa \(id). Xem `clearledger key list`.",
        en: "The ledger has no key \(id). See `clearledger key list`.")
    case .keyRevoked(let id):
      return lang.pick(
        vi: "Khóa \(id) đã bị thu hồi; không ký được nữa. Hãy tạo khóa mới (key new).",
        en: "The key \(id) was revoked and can no longer sign. Make a new one (key new).")
    case .serverKeyWithoutAccount(let actor):
      return lang.pick(
        vi:
          "Khóa của máy chủ web chỉ ký thay một tài khoản đang mở, cho việc ghi qua trang web; “\(actor)” không phải là một tài khoản như vậy. Hãy ký bằng khóa của chính người ghi (--key), hoặc ghi qua trang web. Không ghi gì.",
        en:
          "The web server's key signs only for an open account recording through the web; “\(actor)” is not one. Sign with the recorder's own key (--key), or record through the web. Nothing was written."
      )
    case .serverKeyBeyondRole(let actor, let event):
      return lang.pick(
        vi:
          "Khóa của máy chủ web không ký “\(event)” cho “\(actor)”: vai trò của tài khoản này không được ghi việc đó (với người đứng đầu đơn vị: chỉ trên nhiệm vụ đơn vị mình chủ trì). Không ghi gì.",
        en:
          "The web server's key does not sign “\(event)” for “\(actor)”: that account's role may not record it (for a unit head: only on the tasks their unit leads). Nothing was written."
      )
    case .serverKeyOutsideServe(let id):
      return lang.pick(
        vi:
          "Khóa \(id) là khóa của máy chủ web; chỉ `clearledger serve --key` dùng nó, để ký thay tài khoản đã đăng nhập. Hãy ký bằng khóa của chính người ghi (key new --person …). Không ghi gì.",
        en:
          "The key \(id) is the web server's; only `clearledger serve --key` uses it, to sign for signed-in accounts. Sign with the recorder's own key (key new --person …). Nothing was written."
      )
    case .personKeyForServer(let id):
      return lang.pick(
        vi:
          "Khóa \(id) không phải là khóa của máy chủ web, nên máy chủ không dùng nó (nếu dùng, mọi việc ghi qua web sẽ mang tên người giữ khóa). Hãy tạo khóa máy chủ: clearledger key new --web-server --person \"Máy chủ web\" --out server.key, rồi chạy serve --key server.key.",
        en:
          "The key \(id) is not registered as the web server's, so the server will not use it (every web write would be recorded as the key's person). Make a server key: clearledger key new --web-server --person \"Web server\" --out server.key, then run serve --key server.key."
      )
    case .portInUse(let host, let port):
      return lang.pick(
        vi:
          "Cổng \(port) (trên \(host)) đang được chương trình khác dùng, nên máy chủ không khởi động được. Hãy chọn cổng khác bằng --port, hoặc dừng chương trình đang dùng cổng đó.",
        en:
          "Port \(port) (on \(host)) is already in use by another program, so the server cannot start. Choose another with --port, or stop the program using it."
      )
    case .policyInForce(let policy):
      return lang.pick(
        vi: "Quy định “\(policy.label(.vi))” đã có hiệu lực. Không ghi gì.",
        en: "The rule “\(policy.label(.en))” is already in force. Nothing was written.")
    case .signatureRequired:
      return lang.pick(
        vi:
          "Sổ này yêu cầu mọi sự kiện phải được ký. Hãy ký bằng --key FILE (hoặc CLEARLEDGER_KEY); không ghi gì.",
        en:
          "This ledger requires every event to be signed. Sign with --key FILE (or CLEARLEDGER_KEY); nothing was written."
      )
    case .fixedClockRefused:
      return lang.pick(
        vi:
          "Sổ này không nhận đồng hồ cố định (CLEARLEDGER_NOW). Bỏ biến đó để ghi theo giờ máy; không ghi gì.",
        en:
          "This ledger refuses a fixed clock (CLEARLEDGER_NOW). Unset it to record at the system time; nothing was written."
      )
    case .unreadableKeyFile(let path):
      // A file that is there but unusable is not a path to check (trial: a key file whose
      // private and public keys did not match was told to check the path).
      if FileManager.default.isReadableFile(atPath: path) {
        return lang.pick(
          vi:
            "Tệp \(path) không phải một khóa dùng được: không đọc được như tệp khóa ClearLedger, hoặc khóa bí mật và khóa công khai trong tệp không khớp nhau (tệp đã bị sửa). Hãy dùng tệp do `clearledger key new` tạo ra.",
          en:
            "\(path) is not a usable key: it does not read as a ClearLedger key file, or its private and public keys do not match (the file was altered). Use a file made by `clearledger key new`."
        )
      }
      return lang.pick(
        vi: "Không đọc được tệp khóa \(path). Hãy kiểm tra đường dẫn (--key hoặc CLEARLEDGER_KEY).",
        en: "The key file \(path) cannot be read. Check the path (--key or CLEARLEDGER_KEY).")
    case .wrongPassphrase(let path):
      return lang.pick(
        vi: "Mật khẩu của tệp khóa \(path) không đúng (hoặc tệp đã bị sửa).",
        en: "The passphrase of the key file \(path) is wrong (or the file was altered).")
    case .passphraseNeeded(let path):
      return lang.pick(
        vi: "Tệp khóa \(path) được khóa bằng mật khẩu. Hãy đặt CLEARLEDGER_KEY_PASSPHRASE.",
        en: "The key file \(path) is sealed with a passphrase. Set CLEARLEDGER_KEY_PASSPHRASE.")
    case .chainBroken(let position):
      return lang.pick(
        vi:
          "Chuỗi băm của sổ bị phá từ vị trí \(position): sổ đã bị sửa ngoài chương trình. Không ghi gì; chạy `clearledger verify` và khôi phục từ bản sao lưu.",
        en:
          "The ledger's hash chain is broken at position \(position): it was changed behind the program's back. Nothing was written; run `clearledger verify` and restore from a backup."
      )
    case .proofFails(let problem):
      return lang.pick(vi: "Bằng chứng không đúng: ", en: "The proof does not hold: ")
        + problem.label(lang) + "."
    case .positionAfterCheckpoint(let position, let size):
      return lang.pick(
        vi:
          "Mốc kiểm tra này gồm các sự kiện 1–\(size); sự kiện #\(position) được ghi sau đó, nên chưa có trong mốc. Không có gì sai. Hãy lập mốc mới bằng `clearledger checkpoint` rồi chứng minh với mốc đó.",
        en:
          "This checkpoint holds events 1–\(size); event #\(position) was recorded after it, so it is not in it yet. Nothing is wrong. Make a newer checkpoint with `clearledger checkpoint` and prove against that."
      )
    case .noCheckpoint(let position):
      return lang.pick(
        vi:
          "Chưa có mốc kiểm tra đã ký nào chứa vị trí \(position). Hãy lập mốc bằng `clearledger checkpoint`.",
        en:
          "No signed checkpoint covers position \(position) yet. Make one with `clearledger checkpoint`."
      )
    case .unregisteredSource(let name):
      return lang.pick(
        vi:
          "Không biết khóa sổ của “\(name)”. Hãy đăng ký bằng `clearledger source add TÊN --key KHÓA` (khóa công khai do sổ nguồn in bằng `clearledger checkpoint key`); với `verify-proof` cũng có thể đưa --ledger-key.",
        en:
          "No ledger key is known for “\(name)”. Register it with `clearledger source add NAME --key KEY` (the public key the source prints with `clearledger checkpoint key`); `verify-proof` also takes --ledger-key."
      )
    case .sourceNameTaken(let name):
      return lang.pick(
        vi: "Sổ đã có nguồn tên “\(name)” với khóa khác. Không ghi gì.",
        en: "The ledger already has a source named “\(name)” with another key. Nothing was written."
      )
    case .unreadableProof(let path):
      // A path that names no file is said as such (trial: read as a damaged proof).
      guard FileManager.default.fileExists(atPath: path) else {
        return lang.pick(
          vi: "Không có tệp \(path). Hãy kiểm tra đường dẫn.",
          en: "There is no file \(path). Check the path.")
      }
      return lang.pick(
        vi: "Không đọc được \(path) như một bằng chứng hoặc mốc kiểm tra của ClearLedger.",
        en: "\(path) does not read as a ClearLedger proof or checkpoint.")
    case .keyFileExists(let path):
      return lang.pick(
        vi: "Đã có tệp \(path); không ghi đè khóa. Hãy chọn tên khác cho --out.",
        en: "\(path) already exists; a key is never overwritten. Choose another --out.")
    default:
      return code.rawValue
    }
  }
}
