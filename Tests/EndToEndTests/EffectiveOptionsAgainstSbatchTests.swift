import Foundation
import JobGenKit
import Testing

/// `jobgen validate --effective` against the local cluster's real `sbatch --test-only -v`: for
/// every script of a corpus that sbatch takes, the options it lists under "defined options" and
/// jobgen's effective options must be the same set, with equal values wherever jobgen claims
/// sbatch's printed form (`exact`).
@Suite("Effective options against the real sbatch")
struct EffectiveOptionsAgainstSbatchTests {
    /// Directive forms the generated scripts combine: repeats, aliases, prefixes, short forms,
    /// options that add up or share one setting.
    static let forms = [
        "--time=10", "-t 30", "--time=1-00:00:00", "--tim=5", "--time=90", "--mem=4096", "--mem=4G",
        "--mem=0",
        "--mem-per-cpu=512M", "--ntasks=2", "-n 4", "-n2", "--ntasks=2", "--nodes=1", "-N 1-2", "--nodes=2",
        "--tasks-per-node=2", "--ntasks-per-node=1", "--ntasks-per-n=2", "--cpus-per-task=2", "-c 1",
        "--mail-type=BEGIN", "--mail-type=END,FAIL", "--mail-type=NONE", "--mail-type=ALL",
        "--mail-type=begin",
        "--job-name=a", "-J b", "--job-n=c", "--output=out-%j.log", "-o /tmp/abs.log", "--error=err.log",
        "--partition=debug", "-p debug", "--exclusive", "--oversubscribe", "--exclusive=user", "--requeue",
        "--no-requeue", "--kill-on-invalid-dep=yes", "--kill-on-invalid-dep=no", "--gres=gpu:1",
        "--gres=gpu:a100:2", "--account=def-a", "-A def-b", "--hold", "--open-mode=append",
        "--open-mode=truncate", "--no-kill", "--comment=x", "--comment=y", "--constraint=a100",
        "--qos=normal",
        "--time-min=5", "--chdir=/tmp", "--array=0-3", "-a 1-2", "--propagate", "--core-spec=1", "--nice=5",
        "--export=ALL", "--export=NONE", "--gpus=1", "--gpus-per-node=a100:1",
    ]

    /// Environment variables sbatch applies over the script (given to both).
    static let environments: [[String: String]] = [
        [:], ["SBATCH_ACCOUNT": "def-env"], ["SBATCH_TIMELIMIT": "45"], ["SBATCH_EXCLUSIVE": "user"],
        ["SBATCH_NO_REQUEUE": "1"], ["SBATCH_OVERCOMMIT": "no"], ["SBATCH_MEM_PER_NODE": "2048"],
        ["SBATCH_JOB_NAME": "from-env", "SLURM_HINT": "nomultithread"],
    ]

    struct Case: Sendable {
        let script: String
        let environment: [String: String]
    }

    static let corpus: [Case] = {
        var cases: [Case] = []
        let fixtures = LocalCluster.repositoryRoot.appendingPathComponent("Tests/Fixtures")
        let directives =
            (try? String(
                contentsOf: fixtures.appendingPathComponent("sbatch-directives.txt"), encoding: .utf8)) ?? ""
        for line in directives.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            cases.append(Case(script: "#!/bin/bash\n#SBATCH \(line)\nhostname\n", environment: [:]))
        }
        for name in ["submit-mpi4py-distributed.sh", "submit-mpi4py-gpu.sh", "submit-mpi4py-whole-nodes.sh"] {
            let url = fixtures.appendingPathComponent("seed").appendingPathComponent(name)
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                cases.append(Case(script: text, environment: [:]))
            }
        }
        var random = SeededRandom(seed: 20_261_202)
        for index in 0..<300 {
            let lines = (0..<(2 + random.next(4))).map { _ in
                (0..<(1 + random.next(2))).map { _ in forms[random.next(forms.count)] }.joined(separator: " ")
            }
            let script = "#!/bin/bash\n" + lines.map { "#SBATCH \($0)\n" }.joined() + "hostname\n"
            cases.append(Case(script: script, environment: environments[index % environments.count]))
        }
        return cases
    }()

    /// "defined options" of `sbatch -v`, without the test's own -v and --test-only; nil when
    /// sbatch stopped before listing them.
    static func defined(_ output: String) -> [String: String]? {
        guard let start = output.range(of: "defined options\n"),
            let end = output.range(of: "end of defined options", range: start.upperBound..<output.endIndex)
        else { return nil }
        var result: [String: String] = [:]
        for line in output[start.upperBound..<end.lowerBound].split(separator: "\n") {
            let text = line.hasPrefix("sbatch: ") ? line.dropFirst(8) : line[...]
            guard !text.hasPrefix("-"), let colon = text.range(of: ": ") else { continue }
            let name = text[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
            guard name != "test-only", name != "verbose" else { continue }
            result[name] = String(text[colon.upperBound...])
        }
        return result
    }

    @Test(.needsLocalCluster, .timeLimit(.minutes(10)))
    func everyEffectiveValueEqualsSbatchs() async throws {
        let release = try SbatchReferee.release()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-effective-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let outputs = try await concurrentMap(Self.corpus) { testCase in
            let result = try Command.run(
                "sbatch", ["--test-only", "-v"], input: testCase.script,
                environment: LocalCluster.environment.merging(testCase.environment) { _, new in new },
                workingDirectory: directory, timeout: .seconds(60))
            return result.stderr + result.stdout
        }

        var compared = 0
        var values = 0
        var asWritten = 0
        var disagreements: [String] = []
        for (testCase, output) in zip(Self.corpus, outputs) {
            guard let sbatch = Self.defined(output) else { continue }
            compared += 1
            let script = BatchScript(text: testCase.script, name: "corpus.sh", release: release)
            let jobgenAll = EffectiveOptions.of(
                script, environment: testCase.environment, submitDirectory: directory.path)
            // The test's own -v and --test-only hide a script's; sbatch's list is read without them.
            let jobgen = jobgenAll.filter { $0.name != "test-only" && $0.name != "verbose" }
            let names = Set(jobgen.map(\.name))
            if names != Set(sbatch.keys) {
                disagreements.append(
                    "\(testCase.environment) \(testCase.script.debugDescription): sbatch lists \(sbatch.keys.sorted()), jobgen \(names.sorted())"
                )
                continue
            }
            for option in jobgen {
                guard option.exact else {
                    asWritten += 1
                    continue
                }
                values += 1
                if sbatch[option.name] != option.value {
                    disagreements.append(
                        "\(testCase.environment) \(testCase.script.debugDescription): --\(option.name) sbatch \(sbatch[option.name] ?? "-"), jobgen \(option.value)"
                    )
                }
            }
        }
        print(
            "effective options: \(Self.corpus.count) scripts, \(compared) taken by sbatch \(release) and compared: "
                + "\(values) values in sbatch's form, \(asWritten) as written (names only); "
                + "\(disagreements.count) disagreements")
        #expect(compared >= 600)
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }
}

/// A small seeded generator (SplitMix64), so the generated corpus is the same on every run.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
