import Testing

@testable import JobGenKit

/// The defaults a job starts from on each built-in cluster, and how a profile's `defaults`
/// section lays them over the generic ones.
@Suite("Cluster defaults (a profile's defaults section)")
struct ClusterDefaultsTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        let cluster: String
        let tasksPerNode: Int
        let gpus: String
        let cpusPerTask: Int
        let memoryPerGPU: String
        var testDescription: String { cluster }
    }

    /// From ALLIANCE-CLUSTERS.md: CPU node cores, GPU type, the bundle's cores (over the generic
    /// 2 tasks) and memory.
    static let expected: [Expected] = [
        Expected(cluster: "fir", tasksPerNode: 192, gpus: "h100:1", cpusPerTask: 6, memoryPerGPU: "294912M"),
        Expected(cluster: "nibi", tasksPerNode: 192, gpus: "h100:1", cpusPerTask: 7, memoryPerGPU: "256000M"),
        Expected(
            cluster: "rorqual", tasksPerNode: 192, gpus: "h100:1", cpusPerTask: 8, memoryPerGPU: "127488M"),
        Expected(
            cluster: "narval", tasksPerNode: 64, gpus: "a100:1", cpusPerTask: 6, memoryPerGPU: "127488M"),
        Expected(
            cluster: "trillium", tasksPerNode: 192, gpus: "h100:1", cpusPerTask: 12, memoryPerGPU: "192512M"),
    ]

    static let cpuModules = ["StdEnv/2023", "gcc/12.3", "openmpi/4.1.5"]
    static let gpuModules = ["StdEnv/2023", "gcc/12.3", "cuda/12", "openmpi/4.1.5"]

    static func profile(_ name: String) throws -> (ClusterResources, ClusterProfile) {
        let resources = try #require(BuiltInClusters.profile(named: name))
        return (resources, try ClusterProfile(cluster: resources))
    }

    @Test(arguments: expected)
    func eachKindsDefaultsOnABuiltIn(_ expected: Expected) throws {
        let (_, profile) = try Self.profile(expected.cluster)
        let generic = ClusterProfile.generic

        let distributed = profile.defaults(.distributed)
        #expect(distributed.modules?.names == Self.cpuModules)
        var withoutModules = distributed
        withoutModules.modules = nil
        if expected.cluster == "trillium" {
            // Whole nodes only, memory options ignored: a node's 192 tasks, no memory asked.
            #expect(distributed.layout.ntasks?.value == 192 && distributed.memory == nil)
            #expect(profile.defaults(.wholeNode).memory == nil)
        } else {
            #expect(withoutModules == generic.defaults(.distributed))
        }

        let wholeNode = profile.defaults(.wholeNode)
        #expect(wholeNode.layout.ntasksPerNode?.value == expected.tasksPerNode)
        #expect(wholeNode.layout.nodes == generic.defaults(.wholeNode).layout.nodes)
        #expect(wholeNode.time == generic.defaults(.wholeNode).time)
        #expect(wholeNode.modules?.names == Self.cpuModules)

        let gpu = profile.defaults(.gpu)
        #expect(gpu.gpus == GPURequest(gpusPerNode: try GPUsPerUnit(slurm: expected.gpus)))
        #expect(gpu.layout.ntasks?.value == 2)
        #expect(gpu.layout.cpusPerTask?.value == expected.cpusPerTask)
        #expect(gpu.memory == .perGPU(try MemorySize(slurm: expected.memoryPerGPU)))
        #expect(gpu.modules?.names == Self.gpuModules)
    }

    /// The defaults say what the rest of the profile says: a whole-node job has a task per core
    /// of the CPU nodes, and a gpu job the billing's bundle.
    @Test(arguments: BuiltInClusters.names)
    func builtInDefaultsAgreeWithTheirNodesAndBundle(_ name: String) throws {
        let (resources, _) = try Self.profile(name)
        let defaults = try #require(resources.defaults)
        #expect(defaults.wholeNode?.ntasksPerNode == resources.nodeType(named: "cpu")?.cpus)
        let bundle = try #require(resources.billing?.gpuBundle)
        #expect(defaults.gpu?.gpuType == bundle.gpuType)
        #expect(defaults.gpu?.coresPerGPU == bundle.cores)
        #expect(defaults.gpu?.memoryPerGPU == bundle.memory)
    }

    /// Each kind's default script on each built-in renders and fits that cluster (JG701).
    @Test(arguments: BuiltInClusters.names, JobKind.allCases)
    func defaultScriptsFitTheirCluster(_ name: String, _ kind: JobKind) throws {
        let (resources, profile) = try Self.profile(name)
        let generator = ScriptGenerator(
            profile: profile, renderer: try Renderer(), validator: Validator(cluster: resources))
        let generated = try generator.generate(forResolved: profile.resolve(JobSpec(kind: kind)))
        #expect(generated.diagnostics.isEmpty, "\(generated.diagnostics)")
    }

    /// The user's values override every default; a memory or GPU option replaces the default's.
    @Test func userValuesOverrideTheClustersDefaults() throws {
        let (_, profile) = try Self.profile("narval")
        var flags = SpecFlags()
        flags["ntasks-per-node"] = "32"
        flags.modules = ["StdEnv/2023", "python/3.12"]
        let wholeNode = profile.resolve(try flags.spec(kind: .wholeNode))
        #expect(wholeNode.layout.ntasksPerNode?.value == 32)
        #expect(wholeNode.modules?.names == ["StdEnv/2023", "python/3.12"])

        flags = SpecFlags()
        flags["gpus"] = "2"
        flags["mem-per-cpu"] = "4G"
        flags["cpus-per-task"] = "3"
        let gpu = profile.resolve(try flags.spec(kind: .gpu))
        #expect(gpu.gpus == GPURequest(gpus: try GPUCount(slurm: "2")))
        #expect(gpu.memory == .perCPU(try MemorySize(slurm: "4G")))
        #expect(gpu.layout.cpusPerTask?.value == 3)
        #expect(gpu.modules?.names == Self.gpuModules)
    }

    /// No cluster, or one without a defaults section, keeps the generic defaults; so the seed
    /// scripts come out as before.
    @Test(arguments: JobKind.allCases)
    func noDefaultsMeansTheGenericOnes(_ kind: JobKind) throws {
        var resources = try #require(BuiltInClusters.profile(named: "narval"))
        resources.defaults = nil
        #expect(try ClusterProfile(cluster: resources).defaults(kind) == ClusterProfile.genericDefaults(kind))
        #expect(try ClusterProfile(cluster: nil).defaults(kind) == ClusterProfile.genericDefaults(kind))
        #expect(ClusterProfile.generic.name == "generic")
        let generic = ScriptGenerator(renderer: try Renderer())
        let empty = ScriptGenerator(profile: try ClusterProfile(cluster: resources), renderer: try Renderer())
        #expect(try empty.script(for: JobSpec(kind: kind)) == (try generic.script(for: JobSpec(kind: kind))))
    }

    /// Bundle cores that the generic two tasks cannot share go to one task.
    @Test func unevenBundleCoresGoToOneTask() throws {
        let defaults = ClusterDefaults(gpu: ClusterDefaults.GPU(coresPerGPU: 7))
        let gpu = try ClusterProfile.defaults(of: .gpu, overlaidBy: defaults)
        #expect(gpu.layout.ntasks?.value == 1)
        #expect(gpu.layout.cpusPerTask?.value == 7)
        #expect(gpu.gpus == ClusterProfile.genericDefaults(.gpu).gpus)
    }

    /// A default jobgen cannot write is refused when the profile is read, naming its key.
    @Test(arguments: [
        ("gpuType: a100", "gpuType: \"a 100\"", "defaults.gpu.gpuType", "'a 100'"),
        (
            "modules: [StdEnv/2023, gcc/12.3, cuda/12", "modules: [\"StdEnv/2023;\", gcc/12.3, cuda/12",
            "defaults.gpu.modules", "'StdEnv/2023;'"
        ),
    ])
    func aDefaultJobgenCannotWriteIsAProfileProblem(
        _ good: String, _ bad: String, _ key: String, _ value: String
    ) throws {
        let text = try #require(BuiltInClusters.text(named: "narval"))
        #expect(text.contains(good))
        let checked = ProfileCheck.read(yaml: text.replacingOccurrences(of: good, with: bad), file: "n.yaml")
        let problem = try #require(checked.problems.first)
        #expect(checked.problems.count == 1)
        #expect(problem.problem == .badDefault)
        #expect(problem.key?.description == key)
        #expect(problem.reason.hasPrefix(value), "\(problem.reason)")
        #expect(problem.reason.contains("accepted:"))
        #expect(problem.line != nil)
    }

    @Test func aClusterProfileInCodeWithABadDefaultIsRefused() throws {
        var resources = try #require(BuiltInClusters.profile(named: "fir"))
        resources.defaults = ClusterDefaults(wholeNode: ClusterDefaults.WholeNode(ntasksPerNode: 0))
        let error = #expect(throws: ClusterDefaultsError.self) { try ClusterProfile(cluster: resources) }
        #expect(error?.key.description == "defaults.wholeNode.ntasksPerNode")
    }
}
