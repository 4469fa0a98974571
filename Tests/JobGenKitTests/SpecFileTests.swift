import Foundation
import Testing

@testable import JobGenKit

@Suite("Spec files")
struct SpecFileTests {
    @Test(arguments: [("spec-distributed.yaml", "spec-distributed.sh"), ("spec-gpu.json", "spec-gpu.sh")])
    func specFileRendersGolden(spec: String, golden: String) throws {
        let parsed = try JobSpec(specText: try Golden.text(spec))
        let script = try ScriptGenerator(renderer: try Renderer()).script(for: parsed)
        #expect(script == (try Golden.text(golden)))
    }

    @Test(arguments: ["default-distributed.sh", "default-whole-node.sh", "default-gpu.sh"])
    func defaultsWithBundledPayload(golden: String) throws {
        let kind = JobKind(rawValue: String(golden.dropFirst("default-".count).dropLast(".sh".count)))!
        let script = try ScriptGenerator(renderer: try Renderer()).script(for: JobSpec(kind: kind))
        #expect(script == (try Golden.text(golden)))
        #expect(script.contains("srun jobgen-mpi bcast" + (kind == .gpu ? " --device auto;" : ";")))
    }

    /// What `--print-spec` prints reads back to the same resolved spec.
    @Test(arguments: ["spec-distributed.yaml", "spec-gpu.json"])
    func yamlRoundTrip(spec: String) throws {
        let resolved = ClusterProfile.generic.resolve(try JobSpec(specText: try Golden.text(spec)))
        let yaml = try resolved.yaml()
        #expect(ClusterProfile.generic.resolve(try JobSpec(specText: yaml)) == resolved)
    }

    /// A spec's cluster is read as given and printed back by --print-spec.
    @Test func theClusterKeyIsReadAndWritten() throws {
        let spec = try JobSpec(specText: "kind: gpu\ncluster: narval\n")
        #expect(spec.cluster == "narval")
        #expect(try JobSpec(specText: "{\"kind\": \"gpu\", \"cluster\": \"lab.yaml\"}").cluster == "lab.yaml")
        #expect(try JobSpec(specText: try spec.yaml()) == spec)
        #expect(try spec.yaml().hasPrefix("kind: gpu\ncluster: narval\n"))
        #expect(try !ClusterProfile.generic.resolve(JobSpec(kind: .gpu)).yaml().contains("cluster"))
        var flags = SpecFlags()
        flags["time"] = "01:00:00"
        #expect(spec.overridden(by: try flags.spec(kind: .gpu)).cluster == "narval")
    }

    @Test func clockValuesAreQuotedInYAML() throws {
        let yaml = try ClusterProfile.generic.resolve(JobSpec(kind: .distributed)).yaml()
        #expect(yaml.contains("time: \"08:00:00\""))
    }

    @Test(arguments: [
        ("kind: distributed\ntime: 8h\n", "time"),
        ("kind: distributed\nntasks: 0\n", "ntasks"),
        ("kind: distributed\nmem: 4G\nmem-per-cpu: 2G\n", "mem"),
        ("kind: batch\n", "kind"),
        ("time: 10\n", "kind"),
        ("kind: gpu\ntimee: 10\n", "timee"),
        ("kind: gpu\njob-name: \"a\\nb\"\n", "job-name"),
        ("kind: gpu\nmodules: [\"gcc; rm -rf /\"]\n", "modules"),
        ("kind: gpu\npip: [\"numpy$(id)\"]\n", "pip"),
        ("kind: gpu\nrequirements: \"$HOME/r.txt\"\n", "requirements"),
        ("{\"kind\": \"gpu\", \"array\": \"5-1\"}", "array"),
        ("kind: gpu\nsbatch: [\"Bad Key=1\"]\n", "sbatch"),
        ("{\"kind\": \"gpu\", \"ntasks\": 2.5}", "ntasks"),
        ("kind: gpu\nntasks: [1, 2]\n", "ntasks"),
        ("", "kind"),
        ("kind: gpu\nmail-type: [END, FINISH]\n", "mail-type"),
        ("kind: gpu\ncomments: maybe\n", "comments"),
        ("kind: gpu\ncluster: \"\"\n", "cluster"),
        ("kind: gpu\ncluster: \"nar\\tval\"\n", "cluster"),
        ("kind: gpu\ncluster: [fir, narval]\n", "cluster"),
    ])
    func badSpecNamesTheKey(text: String, key: String) {
        do {
            _ = try JobSpec(specText: text)
            Issue.record("accepted \(text)")
        } catch let error as SpecError {
            #expect(error.field == key)
            #expect(!error.accepted.isEmpty)
        } catch {
            Issue.record("not a SpecError: \(error)")
        }
    }

    /// An unknown key names the key that was meant, with an example of that key, and lists
    /// every accepted key.
    @Test(arguments: [
        ("acount", "did you mean `account`?", "example: account: def-someprof"),
        ("mem_per_cpu", "did you mean `mem-per-cpu`?", "example: mem-per-cpu: 4G"),
        ("Time", "did you mean `time`?", "example: time: \"08:00:00\""),
        ("modles", "did you mean `modules`?", "example: modules: [StdEnv/2023, gcc, mpi4py/4.0.0]"),
        ("reservation", "pass it in the sbatch list", "example: sbatch: [\"reservation="),
        ("hold", "pass it in the sbatch list", "example: sbatch: [\"hold\"]"),
        ("colour", "not a spec key", "example: time: \"08:00:00\""),
    ])
    func unknownKeySuggestsTheMeantKey(key: String, reason: String, example: String) throws {
        let error = try #require(throws: SpecError.self) { try JobSpec(specText: "kind: gpu\n\(key): x\n") }
        #expect(error.field == key)
        #expect(error.description.hasPrefix("\(key): not a spec key"), "\(error)")
        #expect(error.description.contains(reason), "\(error)")
        #expect(error.description.contains(example), "\(error)")
        #expect(error.accepted.contains("account, time, nodes"))
        #expect(!error.description.contains("\(key): 08:00:00"))
    }

    @Test func mailTypeListMeansCommaList() throws {
        #expect(
            try JobSpec(specText: "kind: gpu\nmail-type: [END, FAIL]\n").mail.types?.events == [
                "END", "FAIL",
            ])
    }

    @Test func decimalCountIsExplained() throws {
        #expect(throws: SpecError.self) { try JobSpec(specText: "{\"kind\": \"gpu\", \"ntasks\": 2.5}") }
        do { _ = try JobSpec(specText: "{\"kind\": \"gpu\", \"ntasks\": 2.5}") } catch let error as SpecError
        {
            #expect(error.reason.contains("decimals"))
        }
    }

    @Test func flagsOverrideFile() throws {
        var flags = SpecFlags()
        flags["time"] = "10"
        flags["mem-per-cpu"] = "1G"
        let file = try JobSpec(specText: "kind: gpu\ntime: 20\nmem-per-gpu: 8G\nntasks: 3\n")
        let merged = ClusterProfile.generic.resolve(file.overridden(by: try flags.spec(kind: .gpu)))
        #expect(merged.time?.minutes == 10)
        #expect(merged.memory == .perCPU(try MemorySize(slurm: "1G")))
        #expect(merged.layout.ntasks?.value == 3)
    }
}
