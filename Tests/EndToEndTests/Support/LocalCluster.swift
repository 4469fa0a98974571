import Foundation

/// The local Slurm cluster started by `scripts/local-slurm up`, as seen by the end-to-end tests.
///
/// The cluster's client settings come from the env file that `scripts/local-slurm` writes
/// (`export SLURM_CONF=...` lines). The file is found through `LOCAL_SLURM_DIR`, else at
/// `<repo>/.local-slurm/env`. End-to-end tests run only when the controller answers; when
/// `JOBGEN_E2E_REQUIRED=1` (set by `scripts/test`) they always run, so a cluster that died
/// makes them fail instead of being skipped.
enum LocalCluster {
    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The folder `scripts/local-slurm` works in.
    static let directory: URL = {
        if let dir = ProcessInfo.processInfo.environment["LOCAL_SLURM_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        return repositoryRoot.appendingPathComponent(".local-slurm")
    }()

    /// The variables of the env file, or nil when there is none.
    static let exports: [String: String]? = {
        let file = directory.appendingPathComponent("env")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return parseExports(text)
    }()

    /// The environment for commands that talk to the cluster: ours plus the env file's exports.
    /// Inherited `SBATCH_*` and `SLURM_*` variables are dropped (they would override the scripts
    /// under test, e.g. when the tests run inside an allocation); a test that wants one sets it.
    static var environment: [String: String] {
        ProcessInfo.processInfo.environment
            .filter { !$0.key.hasPrefix("SBATCH_") && !$0.key.hasPrefix("SLURM_") }
            .merging(exports ?? [:]) { _, fromFile in fromFile }
    }

    /// Whether `scripts/test` asked for the end-to-end tests to run no matter what.
    static let isRequired = ProcessInfo.processInfo.environment["JOBGEN_E2E_REQUIRED"] == "1"

    /// Why the end-to-end tests cannot run, or nil when they can.
    static let unavailableReason: String? = {
        if isRequired { return nil }
        guard exports != nil else {
            return
                "no local Slurm cluster (\(directory.path)/env missing): run scripts/local-slurm up, or scripts/test"
        }
        let probe = try? Command.run(
            "sinfo", ["-h", "-o", "%P"], environment: environment, timeout: .seconds(10))
        guard let probe, probe.status == 0 else {
            return "the local Slurm cluster in \(directory.path) does not answer: run scripts/local-slurm up"
        }
        return nil
    }()

    /// Whether end-to-end tests can run; use with `.enabled(if:)`.
    static var isAvailable: Bool { unavailableReason == nil }

    /// Whether the offline wheelhouse (mpi4py, numpy) was built by `scripts/local-slurm up`.
    static var hasWheelhouse: Bool {
        let wheels = directory.appendingPathComponent("wheels")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: wheels.path)) ?? []
        return names.contains { $0.hasPrefix("mpi4py-") } && names.contains { $0.hasPrefix("numpy-") }
    }

    /// The environment for the second, heterogeneous cluster that scripts/test starts and names
    /// in LOCAL_SLURM_HETERO_DIR (by hand: `scripts/local-slurm up --dir D --layout
    /// Tests/Fixtures/heterogeneous.layout`); nil when there is none.
    static var heterogeneousEnvironment: [String: String]? {
        let directory = ProcessInfo.processInfo.environment["LOCAL_SLURM_HETERO_DIR"] ?? ""
        let exports = (try? String(contentsOfFile: directory + "/env", encoding: .utf8)) ?? ""
        guard !exports.isEmpty else { return nil }
        return ProcessInfo.processInfo.environment
            .filter { !$0.key.hasPrefix("SBATCH_") && !$0.key.hasPrefix("SLURM_") }
            .merging(parseExports(exports)) { _, new in new }
    }

    /// Parses `export NAME=VALUE` lines (values may be single- or double-quoted).
    static func parseExports(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            var body = line.trimmingCharacters(in: .whitespaces)
            guard body.hasPrefix("export ") else { continue }
            body.removeFirst("export ".count)
            guard let equals = body.firstIndex(of: "=") else { continue }
            let name = String(body[..<equals])
            var value = String(body[body.index(after: equals)...])
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            result[name] = value
        }
        return result
    }
}
