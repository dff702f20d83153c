import Foundation

/// The random generator of every randomised test: SplitMix64 from a seed that is printed, so a failing
/// run can be replayed with `BINHXET_TEST_SEED=<seed> swift test --filter <test>`.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The environment variable that replays a printed seed.
    public static let seedVariable = "BINHXET_TEST_SEED"

    public let seed: UInt64
    var state: UInt64

    /// A generator from a fixed seed (tests whose data must be the same on every run); not printed.
    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// A generator for a randomised test: the seed from `BINHXET_TEST_SEED` when set, else a fresh one;
    /// either way printed with the test's name.
    public init(printingSeedFor test: String) {
        let given = ProcessInfo.processInfo.environment[Self.seedVariable].flatMap { UInt64($0) }
        self.init(seed: given ?? UInt64.random(in: 1...UInt64.max))
        print("\(test): seed \(seed) (replay: \(Self.seedVariable)=\(seed))")
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
