/// The seed plan shipped with the binary: the 2026 plan of Chí Minh commune for Resolution
/// 57-NQ/TW, exactly as `Tests/Fixtures/plans/000_7886a9d818ebd768.txt` (a test checks).
enum SeedPlan {
  static let fileName = "000_7886a9d818ebd768.txt"

  static let text = #"""


    Số: /KH-UBND

    Chí Minh, ngày tháng năm 2026

    ## KẾ HOẠCH

    ### Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia năm 2026

    Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (Nghị quyết 57-NQ/TW); Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ về thực hiện Nghị quyết số 57-NQ/TW; Nghị quyết số 193/2025/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc biệt tạo đột phá phát triển KHCN, ĐMST và CDS quốc gia; Nghị quyết số 11/NQ-CP ngày 14/01/2026 của Chính phủ sửa đổi, bổ sung, cập nhật Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển KHCN, ĐMST và CDS quốc gia; Kế hoạch hành động số 12-KH/TU ngày 26/8/2025 của Ban Thường vụ Thành ủy về thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển KHCN, ĐMST và CDS quốc gia;

    Thực hiện Kế hoạch số 49/KH-UBND ngày 12 tháng 02 năm 2026 của UBND thành phố Hải Phòng về việc thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia năm 2026, Ủy ban nhân dân xã Chí Minh xây dựng Kế hoạch thực hiện, cụ thể như sau:

    ## I. MỤC ĐÍCH, YÊU CẦU

    ### 1. Mục đích

    - Tổ chức triển khai đồng bộ, quyết liệt, hiệu quả các chương trình, nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; tập trung thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Kế hoạch hành động số 12-KH/TU ngày 26/8/2025 của ban Thường vụ Thành ủy, đảm bảo thống nhất về mục tiêu, nội dung là lộ trình triển khai.

    - Tiếp tục đẩy mạnh thực hiện các giải pháp đột phá về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo tinh thần Nghị quyết số 57-NQ/TW, Nghị quyết số 71/NQ-CP và Kế hoạch hành động số 12-KH/TU; qua đó góp phần hoàn thành mục tiêu phát triển kinh tế - xã hội năm 2026 và giai đoạn 2026-2030, nâng cao năng lực cạnh tranh và chất lượng tăng trưởng của xã.

    - Tăng cường công tác lãnh đạo, chỉ đạo, điều hành của UBND xã; nâng cao trách nhiệm của các tổ chức, cá nhân, đặc biệt là người đứng đầu trong triển khai nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; từng bước thực hiện hóa mục tiêu xác định khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá quan trọng hàng đầu, động lực chủ yếu thúc đẩy phát triển nhanh lực lượng sản xuất hiện đại, hoàn thiện quan hệ sản xuất, đổi mới phương thức quản trị, phát triển kinh tế - xã hội thành phố xứng tầm trong kỷ nguyên mới.

    ## **2. Yêu cầu**

    - Tổ chức triển khai, thống nhất, đồng bộ các nhiệm vụ; tăng cường phối hợp liên ngành, giữa các cơ quan, đơn vị liên quan, bảo đảm triển khai kịp thời, đồng bộ và hiệu quả các nhiệm vụ, giải pháp đề ra.

    - Việc cụ thể hóa và tổ chức thực hiện các nhiệm vụ phải bám sát các mục tiêu, chỉ tiêu, chương trình, kế hoạch của Trung ương, Chính phủ, các Bộ, ngành và Ban Thường vụ Thành ủy; các chương trình, kế hoạch của Ủy ban nhân dân thành phố, Nghị quyết của Đảng ủy xã và điều kiện, tình hình thực tế của địa phương, bảo đảm hiệu quả trong phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn.

    - Bám sát thực tiễn, kế thừa và phát huy các kết quả đã đạt được, tạo chuyển biến rõ nét và đột phá trong phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, gắn chặt với việc thực hiện các nhiệm vụ phát triển kinh tế - xã hội của thành phố.

    - Huy động tối đa các nguồn lực và sự tham gia của cả hệ thống chính trị, người dân và doanh nghiệp trong triển khai các nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; chủ động, tích cực, phối hợp chặt chẽ, kịp thời với các Sở, ban, ngành thành phố trong tổ chức thực hiện.

    ## **II. NỘI DUNG, NHIỆM VỤ**

    **1. Nâng cao nhận thức, đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo, tạo xung lực mới, khí thế mới trong toàn xã về phát triển KHCN, ĐMST và CDS**

    1.1. Tiếp tục xây dựng, triển khai tuyên truyền về Nghị quyết số 57-NQ/TW, Nghị quyết số 71/NQ-CP, Nghị quyết số 11/NQ-CP và Kế hoạch hành động số 12-KH/TU; đa dạng hóa hình thức tuyên truyền: hệ thống loa phát thanh, nền tảng số, mạng xã hội và các phương tiện điện tử.

    1.2. Cụ thể hóa các nhiệm vụ, giải pháp theo nguyên tắc “*rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ kết quả*”; xác định rõ nguồn lực và lượng hóa mục tiêu, nhiệm vụ, sản phẩm để theo dõi, đánh giá. Người đứng đầu các cơ quan, đơn vị trực tiếp chịu trách nhiệm triển khai nhiệm vụ phát triển KHCN, ĐMST và CDS; rà soát tiêu chuẩn chức danh, bố trí phù hợp cán bộ có chuyên môn khoa học, kỹ thuật trong đội ngũ lãnh đạo, quản lý.

    1.3. Tiếp tục xây dựng và triển khai chương trình học tập trên nền tảng số, hình thành phong trào “*học tập số*” thường xuyên, phổ cập kiến thức KHCN, ĐMST, kỹ năng số và công nghệ số cơ bản cho cán bộ, công chức và nhân dân.

    1.4. Phát động phong trào thi đua toàn xã thực hiện Nghị quyết số 57-NQ/TW, Nghị quyết số 71/NQ-CP, Nghị quyết số 11/NQ-CP và Kế hoạch hành động số 12-KH/TU; kịp thời biểu dương, khen thưởng các tổ chức, cá nhân, doanh nghiệp, nhà khoa học có thành tích trong chuyển đổi số; khuyến khích phong trào sáng kiến, cải tiến kỹ thuật, phát minh, sáng chế nâng cao hiệu quả công tác và năng suất lao động.

    ## **2. Khẩn trương, quyết liệt hoàn thiện thể chế; xóa bỏ quan niệm, rào cản đang cản trở sự phát triển; đưa thể chế thành một lợi thế cạnh tranh trong phát triển KHCN, ĐMST và CDS**

    2.1. Triển khai thực hiện các cơ chế, chính sách và xây dựng các chương trình, kế hoạch, đề án phục vụ thúc đẩy phát triển KHCN, ĐMST và CDS; đẩy mạnh phân cấp, ủy quyền, cải cách thủ tục hành chính, ứng dụng công nghệ số trong quản lý nhà nước về KHCN, ĐMST và CDS, tạo thuận lợi cho người dân, doanh nghiệp.

    2.2. Xây dựng, cập nhật và tổ chức triển khai kế hoạch, chương trình KHCN, ĐMST và CDS năm 2026 phù hợp với quy hoạch, chiến lược phát triển của thành phố và địa phương; xác định danh mục lĩnh vực công nghệ ưu tiên, dự án trọng điểm để tập trung nguồn lực thực hiện.

    2.3. Rà soát, sắp xếp tổ chức bộ máy, chức năng, nhiệm vụ của các cơ quan, đơn vị gắn với nâng cao năng lực quản lý nhà nước về KHCN, ĐMST và CDS.

    2.4. Tăng cường hợp tác với các doanh nghiệp trong và ngoài thành phố nhằm thu hút, phát triển nguồn nhân lực chất lượng cao trong các lĩnh vực công nghệ ưu tiên.

    2.5. Bố trí, lồng ghép nguồn lực ngân sách cho các nhiệm vụ KHCN, ĐMST và CDS năm 2026; tăng cường huy động nguồn lực xã hội hóa.

    2.6. Triển khai cơ chế thử nghiệm có kiểm soát (sandbox) đối với công nghệ, mô hình kinh doanh mới; hỗ trợ doanh nghiệp khởi nghiệp, đổi mới sáng tạo thông qua không gian sáng tạo, trung tâm hỗ trợ khởi nghiệp; tăng cường xúc tiến, thu hút đầu tư, ưu tiên mua sắm công đối với sản phẩm, dịch vụ là kết quả nghiên cứu khoa học và công nghệ.

    ## **3. Tăng cường đầu tư, hoàn thiện hạ tầng cho KHCN, ĐMST và CDS**

    3.1. Tổ chức triển khai hiệu quả các cơ chế, chính sách, chương trình, kế hoạch phát triển công nghệ, công nghiệp chiến lược và chuyển đổi số; xây dựng, cập nhật các chương trình chuyển đổi số theo lộ trình trung và dài hạn, gắn với quy hoạch và chiến lược phát triển hạ tầng số đồng bộ, hiện đại, an toàn.

    3.2. Xây dựng, triển khai các nội dung trọng tâm của chiến lược phát triển

    hệ sinh thái khởi nghiệp, đổi mới sáng tạo; kết nối với các mạng lưới thúc đẩy các chương trình, dự án đổi mới sáng tạo trong cơ quan, đơn vị.

    3.3. Đầu tư, phát triển hạ tầng số, hạ tầng viễn thông, Internet, dữ liệu và năng lượng phục vụ CDS và phát triển KHCN, ĐMST; xây dựng, dùng chung các nền tảng số liên thông, thống nhất; phát triển hạ tầng tiện ích số, hạ tầng viễn thông băng rộng, 5G.

    3.4. Đẩy mạnh phát triển kinh tế số, xã hội số và chuyển đổi các ngành, lĩnh vực, trọng tâm là khu công nghiệp, cụm công nghiệp theo hướng thông minh; khai thác, kết nối, chia sẻ hiệu quả các cơ sở dữ liệu; thúc đẩy mở dữ liệu và ứng dụng trí tuệ nhân tạo dựa trên dữ liệu lớn trong quản lý nhà nước và các lĩnh vực kinh tế - xã hội.

    3.5. Xây dựng và triển khai kế hoạch nghiên cứu, phát triển, ứng dụng trí tuệ nhân tạo trong hành chính công, nghiên cứu khoa học và chuyển đổi số; thúc đẩy ứng dụng AI nhằm nâng cao năng suất lao động, hiệu quả quản lý, hướng tới hình thành xã hội số thông minh.

    3.6. Thúc đẩy nghiên cứu ứng dụng, chuyên gia công nghệ phục vụ sản xuất và đời sống; ưu tiên nhiệm vụ khoa học, công nghệ giải quyết các vấn đề bức thiết của địa phương, khuyến khích đăng ký và khai thác sở hữu trí tuệ.

    3.7. Thực hiện nghiêm các quy định về an toàn thông tin, an ninh mạng và bảo vệ dữ liệu cá nhân; tăng cường giám sát, cảnh báo sớm, ứng cứu sự cố; ưu tiên sử dụng sản phẩm, giải pháp an toàn thông tin “Make in Viet Nam”; định kỳ kiểm tra, diễn tập bảo đảm an ninh, an toàn hệ thống thông tin.

    #### **4. Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài đáp ứng yêu cầu phát triển KHCN, ĐMST và CDS**

    4.1. Xây dựng, triển khai các nội dung trọng tâm về đào tạo, bồi dưỡng, thu hút và trọng dụng nhân lực KHCN, ĐMST và CDS, nhất là nhân lực chất lượng cao.

    4.2. Nghiên cứu, tham mưu ban hành chính sách đặc thù về tuyển dụng, đãi ngộ, thu hút chuyên gia, nhà khoa học trong lĩnh vực KHCN, ĐMST và CDS về địa phương làm việc.

    4.3. Đẩy mạnh hợp tác với các doanh nghiệp công nghệ trong đào tạo nhân lực công nghệ số, đào tạo thực hành, trao đổi chuyên gia, thực tập.

    4.4. Xác định nhu cầu nhân lực theo từng lĩnh vực; xây dựng, cập nhật cơ sở dữ liệu nhân lực KHCN, ĐMST và CDS, kết nối với cơ sở dữ liệu quốc gia và chuyên ngành phục vụ công tác quản lý, dự báo và đào tạo.

    4.5. Quan tâm, xây dựng đội ngũ nhân lực chuyển đổi số và an toàn, an ninh mạng trong cơ quan.

    4.6. Tăng cường đào tạo, bồi dưỡng kỹ năng số, kiến thức KHCN, ĐMST và CDS cho cán bộ, công chức, viên chức; lồng ghép nội dung chuyển đổi số, đổi mới sáng tạo trong đào tạo chính quy và bồi dưỡng; triển khai phong trào “*học tập số*”, “*Bình dân học vụ số*” nhằm phổ cập tri thức số cho người dân.

    ## **5. Đẩy mạnh CDS, ứng dụng KHCN, ĐMST trong hoạt động của các cơ quan trong hệ thống chính trị; nâng cao hiệu quả quản trị, hiệu lực quản lý nhà nước trên các lĩnh vực, bảo đảm quốc phòng và an ninh**

    5.1. Triển khai hiệu quả chương trình, kế hoạch phát triển Chính phủ số; giao người đứng đầu các đơn vị trực tiếp phụ trách, chỉ đạo; định kỳ đo lường, công bố kết quả và đánh giá mức độ hoàn thành nhiệm vụ gắn với kết quả phát triển Chính phủ số.

    5.2. Đẩy mạnh ứng dụng KHCN, dữ liệu lớn và trí tuệ nhân tạo trong chỉ đạo, điều hành, hỗ trợ ra quyết định; thực hiện quản trị, điều hành trực tuyến dựa trên dữ liệu; tăng cường giám sát, cảnh báo sớm, phòng chống tham nhũng, tiêu cực, lãng phí; bảo đảm liên thông, đồng bộ, an toàn thông tin trong toàn hệ thống chính trị.

    5.3. Nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình; phát triển các nền tảng số an toàn, tiện ích, cá nhân hóa dịch vụ cho người dân, doanh nghiệp; phổ cập các dịch vụ số thiết yếu, tăng cường giải pháp bảo vệ người dân trên không gian mạng, xây dựng niềm tin số.

    5.4. Xây dựng, triển khai nền tảng số và hạ tầng dữ liệu dùng chung, tích hợp, liên thông các cơ sở dữ liệu, hạn chế trùng lặp; nâng cấp hệ thống thông tin giải quyết thủ tục hành chính; đẩy mạnh số hóa hồ sơ, xác thực điện tử, chữ ký số; triển khai các nền tảng số thông minh trong các ngành, lĩnh vực, thúc đẩy kinh tế số, xã hội số.

    5.5. Đẩy mạnh chuyển đổi số trong các lĩnh vực trọng điểm: du lịch, di sản văn hóa, nông nghiệp công nghệ cao,.....

    5.6. Tăng cường giám sát, bảo đảm an toàn, an ninh mạng; kịp thời phát hiện, ngăn chặn tội phạm mạng, các hành vi lợi dụng không gian mạng; củng cố lực lượng nòng cốt về an toàn, an ninh mạng; ứng dụng công nghệ số, công nghệ quốc phòng mới trong chỉ huy, điều hành, góp phần bảo đảm quốc phòng, an ninh trên không gian mạng.

    ## **6. Thúc đẩy mạnh mẽ hoạt động KHCN, ĐMST và CDS trong doanh nghiệp**

    6.1. Quan tâm, khuyến khích các doanh nghiệp, đặc biệt là doanh nghiệp vừa và nhỏ, hộ kinh doanh, hợp tác xã thực hiện CDS, đổi mới quy trình, mô hình kinh doanh; thúc đẩy thương mại hóa sản phẩm sáng tạo, tiêu dùng sản phẩm, dịch vụ số, nâng cao hiệu quả sản xuất, kinh doanh và quản trị.

    6.2. Khuyến khích hợp tác công - tư trong đầu tư, xây dựng hạ tầng, phòng thí nghiệm, cơ sở nghiên cứu phục vụ KHCN, ĐMST và CDS; tạo điều kiện để doanh nghiệp tham gia vận hành, thương mại hóa kết quả nghiên cứu tại các cơ sở công lập.

    6.3. Thúc đẩy phát triển sản xuất thông minh gắn với chuyển đổi số, nhằm nâng cao năng suất, chất lượng, hiệu quả và năng lực cạnh tranh của nền kinh tế.

    6.4. Thúc đẩy tiêu dùng số và kỹ năng số cho người dân, tạo lập niềm tin số;

    hỗ trợ doanh nghiệp tham gia chuỗi giá trị toàn cầu, làm chủ và phát triển công nghệ.

    ## **7. Tăng cường hợp tác phát triển KHCN, ĐMST và CDS**

    7.1. Tăng cường hợp tác, liên vùng với các tỉnh, thành phố trong và ngoài khu vực về chia sẻ kinh nghiệm, đào tạo nhân lực, xây dựng và khai thác hạ tầng, nền tảng số dùng chung; phối hợp triển khai các dự án chung, nhất là trong lĩnh vực hạ tầng số, logistics, liên kết chuỗi giá trị và đổi mới sáng tạo.

    7.2. Đẩy mạnh xúc tiến đầu tư, thu hút doanh nghiệp công nghệ trong và ngoài nước đầu tư, sản xuất, đặt trụ sở tại xã.

    7.3. Mở rộng và tăng cường hợp tác quốc tế với các viện nghiên cứu, trường đại học, địa phương có trình độ khoa học, công nghệ và chuyển đổi số phát triển; thúc đẩy nghiên cứu, chuyển giao, ứng dụng công nghệ tiên tiến, rút ngắn khoảng cách về trình độ, nâng cao năng lực và tự chủ công nghệ thành phố.

    7.4. Tạo điều kiện để cán bộ, công chức, người lao động tham gia hợp tác, giao lưu, khảo sát, hội nghị khoa học quốc tế; tăng cường học tập kinh nghiệm từ các mô hình, giải pháp phát triển KHCN, ĐMST và CDS phù hợp với điều kiện chính trị, kinh tế, văn hóa, xã hội của xã.

    7.5. Tham mưu tổ chức hội nghị, diễn đàn về khoa học, công nghệ và chuyển đổi số; thúc đẩy các chương trình nghiên cứu, chuyển giao công nghệ chiến lược; tham gia các sự kiện, hội chợ công nghệ quốc tế, từng bước xây dựng thương hiệu địa phương về đổi mới sáng tạo và công nghệ.

    7.6. Đẩy mạnh ngoại giao công nghệ, thu hút các nguồn lực bên ngoài phục vụ phát triển KHCN, ĐMST và CDS; khuyến khích doanh nghiệp trên địa bàn hợp tác với đối tác nước ngoài, tạo điều kiện để chuyên gia, nhà khoa học trong và ngoài nước đến làm việc, nghiên cứu, chuyển giao công nghệ.

    ## **III. TỔ CHỨC THỰC HIỆN**

    1. Kế hoạch này thay thế Kế hoạch số 37/KH-UBND ngày 24 tháng 01 năm 2026 về việc thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia năm 2026.

    2. Các cơ quan, đơn vị căn cứ đặc điểm, tình hình, chức năng, nhiệm vụ của ngành, đơn vị mình tổ chức quán triệt nội dung của Kế hoạch này; cụ thể hóa việc triển khai các nhiệm vụ trọng tâm được xác định trong Kế hoạch; đồng thời xác định các nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số phù hợp với đơn vị và chủ động xây dựng hoặc điều chỉnh Kế hoạch nội bộ cho phù hợp; tổ chức triển khai Kế hoạch này và các Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, phát triển chính quyền điện tử hướng tới chính quyền số, kinh tế số và xã hội số; tham gia phối hợp thực hiện các nhiệm vụ đảm bảo chất lượng, tiến độ và hiệu quả.

    Định kỳ hàng năm **trước ngày 30/11** các cơ quan, đơn vị rà soát, báo cáo Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) kết quả triển khai thực hiện Kế hoạch.

    3. Phòng Văn hóa - Xã hội xã chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, đôn đốc, tổng hợp; định kỳ báo cáo tình hình, kết quả triển khai tổ chức thực hiện về Ủy ban nhân dân xã để chỉ đạo kịp thời. Tổ chức tập huấn và nâng cao hiệu quả hoạt động của các Tổ công tác tại cơ sở thực hiện Đề án 06/CP và tổ Công nghệ số cộng đồng trên địa bàn.

    4. Phòng Kinh tế xã căn cứ khả năng cân đối ngân sách địa phương tham mưu UBND xã bố trí nguồn kinh phí thực hiện Kế hoạch này.

    5. Trung tâm Dịch vụ sự nghiệp công xã tổ chức tuyên truyền nâng cao nhận thức, phổ cập kỹ năng số, khả năng tiếp cận và sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt cho người dân.

    6. Công an xã tăng cường đảm bảo an toàn, an ninh mạng đối với các cơ sở dữ liệu, hệ thống thông tin trên địa bàn theo quy định hiện hành; truyền thông nâng cao nhận thức, kỹ năng về an toàn trên không gian mạng cho người dân.

    Ủy ban nhân dân xã yêu cầu các cơ quan, đơn vị chịu trách nhiệm triển khai thực hiện các nhiệm vụ được giao tại Kế hoạch này. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc báo cáo Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) xem xét, chỉ đạo giải quyết./.

    **Nơi nhận:**

    - TT: ĐU xã; HĐND xã;
    - Lãnh đạo UBND xã;
    - Các cơ quan, đơn vị thuộc UBND xã;
    - Lưu: VT.

    **KT. CHỦ TỊCH  
    PHÓ CHỦ TỊCH**

    **Phạm Anh Tuấn**

    **PHỤ LỤC I**  
    **NHIỆM VỤ TRỌNG TÂM TRONG NĂM 2026**

    *(Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2026 của UBND xã Chí Minh)*

    STT	Nội dung công việc	Người đứng đầu chịu trách nhiệm	Cơ quan chủ trì	Cơ quan phối hợp	Kết quả	Thời gian hoàn thành
    <b>I</b>	<b>Tăng cường đầu tư, hoàn thiện hạ tầng cho KHCN, ĐMST và CDS</b>					
    1	Hoàn thành và đưa vào khai thác hiệu quả các cơ sở dữ liệu quốc gia; các cơ sở dữ liệu dùng chung theo danh mục ban hành của bộ, ngành, địa phương để phát triển kinh tế - xã hội	Chủ tịch UBND xã	Phòng Văn hóa - Xã hội	Các đơn vị liên quan	Hoàn thành các CSDL	Tháng 6/2026
    2	Hoàn thành kết nối, khai thác, chia sẻ dữ liệu hiệu quả dữ liệu, triển khai các sáng kiến mở dữ liệu	Chủ tịch UBND xã	Phòng Văn hóa - Xã hội	Các đơn vị liên quan	Hoàn thành kết nối	Tháng 9/2026

    **PHỤ LỤC II**  
    **NHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN**

    *(Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2026 của UBND xã Chí Minh)*

    STT	Nội dung công việc	Người đứng đầu chịu trách nhiệm	Cơ quan chủ trì	Cơ quan phối hợp	Kết quả	Thời gian hoàn thành
    <b>I</b>	<b>Nâng cao nhận thức, đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo, tạo xung lực mới, khí thế mới trong toàn thành phố về phát triển KHCN, ĐMST và CDS</b>					
    1	Phân đầu bố trí cán bộ có chuyên môn, kinh nghiệm phụ trách về KHCN, ĐMST và CDS	Chủ tịch UBND xã	Phòng Văn hóa - Xã hội	Các đơn vị liên quan	Bố trí cán bộ phụ trách	Thường xuyên
    <b>II</b>	<b>Khẩn trương, quyết liệt hoàn thiện thể chế; xóa bỏ quan niệm, rào cản đang cản trở sự phát triển; đưa thể chế thành một lợi thế cạnh tranh trong phát triển KHCN, ĐMST và CDS</b>					
    1	Đẩy mạnh tái cấu trúc quy trình, cắt giảm, đơn giản hóa tối đa thủ tục hành chính, nâng cao chất lượng cung cấp dịch vụ công trực tuyến, nhất là các thủ tục liên quan đến cư trú, hộ tịch, giấy phép lái xe, đất đai, doanh	Chủ tịch UBND xã	Trung tâm Phục vụ hành chính công xã	Các đơn vị liên quan	Báo cáo	Thường xuyên

    	nghiệp, triển khai tiếp cận, giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính.					
    <b>III</b>	<b>Tăng cường đầu tư, hoàn thiện hạ tầng cho KHCN, ĐMST và CDS</b>					
    1	Tổ chức ứng dụng trí tuệ nhân tạo dựa trên dữ liệu lớn trong ngành, lĩnh vực quan trọng	Chủ tịch UBND xã	Phòng Văn hóa - Xã hội	Các đơn vị liên quan	Báo cáo	Thường xuyên
    <b>IV</b>	<b>Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài đáp ứng yêu cầu phát triển KHCN, ĐMST và CDS</b>					
    1	Đào tạo kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng	Chủ tịch UBND xã	Phòng Văn hóa - Xã hội	Các đơn vị liên quan	Báo cáo	Hàng năm
    """#
}
