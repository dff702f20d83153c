import Foundation
import Testing
@testable import BinhXetText

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func standardVectors(input: String, digest: String) {
        #expect(SHA256.hex(of: input) == digest)
    }

    @Test func millionAs() {
        var h = SHA256()
        let chunk = [UInt8](repeating: 0x61, count: 1000)
        for _ in 0..<1000 { h.update(chunk) }
        #expect(h.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

extension SHA256Tests {
    /// Feeding the same bytes in pieces of every size (straddling block edges) gives the same digest,
    /// for contiguous and non-contiguous collections alike.
    @Test func piecewiseUpdates() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(of: bytes)
        for size in [1, 3, 63, 64, 65, 127, 500] {
            var h = SHA256()
            var i = 0
            while i < bytes.count {
                let piece = bytes[i..<min(i + size, bytes.count)]
                if size == 3 { h.update(piece.lazy.map { $0 }) } else { h.update(piece) }
                i += size
            }
            #expect(h.finalizeHex() == whole, "pieces of \(size)")
        }
        #expect(SHA256.hex(of: Data(bytes)) == whole)
    }
}
