extension HelpCatalog {
  /// Help for one command's argument, keyed "PATH NAME" ("task assign --due").
  static let arguments: [String: String] = changeArguments.merging([
    "unit add --allow-mixed-script":
      "Chấp nhận tên có chữ cái từ nhiều hệ chữ (ví dụ Latin và Kirin).",
    "head appoint --allow-mixed-script": "Chấp nhận tên hoặc chức danh có chữ cái từ nhiều hệ chữ.",
    "report --annual":
      "Đây là báo cáo năm: đáp ứng nghĩa vụ hằng năm của nhiệm vụ (hoặc ngày báo cáo hằng năm) cho năm của ngày báo cáo. Các báo cáo khác thì không.",
    "yearly --as-of": "Báo cáo tình hình vào ngày này. Mặc định: cuối năm, hoặc hôm nay.",
    "diff --as-of": "Ngày mà cả hai bức tranh cùng thể hiện. Mặc định: hôm nay.",
    "hub status --bucket": "Chỉ nhiệm vụ thuộc phân loại này (completed_on_time, overdue, …).",
    "task start --by": "Người bắt đầu.",
    "task complete --by": "Người hoàn thành.",
    "task review --by": "Người thẩm định.",
    "report --by": "Người nộp.",
    "verify --chain-only":
      "Chỉ kiểm tra chuỗi băm, không kiểm tra các bảng tổng hợp có khớp với việc dựng lại từ nhật ký.",
    "unit add --code": "Mã viết tắt, ví dụ VHXH.",
    "person add --code": "Mã cán bộ, ví dụ NVH-02.",
    "head appoint --code": "Mã cán bộ của người mới. Mặc định: chữ cái đầu của họ tên.",
    "evaluate report --csv": "Trả lời dạng CSV, mỗi dòng một người đứng đầu và một tư cách.",
    "task excuse-delay --decision": "Quyết định xác nhận việc này.",
    "evaluate condition --decision": "Quyết định (số và ngày).",
    "task complete --delivered": "Số đơn vị sản phẩm đã giao (mặc định: toàn bộ số được giao).",
    "report --delivered": "Số đơn vị sản phẩm đã giao đến nay.",
    "verify --digest":
      "Chứng minh thêm rằng sổ nối tiếp một mã băm đã lưu trước đó (từ `clearledger digest`).",
    "report --doc": "Số của báo cáo, ví dụ 12/BC-VHXH.",
    "import --dry-run": "Cho xem những gì sẽ được tạo, không ghi gì.",
    "import --review":
      "Ghi mọi dòng như đã đọc vào tệp CSV này (UTF-8 có BOM, mở bằng Excel) và không nhập gì.",
    "import --from-review":
      "Nhập tệp rà soát do --review ghi và đã được người sửa, đúng như trong tệp.",
    "task assign --due":
      "Thời hạn (rõ thời gian): một ngày, một tháng hoặc quý như kế hoạch ghi (“Tháng 6/2026”, “Quý II/2026”: ngày cuối của nó), hoặc nghĩa vụ báo cáo định kỳ (“hằng quý”, “hằng tháng trước ngày 20”, quarterly, monthly, half-yearly).",
    "task reassign --due": "Thời hạn riêng của đơn vị chủ trì mới.",
    "task complete --evidence": "Minh chứng, ví dụ 12/BC-VHXH.",
    "evaluate report --explain":
      "Hiện mọi nhiệm vụ được tính cho người này, điểm của từng việc, và các sự kiện quyết định.",
    "events import --foreign":
      "Ghi các sự việc trong tệp thành sự kiện mới từ hệ thống nguồn này, bỏ qua những gì đã nhập.",
    "yearly --format": "md, csv, html, docx hoặc xlsx.",
    "status --format": "xlsx ghi bảng thành sổ tính Excel (ngày là ngày) vào --out.",
    "correct --happened-on":
      "Sự việc thay thế: cùng sự việc, nhưng xảy ra vào ngày này (ví dụ hoàn thành ngày 28/06, không phải 30/06).",
    "serve --host": "Địa chỉ lắng nghe.",
    "task assign --id": "Mã nhiệm vụ, ví dụ PL1-I-1.",
    "import --issued": "Ngày của kế hoạch, khi văn bản để trống.",
    "yearly --issuer":
      "Cơ quan ban hành. Mặc định: tên đơn vị dưới cơ quan ban hành kế hoạch, hoặc với báo cáo của cả xã là cơ quan ban hành kế hoạch (UBND xã Chí Minh → Ủy ban nhân dân xã Chí Minh).",
    "hub add-source --key": "Khóa mà xã dùng để ký các điểm kiểm tra.",
    "evaluate condition --kind":
      "discipline (kỷ luật), violation (vi phạm), criminal (hình sự) hoặc other (khác).",
    "diff --known-at":
      "Một thời điểm (thời điểm cụ thể, hoặc một ngày tính đến cuối ngày); ghi hai lần.",
    "task assign --lead": "Đơn vị chủ trì duy nhất, theo mã hoặc tên (rõ trách nhiệm).",
    "task reassign --lead": "Đơn vị chủ trì mới.",
    "import --lenient":
      "Ghi các dòng không đọc được thời hạn là chưa đọc được hạn, kèm lời của kế hoạch (check sẽ báo).",
    "task review --major-errors": "Số lỗi lớn tìm thấy trong sản phẩm.",
    "hub add-source --name": "Tên xã, ví dụ “Xã Chí Minh”.",
    "hub add-source --timezone":
      "Múi giờ mà sổ của xã được lập (`init --timezone`): “hôm nay” và lúc cuối một ngày được hỏi của nguồn tính theo múi giờ này.",
    "import --number": "Số kế hoạch, ví dụ 49/KH-UBND, khi văn bản để trống.",
    "yearly --number": "Số báo cáo, ví dụ 12/BC-UBND.",
    "task review --objective-cause": "Nguyên nhân khách quan được xác nhận cho các lỗi, nếu có.",
    "import --on":
      "Ngày các nhiệm vụ được giao có hiệu lực. Mặc định: ngày của kế hoạch, không có thì hôm nay.",
    "task assign --ongoing": "Việc thường xuyên, không có hạn hoàn thành.",
    "evaluate leader --organising": "đ: tổ chức công việc của đơn vị, 100 hoặc 50.",
    "yearly --out": "Tệp cần ghi (docx và xlsx bắt buộc có).",
    "status --out": "Tệp cần ghi (với --format xlsx).",
    "key new --out": "Nơi ghi khóa bí mật (quyền 0600).",
    "key new --passphrase-env": "Niêm phong khóa bí mật bằng mật khẩu lấy từ biến môi trường này.",
    "key new --web-server":
      "Tạo khóa của máy chủ web, dùng để ký thay các tài khoản đã đăng nhập (serve --key).",
    "account add --password-stdin": "Đọc mật khẩu từ đầu vào chuẩn.",
    "report --percent": "Phần việc đã làm, 0–100.",
    "evaluate leader --period": "Chỉ kỳ này (Q1…Q4, M1…M12).",
    "evaluate score --person": "Người được đánh giá.",
    "evaluate leader --person": "Người lãnh đạo được đánh giá.",
    "evaluate condition --person": "Người liên quan.",
    "key new --person": "Người sở hữu khóa.",
    "account add --person": "Người đăng nhập bằng tài khoản này.",
    "yearly --place": "Địa danh trước ngày tháng, ví dụ Chí Minh.",
    "task assign --plan": "Kế hoạch giao nhiệm vụ, ví dụ 49/KH-UBND.",
    "check --plan": "Chỉ nhiệm vụ của kế hoạch này (số hoặc mã dự thảo).",
    "evaluate score --points": "Số điểm trên 30.",
    "serve --port": "Cổng lắng nghe.",
    "import --prefix": "Đặt trước mọi mã nhiệm vụ, ví dụ KH49 → KH49-PL1-I-1.",
    "task assign --quantity": "Số đơn vị sản phẩm được giao, ví dụ 10 giấy chứng nhận.",
    "events import --quiet": "Không hiện tiến độ trên màn hình.",
    "task resume --reason": "Lý do, nếu cần nói.",
    "task excuse-delay --reason": "Nguyên nhân khách quan.",
    "evaluate score --reason": "Lý do cho số điểm này.",
    "evaluate leader --reason": "Lý do cho các mức này.",
    "correct --reason": "Vì sao sự kiện đó sai.",
    "correct --task":
      "Từ chối nếu sự kiện không thuộc nhiệm vụ này: chặn trường hợp gõ nhầm số thứ tự.",
    "task extend --reason": "Lý do (\"Chờ kinh phí\").",
    "task extend --decision":
      "Quyết định gia hạn, ví dụ 80/QĐ-UBND: ghi sau lý do, \"Chờ kinh phí (80/QĐ-UBND)\".",
    "key revoke --reason": "Lý do (mất khóa, thôi giữ chức vụ…).",
    "head appoint --replaces":
      "Người đứng đầu đương nhiệm mà quyết định này kết thúc nhiệm kỳ; bắt buộc khi đang có người.",
    "evaluate score --replaces":
      "Vị trí (#) của lần chấm điểm trước mà lần này thay thế; bắt buộc khi đã có.",
    "import --reporting-day":
      "Ngày báo cáo hằng năm, dd/mm, cho kế hoạch có nhiệm vụ “Hằng năm” mà không nêu ngày.",
    "task assign --result": "Sản phẩm cần đạt (rõ kết quả).",
    "task complete --result": "Kết quả đã giao.",
    "head appoint --role": "Chức danh, ví dụ “Chủ tịch UBND xã”.",
    "task assign --role":
      "Chức danh người đứng đầu chịu trách nhiệm, ví dụ “Chủ tịch UBND xã” (rõ người).",
    "account add --role":
      "clerk (văn thư), head (trưởng đơn vị), leader (lãnh đạo), inspector (thanh tra) hoặc admin (quản trị).",
    "account role --role":
      "clerk (văn thư), head (trưởng đơn vị), leader (lãnh đạo), inspector (thanh tra) hoặc admin (quản trị).",
    "task assign --role-unit":
      "Đơn vị nơi giữ chức danh, khi chức danh không nêu đơn vị và đó không phải đơn vị chủ trì (ví dụ UBND cho “Chủ tịch”).",
    "serve --secure-cookies":
      "Đánh dấu cookie phiên là Secure (khi một proxy TLS phục vụ ứng dụng qua HTTPS).",
    "hub evaluate --explain":
      "Cho thấy cách xếp loại của một người (mã cán bộ hoặc họ tên), ở từng nguồn có người đó.",
    "serve --hub":
      "Phục vụ các trang của hub trên nhiều xã (chỉ đọc), từ cơ sở dữ liệu PostgreSQL này.",
    "yearly --signer": "Họ tên người ký.",
    "yearly --signer-title":
      "Chức danh người ký, ví dụ “Chủ tịch”. Mặc định: Thủ trưởng đơn vị với báo cáo của đơn vị, TM. Ủy ban nhân dân / Chủ tịch với báo cáo của cả xã.",
    "audit --since": "Chỉ sự kiện ghi từ thời điểm (hoặc ngày) này.",
    "events export --since": "Vị trí đầu tiên cần ghi.",
    "task assign --support": "Một đơn vị phối hợp; lặp lại cho nhiều đơn vị.",
    "audit --task": "Chỉ sự kiện của nhiệm vụ này.",
    "audit --threshold": "Đánh dấu các sự việc ghi trễ hơn số ngày này.",
    "init --timezone": "Múi giờ quyết định “hôm nay” là ngày nào, cho mọi người dùng sổ này.",
    "task extend --to": "Thời hạn mới.",
    "evaluate report --unit": "Chỉ người đứng đầu của đơn vị này.",
    "yearly --unit": "Đơn vị báo cáo. Mặc định: mọi nhiệm vụ.",
    "status --unit": "Chỉ nhiệm vụ đơn vị này chủ trì hoặc phối hợp.",
    "audit --unit": "Chỉ sự kiện của đơn vị này và các nhiệm vụ nó chủ trì hoặc phối hợp.",
    "account add --unit": "Với người đứng đầu: đơn vị người đó phụ trách.",
    "account role --unit": "Với người đứng đầu: đơn vị người đó phụ trách.",
    "evaluate leader --unit-results": "d: kết quả của đơn vị, 100 hoặc 50.",
    "import --units":
      "Tệp hai cột (CSV hoặc phân tách bằng tab): tên đơn vị như kế hoạch viết, và mã của đơn vị đã đăng ký mà tên đó chỉ.",
    "evaluate leader --unity": "e: xây dựng đoàn kết, 100 hoặc 50.",
    "replay --until": "Chỉ sự kiện ghi đến thời điểm này.",
    "audit --until": "Chỉ sự kiện ghi đến thời điểm này (hoặc cuối ngày).",
    "events export --until": "Vị trí cuối cùng cần ghi.",
    "task assign --weight": "Trọng số của sản phẩm sau quy đổi.",
    "evaluate report --xlsx":
      "Ghi thêm sổ tính: một trang người đứng đầu (số việc, điểm, xếp loại) và một trang các nhiệm vụ được tính.",
    "evaluate condition --year": "Năm.",
    "yearly --year": "Năm báo cáo.",
    "task assign --yearly": "Hạn hằng năm vào ngày này, ví dụ 30/11 (hằng năm).",
    "import <file>": "Tệp kế hoạch: .docx, .xlsx, .csv, văn bản Unicode, hoặc văn bản (.txt, .md).",
    "events import <file>": "Tệp .jsonl.",
    "hub ingest <file>": "Tệp sự kiện (`clearledger events export`; không dùng cùng --dir).",
    "hub ingest --dir":
      "Thư mục chứa các tệp xuất tên NGUỒN.jsonl, mỗi tệp được nhận cho nguồn của nó.",
    "key revoke <key-id>": "Mã khóa (xem bằng `key list`).",
    "unit add <name>": "Tên đầy đủ của đơn vị, ví dụ “Phòng Văn hóa - Xã hội”.",
    "person add <name>": "Họ tên đầy đủ, có dấu.",
    "head appoint <person>":
      "Người được bổ nhiệm: mã cán bộ, hoặc họ tên (ghi nhận nếu là người mới).",
    "head view <person>": "Một người: mã cán bộ hoặc họ tên. Mặc định: mọi người đứng đầu.",
    "correct <position>": "Vị trí (#) của sự kiện cần rút lại.",
    "policy fixed-clock <setting>": "Giá trị duy nhất: off (tắt).",
    "hub add-source <source>": "Tên ngắn của nguồn trong hub, ví dụ xa-chi-minh.",
    "hub ingest <source>": "Nguồn của tệp (không dùng cùng --dir).",
    "history <subject>": "Mã nhiệm vụ, hoặc mã hay tên của một đơn vị.",
    "report <text>": "Nội dung báo cáo.",
    "events export --with-proofs":
      "Ký một mốc kiểm tra trước và kèm bằng chứng có mặt cho từng sự kiện (để `events import --foreign` ở sổ đã đăng ký sổ này bằng `source add`).",
    "checkpoint make --out": "Ghi mốc kiểm tra vào tệp này.",
    "checkpoint cosign <file>": "Tệp mốc kiểm tra.",
    "checkpoint cosign --ledger-key":
      "Khóa sổ của mốc kiểm tra (TÊN+BĂM+BASE64, hoặc tệp chứa nó), khi sổ đó chưa được đăng ký làm nguồn ở đây.",
    "checkpoint cosign --out": "Ghi mốc đã ký xác nhận vào tệp này thay vì ghi đè tệp gốc.",
    "prove <position>": "Vị trí của sự kiện (cho bằng chứng có mặt).",
    "prove --consistency": "Tệp mốc kiểm tra cũ hơn: chứng minh cây mới nối tiếp nó.",
    "prove --checkpoint":
      "Mốc kiểm tra dùng để chứng minh. Mặc định: mốc mới nhất lập ở sổ này.",
    "prove --out": "Ghi bằng chứng vào tệp này.",
    "verify-proof <proof>": "Tệp bằng chứng (từ `prove`).",
    "verify-proof --checkpoint": "Mốc kiểm tra đã ký mà bằng chứng dựa vào.",
    "verify-proof --event":
      "Dòng của sự kiện (JSON, như `events export` ghi), hoặc tệp chứa dòng đó.",
    "verify-proof --ledger-key":
      "Khóa sổ của mốc kiểm tra (TÊN+BĂM+BASE64, hoặc tệp chứa nó).",
    "verify-proof --witness":
      "Khóa của một bên chứng kiến để kiểm tra chữ ký xác nhận của họ (có thể lặp lại).",
    "source add <source>": "Tên của nguồn, như sẽ đưa vào `events import --foreign`.",
    "source add --public-key":
      "Khóa công khai của sổ nguồn, TÊN+BĂM+BASE64 (hoặc tệp chứa nó). `--key KHÓA` cũng có nghĩa này; khi đó việc đăng ký chỉ được ký qua CLEARLEDGER_KEY.",
    "task assign <title>": "Việc phải làm (rõ việc).",
    "unit view <unit>": "Một đơn vị, theo mã hoặc tên. Mặc định: mọi đơn vị.",
    "head appoint <unit>": "Đơn vị, theo mã hoặc tên.",
    "account add <username>": "Tên đăng nhập (chữ thường, chữ số, . _ -).",
  ]) { _, own in own }
}
