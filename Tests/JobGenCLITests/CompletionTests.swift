import Foundation
import Testing

/// The bash completion script jobgen generates, loaded into a real bash and asked to complete
/// command lines, as TAB would.
@Suite("jobgen --generate-completion-script bash, completing in bash")
struct CompletionTests {
    /// What bash offers for the last word of `words` (after `jobgen`), run in `directory`; no
    /// profiles but the built-ins unless `environment` points at some.
    static func complete(
        _ words: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> [String] {
        // Hidden, so that it is not among the files offered.
        let script = directory.appendingPathComponent(".jobgen.bash")
        if !FileManager.default.fileExists(atPath: script.path) {
            let generated = try JobGenProcess.run(["--generate-completion-script", "bash"])
            #expect(generated.status == 0, "\(generated.stderr)")
            try generated.stdout.write(to: script, atomically: true, encoding: .utf8)
        }
        let driver = """
            source "$1"; shift
            COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            _jobgen jobgen "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try JobGenProcess.run(
            ["-c", driver, "bash", script.path, JobGenProcess.executable.path] + words, in: directory,
            executable: URL(fileURLWithPath: "/bin/bash"),
            environment: [
                "XDG_CONFIG_HOME": directory.appendingPathComponent("no-config").path,
                "JOBGEN_CLUSTER_PATH": "",
            ]
            .merging(environment) { _, given in given })
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    @Test(arguments: [
        (["dis"], ["distributed"]),
        (["submit", "w"], ["whole-node"]),
        (["distributed", "--cluster", "n"], ["narval", "nibi"]),
        (["submit", "gpu", "--cluster", "t"], ["trillium"]),
        (["cluster", "show", "r"], ["rorqual"]),
        (["explain", "gpu", "--format", ""], ["text", "json"]),
        (["explain", "script", "--slurm-version", "26"], ["26.05"]),
        (["distributed", "--exc"], ["--exclusive"]),
        (["validate", "--format", ""], ["text", "json", "gcc"]),
        (["validate", "--str"], ["--strict"]),
        (["validate", "--cluster", "f"], ["fir"]),
        (["validate", "--slurm-version", "25"], ["25.05", "25.11"]),
        (["validate", "--disable", "JG60"], (1...9).map { "JG60\($0)" }),
        (["validate", "--explain", "JG70"], (1...9).map { "JG70\($0)" }),
    ])
    func completes(words: [String], expected: [String]) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Self.complete(words, in: directory) == expected)
    }

    /// `--cluster` offers what `jobgen cluster list` finds: the user's profiles and a site's too.
    @Test func clusterNamesIncludeUserAndSiteProfiles() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let profile = try JobGenProcess.run(["cluster", "show", "narval"])
        #expect(profile.status == 0, "\(profile.stderr)")
        let user = directory.appendingPathComponent("config/jobgen/clusters")
        let site = directory.appendingPathComponent("site")
        for place in [user, site] {
            try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        }
        try profile.stdout.write(
            to: user.appendingPathComponent("lab.yaml"), atomically: true, encoding: .utf8)
        try profile.stdout.write(
            to: site.appendingPathComponent("labsite.yaml"), atomically: true, encoding: .utf8)
        let environment = [
            "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path,
            "JOBGEN_CLUSTER_PATH": site.path,
        ]
        #expect(
            try Self.complete(["gpu", "--cluster", "la"], in: directory, environment: environment) == [
                "lab", "labsite",
            ])
        #expect(try Self.complete(["gpu", "--cluster", "la"], in: directory) == [])
    }

    @Test func explainOffersRuleCodesAndFiles() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("jobs"), withIntermediateDirectories: true)
        try "#!/bin/bash\n".write(
            to: directory.appendingPathComponent("jobs/a.sh"), atomically: true, encoding: .utf8)
        let codes = try Self.complete(["explain", "script", "JG20"], in: directory)
        #expect(codes.contains("JG201"))
        #expect(codes.allSatisfy { $0.hasPrefix("JG20") }, "\(codes)")
        #expect(try Self.complete(["explain", "script", "jobs/"], in: directory) == ["jobs/a.sh"])
        #expect(try Self.complete(["explain", "script", "jo"], in: directory) == ["jobs/"])
    }

    /// A spec file argument offers spec files (and directories), not other files.
    @Test func renderOffersSpecFiles() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["job.yaml", "job.json", "job.sh"] {
            try "kind: gpu\n".write(
                to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        #expect(try Self.complete(["render", "jo"], in: directory).sorted() == ["job.json", "job.yaml"])
        #expect(try Self.complete(["submit", "script", "job.s"], in: directory) == ["job.sh"])
    }
}
