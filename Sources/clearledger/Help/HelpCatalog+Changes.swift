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
