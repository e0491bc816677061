// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "suanshu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "suanshu", targets: ["suanshu"]),
        .library(name: "SuanshuCore", targets: ["SuanshuCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system ICU, found through pkg-config; only CICU depends on it.
        .systemLibrary(
            name: "ICUSystem",
            path: "Sources/ICUSystem",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // The only code that includes ICU headers. Its public header uses plain C types,
        // so Swift never sees an ICU type (see README, "ICU from Swift").
        .target(
            name: "CICU",
            dependencies: ["ICUSystem"],
            path: "Sources/CICU"
        ),
        .target(
            name: "SuanshuCore",
            dependencies: ["CICU"],
            path: "Sources/SuanshuCore",
            exclude: ["Output/suanshu-1.schema.json"],
            plugins: ["EmbedGrammars"]
        ),
        // Carries Grammars/ into the library at build time (see Grammars/README.md).
        .plugin(
            name: "EmbedGrammars",
            capability: .buildTool(),
            dependencies: ["embed-grammars"]
        ),
        .executableTarget(
            name: "embed-grammars",
            path: "Sources/embed-grammars"
        ),
        .executableTarget(
            name: "suanshu",
            dependencies: [
                "SuanshuCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/suanshu"
        ),
        .executableTarget(
            name: "suanshu-bench",
            dependencies: ["SuanshuCore", "CICU"],
            path: "Benchmarks/suanshu-bench"
        ),
        // libFuzzer target over the whole pipeline (see Fuzz/suanshu-fuzz/Fuzz.swift).
        .executableTarget(
            name: "suanshu-fuzz",
            dependencies: ["SuanshuCore"],
            path: "Fuzz/suanshu-fuzz"
        ),
        .testTarget(
            name: "SuanshuCoreTests",
            dependencies: ["SuanshuCore", "CICU"],
            path: "Tests/SuanshuCoreTests"
        ),
        .testTarget(
            name: "suanshuTests",
            dependencies: ["suanshu"],
            path: "Tests/suanshuTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
