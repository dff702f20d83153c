import BinhXetCore
import Testing

struct HourMinuteTests {
    @Test(arguments: ["00:00", "08:30", "23:59"])
    func timesAsOfficesWriteThem(_ s: String) { #expect(HourMinute.isValid(s)) }

    @Test(arguments: ["24:00", "08:60", "8:30", "+8:30", "08:3a", "0830", "08:30:00", "", "08 30"])
    func anythingElseIsRefused(_ s: String) { #expect(!HourMinute.isValid(s)) }
}
