/// A time of day as offices write it on papers, "08:30" (24-hour, two digits each): the start and end of a
/// council meeting, the hour a dossier was received. One check for every place that takes one.
public enum HourMinute {
    public static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard s.count == 5, parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { ("0"..."9").contains($0) } }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return false }
        return (0..<24).contains(h) && (0..<60).contains(m)
    }
}
