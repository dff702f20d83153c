@testable import BinhXetSimilarity

/// Initiative reports built for tests: a fixed administrative template around body paragraphs written
/// for these tests (distinct subjects, no sentence shared between paragraphs).
enum ReportFixture {
    static let paragraphs = [
        "Người nông dân trong xã đã chuyển sang gieo sạ giống lúa ngắn ngày, nhờ vậy mùa vụ kết thúc sớm trước mùa mưa bão. Các tổ khuyến nông hướng dẫn bón phân cân đối và thăm đồng mỗi tuần để phát hiện rầy nâu. Năng suất bình quân tăng rõ rệt so với những năm trước đó.",
        "Thư viện nhà trường tổ chức ngày hội đọc sách vào chiều thứ sáu hằng tuần cho học sinh khối bốn và khối năm. Mỗi lớp có một góc sách do phụ huynh quyên góp, các em tự ghi sổ mượn trả. Nhờ đó thói quen đọc của học sinh được hình thành bền vững.",
        "Trạm y tế phối hợp với các trưởng thôn lập danh sách trẻ em đến tuổi tiêm chủng và nhắn tin nhắc lịch cho từng gia đình. Những buổi tiêm được bố trí vào sáng chủ nhật để cha mẹ tiện đưa con đến. Tỷ lệ tiêm đủ mũi đã vượt chỉ tiêu huyện giao.",
        "Đội duy tu chia tuyến đường liên xã thành từng đoạn ngắn và giao cho mỗi tổ một đoạn cố định để theo dõi ổ gà. Vật liệu vá đường được chuẩn bị sẵn tại kho của thôn nên thời gian khắc phục rút ngắn đáng kể. Người dân đi lại an toàn hơn trong mùa mưa.",
        "Phần mềm quản lý văn bản được cài đặt trên máy chủ của cơ quan, mỗi cán bộ có tài khoản riêng để nhận và xử lý hồ sơ. Văn bản giấy được quét và lưu trữ theo năm, theo lĩnh vực. Việc tra cứu trở nên nhanh chóng và chính xác hơn nhiều.",
        "Bảo tàng huyện sưu tầm thêm nhiều hiện vật gốm cổ do người dân hiến tặng và trưng bày theo từng thời kỳ. Các buổi thuyết minh cho học sinh được tổ chức định kỳ vào dịp hè. Lượng khách tham quan tăng gấp đôi chỉ sau một năm.",
        "Bộ phận kế toán lập bảng theo dõi thu chi hằng tháng và đối chiếu với kho bạc vào ngày cuối tháng. Mọi khoản chi đều có chứng từ hợp lệ và được công khai tại cuộc họp cơ quan. Nhờ vậy không còn tình trạng tạm ứng kéo dài quá hạn.",
        "Ban chỉ huy quân sự xã tổ chức huấn luyện dân quân theo từng nhóm nhỏ vào buổi tối để không ảnh hưởng việc đồng áng. Nội dung huấn luyện gắn với phương án phòng chống lụt bão tại địa phương. Kết quả kiểm tra cuối đợt đạt loại khá trở lên.",
        "Tổ tuần tra của công an xã phân công người trực tại các điểm nóng vào ban đêm và giữ liên lạc qua điện thoại với trưởng thôn. Các vụ trộm cắp vặt giảm hẳn so với cùng kỳ năm ngoái. Nhân dân tích cực cung cấp thông tin cho lực lượng chức năng.",
        "Các hộ gia đình được phát thùng phân loại rác tại nguồn, rác hữu cơ được ủ làm phân bón cho vườn nhà. Tổ thu gom đi theo lịch cố định vào sáng thứ ba và thứ bảy. Con mương chảy qua khu dân cư không còn bốc mùi như trước.",
        "Xưởng may sắp xếp lại dây chuyền theo hình chữ U để giảm quãng đường di chuyển của bán thành phẩm giữa các công đoạn. Công nhân được đào tạo làm được hai ba công đoạn nên dễ thay thế khi có người nghỉ. Số sản phẩm lỗi trong mỗi ca giảm gần một nửa.",
        "Giáo viên mầm non xây dựng thực đơn theo mùa với rau củ do phụ huynh trồng và cân đo trẻ mỗi tháng để theo dõi phát triển. Những trẻ nhẹ cân được bổ sung bữa phụ vào giữa buổi chiều. Đến cuối năm học không còn trẻ nào suy dinh dưỡng.",
    ]

    /// Words every report carries: national motto, headings, stock phrases.
    static let templatePhrases = """
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    BÁO CÁO SÁNG KIẾN KINH NGHIỆM
    Xuất phát từ những lý do trên, tôi đã quyết định chọn và áp dụng sáng kiến này tại đơn vị công tác
    Qua một thời gian triển khai thực hiện, sáng kiến đã đem lại những kết quả thiết thực như sau
    Tôi xin cam đoan đây là sáng kiến do chính bản thân tôi thực hiện và không sao chép của ai
    """

    /// A report in the usual layout, body paragraphs in the order given.
    static func report(title: String, author: String, unit: String, body: [String], extraStock: Bool = true) -> String {
        var lines = [
            "UBND HUYỆN HƯƠNG TRÀ", unit.uppercased(),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Hương Trà, ngày 20 tháng 5 năm 2018", "",
            "BÁO CÁO SÁNG KIẾN KINH NGHIỆM",
            "Tên sáng kiến: \"\(title)\"",
            "Tác giả: \(author)", "Đơn vị công tác: \(unit)", "",
            "I. ĐẶT VẤN ĐỀ",
            "Xuất phát từ những lý do trên, tôi đã quyết định chọn và áp dụng sáng kiến này tại đơn vị công tác.",
        ]
        for (i, p) in body.enumerated() {
            if i == body.count / 2 {
                lines += ["", "II. GIẢI PHÁP", "Qua một thời gian triển khai thực hiện, sáng kiến đã đem lại những kết quả thiết thực như sau:"]
            }
            lines.append(p)
        }
        if extraStock {
            lines += ["", "III. KẾT LUẬN",
                      "Sáng kiến có thể áp dụng rộng rãi tại các trường học và cơ quan khác trong toàn huyện trong những năm tới.",
                      "Tôi xin cam đoan đây là sáng kiến do chính bản thân tôi thực hiện và không sao chép của ai."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Parameters for archives of a dozen reports: boilerplate from three documents on.
    static var parameters: SimilarityParameters {
        var p = SimilarityParameters.standard
        p.boilerplateMinDocuments = 3
        return p
    }
}
