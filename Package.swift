// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "rinnalla",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rinnalla", targets: ["rinnalla"]),
        .library(name: "RinnallaCore", targets: ["RinnallaCore"]),
        .library(name: "RinnallaApp", targets: ["RinnallaApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.110.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0"),
    ],
    targets: [
        .target(
            name: "RinnallaCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto")
            ],
            resources: [.process("Resources")]
        ),
        .target(
            name: "RinnallaApp",
            dependencies: [
                "RinnallaCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ]
        ),
        .executableTarget(
            name: "rinnalla",
            dependencies: [
                "RinnallaApp",
                .product(name: "Vapor", package: "vapor"),
            ]
        ),
        .testTarget(
            name: "RinnallaCoreTests",
            dependencies: ["RinnallaCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RinnallaAppTests",
            dependencies: [
                "RinnallaApp",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ]
        ),
    ]
)
