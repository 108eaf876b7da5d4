extension HelpCatalog {
  /// The details of the hub's one-commune reads (`hub units --unit`, `hub heads --person`).
  static let hubReadDiscussions: [String: String] = [
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
  ]

  /// The help of the hub's one-commune read options, keyed "PATH NAME".
  static let hubReadArguments: [String: String] = [
    "hub units --unit":
      "Một đơn vị, theo mã hoặc tên: trong --source, hoặc trong mọi nguồn có đơn vị đó.",
    "hub heads --person":
      "Một người, theo mã cán bộ hoặc họ tên: trong --source, hoặc trong mọi nguồn có người đó.",
  ]
}
