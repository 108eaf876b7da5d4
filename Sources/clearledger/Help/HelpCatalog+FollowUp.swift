extension HelpCatalog {
  /// The summaries of the follow-up commands (reminders, receipt, explanations, evidence).
  static let followUpCommands: [String: String] = [
    "attachment": "Lấy lại một tệp minh chứng lưu trong sổ.",
    "attachment get":
      "Ghi ra tệp minh chứng có mã SHA-256 này (xem `history`), giống hệt từng byte.",
    "task explain-request": "Yêu cầu đơn vị chủ trì giải trình về một nhiệm vụ, có hạn trả lời.",
    "task explain": "Ghi giải trình của đơn vị chủ trì, trả lời yêu cầu đang chờ.",
    "task acknowledge": "Ghi nhận người đứng đầu đơn vị chủ trì đã xác nhận nhận nhiệm vụ.",
    "due": "Liệt kê nhiệm vụ sắp đến hạn và quá hạn, theo từng người chịu trách nhiệm.",
    "remind":
      "Viết cho mỗi người một thông báo nhắc việc (Markdown và văn bản thường), sẵn để gửi.",
  ]

  /// The help of the follow-up commands' arguments, keyed "PATH NAME".
  static let followUpArguments: [String: String] = [
    "report --attach":
      "Tệp giữ làm minh chứng (theo mã SHA-256, tối đa 10 MiB); lặp lại để đính kèm nhiều tệp.",
    "task complete --attach":
      "Tệp giữ làm minh chứng (theo mã SHA-256, tối đa 10 MiB); lặp lại để đính kèm nhiều tệp.",
    "task explain --attach":
      "Tệp giữ làm minh chứng (theo mã SHA-256, tối đa 10 MiB); lặp lại để đính kèm nhiều tệp.",
    "attachment get <hash>":
      "Mã SHA-256 của tệp, như `history --json` ghi, hoặc 8 chữ số đầu trở lên của mã.",
    "attachment get --out": "Tệp cần ghi.",
    "task assign --quarterly": "Báo cáo đến hạn vào cuối mỗi quý (định kỳ hằng quý).",
    "task assign --monthly": "Báo cáo đến hạn vào cuối mỗi tháng (hằng tháng).",
    "task explain-request --by": "Người yêu cầu.",
    "task explain-request --due": "Hạn giải trình.",
    "task explain --by": "Người giải trình.",
    "task explain --doc": "Văn bản giải trình, ví dụ 15/BC-VHXH.",
    "task explain <text>": "Nội dung giải trình.",
    "task acknowledge --by": "Người đứng đầu đơn vị chủ trì.",
    "due --within":
      "Số ngày tính tới (mặc định 7: cả ba mức nhắc 7, 3 và 1 ngày đều nằm trong đó).",
    "remind --within":
      "Số ngày tính tới (mặc định 7: cả ba mức nhắc 7, 3 và 1 ngày đều nằm trong đó).",
    "due --unit": "Chỉ nhiệm vụ đơn vị này chủ trì.",
    "remind --unit": "Chỉ nhiệm vụ đơn vị này chủ trì.",
    "due --person": "Chỉ nhiệm vụ của người này.",
    "remind --person": "Chỉ nhiệm vụ của người này.",
    "remind --out": "Thư mục ghi các thông báo.",
    "status --bucket": "Chỉ nhiệm vụ thuộc phân loại này (completed_on_time, overdue, …).",
    "status --due-before": "Chỉ nhiệm vụ có hạn trước ngày này (tính cả ngày đó).",
    "status --due-after": "Chỉ nhiệm vụ có hạn sau ngày này (tính cả ngày đó).",
    "status --plan": "Chỉ nhiệm vụ của kế hoạch này (số hiệu, ví dụ 49/KH-UBND).",
    "status --person":
      "Chỉ nhiệm vụ người này chịu trách nhiệm (người đứng đầu hoặc trưởng đơn vị chủ trì) hoặc đã ghi là người thực hiện (--by).",
    "status --text":
      "Chỉ nhiệm vụ có nội dung hoặc kết quả chứa từng từ này, theo thứ tự nào cũng được; gõ không dấu cũng được (“chuyen doi so”).",
  ]
}
