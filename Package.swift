// swift-tools-version:6.1
// GRDB's manifest needs tools 6.1; tools 6.x builds every target in the Swift 6 language mode.
import PackageDescription

let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")
let zip: Target.Dependency = .product(name: "ZIPFoundation", package: "ZIPFoundation")
let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

let package = Package(
    name: "BinhXet",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "binhxet", targets: ["binhxet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Layers depend one way only: executable → terminal → UI → core → similarity → text.
        .target(name: "BinhXetText"),
        .target(name: "BinhXetSimilarity", dependencies: ["BinhXetText"]),
        .target(name: "BinhXetCore", dependencies: ["BinhXetText", "BinhXetSimilarity", grdb, zip]),
        .target(name: "BinhXetUI", dependencies: ["BinhXetCore", "BinhXetSimilarity", "BinhXetText"]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CGlibcExtras", path: "Sources/CGlibcExtras"),
        .target(name: "BinhXetTerminal", dependencies: ["BinhXetUI", "CNcursesw", "CGlibcExtras"]),
        .executableTarget(name: "binhxet", dependencies: ["BinhXetCore", "BinhXetUI", "BinhXetTerminal", "BinhXetCLIWords",
                                                          argumentParser]),
        // The command line's sentences, Vietnamese and English side by side (a library, so tests can read it).
        .target(name: "BinhXetCLIWords", dependencies: ["BinhXetCore"]),
        // Evaluation and benchmarks (make eval, make bench): not installed.
        // Its hidden plant-findings stores the fixture findings for the end-to-end script.
        .executableTarget(name: "binhxet-lab", dependencies: ["BinhXetCore", "BinhXetSimilarity", "BinhXetUI", "BinhXetTestSupport",
                                                               argumentParser]),

        // Test support, never in the product: fixtures, the one golden helper (RECORD_GOLDEN=1), seeded
        // generators. Every test target uses it; no test imports the executable.
        .target(name: "BinhXetTestSupport", dependencies: ["BinhXetCore", "BinhXetSimilarity"], path: "Tests/BinhXetTestSupport"),
        .testTarget(name: "BinhXetTextTests", dependencies: ["BinhXetText", "BinhXetTestSupport"]),
        .testTarget(name: "BinhXetSimilarityTests", dependencies: ["BinhXetSimilarity", "BinhXetText", "BinhXetTestSupport"]),
        // "binhxet" only so the CLI tests find the binary built beside them; they run it, never import it.
        .testTarget(name: "BinhXetCoreTests", dependencies: ["BinhXetCore", "BinhXetSimilarity", "BinhXetTestSupport", "binhxet",
                                                             "BinhXetCLIWords", grdb],
                    exclude: ["Golden"]),
        .testTarget(name: "BinhXetUITests", dependencies: ["BinhXetUI", "BinhXetCore", "BinhXetSimilarity", "BinhXetText",
                                                           "BinhXetTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "BinhXetTerminalTests", dependencies: ["BinhXetTerminal", "BinhXetUI", "BinhXetText",
                                                                 "CNcursesw", "CGlibcExtras", "BinhXetTestSupport"]),
    ]
)
