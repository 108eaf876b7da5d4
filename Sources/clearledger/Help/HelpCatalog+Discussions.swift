extension HelpCatalog {
  /// Each command's details (the text under its summary) in Vietnamese, keyed by its path after
  /// `clearledger` ("" for `clearledger`): every command whose English help has details has them
  /// here (`HelpLanguageCLITests` fails otherwise).
  ///
  /// A line that starts with a space (a command to type) is shown as written; other lines are
  /// wrapped. Command names, options, file names and examples stay as the English gives them.
  static let discussions: [String: String] = [
    "": """
    Mọi việc giao, bắt đầu, báo cáo, gia hạn, chuyển giao, hoàn thành và đính chính là một sự kiện được ghi thêm vào một tệp SQLite; không gì bị ghi đè. Các bảng tổng hợp từ sự kiện cho biết ai chịu trách nhiệm việc gì: rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ kết quả.

    Một phiên làm việc đầu tiên:
      clearledger init
      clearledger unit add "UBND xã" --code UBND
      clearledger unit add "Phòng Văn hóa - Xã hội" --code VHXH
      clearledger head appoint UBND "Nguyễn Văn An" --role "Chủ tịch UBND xã" --on 01/01/2026
      clearledger task assign "Hoàn thành kết nối dữ liệu" --lead VHXH --role "Chủ tịch UBND xã" \\
          --result "Hoàn thành kết nối" --due 30/09/2026
      clearledger task complete T-001 --evidence 12/BC-VHXH --on 28/09/2026
      clearledger status

    Ngày viết 30/06/2026 hoặc 2026-06-30. Đơn vị gọi theo mã hoặc tên, ở mọi dạng Unicode và với cả hai cách đặt dấu (“hoá” = “hóa”).

    Biến môi trường: CLEARLEDGER_DB (tệp sổ), CLEARLEDGER_ACTOR (người ghi), CLEARLEDGER_LANG (vi hoặc en), CLEARLEDGER_NOW (cố định đồng hồ, ISO 8601 có múi giờ; mọi sự kiện ghi như vậy đều được đánh dấu), CLEARLEDGER_KEY (tệp khóa để ký), CLEARLEDGER_KEY_PASSPHRASE (mật khẩu của tệp khóa đã niêm phong).

    Mã thoát: 0 xong; 1 bị từ chối (dữ liệu sai hoặc trái quy tắc); 2 nhật ký đã bị sửa (`verify`, hoặc lần ghi, dựng lại hay xuất bị từ chối vì chuỗi băm không còn đúng); 3 có người đã thay đổi cùng nhiệm vụ trước (không ghi gì; xem lịch sử rồi thử lại); 4 không dùng được tệp sổ; 5 `rebuild` thấy các bảng tổng hợp lệch với nhật ký (giữ bảng cũ); 64 dòng lệnh sai.
    """,
    "init": """
    Từ chối nếu tệp đã tồn tại: tệp đó được giữ nguyên.
    """,
    "unit add": """
    Mã dùng để nêu đơn vị trong các lệnh; không có --code thì mã được lập từ chữ cái đầu của tên (“Phòng Văn hóa - Xã hội” → PVHXH). Tên đã được đăng ký dưới một cách viết khác (NFD, “hoá”/“hóa”) sẽ bị từ chối.
    """,
    "person add": """
    Không có --code thì mã được lập từ chữ cái đầu của họ tên (“Nguyễn Văn Hùng” → NVH). Người thứ hai trùng họ tên với một người đã đăng ký phải có --code riêng; khi đó các lệnh nêu người bằng mã.
    """,
    "head appoint": """
    Chức danh (--role) là chức danh được ghi ở cột “Người đứng đầu chịu trách nhiệm” của nhiệm vụ, ví dụ “Chủ tịch UBND xã” hoặc “Trưởng phòng”. Nhiệm vụ có hạn vào một ngày thuộc trách nhiệm của người giữ chức danh vào ngày đó. Muốn kết thúc nhiệm kỳ của người đứng đầu đương nhiệm thì phải xác nhận bằng --replaces kèm người đó. Ngày có thể sau hôm nay: quyết định bổ nhiệm ban hành trước có hiệu lực từ ngày của nó. --acting ghi người được giao quyền (Quyền Trưởng phòng, Phó Chủ tịch phụ trách), chịu trách nhiệm như người đứng đầu.
    """,
    "head view": """
    Một người chịu trách nhiệm về nhiệm vụ với hai tư cách: là người đứng đầu được nêu trong nhiệm vụ (theo chức danh) và là người đứng đầu đơn vị chủ trì. Mỗi nhiệm vụ thuộc về người giữ chức danh vào ngày đến hạn (hôm nay, với nhiệm vụ không có hạn), nên khi bàn giao giữa năm các nhiệm vụ được chia giữa người cũ và người mới.
    """,
    "task": """
    Nhiệm vụ chuyển trạng thái: chưa bắt đầu → đang thực hiện → đã hoàn thành; giữa chừng có thể tạm dừng, tiếp tục hoặc bị hủy. Nhiệm vụ đã hoàn thành hoặc đã hủy thì đóng lại; sai sót được sửa bằng `clearledger correct`, không bao giờ sửa đè dữ liệu đã ghi.
    """,
    "task assign": """
    Chọn đúng một trong --due, --ongoing, --yearly, --quarterly, --monthly. Mã nhiệm vụ (hiện khi tạo) là T-001, T-002… trừ khi --id nêu mã.

    Nghĩa vụ báo cáo định kỳ ghi bằng --due như kế hoạch viết: “hằng tháng” (monthly), “hằng quý” hoặc “định kỳ hằng quý” (quarterly), “6 tháng một lần” (half-yearly). Báo cáo mỗi kỳ đến hạn vào ngày cuối kỳ (31/03, 30/06, 30/09, 31/12 với quý), hoặc vào ngày cụm từ nêu trong tháng cuối kỳ (“hằng quý trước ngày 20”, “quarterly by 20”: 20/03, 20/06…). Một báo cáo tiến độ ghi ngày trong kỳ là đáp ứng kỳ đó; kỳ nào đến hạn mà chưa có báo cáo là quá hạn kỳ đó. --quarterly và --monthly cũng vậy, với ngày cuối kỳ. “Hằng tuần” được ghi là việc thường xuyên: sổ không theo dõi thời hạn hằng tuần.

    Ví dụ:
      clearledger task assign "Hoàn thành kết nối, chia sẻ dữ liệu" --lead VHXH \\
        --support "Công an xã" --role "Chủ tịch UBND xã" --result "Hoàn thành kết nối" \\
        --due 30/09/2026
    """,
    "task complete": """
    --on là ngày làm xong; nếu việc ghi diễn ra muộn hơn, sổ giữ cả hai ngày, nên một lần hoàn thành ghi muộn vẫn được tính là đúng hạn khi việc đã làm xong đúng hạn.
    """,
    "task reassign": """
    Trách nhiệm được chốt tại thời hạn: nếu thời hạn đã qua khi đơn vị chủ trì hiện tại còn giữ nhiệm vụ, đơn vị đó vẫn mang nhiệm vụ quá hạn. Đơn vị chủ trì mới chịu trách nhiệm theo thời hạn của mình: --due (bắt buộc khi thời hạn đang có hiệu lực đã qua).
    """,
    "task cancel": """
    Nhiệm vụ bị hủy trước thời hạn không tính cho ai. Nhiệm vụ bị hủy sau thời hạn vẫn là quá hạn đối với đơn vị chủ trì vào lúc đó.
    """,
    "task review": """
    Nghị định 335 chấm sản phẩm cả về chất lượng: mỗi lỗi lớn làm mất một phần điểm chất lượng của sản phẩm (mức trừ do quy tắc chấm điểm quy định), trừ khi có nguyên nhân khách quan được xác nhận. Lần thẩm định sau của cùng nhiệm vụ thay thế lần trước. `evaluate --explain` cho xem kết quả thẩm định.
    """,
    "task excuse-delay": """
    Nghị định 335 (Điều 14) trừ 25% điểm tiến độ của sản phẩm cho mỗi lần chậm so với thời hạn, trừ khi cấp có thẩm quyền xác nhận nguyên nhân khách quan. Mỗi lần dùng lệnh này miễn trừ một lần chậm; `evaluate --explain` cho xem các lần chậm và những lần được miễn trừ.
    """,
    "import": """
    Đọc kế hoạch ở dạng cơ quan đang có: văn bản Word (.docx: phần đầu gồm số, ngày, cơ quan ban hành, tên văn bản; mục “Tổ chức thực hiện”; các bảng phụ lục), sổ tính Excel (.xlsx: mọi trang tính có bảng nhiệm vụ, kể cả ô gộp và dòng tiêu đề mục), CSV phân tách bằng dấu phẩy, dấu chấm phẩy hoặc tab (có hoặc không có BOM, có ngắt dòng trong ngoặc kép), dạng “Unicode text” của Excel (UTF-16), hoặc văn bản thuần có bảng phân tách bằng tab. Các cột được nhận theo nghĩa (“Kết quả” hoặc “Sản phẩm”, “Thời gian hoàn thành” hoặc “Thời hạn”…). Loại tệp được nhận biết theo nội dung, không theo tên tệp.

    Tên đơn vị được đối chiếu với các đơn vị trong sổ, tệp --units, danh sách đơn vị của chính kế hoạch và các cơ quan xã nào cũng có, trước khi một ô được tách theo dấu phẩy hoặc chữ “và”; --dry-run liệt kê mọi đơn vị sẽ được tạo khi nhập, kèm ô có tên đó.

    Mã nhiệm vụ được lập từ phụ lục, mục và số thứ tự: PL1-I-1. Đọc được các thời hạn như “Tháng 6/2026”, “Quý II/2026”, “trước ngày 30/11/2026”, “Năm 2026”, “6 tháng đầu năm 2026”, “Thường xuyên”, “Hàng năm”, “Tháng 12” (năm của kế hoạch), “Cả năm”, “31.12.2026” và “Định kỳ hằng quý”; “Hằng năm” trong kế hoạch không nêu ngày báo cáo được ghi mà không có ngày báo cáo và được đánh dấu (hãy dùng --reporting-day); gặp dòng không đọc được thời hạn thì dừng nhập (không ghi gì), trừ khi --lenient ghi dòng đó là chưa đọc được hạn, kèm lời của kế hoạch (hiển thị như vậy, không bao giờ là thường xuyên; check sẽ báo).

    Kế hoạch để trống số (“Số: /KH-UBND”) được ghi là dự thảo, trừ khi có --number. Nhập lại cùng một kế hoạch không tạo thêm gì. Nếu kế hoạch thay thế một kế hoạch trước đã có trong sổ, các nhiệm vụ chưa đóng của kế hoạch trước kết thúc ở trạng thái “thay bằng kế hoạch mới”.

    Kế hoạch lớn được rà soát trước khi nhập: --review TỆP.csv ghi mọi dòng như đã đọc (chủ trì, đồng chủ trì, chủ trì tập thể, phối hợp, thời hạn, kết quả, và những gì đã suy ra hoặc cần xem) thành CSV UTF-8 có BOM để mở bằng Excel, không ghi gì vào sổ; --from-review TỆP.csv nhập tệp rà soát đã sửa đúng như trong tệp, không tách, không đoán. Tên có chữ “và” hoặc dấu phẩy (“Bộ Thông tin và Truyền thông”, “Văn phòng HĐND và UBND xã”) được nhận từ Schemas/unit-names.v1.json; ô chủ trì nêu nhiều đơn vị thì giữ tất cả là đồng chủ trì, ô nêu một nhóm (“UBND các xã, phường”) được giữ là chủ trì tập thể với nguyên văn: check báo cả hai. Chạy thử bắt đầu bằng bản tóm tắt.

    Ví dụ:
      clearledger import ke-hoach.docx --number 49/KH-UBND --issued 12/02/2026
    """,
    "check": """
    Với mỗi nhiệm vụ: rõ người (có người giữ chức danh chịu trách nhiệm vào ngày đến hạn, và đơn vị chủ trì có người đứng đầu), rõ việc (là một việc cụ thể, không phải đề mục hay lời kêu gọi), rõ thời gian (có thời hạn, hoặc ngày báo cáo hằng năm với việc thường xuyên), rõ trách nhiệm (một đơn vị chủ trì; các đơn vị phối hợp được nêu tên, không ghi chung “Các đơn vị liên quan”), rõ kết quả (một sản phẩm kiểm chứng được, không chỉ ghi “Báo cáo”). Nhiệm vụ đã hủy hoặc đã thay bằng kế hoạch mới không được xét. Các quy tắc và lời văn của chúng nằm trong Sources/LedgerCore/Checks/FiveClearRules.swift.
    """,
    "demo": """
    Nhập kế hoạch năm 2026 của xã Chí Minh (đi kèm công cụ), ghi một năm sự kiện sát thực tế — bổ nhiệm, bàn giao chức Chủ tịch giữa năm, báo cáo, một lần gia hạn, một lần hoàn thành ghi muộn một tuần, một lần hoàn thành quá hạn, một lần đính chính — rồi in kết quả kiểm tra 5 rõ và các bảng theo đơn vị, theo người đứng đầu tại ngày 01/12/2026. Không có --db thì sổ được ghi vào một tệp mới trong thư mục tạm; đường dẫn được in ra để bạn xem thêm (`clearledger history PL1-I-1 --db PATH`).
    """,
    "evaluate": """
    Mỗi dòng là một người đứng đầu với một tư cách: các nhiệm vụ người đó chịu trách nhiệm trong năm (là người đứng đầu được nêu trong nhiệm vụ, và là người đứng đầu đơn vị chủ trì, theo nhiệm kỳ có hiệu lực vào ngày đến hạn của từng việc), kết quả từng việc, điểm nhiệm vụ trên 70, điểm tiêu chí chung trên 30 nếu đã ghi (`clearledger evaluate score`), tổng điểm và mức xếp loại. Quy tắc chấm điểm, kèm các cách hiểu đã áp dụng, là Schemas/evaluation-policy.v4.json.
    """,
    "evaluate score": """
    Điểm này là nhận định của con người, được ghi thành một sự kiện kèm người ghi (--actor) và lý do; lần chấm sau thay thế lần chấm trước được nêu bằng --replaces, và `clearledger correct` rút lại một lần chấm.
    """,
    "evaluate leader": """
    Mọi người đứng đầu đơn vị đều được chấm với tư cách người lãnh đạo: (a+b+c+d+đ+e)/6 × 70 mỗi kỳ. Chưa có các tiêu chí này thì người đứng đầu chưa được xếp loại. Nhận định cho một kỳ (--period Q2) được dùng thay cho nhận định cả năm; lần ghi sau thay thế lần trước; `clearledger correct` rút lại một lần ghi. `evaluate --explain` cho xem các nhận định này bên cạnh mức mà dữ kiện đề xuất.
    """,
    "evaluate condition": """
    Nghị định 335 (Điều 21) xếp một người vào mức “Không hoàn thành nhiệm vụ”, bất kể số điểm, khi trong năm người đó bị kỷ luật, bị xử lý vi phạm hoặc bị truy cứu trách nhiệm hình sự. Các loại: discipline (kỷ luật), violation (vi phạm), criminal (hình sự), other (khác). Mọi kết quả in ra đều nêu các điều kiện đã áp dụng.
    """,
    "yearly": """
    Với mỗi nhiệm vụ đơn vị chủ trì hoặc phối hợp: 5 rõ, trạng thái và phân loại, kết quả đã giao kèm minh chứng, các báo cáo đã nộp trong năm, các lần gia hạn kèm lý do, và với nhiệm vụ quá hạn thì lần giải trình gần nhất. Mặc định bằng tiếng Việt, tiếng Anh với --lang en. Tệp HTML không cần mạng và in được trên khổ A4.

    --format docx viết một Báo cáo theo thể thức của Nghị định 30/2020 (Quốc hiệu, Tiêu ngữ, cơ quan ban hành và số văn bản, địa danh và ngày tháng, Nơi nhận, người ký; phông Times New Roman, khổ A4); --format xlsx viết một sổ tính có ngày ở dạng ngày và số liệu ở dạng số. Cả hai đều cần --out.

    Ví dụ:
      clearledger yearly --year 2026 --unit VHXH --format html > bao-cao-2026.html
      clearledger yearly --year 2026 --unit VHXH --format docx --out bao-cao.docx \\
        --number 12/BC-VHXH --signer "Nguyễn Văn An" --signer-title "Trưởng phòng"
    """,
    "report": """
    Nộp báo cáo cho một nhiệm vụ chưa ghi bắt đầu thì nhiệm vụ đó được coi là đã bắt đầu. Nghĩa vụ báo cáo hằng năm chỉ được đáp ứng bằng báo cáo có --annual (hoặc bằng việc hoàn thành).

    Ví dụ:
      clearledger report T-001 "Đã kết nối 3/5 CSDL" --percent 60 --doc 12/BC-VHXH
    """,
    "correct": """
    Sự kiện bị rút lại vẫn nằm trong nhật ký và trong `history`, có đánh dấu; các bảng tổng hợp thôi tính sự kiện đó. Đính chính một lần đính chính thì khôi phục sự kiện mà lần đó đã rút lại. Với --happened-on, lần đính chính còn ghi lại sự việc vào đúng ngày. Các lần xem theo những gì sổ đã biết trước lần đính chính (--known-at) vẫn cho thấy tình hình cũ. Tìm vị trí bằng `clearledger history TASK` hoặc `clearledger replay`.

    Chọn tùy chọn nào: --happened-on NGÀY chuyển sự việc sang đúng ngày nó xảy ra (hoàn thành ngày 28/06, không phải 30/06). --on chỉ là ngày của chính lần đính chính; nó không chuyển gì. Một sự việc ghi nhầm đơn vị hay người: rút lại, rồi ghi lại đúng như đã xảy ra (task reassign, report --by, head appoint …) với --on là ngày xảy ra.
    """,
    "status": """
    Các phân loại, theo cách Văn phòng Chính phủ thống kê: hoàn thành đúng hạn, hoàn thành quá hạn, chưa hoàn thành trong hạn, quá hạn, không hạn, đã hủy, tạm dừng. Phân loại căn cứ vào ngày hôm nay theo múi giờ của sổ, hoặc vào ngày nêu bằng --as-of DATE. Với --known-at, sổ trả lời theo những gì đã biết lúc đó: lần hoàn thành ghi sau thời điểm đó chưa được tính. --format xlsx --out FILE ghi cùng bảng này thành sổ tính Excel.
    """,
    "due": """
    Mỗi nhiệm vụ chưa kết thúc có hạn trong --within ngày tới (mặc định 7) tính từ hôm nay (hoặc --as-of), và mọi nhiệm vụ quá hạn, được liệt kê dưới tên người giữ vai trò người đứng đầu chịu trách nhiệm và dưới tên trưởng đơn vị chủ trì, kèm hạn, số ngày còn lại hoặc đã trễ, và báo cáo gần nhất. Nghĩa vụ báo cáo hằng năm và định kỳ tính theo ngày báo cáo đang đến lượt. Các hệ thống theo dõi nhắc trước hạn 7, 3 và 1 ngày và khi hạn đã qua: cột Mức nhắc cho biết nhiệm vụ đang ở mức nào (7 ngày khi còn 4 đến 7 ngày, 3 ngày khi còn 2 hoặc 3, 1 ngày khi còn 1, đến hạn hôm nay, quá hạn), nên khoảng mặc định chứa cả ba mức.

    Ví dụ:
      clearledger due --within 3 --unit VHXH
    """,
    "remind": """
    Với mỗi người mà `due` liệt kê, ghi TÊN.md và TÊN.txt vào --out (tạo thư mục nếu chưa có): các nhiệm vụ người đó chịu trách nhiệm có hạn trong --within ngày tới (mặc định 7) hoặc đã quá hạn, mỗi việc kèm hạn, số ngày còn lại hoặc đã trễ, mức nhắc (trước 7, 3 hoặc 1 ngày, đến hạn hôm nay, quá hạn) và báo cáo gần nhất. Bằng tiếng Việt, trừ khi có --lang en. In ra các tệp đã ghi.

    Ví dụ:
      clearledger remind --out nhac-viec --within 3
    """,
    "task explain-request": """
    Mỗi lúc chỉ có một yêu cầu chờ trả lời; `task explain` trả lời yêu cầu đó. Giải trình ghi sau --due là giải trình muộn, và `history`, `head view`, `yearly`, `evaluate --explain` đều nêu rõ. Yêu cầu gửi đơn vị chủ trì chịu trách nhiệm về hạn đã trễ: nhiệm vụ quá hạn đã chuyển cho đơn vị khác thì đơn vị chủ trì trước giải trình, do người đứng đầu đơn vị đó trả lời.

    Ví dụ:
      clearledger task explain-request PL2-I-1 --by "Phạm Anh Tuấn" --due 15/05/2026
    """,
    "task acknowledge": """
    Chỉ người đứng đầu đơn vị chủ trì vào ngày --on xác nhận đã nhận, mỗi đơn vị chủ trì một lần (nhiệm vụ chuyển cho đơn vị khác thì người đứng đầu đơn vị đó xác nhận lại). `check` liệt kê các nhiệm vụ chưa kết thúc mà đơn vị chủ trì chưa xác nhận đã nhận trong số ngày làm việc chính sách đánh giá quy định (5 ngày, trừ khi acknowledgement_working_days của chính sách nói khác).

    Ví dụ:
      clearledger task acknowledge PL1-I-1 --by "Trần Thị Bình" --on 12/01/2026
    """,
    "history": """
    Mỗi dòng bắt đầu bằng vị trí của sự kiện (#) và phiên bản trong luồng sự kiện của nó; phiên bản là số mà --expect-version kiểm tra. Các sự kiện đã bị rút lại vẫn được hiện, có đánh dấu.
    """,
    "replay": """
    --until cho xem nhật ký như tại thời điểm đó (theo thời gian ghi): một thời điểm cụ thể (2026-07-05T09:00:00+07:00) hoặc một ngày (05/07/2026, tức là cuối ngày đó). Với --json, mỗi dòng là một đối tượng JSON.
    """,
    "audit": """
    Độ trễ là số ngày từ ngày sự việc xảy ra (theo lời người ghi) đến ngày sổ ghi nhận. Sự việc được ghi muộn hơn ngày đã nêu quá --threshold ngày thì bị đánh dấu: đó là dấu hiệu của việc ghi lùi ngày để che việc làm chậm.

    --actor NAME chỉ cho xem những gì người đó đã ghi, trực tiếp hoặc qua tài khoản web (NAME cũng có thể là tên đăng nhập của tài khoản).

    Ví dụ:
      clearledger audit --unit VHXH --since 01/07/2026 --threshold 3
    """,
    "diff": """
    Cả hai bức tranh đều là tình hình của cùng một ngày (--as-of, mặc định hôm nay); chúng chỉ khác nhau ở những gì sổ đã biết. Một lần hoàn thành ghi muộn hiện ra ở đây là sự kiện đã chuyển “quá hạn” thành “hoàn thành đúng hạn”.

    Ví dụ:
      clearledger diff --known-at 01/07/2026 --known-at 10/07/2026 --as-of 30/06/2026
    """,
    "digest": """
    Về sau, `clearledger verify --digest POS:HASH` chứng minh sổ vẫn giữ nguyên sự kiện đó và nối tiếp từ đó; lệnh báo lỗi nếu có sự kiện bị xóa khỏi cuối nhật ký hoặc có bất cứ gì từ đầu đến vị trí đó bị viết lại.
    """,
    "rebuild": """
    In mã băm (SHA-256) của các bảng tổng hợp trước và sau khi dựng lại; hai mã khớp nhau khi các bảng được cập nhật lúc ghi là đúng. Bản thân nhật ký không bao giờ bị động đến. Khi các bảng tổng hợp đã lệch khỏi nhật ký (bị sửa trực tiếp, không qua sổ), một bản sao của sổ như trước khi dựng lại được giữ bên cạnh (LEDGER.before-rebuild-TIME) để kiểm tra, và mã thoát là 5.
    """,
    "verify": """
    Mã băm của mỗi sự kiện được tính trên toàn bộ bản ghi sự kiện và mã băm liền trước, nên việc sửa, xóa hay đổi thứ tự bất kỳ sự kiện nào mà không qua sổ đều làm đứt chuỗi tại chỗ đó. Sau đó, các bảng tổng hợp (nhiệm vụ, diễn biến, đơn vị, nhiệm kỳ, kế hoạch) được dựng lại từ nhật ký trong bộ nhớ và so với các bảng đã lưu, nên cũng phát hiện được bảng bị sửa không qua sổ, hoặc sự kiện không còn đọc được (--chain-only bỏ qua bước này). Chữ ký Ed25519 của mọi sự kiện đã ký được kiểm tra theo khóa đã đăng ký (và chưa bị thu hồi) trước sự kiện đó, nên một lần viết lại dù đã tính lại chuỗi băm vẫn bị phát hiện ở sự kiện đã ký đầu tiên sau chỗ viết lại; khi đã bắt buộc ký, sự kiện không có chữ ký cũng bị báo lỗi.
    """,
    "events": """
    Mỗi dòng là một sự kiện đúng như đã lưu: vị trí, luồng và phiên bản, loại và phiên bản lược đồ, cả hai thời gian, người ghi, nội dung (payload), mã băm trước và mã băm (Schemas/envelope.v1.schema.json). Một sổ mới nhập tệp này sẽ tái tạo đúng sổ nguồn: cùng các mã băm, `verify` đạt. Còn `events import --foreign SOURCE` thì ghi các sự việc của một hệ thống khác thành sự kiện mới của sổ này, bỏ qua những gì đã nhập.
    """,
    "events import": """
    Chế độ nguyên bản (mặc định) dùng để khôi phục hoặc chuyển một sổ: mỗi dòng phải là vị trí kế tiếp, nối vào mã băm trước nó, có loại và phiên bản sự kiện đã biết, và có mã băm đúng như dòng ghi. Dùng chế độ này trên một sổ mới (`clearledger init`) để khôi phục bản sao lưu.

    Với --foreign SOURCE, tệp là dữ liệu xuất của một hệ thống khác (Schemas/foreign-fact.v1.schema.json; tệp sự kiện của ClearLedger cũng thuộc dạng này): mỗi sự việc được xét theo các quy tắc của chính sổ này như khi ghi bằng lệnh tương ứng, rồi trở thành một sự kiện mới do --actor ghi vào lúc này, nội dung sự kiện giữ mã định danh ở nguồn trong trường "origin". Sự việc có SOURCE và mã đã có ở đây thì được bỏ qua, nên nhập cùng một tệp hai lần không thêm gì.

    Dù theo chế độ nào, dòng đầu tiên không nhận được sẽ được nêu ra và không gì được ghi.

    Ví dụ:
      clearledger init --db restored.sqlite && \\
        clearledger events import backup.jsonl --db restored.sqlite
      clearledger events import xa-hoa-binh.jsonl --foreign xa-hoa-binh \\
        --actor "Văn phòng huyện"
    """,
    "key": """
    Khóa gắn một người với những gì người đó ghi: với --key FILE (hoặc CLEARLEDGER_KEY), mọi lệnh ghi đều ký sự kiện của mình, và sự kiện được ghi dưới tên người giữ khóa, bất kể --actor nêu gì. `clearledger verify` kiểm tra mọi chữ ký.
    """,
    "key new": """
    FILE được tạo với quyền 0600 và không bao giờ bị ghi đè. Với --passphrase-env NAME, khóa bí mật được niêm phong bằng mật khẩu trong biến môi trường đó (scrypt và AES-GCM); khi dùng khóa, cung cấp mật khẩu qua CLEARLEDGER_KEY_PASSPHRASE. --person là một người trong sổ (đã đăng ký bằng `person add`, hoặc đã được bổ nhiệm làm người đứng đầu), theo họ tên hoặc mã cán bộ. Khi đã bắt buộc ký (policy require-signatures), chính việc đăng ký khóa cũng phải được ký bằng --key: khóa của chính người đó (khóa thứ hai) hoặc khóa của người đã đặt yêu cầu chữ ký, người giữ các khóa.
      clearledger key new --person "Trần Thị Bình" --out binh.key

    --web-server tạo khóa của máy chủ web: `clearledger serve --key FILE` dùng nó để ký thay mỗi tài khoản đã đăng nhập những gì tài khoản đó ghi; sự kiện nêu người của tài khoản và tài khoản ("Trần Thị Bình (web: binh.tt)"). Khóa này không ký cho ai khác: dòng lệnh không ghi được bằng nó, và `verify` kiểm tra mỗi sự kiện nó ký đều nêu một tài khoản đang mở lúc đó.
      clearledger key new --web-server --person "Máy chủ web UBND xã" --out server.key
    """,
    "policy require-signatures": """
    Chính việc đặt yêu cầu này cũng phải được ký (--key): người ký là người giữ các khóa. Từ đó, khóa của một người chỉ được đăng ký hoặc thu hồi bằng khóa của chính người đó hoặc của người giữ khóa.
      clearledger policy require-signatures --key chu-tich.key
    """,
    "policy fixed-clock": """
    Khi kiểm thử, chạy bản trình diễn (demo) hay dùng sổ tập huấn, đồng hồ được cố định bằng CLEARLEDGER_NOW; sổ thật thì không nên, vì đồng hồ cố định cho phép người ghi tự chọn thời gian ghi. Mọi sự kiện ghi theo cách đó đều được đánh dấu, và `audit` cho thấy dấu này.
    """,
    "hub": """
    Kho tổng hợp (hub) giữ sự kiện của từng xã đúng như sổ của xã đã ghi (vị trí, mã băm và chuỗi băm của chính sổ đó) và trả lời bằng cùng các bảng tổng hợp và quy tắc như sổ của xã, có nêu nguồn trên mỗi dòng.

      clearledger hub init --postgres postgres://user@127.0.0.1:5432/hub
      clearledger hub add-source xa-chi-minh --name "Xã Chí Minh"
      clearledger events export --db xa.sqlite > xa.jsonl
      clearledger hub ingest xa-chi-minh xa.jsonl
      clearledger hub overdue

    Biến môi trường: CLEARLEDGER_HUB_URL (cơ sở dữ liệu, thay cho --postgres), CLEARLEDGER_LANG, CLEARLEDGER_NOW.
    """,
    "hub units": """
    Cùng các bảng như `clearledger unit view` ở mỗi xã, tên nguồn ở đầu. Với --unit, một đơn vị (theo mã hoặc tên, như `unit view ĐƠN_VỊ` của chính xã đó đọc): chỉ trong --source, hoặc trong mọi nguồn có đơn vị như vậy.

    Ví dụ:
      clearledger hub units --source xa-chi-minh --unit VHXH
      clearledger hub units --unit "Phòng Văn hóa - Xã hội" --json
    """,
    "hub heads": """
    Cùng các bảng như `clearledger head view` ở mỗi xã, tên nguồn ở đầu. Với --person, một người (theo mã cán bộ hoặc họ tên, như `head view NGƯỜI` của chính xã đó đọc): chỉ trong --source, hoặc trong mọi nguồn có người như vậy.

    Ví dụ:
      clearledger hub heads --source xa-chi-minh --person "Nguyễn Văn An"
      clearledger hub heads --person NVA --json
    """,
    "hub ingest": """
    Tệp phải nối tiếp những gì hub đang giữ của nguồn: ở phần trùng nhau, mọi sự kiện phải đúng là sự kiện hub đã có, nếu không thì không gì được ghi và vị trí khác nhau đầu tiên được nêu ra (lịch sử của xã đã bị viết lại). Nhận lại cùng một tệp không thêm gì; tệp xuất có thêm sự kiện thì chỉ các sự kiện mới được thêm vào. Mỗi sự kiện mới có chữ ký phải khớp một khóa nguồn đã đăng ký trước nó. Nguồn được thêm với --key phải gửi `events export --with-proofs`: mốc kiểm tra phải được ký bằng khóa đó và bằng chứng của từng dòng phải dẫn tới gốc của mốc; dòng nào sai thì bị từ chối kèm số dòng.

    Với --dir, mỗi tệp NGUỒN.jsonl trong thư mục là tệp xuất của nguồn NGUỒN: mỗi tệp được nhận trong một giao dịch riêng, nhiều tệp cùng lúc (mỗi lõi máy một kết nối), kết quả được báo theo thứ tự tên. Tệp bị từ chối thì không ghi gì và được nêu tên cùng lý do; các tệp khác vẫn được nhận, và mã thoát khi đó là mã của lần từ chối đầu tiên (theo thứ tự tên). Mọi tệp khác (xa-1.json, xa-1.JSONL, ghichu.txt) được nêu tên trên đầu ra lỗi chuẩn cùng lý do bị bỏ qua; thư mục không có tệp NGUỒN.jsonl nào thì bị từ chối. Tệp không có sự kiện nào bị từ chối: tệp xuất luôn có các sự kiện đầu tiên của sổ.
    """,
    "hub status": """
    Cùng bảng như `clearledger status` ở mỗi xã, phân loại theo ngày hôm nay (hoặc --as-of) với những gì mỗi xã đã ghi đến --known-at (theo thời điểm sổ của xã ghi, không phải lúc hub nhận), mỗi nhiệm vụ một dòng, tên nguồn ở đầu. Các phân loại: completed_on_time (hoàn thành đúng hạn), completed_late (hoàn thành quá hạn), in_progress_within_deadline (đang làm trong hạn), overdue (quá hạn), no_deadline (không có hạn), cancelled (đã hủy), paused (tạm dừng), superseded (được thay thế).

    Ví dụ:
      clearledger hub status --source xa-chi-minh --bucket overdue
      clearledger hub status --as-of 30/06/2026 --known-at 2026-07-01T09:00:00+07:00 --json
    """,
    "serve": """
    Tài khoản được mở bằng `clearledger account add`. Vẫn dùng được dòng lệnh trên cùng tệp trong khi máy chủ chạy. Dừng gọn gàng khi nhận SIGTERM hoặc SIGINT. /healthz trả lời 200 khi còn đọc được sổ. Không tải gì từ ngoài máy.

    Với --key FILE (hoặc CLEARLEDGER_KEY), FILE phải là khóa của máy chủ web (`key new --web-server`): máy chủ ký thay tài khoản mọi việc ghi qua trang web. Khóa của một người bị từ chối, vì nó sẽ ghi mọi việc dưới tên người đó. Khi sổ bắt buộc ký (policy require-signatures), máy chủ cần khóa này để ghi được.

    Với --hub URL (cơ sở dữ liệu PostgreSQL của hub, như các lệnh `hub` dùng), máy chủ phục vụ hub cho cán bộ cấp trên: mọi xã theo nhóm tình trạng, nhiệm vụ của các xã lọc theo xã và nhóm, /api/status như `hub status --json`, đều nhận as_of và known_at. Hub không ghi gì; tài khoản đăng nhập là tài khoản của sổ mà --db chỉ ra (sổ của chính cơ quan cấp trên, mở bằng `account add`).
      clearledger serve --hub postgres://hub@127.0.0.1/hub --db tinh.sqlite --port 8090
    """,
    "account add": """
    Ví dụ:
      printf '%s\\n' "$PASSWORD" | clearledger account add binh.tt --person "Trần Thị Bình" \\
        --role head --unit VHXH --password-stdin
    Vai trò: clerk (văn thư), head (trưởng đơn vị, cần --unit), leader (lãnh đạo), inspector (thanh tra), admin (quản trị).
    """,
    "checkpoint": """
    Mốc kiểm tra (định dạng signed note của C2SP) nêu nhật ký có bao nhiêu sự kiện và gốc cây Merkle (RFC 6962) tính trên mã băm của chúng, được ký bằng khóa riêng của sổ (LEDGER.key bên cạnh sổ, tạo khi `init`). Ai giữ một mốc kiểm tra thì về sau có thể đòi bằng chứng: rằng một sự kiện nằm trong mốc đó (`prove POS`), và rằng nhật ký về sau nối tiếp mốc đó (`prove --consistency`), rồi tự kiểm tra mà không cần sổ này (`verify-proof`, Scripts/verify-proof.py).
      clearledger checkpoint --out xa-2026-06.checkpoint
      clearledger checkpoint key
      clearledger checkpoint cosign xa-2026-06.checkpoint --key huyen.key
    """,
    "checkpoint cosign": """
    Chữ ký của chính mốc kiểm tra được kiểm tra trước, theo --ledger-key hoặc khóa của một nguồn đã đăng ký trong sổ này (`source add`). Chữ ký xác nhận (C2SP tlog-cosignature/v1: Ed25519 trên mốc kiểm tra và thời điểm ký) được tạo bằng --key, một tệp khóa tạo bằng `key new`, và được thêm vào FILE (hoặc ghi ra --out).
      clearledger checkpoint cosign xa.checkpoint --key huyen.key --db huyen.sqlite
    """,
    "prove": """
    `prove POS` ghi bằng chứng có mặt của sự kiện ở vị trí POS trong cây của một mốc kiểm tra (--checkpoint FILE, không có thì mốc mới nhất lập ở sổ này). `prove --consistency OLD` ghi bằng chứng rằng cây của mốc mới hơn (--checkpoint NEW, không có thì mốc mới nhất lập ở đây) nối tiếp cây của OLD: không sự kiện nào của OLD bị thay đổi, xóa hay dời chỗ. Cả hai đều bị từ chối với mã thoát 2 khi sổ này không còn gốc cây của mốc kiểm tra (lịch sử đã bị viết lại từ đó). Bằng chứng là JSON (Schemas/proof.v1.schema.json) gồm O(log n) mã băm; kiểm tra bằng `verify-proof` hoặc Scripts/verify-proof.py.
      clearledger prove 42 --checkpoint xa.checkpoint --out p42.json
      clearledger prove --consistency xa-2026-06.checkpoint \\
        --checkpoint xa-2026-12.checkpoint
    """,
    "verify-proof": """
    Mốc kiểm tra phải được ký bằng khóa sổ của nó, tìm theo thứ tự: --ledger-key, khóa riêng của sổ này, rồi khóa của một nguồn đã đăng ký ở đây (`source add`). Bằng chứng có mặt phải dẫn từ mã băm của sự kiện đến gốc cây của mốc kiểm tra; với --event (một dòng của tệp `events export`, hoặc tệp chứa dòng đó), sự kiện còn phải có mã băm đúng bằng mã băm trong bằng chứng, nên nội dung của nó cũng được chứng minh. Với bằng chứng nối tiếp, mốc kiểm tra cũ hơn phải được ký bằng cùng khóa và cây mới hơn phải nối tiếp nó. Các chữ ký xác nhận trên mốc kiểm tra được liệt kê, và được kiểm tra khi khóa của bên chứng kiến đã đăng ký ở đây hoặc được nêu bằng --witness. Không cần sổ: Scripts/verify-proof.py kiểm tra cùng các tệp đó chỉ với Python.
      clearledger verify-proof p42.json --checkpoint xa.checkpoint --ledger-key xa.pub
    """,
    "source": """
    Khi một nguồn đã được đăng ký, `events import FILE --foreign SOURCE` chỉ nhận tệp xuất có bằng chứng của nguồn đó (`events export --with-proofs`): một mốc kiểm tra được ký bằng khóa này, và bằng chứng có mặt của từng sự kiện. Sự việc nào có bằng chứng không đạt thì bị từ chối, kèm số dòng; không gì được ghi.
      clearledger source add xa-hoa-binh --key "$(cat xa-hoa-binh.pub)"
    """,
    "head vacate": """
    Ngày ghi (--on) là ngày đầu tiên không có người đứng đầu, có thể sau hôm nay khi quyết định ban hành trước: người đương nhiệm giữ chức đến hết ngày hôm trước, và hạn rơi vào ngày đó hoặc sau đó, cho đến lần bổ nhiệm sau (head appoint, hoặc head appoint --acting), không tính cho người đứng đầu nào của đơn vị; `check` nêu các nhiệm vụ đó. Nhiệm kỳ được hiển thị từ ngày đầu tiên đến ngày cuối cùng giữ chức (ngày trước ngày đầu của người kế nhiệm, hoặc của thời gian để trống); trong --json, `until` là ngày đầu đó.
    """,
    "unit rename": """
    Đơn vị giữ nguyên mã, nhiệm vụ và người đứng đầu. Các bức tranh vào một ngày trước khi đổi tên (--as-of) và lịch sử hiện tên đơn vị mang vào lúc đó.
    """,
    "unit merge": """
    Trong một giao dịch, mỗi nhiệm vụ chưa xong do đơn vị chủ trì được chuyển cho đơn vị kia (như `task reassign`: trách nhiệm đã chốt tại thời hạn đã qua vẫn thuộc đơn vị cũ), rồi đơn vị kết thúc. Nhiệm vụ đã quá thời hạn nhận --due làm thời hạn riêng của đơn vị chủ trì mới (mặc định: ngày sáp nhập). Lịch sử và các bức tranh của ngày trước đó giữ đơn vị cũ với tên cũ. Đơn vị tạo nhầm được xóa bằng cách này.
    """,
    "unit dissolve": """
    Hãy chuyển giao các nhiệm vụ chưa xong trước (task reassign), hoặc sáp nhập đơn vị vào đơn vị khác (unit merge). Lịch sử và tên đơn vị trong các bức tranh của ngày trước đó vẫn giữ nguyên.
    """,
    "task amend": """
    Dùng cho chức danh kế hoạch chưa ghi, đơn vị phối hợp kế hoạch ghi chung chung, lỗi chính tả trong nội dung. Mỗi tùy chọn được ghi thay cho nội dung đang có hiệu lực; nội dung cũ vẫn còn trong lịch sử, và `check` đánh giá lại nhiệm vụ đã sửa.
    """,
  ]
}
