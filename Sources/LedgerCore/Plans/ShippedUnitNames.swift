/// The dictionary of Vietnamese public bodies shipped with the binary, exactly as
/// `Schemas/unit-names.v1.json` (a test checks).
enum ShippedUnitNames {
  static let json = #"""
    {
      "version": "vn-public-bodies.v1",
      "description": "Names of standard Vietnamese public bodies that plans assign tasks to, known to the plan reader before any cell is split: a name here is one unit even when it holds 'và' or a comma. Collective phrases name a group of bodies (a real assignment whose responsibility is unclear); generic phrases name no one. A shipped version is never edited; a change is a new version.",
      "central": [
        "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Văn phòng Quốc hội", "Hội đồng Dân tộc",
        "Ủy ban Pháp luật và Tư pháp", "Ủy ban Pháp luật", "Ủy ban Tư pháp", "Ủy ban Kinh tế và Tài chính",
        "Ủy ban Khoa học, Công nghệ và Môi trường", "Ủy ban Văn hóa và Xã hội", "Ủy ban Quốc phòng, An ninh và Đối ngoại",
        "Chủ tịch nước", "Văn phòng Chủ tịch nước", "Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ",
        "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán nhà nước",
        "Ban Bí thư", "Bộ Chính trị", "Văn phòng Trung ương Đảng", "Ban Tổ chức Trung ương",
        "Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương",
        "Ban Nội chính Trung ương", "Ban Kinh tế Trung ương", "Ban Chính sách, chiến lược Trung ương",
        "Ủy ban Kiểm tra Trung ương", "Đảng ủy Chính phủ", "Đảng ủy Quốc hội",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Tổng Liên đoàn Lao động Việt Nam",
        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính",
        "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Dân tộc và Tôn giáo",
        "Bộ Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư", "Bộ Lao động - Thương binh và Xã hội",
        "Bộ Giao thông vận tải", "Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn",
        "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Ủy ban Dân tộc",
        "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam",
        "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học xã hội Việt Nam",
        "Đại học Quốc gia Hà Nội", "Đại học Quốc gia Thành phố Hồ Chí Minh", "Bảo hiểm xã hội Việt Nam",
        "Học viện Chính trị quốc gia Hồ Chí Minh", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
        "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tập đoàn Bưu chính Viễn thông Việt Nam",
        "Tổng công ty Bưu điện Việt Nam", "Phòng Thương mại và Công nghiệp Việt Nam",
        "Liên đoàn Thương mại và Công nghiệp Việt Nam", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"
      ],
      "provincial": [
        "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố", "UBND tỉnh", "UBND thành phố",
        "Hội đồng nhân dân tỉnh", "Văn phòng UBND tỉnh", "Văn phòng UBND thành phố",
        "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng Ủy ban nhân dân thành phố",
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng Tỉnh ủy", "Văn phòng Thành ủy",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
        "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Môi trường",
        "Sở Xây dựng", "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa và Thể thao", "Sở Du lịch",
        "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Dân tộc và Tôn giáo",
        "Sở Ngoại vụ", "Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư",
        "Sở Lao động - Thương binh và Xã hội", "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường",
        "Sở Nông nghiệp và Phát triển nông thôn", "Thanh tra tỉnh", "Thanh tra thành phố",
        "Công an tỉnh", "Công an thành phố", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Tư lệnh Thành phố",
        "Đài Phát thanh và Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh",
        "Ban Quản lý các khu công nghiệp", "Ban Quản lý Khu kinh tế", "Trung tâm Phục vụ hành chính công tỉnh",
        "Trung tâm Chuyển đổi số tỉnh", "Kho bạc Nhà nước khu vực", "Thuế tỉnh", "Bảo hiểm xã hội tỉnh",
        "Ngân hàng Nhà nước chi nhánh tỉnh", "Viễn thông tỉnh", "Viettel tỉnh", "Bưu điện tỉnh",
        "Liên minh Hợp tác xã tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh Đoàn"
      ],
      "commune": [
        "Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND phường",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
        "Văn phòng Đảng ủy xã", "Văn phòng Đảng ủy phường", "Ủy ban MTTQ Việt Nam xã",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban MTTQ Việt Nam phường",
        "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Trung tâm Phục vụ hành chính công xã", "Trung tâm Phục vụ hành chính công phường",
        "Trung tâm Dịch vụ sự nghiệp công xã", "Trung tâm Dịch vụ sự nghiệp công phường",
        "Công an xã", "Công an phường", "Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự phường",
        "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Đoàn Thanh niên xã", "Trạm Y tế xã", "Trạm Y tế phường",
        "Ban Xây dựng Đảng xã", "Ủy ban Kiểm tra Đảng ủy xã"
      ],
      "collective_openings": [
        "các bộ", "các sở", "các cơ quan", "các đơn vị", "các địa phương", "các tỉnh", "các xã",
        "các phòng", "các ban", "các doanh nghiệp", "các tập đoàn", "các hội", "các trường",
        "các tổ chức", "các ngành", "các thôn", "các tổ"
      ],
      "collective_inner": [
        "ủy ban nhân dân các", "ubnd các", "uỷ ban nhân dân các", "hội đồng nhân dân các", "công an các"
      ],
      "generic": [
        "liên quan", "có liên quan", "ngành", "các ngành", "địa phương", "các địa phương", "thành phố",
        "tỉnh", "bộ", "các bộ", "đơn vị", "cơ quan", "tổ chức", "doanh nghiệp", "người dân",
        "các cấp", "mọi cấp", "toàn xã", "cá nhân"
      ]
    }
    """#
}
