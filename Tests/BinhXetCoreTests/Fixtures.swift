import BinhXetCore
import Foundation

/// A scratch folder with a desk and files to import, removed when the test ends.
final class Scratch {
    let folder: URL
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("binhxet-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: folder) }

    var deskURL: URL { folder.appendingPathComponent("desk/test.desk") }

    func makeDesk() throws -> DeskStore { try DeskStore.create(at: deskURL) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url
    }
}

/// A small nomination file in the corpus format, with two years and three documents.
enum SampleCSV {
    static let header = "nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on"
    static let rows = [
        "N2017-0001,2017,CB00001,Nguyễn Văn An,Trường THCS Hòa Bình,Giáo viên Toán,\"Giảng dạy Toán 8, 9\",can_bo_cong_chuc,CSTDCS,Dạy học giải toán bằng sơ đồ,docs/2017/a.txt,2017-05-02",
        "N2017-0002,2017,CB00002,Trần Thị Bích,UBND xã Hòa Bình,Kế toán,Kế toán ngân sách xã,can_bo_cong_chuc,LDTT,,,2017-05-03",
        "N2018-0001,2018,CB00001,Nguyễn Văn An,Trường THCS Hòa Bình,Tổ trưởng Toán,Quản lý tổ chuyên môn,can_bo_cong_chuc,CSTDCS,Sinh hoạt tổ chuyên môn theo nghiên cứu bài học,docs/2018/b.txt,2018-05-04",
        "N2018-0002,2018,CB00003,Lê Văn Cường,HTX Nông nghiệp Hòa Bình,Xã viên,Sản xuất lúa,nong_dan,CSTDCS,Gieo mạ khay,docs/2018/c.txt,2018-05-05",
    ]
    static let texts = [
        "docs/2017/a.txt": "BÁO CÁO SÁNG KIẾN KINH NGHIỆM\nDạy học giải toán bằng sơ đồ đoạn thẳng cho học sinh lớp 8.\n",
        "docs/2018/b.txt": "BÁO CÁO SÁNG KIẾN\r\nSinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học.\r\n",
        "docs/2018/c.txt": "Gieo mạ khay giúp tiết kiệm giống và công cấy.",
    ]

    /// Writes the CSV (optionally altered) and its documents; returns the CSV's URL.
    @discardableResult
    static func write(in scratch: Scratch, name: String = "nominations.csv", rows: [String] = rows,
                      header: String = header) throws -> URL {
        for (path, text) in texts { try scratch.write(path, text) }
        return try scratch.write(name, ([header] + rows).joined(separator: "\n") + "\n")
    }
}

/// Counts that must not move when an import is refused.
struct DeskCounts: Equatable {
    var nominations: Int
    var events: Int
    var documentsOnDisk: Int

    init(_ store: DeskStore) throws {
        nominations = try store.nominations().count
        events = try store.events().count
        let files = FileManager.default.enumerator(atPath: store.documentsURL.path)?.allObjects ?? []
        documentsOnDisk = files.compactMap { $0 as? String }.filter { $0.contains(".") }.count
    }
}
