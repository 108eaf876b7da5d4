/// The Vietnamese text of the command line: every command's summary and every argument's
/// help, keyed by command path and argument name.
///
/// swift-argument-parser has no localization, so `VietnameseHelp` renders help from the
/// parser's own command tree (`_dumpHelp`) with these texts; `HelpCatalogTests` fails when a
/// command or a shown argument has none. A shared entry serves every command that gives the
/// argument with the same English text; an argument that means something else in one command
/// has an entry of its own under that command's path.
enum HelpCatalog {
  /// Each command's summary, keyed by its path after `clearledger` ("" for `clearledger`).
  static let commands: [String: String] = changeCommands.merging([
    "": "Sổ ghi các nhiệm vụ được giao, chỉ ghi thêm, theo nguyên tắc 5 rõ.",
    "init": "Tạo một tệp sổ mới, trống.",
    "unit": "Ghi nhận đơn vị và xem các nhiệm vụ mỗi đơn vị chủ trì, phối hợp.",
    "unit add": "Ghi nhận một đơn vị (phòng, ban, trung tâm…).",
    "unit list": "Liệt kê đơn vị theo thứ tự chữ cái tiếng Việt, kèm người đứng đầu.",
    "unit view": "Xem, theo từng đơn vị, các nhiệm vụ chủ trì và phối hợp, đếm theo phân loại.",
    "person": "Ghi nhận người theo mã cán bộ, để phân biệt hai người cùng tên.",
    "person add": "Ghi nhận một người.",
    "person list": "Liệt kê những người có thể nêu tên trong lệnh, kèm mã của họ.",
    "head": "Bổ nhiệm người đứng đầu đơn vị và xem các nhiệm vụ mỗi người chịu trách nhiệm.",
    "head appoint":
      "Ghi nhận một người đứng đầu đơn vị từ một ngày, kết thúc nhiệm kỳ của người trước.",
    "head view":
      "Xem, theo từng người đứng đầu, các nhiệm vụ họ chịu trách nhiệm và tình hình từng việc.",
    "task":
      "Giao nhiệm vụ và ghi nhận việc bắt đầu, gia hạn, chuyển giao, hoàn thành hoặc kết thúc.",
    "task assign":
      "Giao một nhiệm vụ đủ 5 rõ: việc gì, ai chịu trách nhiệm, một đơn vị chủ trì, kết quả, thời hạn.",
    "task start": "Ghi nhận việc bắt đầu thực hiện nhiệm vụ.",
    "task complete": "Ghi nhận nhiệm vụ đã hoàn thành, kèm kết quả và minh chứng.",
    "task extend": "Gia hạn nhiệm vụ, kèm lý do và người phê duyệt.",
    "task reassign": "Chuyển nhiệm vụ cho đơn vị chủ trì khác, kèm lý do.",
    "task pause": "Tạm dừng thực hiện nhiệm vụ, kèm lý do.",
    "task resume": "Tiếp tục nhiệm vụ đang tạm dừng.",
    "task cancel": "Hủy nhiệm vụ sẽ không thực hiện, kèm lý do.",
    "task review": "Ghi nhận kết quả thẩm định sản phẩm của nhiệm vụ đã hoàn thành: số lỗi lớn.",
    "task excuse-delay":
      "Ghi nhận một lần chậm sản phẩm có nguyên nhân khách quan: không bị trừ điểm.",
    "import": "Nhập một kế hoạch (KH): các đơn vị và nhiệm vụ trong các bảng phụ lục.",
    "check": "Kiểm tra mọi nhiệm vụ theo 5 rõ, có lý do, rồi tổng hợp.",
    "demo": "Tạo sổ mẫu từ kế hoạch mẫu và một năm sự kiện, rồi hiện các bảng.",
    "evaluate":
      "Đánh giá người đứng đầu đơn vị trong một năm (Nghị định 335/2025), có nêu cách tính.",
    "evaluate report":
      "Hiện kết quả đánh giá mọi người đứng đầu trong một năm (mặc định của `evaluate`).",
    "evaluate score": "Ghi điểm tiêu chí chung (trên 30) của một người trong một năm.",
    "evaluate leader":
      "Ghi các tiêu chí d, đ, e của người lãnh đạo (Nghị định 335, Điều 15) cho một năm hoặc một kỳ.",
    "evaluate condition":
      "Ghi một quyết định buộc xếp “Không hoàn thành nhiệm vụ” cho năm của một người.",
    "yearly":
      "Viết báo cáo năm đơn vị phải nộp về kế hoạch (Markdown, CSV, HTML, Word hoặc Excel).",
    "report": "Nộp báo cáo tiến độ của một nhiệm vụ.",
    "correct": "Rút lại một sự kiện đã ghi theo vị trí của nó, kèm lý do. Không gì bị ghi đè.",
    "status": "Xem mọi nhiệm vụ với trạng thái, phân loại và người chịu trách nhiệm.",
    "history":
      "Xem mọi sự kiện của một nhiệm vụ hoặc đơn vị: việc gì, ngày nào, ghi lúc nào, ai ghi.",
    "replay": "In toàn bộ lịch sử theo thứ tự đã ghi.",
    "audit": "Xem ai đã ghi gì, khi nào, trễ bao lâu, đánh dấu các sự việc ghi lùi ngày.",
    "diff": "Xem những gì đã thay đổi giữa hai thời điểm, và do sự kiện nào.",
    "digest": "In vị trí và mã băm cuối cùng (VỊ_TRÍ:MÃ_BĂM) để kiểm toán viên lưu ở nơi khác.",
    "rebuild": "Xóa mọi bảng tổng hợp và dựng lại từ nhật ký sự kiện.",
    "verify": "Tính lại chuỗi băm và các bảng tổng hợp; thoát với mã 2 và nêu chỗ bị sửa.",
    "events": "Xuất nhật ký dạng JSON Lines, hoặc ghi thêm một tệp như vậy vào sổ.",
    "events export": "Ghi nhật ký (hoặc một đoạn vị trí) dạng JSON Lines.",
    "events import": "Ghi thêm một tệp JSON Lines vào sổ này: ghi hết hoặc không ghi gì.",
    "key": "Tạo, thu hồi và liệt kê các khóa Ed25519 dùng để ký sự kiện.",
    "key new": "Tạo cặp khóa cho một người, ghi khóa bí mật vào tệp và đăng ký khóa.",
    "key revoke": "Thu hồi một khóa: không gì ghi sau đó được ký bằng khóa này.",
    "key list": "Liệt kê các khóa đã đăng ký, của ai, khóa nào đã bị thu hồi.",
    "policy": "Áp dụng một quy tắc cho mọi lần ghi sau (ghi thành sự kiện, không bao giờ bỏ).",
    "policy require-signatures":
      "Từ nay từ chối mọi lần ghi không có chữ ký (ký bằng --key hoặc CLEARLEDGER_KEY).",
    "policy fixed-clock": "`off`: từ nay từ chối lần ghi dùng đồng hồ cố định (CLEARLEDGER_NOW).",
    "hub":
      "Tập hợp sổ của các xã vào một kho tổng hợp (hub) trên PostgreSQL và trả lời trên toàn bộ.",
    "hub init": "Tạo các bảng của hub trong cơ sở dữ liệu PostgreSQL, hoặc cập nhật chúng.",
    "hub add-source": "Đăng ký sổ của một xã làm nguồn của hub.",
    "hub ingest": "Nhận tệp `events export` của một xã vào hub: nhận hết hoặc không nhận gì.",
    "hub sources": "Liệt kê các nguồn của hub và số sự kiện của mỗi nguồn.",
    "hub status": "Xem nhiệm vụ của mọi nguồn với trạng thái, phân loại và người chịu trách nhiệm.",
    "hub overdue": "Liệt kê nhiệm vụ quá hạn của mọi nguồn, tên nguồn ở đầu mỗi dòng.",
    "hub units": "Xem, theo nguồn và đơn vị, các nhiệm vụ chủ trì và phối hợp, theo phân loại.",
    "hub heads":
      "Xem, theo nguồn, những gì mỗi người đứng đầu chịu trách nhiệm, theo nhiệm kỳ và tư cách.",
    "hub evaluate":
      "Đánh giá người đứng đầu đơn vị và chủ tịch của mọi nguồn trong một năm (Nghị định 335/2025).",
    "serve":
      "Phục vụ sổ cho trình duyệt trong cơ quan: bảng tổng hợp, nhiệm vụ, biểu mẫu, API JSON.",
    "account": "Quản lý tài khoản web (mở, đổi vai trò, khóa đều được ghi thành sự kiện).",
    "account add": "Mở một tài khoản; mật khẩu đọc từ đầu vào chuẩn (dòng đầu tiên).",
    "account role": "Đổi vai trò của một tài khoản.",
    "account disable": "Khóa một tài khoản: không đăng nhập được nữa; những gì đã ghi vẫn giữ.",
    "account list": "Liệt kê các tài khoản.",
    "help": "Hiện trợ giúp về một lệnh con.",
    "checkpoint":
      "Ký một mốc kiểm tra của nhật ký (số sự kiện và gốc cây Merkle), hoặc ký xác nhận mốc của sổ khác với tư cách bên chứng kiến.",
    "checkpoint make": "Ký một mốc kiểm tra của toàn bộ nhật ký lúc này (mặc định).",
    "checkpoint cosign":
      "Với tư cách bên chứng kiến (cơ quan khác), ký xác nhận một mốc kiểm tra mình đã thấy.",
    "checkpoint key":
      "In khóa công khai của sổ (dùng cho `source add` và `verify-proof --ledger-key`).",
    "prove":
      "Chứng minh một sự kiện nằm trong một mốc kiểm tra, hoặc nhật ký nối tiếp một mốc cũ hơn.",
    "verify-proof":
      "Kiểm tra một bằng chứng theo mốc kiểm tra đã ký: mã thoát 0 khi đúng, 2 khi sai.",
    "source":
      "Đăng ký khóa của sổ khác, để dữ kiện của sổ đó chỉ được nhập khi kèm bằng chứng.",
    "source add":
      "Đăng ký khóa công khai của một sổ nguồn (in bằng `checkpoint key` ở sổ đó) dưới một tên.",
    "source list": "Liệt kê các nguồn đã đăng ký và khóa sổ của chúng.",
  ]) { _, own in own }

  /// Help shared by every command that gives the argument with this English text.
  static let shared: [String: (en: String, vi: String)] = [
    "--actor": (
      en:
        "Who is recording (kept on every event). Default: $CLEARLEDGER_ACTOR, else your login name.",
      vi:
        "Người ghi (lưu trên mọi sự kiện). Mặc định: $CLEARLEDGER_ACTOR, không có thì tên đăng nhập của bạn."
    ),
    "--db": (
      en: "The ledger file. Default: $CLEARLEDGER_DB, else ./clearledger.sqlite.",
      vi: "Tệp sổ. Mặc định: $CLEARLEDGER_DB, không có thì ./clearledger.sqlite."
    ),
    "--as-of": (
      en: "Show the state on this day (effective time): what had happened by then. Default: today.",
      vi:
        "Xem tình hình vào ngày này (thời gian hiệu lực): những gì đã xảy ra đến ngày đó. Mặc định: hôm nay."
    ),
    "--expect-version": (
      en:
        "Refuse unless the task or unit is still at this version (from `history`): nothing is written if someone changed it since.",
      vi:
        "Từ chối nếu nhiệm vụ hoặc đơn vị không còn ở phiên bản này (xem bằng `history`): không ghi gì nếu đã có người thay đổi từ đó."
    ),
    "--help": (
      en: "Show help information.",
      vi: "Hiện trợ giúp."
    ),
    "--json": (
      en: "Answer in JSON for programs instead of text for people.",
      vi: "Trả lời bằng JSON cho chương trình thay vì văn bản cho người đọc."
    ),
    "--key": (
      en:
        "Sign what is recorded with this key file (from `key new`): the event is recorded as the key's person. Default: $CLEARLEDGER_KEY. A sealed file's passphrase is read from $CLEARLEDGER_KEY_PASSPHRASE.",
      vi:
        "Ký những gì được ghi bằng tệp khóa này (tạo bằng `key new`): sự kiện được ghi dưới tên người giữ khóa. Mặc định: $CLEARLEDGER_KEY. Mật khẩu của tệp đã niêm phong đọc từ $CLEARLEDGER_KEY_PASSPHRASE."
    ),
    "--known-at": (
      en:
        "Show what the ledger knew at this moment (recorded time): an instant such as 2026-07-01T09:00:00+07:00, or a day meaning its end. Default: now.",
      vi:
        "Xem những gì sổ đã biết tại thời điểm này (thời gian ghi): một thời điểm như 2026-07-01T09:00:00+07:00, hoặc một ngày (tính đến cuối ngày). Mặc định: bây giờ."
    ),
    "--lang": (
      en:
        "Language of text output: vi or en. Default: $CLEARLEDGER_LANG, else vi if $LANG is Vietnamese, else en.",
      vi:
        "Ngôn ngữ của văn bản in ra: vi hoặc en. Mặc định: $CLEARLEDGER_LANG, không có thì vi khi $LANG là tiếng Việt, còn lại en."
    ),
    "--on": (
      en: "The day it happened (30/06/2026 or 2026-06-30). Default: today.",
      vi: "Ngày sự việc xảy ra (30/06/2026 hoặc 2026-06-30). Mặc định: hôm nay."
    ),
    "--postgres": (
      en:
        "The hub's PostgreSQL database, as postgres://user[:password]@host[:port]/database. Default: $CLEARLEDGER_HUB_URL.",
      vi:
        "Cơ sở dữ liệu PostgreSQL của hub, dạng postgres://user[:password]@host[:port]/database. Mặc định: $CLEARLEDGER_HUB_URL."
    ),
    "--reason": (
      en: "Why.",
      vi: "Lý do."
    ),
    "--source": (
      en: "Only this source. Default: every source.",
      vi: "Chỉ nguồn này. Mặc định: mọi nguồn."
    ),
    "--year": (
      en: "The year evaluated.",
      vi: "Năm được đánh giá."
    ),
    "<task>": (
      en: "The task's id.",
      vi: "Mã nhiệm vụ."
    ),
    "--approved-by": (
      en: "Who approved it.",
      vi: "Người phê duyệt."
    ),
    "<username>": (
      en: "The sign-in name.",
      vi: "Tên đăng nhập."
    ),
  ]

  /// The Vietnamese help of an argument of the command at `path` ("task assign"), given its
  /// name ("--due", "<title>") and English help; nil when the catalog has none.
  static func argument(path: String, name: String, english: String) -> String? {
    if let own = arguments["\(path) \(name)"] ?? followUpArguments["\(path) \(name)"]
      ?? hubReadArguments["\(path) \(name)"]
    {
      return own
    }
    guard let common = shared[name], common.en == english else { return nil }
    return common.vi
  }
}
