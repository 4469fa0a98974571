// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "jobgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jobgen", targets: ["jobgen"]),
        .executable(name: "jobgen-mpi", targets: ["jobgen-mpi"]),
        .library(name: "JobGenKit", targets: ["JobGenKit"]),
        .library(name: "MPI", targets: ["MPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Slurm grammar, job specs, rendering and validation. Never links MPI.
        .target(
            name: "JobGenKit",
            dependencies: [
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // Turns Templates/*.mustache into Swift source at build time (see Plugins/EmbedTemplates).
        .executableTarget(name: "embed-templates"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),
        .executableTarget(
            name: "jobgen",
            dependencies: [
                "JobGenKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release jobgen on Linux is one static executable: it starts in half the time of a
            // dynamically linked one (no shared Swift libraries to load, no relocations to apply;
            // docs/performance.md) and can be copied to a cluster alone. lld, shipped with the
            // toolchain, links it; gold would warn about glibc's NSS functions, which jobgen never
            // calls (it looks up no users or hosts). The flag is needed twice: when compiling, so
            // the modules record the static libraries to link (Foundation's C parts, ICU), and when
            // linking.
            swiftSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [
                .unsafeFlags(["-static-executable", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        // The system OpenMPI (Debian: libopenmpi-dev), through a small C shim.
        .systemLibrary(
            name: "CMPI",
            pkgConfig: "ompi-c",
            providers: [.apt(["libopenmpi-dev"])]
        ),
        .target(name: "MPI", dependencies: ["CMPI"]),
        .executableTarget(
            name: "jobgen-mpi",
            dependencies: [
                "MPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release jobgen-mpi carries the Swift runtime and Foundation in itself: copied to a
            // cluster it needs the site's libmpi, glibc and GCC's C++ runtime (libstdc++, libgcc_s,
            // for the runtime's C++ parts), never a Swift toolchain. It cannot be static like jobgen:
            // libmpi must stay the site's own shared library. lld links it, as for jobgen (gold warns
            // about Foundation's use of mktemp).
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [
                .unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        .testTarget(name: "JobGenKitTests", dependencies: ["JobGenKit"], exclude: ["Golden"]),
        // Runs the built jobgen binary: exit codes, stdout/stderr, files written.
        .testTarget(name: "JobGenCLITests", dependencies: ["jobgen", "JobGenKit"]),
        // Test-only: drives the runtime under a real mpirun for MPITests.
        .executableTarget(name: "mpi-probe", dependencies: ["MPI"], path: "Tests/MPIProbe"),
        .testTarget(name: "MPITests", dependencies: ["MPI", "jobgen-mpi", "mpi-probe"]),
        .testTarget(name: "EndToEndTests", dependencies: ["JobGenKit"]),
    ]
)
