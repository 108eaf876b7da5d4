extension LedgerError {
  /// The message of an error about what is given to the hub: its address, the login, its
  /// database, and the files and folders ingested.
  func hubInputMessage(_ lang: Language) -> String {
    switch self {
    case .hubAddressMissing:
      return lang.pick(
        vi:
          "Chưa có địa chỉ của kho tổng hợp. Hãy ghi --postgres postgres://NGƯỜI_DÙNG@MÁY:CỔNG/CƠ_SỞ_DỮ_LIỆU, hoặc đặt biến môi trường CLEARLEDGER_HUB_URL (ví dụ export CLEARLEDGER_HUB_URL=postgres://hub@127.0.0.1:5432/hub).",
        en:
          "The hub's address is missing. Give --postgres postgres://USER@HOST:PORT/DATABASE, or set CLEARLEDGER_HUB_URL (such as export CLEARLEDGER_HUB_URL=postgres://hub@127.0.0.1:5432/hub)."
      )
    case .notAHubAddress(let text):
      return lang.pick(
        vi:
          "“\(text)” không phải địa chỉ PostgreSQL. Hãy ghi dạng postgres://người_dùng[:mật_khẩu]@máy[:cổng]/cơ_sở_dữ_liệu, ví dụ postgres://hub@127.0.0.1:5432/hub (qua --postgres hoặc CLEARLEDGER_HUB_URL); ?sslmode= là một trong disable, allow, prefer, require, verify-ca, verify-full.",
        en:
          "“\(text)” is not a PostgreSQL address. Write it as postgres://user[:password]@host[:port]/database, such as postgres://hub@127.0.0.1:5432/hub (in --postgres or CLEARLEDGER_HUB_URL); ?sslmode= is one of disable, allow, prefer, require, verify-ca, verify-full."
      )
    case .hubLoginRefused(let place, let user):
      return lang.pick(
        vi:
          "Máy chủ PostgreSQL (\(place)) từ chối đăng nhập của người dùng “\(user)”: người dùng không có, hoặc mật khẩu sai. Hãy kiểm tra tên và mật khẩu trong --postgres hoặc CLEARLEDGER_HUB_URL.",
        en:
          "The PostgreSQL server (\(place)) refused the user “\(user)”: no such user, or a wrong password. Check the user and password in --postgres or CLEARLEDGER_HUB_URL."
      )
    case .hubWithoutTLS(let place):
      return lang.pick(
        vi:
          "Địa chỉ yêu cầu kết nối mã hóa (sslmode), nhưng máy chủ PostgreSQL (\(place)) không hỗ trợ TLS; không gửi gì. Hãy bật TLS trên máy chủ, hoặc, chỉ trong mạng tin cậy, ghi ?sslmode=prefer hay ?sslmode=disable.",
        en:
          "The address asks for an encrypted connection (sslmode), but the PostgreSQL server (\(place)) does not offer TLS; nothing was sent. Turn TLS on at the server or, on a trusted network only, write ?sslmode=prefer or ?sslmode=disable."
      )
    case .hubDatabaseMissing(let database, let host, let port, let user):
      let command = "createdb -h \(host) -p \(port) -U \(user) \(database)"
      return lang.pick(
        vi:
          "Máy chủ PostgreSQL \(host):\(port) không có cơ sở dữ liệu “\(database)”. Hãy tạo nó (`\(command)`), rồi chạy `clearledger hub init`; hoặc sửa tên trong --postgres hoặc CLEARLEDGER_HUB_URL.",
        en:
          "The PostgreSQL server \(host):\(port) has no database “\(database)”. Create it (`\(command)`), then run `clearledger hub init`; or correct the name in --postgres or CLEARLEDGER_HUB_URL."
      )
    case .emptyExport(let source):
      return lang.pick(
        vi:
          "Tệp của \(source) không có sự kiện nào; không ghi gì. Tệp `events export` của một xã luôn có các sự kiện đầu tiên của sổ: hãy kiểm tra đúng tệp chưa (xuất với --since sau sự kiện cuối thì không có gì để nhận).",
        en:
          "The file for \(source) holds no event; nothing was written. A commune's `events export` always holds its ledger's first events: check that this is the right file (an export --since past the last event has nothing to ingest)."
      )
    case .noExportInFolder(let path, let skipped):
      // The first ten names, and how many more.
      var names = skipped.prefix(10).map { "“\($0)”" }.joined(separator: ", ")
      if skipped.count > 10 {
        names += lang.pick(
          vi: " và \(skipped.count - 10) tệp khác", en: " and \(skipped.count - 10) more")
      }
      let found =
        skipped.isEmpty
        ? lang.pick(vi: "Thư mục không có tệp nào.", en: "The folder holds no file.")
        : lang.pick(vi: "Đã bỏ qua: \(names).", en: "Skipped: \(names).")
      return lang.pick(
        vi:
          "Không có tệp nào trong “\(path)” mang tên NGUỒN.jsonl; không nhận gì. \(found) Hãy đặt tên tệp xuất của mỗi xã theo nguồn của nó, chữ thường, ví dụ xa-chi-minh.jsonl.",
        en:
          "No file in “\(path)” is named SOURCE.jsonl; nothing was ingested. \(found) Name each commune's export after its source, in lower case, such as xa-chi-minh.jsonl."
      )
    default: return code.rawValue
    }
  }
}
