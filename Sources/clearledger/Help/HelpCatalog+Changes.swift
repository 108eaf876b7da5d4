extension HelpCatalog {
  /// The summaries of the commands that record changes of people, units and plans.
  static let changeCommands: [String: String] = [
    "head vacate": "Ghi nhận người đứng đầu đơn vị thôi giữ chức và chưa có ai thay.",
    "unit rename":
      "Ghi nhận tên mới của đơn vị từ một ngày; các bức tranh của ngày trước đó giữ tên cũ.",
    "unit merge":
      "Sáp nhập một đơn vị vào đơn vị khác từ một ngày; các nhiệm vụ chưa xong chuyển sang đơn vị đó.",
    "unit dissolve":
      "Ghi nhận đơn vị bị giải thể; bị từ chối khi đơn vị còn chủ trì việc chưa xong.",
    "task amend":
      "Sửa nội dung kế hoạch của nhiệm vụ: nội dung, chức danh, kết quả, đơn vị phối hợp.",
  ]

  /// Their details.
  static let changeDiscussions: [String: String] = [
    "head vacate": """
    Nhiệm kỳ của người đứng đầu đương nhiệm kết thúc vào ngày ghi. Cho đến lần bổ nhiệm sau (head appoint, hoặc head appoint --acting), chức danh để trống, và `check` nêu các nhiệm vụ đến hạn trong thời gian đó.
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

  /// Help for their arguments, keyed "PATH NAME".
  static let changeArguments: [String: String] = [
    "head appoint --acting":
      "Người được giao quyền (quyền), chịu trách nhiệm như người đứng đầu trong thời gian đó.",
    "head appoint --decision": "Quyết định bổ nhiệm, ví dụ 120/QĐ-UBND.",
    "head vacate <unit>": "Đơn vị, theo mã hoặc tên.",
    "head vacate --decision": "Quyết định kết thúc nhiệm kỳ.",
    "unit rename <unit>": "Đơn vị, theo mã hoặc tên.",
    "unit rename <new-name>": "Tên đầy đủ mới của đơn vị.",
    "unit rename --decision": "Quyết định đổi tên.",
    "unit merge <unit>": "Đơn vị kết thúc, theo mã hoặc tên.",
    "unit merge --into": "Đơn vị tiếp nhận, theo mã hoặc tên.",
    "unit merge --decision": "Quyết định sáp nhập.",
    "unit merge --due":
      "Thời hạn của đơn vị chủ trì mới cho các nhiệm vụ đã quá thời hạn. Mặc định: ngày sáp nhập.",
    "unit dissolve <unit>": "Đơn vị, theo mã hoặc tên.",
    "unit dissolve --decision": "Quyết định giải thể.",
    "task amend --title": "Nội dung công việc mới.",
    "task amend --role": "Chức danh người đứng đầu chịu trách nhiệm mới.",
    "task amend --role-unit": "Đơn vị mà chức danh thuộc về.",
    "task amend --result": "Kết quả cần đạt mới.",
    "task amend --support": "Một đơn vị phối hợp (ghi lại cho mỗi đơn vị); thay cho các đơn vị cũ.",
    "task amend --no-support": "Không có đơn vị phối hợp.",
    "task amend --reason": "Lý do sửa kế hoạch.",
    "task amend --decision": "Quyết định sửa kế hoạch.",
  ]
}
