extension HelpCatalog {
  /// The details of the commands people read first, in Vietnamese; the others point to their
  /// English details.
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
    "task assign": """
    Chọn đúng một trong --due, --ongoing, --yearly. Mã nhiệm vụ (hiện khi tạo) là T-001, T-002… trừ khi --id nêu mã.

    Nghĩa vụ báo cáo định kỳ ghi bằng --due như kế hoạch viết: “hằng tháng” (monthly), “hằng quý” hoặc “định kỳ hằng quý” (quarterly), “6 tháng một lần” (half-yearly). Báo cáo mỗi kỳ đến hạn vào ngày cuối kỳ (31/03, 30/06, 30/09, 31/12 với quý), hoặc vào ngày cụm từ nêu trong tháng cuối kỳ (“hằng quý trước ngày 20”, “quarterly by 20”: 20/03, 20/06…). Một báo cáo tiến độ ghi ngày trong kỳ là đáp ứng kỳ đó; kỳ nào đến hạn mà chưa có báo cáo là quá hạn kỳ đó.

    Ví dụ:
      clearledger task assign "Hoàn thành kết nối, chia sẻ dữ liệu" --lead VHXH \\
        --support "Công an xã" --role "Chủ tịch UBND xã" --result "Hoàn thành kết nối" \\
        --due 30/09/2026
    """,
  ]
}
