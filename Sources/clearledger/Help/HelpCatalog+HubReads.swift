extension HelpCatalog {
  /// The help of the hub's one-commune read options, keyed "PATH NAME".
  static let hubReadArguments: [String: String] = [
    "hub add-source --allow-mixed-script":
      "Chấp nhận tên có chữ cái từ nhiều hệ chữ (ví dụ Latin và Kirin).",
    "hub units --unit":
      "Một đơn vị, theo mã hoặc tên: trong --source, hoặc trong mọi nguồn có đơn vị đó.",
    "hub heads --person":
      "Một người, theo mã cán bộ hoặc họ tên: trong --source, hoặc trong mọi nguồn có người đó.",
  ]
}
