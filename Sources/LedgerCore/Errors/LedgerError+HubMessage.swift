import Foundation

extension LedgerError {
  /// The message of an error about the province's hub and its sources.
  func hubMessage(_ lang: Language) -> String {
    switch self {
    case .invalidSourceName(let name):
      return lang.pick(
        vi:
          "“\(name)” không dùng được làm tên nguồn: hãy dùng chữ thường không dấu (a–z), số (0–9) và gạch nối (-), bắt đầu bằng chữ hoặc số, tối đa 63 ký tự (ví dụ xa-chi-minh).",
        en:
          "“\(name)” cannot name a source: use lower-case letters without accents (a–z), digits (0–9) and hyphens (-), starting with a letter or digit, at most 63 characters (such as xa-chi-minh)."
      )
    case .unknownSource(let name):
      return lang.pick(
        vi: "Kho tổng hợp chưa có nguồn “\(name)”. Hãy thêm bằng `clearledger hub add-source`.",
        en: "The hub has no source “\(name)”. Add it with `clearledger hub add-source`.")
    case .sourceAskedByName(let typed, let id, let name):
      return lang.pick(
        vi:
          "“\(typed)” là tên của nguồn \(id) (\(name)); nguồn được gọi bằng mã của nó: hãy ghi \(id).",
        en:
          "“\(typed)” is the name of the source \(id) (\(name)); a source is asked for by its id: write \(id)."
      )
    case .sourceNameAmbiguous(let typed, let sources):
      let listed = sources.joined(separator: "; ")
      return lang.pick(
        vi:
          "“\(typed)” viết không dấu giống tên của nhiều nguồn: \(listed). Nguồn được gọi bằng mã của nó: hãy ghi mã của nguồn muốn hỏi.",
        en:
          "“\(typed)”, written without marks, spells the names of several sources: \(listed). A source is asked for by its id: write the id of the one you mean."
      )
    case .sourceExists(let name):
      return lang.pick(
        vi: "Nguồn “\(name)” đã có trong kho tổng hợp; không thêm lại.",
        en: "The source “\(name)” is already in the hub; it was not added again.")
    case .communeNameTaken(let name, let source):
      return lang.pick(
        vi:
          "“\(name)” đã là tên của nguồn \(source) trong kho tổng hợp; không thêm lại. Một xã chỉ có một nguồn: hãy nhận tệp của xã vào \(source).",
        en:
          "“\(name)” is already the name of the source \(source) in the hub; nothing was added. A commune has one source: ingest its files into \(source)."
      )
    case .historyOfAnotherSource(let source, let other):
      return lang.pick(
        vi:
          "Tệp này là lịch sử của nguồn \(other) (cùng sự kiện đầu tiên), không phải của \(source). Không ghi gì. Hãy kiểm tra tên tệp và nguồn.",
        en:
          "This file is the history of the source \(other) (the same first event), not of \(source). Nothing was written. Check the file's name and the source."
      )
    case .fileNamedForAnotherSource(let file, let named, let source):
      return lang.pick(
        vi:
          "Tệp \(file) mang tên của nguồn \(named), không phải \(source): không ghi gì. Hãy nhập nó vào đúng nguồn (`clearledger hub ingest \(named) \(file)`); nếu đây thật là lịch sử của \(source), hãy đổi tên tệp. Lần nhập đầu của một nguồn không có khóa quyết định đó là lịch sử của ai, và kho tổng hợp không xóa được.",
        en:
          "The file \(file) is named for the source \(named), not \(source): nothing was written. Ingest it under its source (`clearledger hub ingest \(named) \(file)`); if it truly is \(source)'s history, rename the file. A keyless source's first ingest decides whose history it holds, and the hub cannot undo it."
      )
    case .historyOfAnotherLedger(let source):
      return lang.pick(
        vi:
          "Tệp này không phải lịch sử của nguồn \(source): sự kiện đầu tiên của nó khác sự kiện đầu tiên kho đã nhận của \(source) (đây là sổ của một xã khác, hoặc một sổ lập lại từ đầu). Không ghi gì. Hãy kiểm tra tên tệp và nguồn.",
        en:
          "This file is not the history of the source \(source): its first event is not the first event the hub holds of \(source) (it is another commune's ledger, or a ledger started anew). Nothing was written. Check the file's name and the source."
      )
    case .notAFolder(let path):
      return lang.pick(
        vi:
          "“\(path)” không phải là thư mục. --dir cần một thư mục chứa các tệp NGUỒN.jsonl; để nhận một tệp, hãy ghi `hub ingest NGUỒN TỆP`.",
        en:
          "“\(path)” is not a folder. --dir takes a folder of SOURCE.jsonl files; to ingest one file, write `hub ingest SOURCE FILE`."
      )
    case .unreadableFolder(let path):
      return lang.pick(
        vi:
          "Không đọc được thư mục “\(path)”; không nhận gì. Hãy kiểm tra đường dẫn và quyền đọc thư mục (--dir cần một thư mục chứa các tệp NGUỒN.jsonl).",
        en:
          "Cannot read the folder “\(path)”; nothing was ingested. Check the path and that the folder is readable (--dir takes a folder of SOURCE.jsonl files)."
      )
    case .forkedHistory(let source, let position):
      return lang.pick(
        vi:
          "Tệp viết lại lịch sử mà kho đã nhận của \(source): khác từ vị trí \(position). Không ghi gì. Hãy hỏi xã vì sao sổ của họ đã đổi.",
        en:
          "The file rewrites the history the hub holds of \(source): it differs from position \(position) on. Nothing was written. Ask the commune why its ledger changed."
      )
    case .historyGap(let source, let held, let first):
      return lang.pick(
        vi:
          "Kho có \(source) đến vị trí \(held), nhưng tệp bắt đầu ở vị trí \(first). Không ghi gì. Hãy xuất từ vị trí \(held + 1) (`events export --since \(held + 1)`).",
        en:
          "The hub holds \(source) up to position \(held), but the file starts at position \(first). Nothing was written. Export from position \(held + 1) (`events export --since \(held + 1)`)."
      )
    case .unreadableSourceKey(let text):
      return lang.pick(
        vi:
          "“\(text)” không phải khóa công khai của một sổ. Hãy dùng khóa mà xã in bằng `clearledger checkpoint key` (dạng TÊN+MÃ+BASE64).",
        en:
          "“\(text)” is not a ledger's public key. Use the key the commune prints with `clearledger checkpoint key` (NAME+HASH+BASE64)."
      )
    case .sourceWithoutKey(let source):
      return lang.pick(
        vi:
          "Tệp có bằng chứng (`--with-proofs`) nhưng kho không có khóa sổ của \(source), nên không kiểm được. Không ghi gì. Hãy nhận tệp xuất thường, hoặc đăng ký nguồn kèm khóa (`hub add-source NGUỒN --key KHÓA`).",
        en:
          "The file carries proofs (`--with-proofs`) but the hub has no ledger key of \(source) to check them with. Nothing was written. Ingest a plain export, or register the source with its key (`hub add-source SOURCE --key KEY`)."
      )
    case .unitInNoSource(let text):
      return lang.pick(
        vi:
          "Không nguồn nào trong kho tổng hợp có đơn vị “\(text)” (theo mã hoặc tên). Xem các đơn vị bằng `clearledger hub units`, hoặc thêm --source NGUỒN để xem gợi ý của xã đó.",
        en:
          "No source in the hub has a unit “\(text)” (by code or name). See the units with `clearledger hub units`, or add --source SOURCE for that commune's suggestions."
      )
    case .personInNoSource(let text):
      return lang.pick(
        vi:
          "Không nguồn nào trong kho tổng hợp có người “\(text)” (theo mã cán bộ hoặc họ tên). Xem những người đứng đầu bằng `clearledger hub heads`, hoặc thêm --source NGUỒN để xem gợi ý của xã đó.",
        en:
          "No source in the hub names a person “\(text)” (by staff code or name). See the heads with `clearledger hub heads`, or add --source SOURCE for that commune's suggestions."
      )
    case .hubUnreachable(let place):
      return lang.pick(
        vi:
          "Không kết nối được cơ sở dữ liệu của kho tổng hợp (\(place)). Hãy kiểm tra --postgres hoặc CLEARLEDGER_HUB_URL và máy chủ PostgreSQL.",
        en:
          "Cannot reach the hub's database (\(place)). Check --postgres or CLEARLEDGER_HUB_URL and that the PostgreSQL server is running."
      )
    case .hubNotInitialized:
      return lang.pick(
        vi: "Cơ sở dữ liệu này chưa phải là kho tổng hợp. Chạy `clearledger hub init` trước.",
        en: "This database is not a hub yet. Run `clearledger hub init` first.")
    case .newerHub(let version):
      return lang.pick(
        vi:
          "Kho tổng hợp có lược đồ phiên bản \(version), mới hơn chương trình này. Hãy cập nhật clearledger.",
        en:
          "The hub's schema is version \(version), newer than this program knows. Update clearledger."
      )
    case .hubFailure(let state) where state == "42501":
      // insufficient_privilege (trial: only the bare code was said, and "nothing was written"
      // of a read).
      return lang.pick(
        vi:
          "Cơ sở dữ liệu của kho tổng hợp không cho người dùng này làm việc đó (thiếu quyền, mã 42501); không ghi gì. Hãy nhờ người quản trị cơ sở dữ liệu cấp quyền trên các bảng hub_*, hoặc dùng người dùng đã chạy `clearledger hub init`.",
        en:
          "The hub's database does not allow this user to do that (permission denied, code 42501); nothing was written. Ask the database's administrator to grant this user rights on the hub_* tables, or use the user that ran `clearledger hub init`."
      )
    case .hubFailure(let state):
      return lang.pick(
        vi: "Cơ sở dữ liệu của kho tổng hợp từ chối thao tác (mã \(state)); không ghi gì.",
        en: "The hub's database refused the operation (code \(state)); nothing was written.")
    default: return code.rawValue
    }
  }
}
