import Foundation
import JobGenKit
import Testing

@Suite("Finding cluster profiles by name (ProfileLibrary)")
struct ProfileLibraryTests {
    static func profile(_ name: String, cpus: Int = 8) -> String {
        """
        name: \(name)
        nodeTypes:
        - {name: cpu, count: 1, cpus: \(cpus), memory: 1000, features: [], gpus: []}
        partitions:
        - {name: all, nodeTypes: [cpu], default: true}

        """
    }

    /// A temporary tree: config/jobgen/clusters (the user's), site1 and site2 (a search path).
    struct Tree {
        let root: URL
        var config: String { root.appendingPathComponent("config").path }
        var user: String { "\(config)/jobgen/clusters" }
        var site1: String { root.appendingPathComponent("site1").path }
        var site2: String { root.appendingPathComponent("site2").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("jobgen-library-\(UUID())")
            for directory in [user, site1, site2] {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
        }

        func write(_ directory: String, _ file: String, _ text: String) throws {
            try text.write(toFile: "\(directory)/\(file)", atomically: true, encoding: .utf8)
        }

        func library(_ extra: [String: String] = [:]) -> ProfileLibrary {
            ProfileLibrary(
                environment: [
                    "HOME": "/nonexistent", "XDG_CONFIG_HOME": config,
                    "JOBGEN_CLUSTER_PATH": "\(site1)::\(site2):\(site1):\(user)",
                ]
                .merging(extra) { _, new in new })
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func userDirectoryThenSearchPathThenBuiltInsWithShadowing() throws {
        let tree = try Tree()
        defer { tree.remove() }
        try tree.write(tree.user, "lab.yaml", Self.profile("lab", cpus: 1))
        try tree.write(tree.site1, "lab.yaml", Self.profile("lab", cpus: 2))
        try tree.write(tree.site1, "narval.yaml", Self.profile("narval", cpus: 3))
        try tree.write(tree.site2, "site.yaml", Self.profile("site", cpus: 4))
        try tree.write(tree.site2, "notes.txt", "not a profile")
        try tree.write(tree.site2, ".hidden.yaml", Self.profile("hidden"))
        let library = tree.library()
        #expect(library.searchPath == [tree.site1, tree.site2], "empty and repeated entries are skipped")
        let entries = library.entries()
        #expect(
            entries.map { "\($0.name) \($0.place)" } == [
                "lab \(tree.user)/lab.yaml", "lab \(tree.site1)/lab.yaml", "narval \(tree.site1)/narval.yaml",
                "site \(tree.site2)/site.yaml",
            ] + BuiltInClusters.names.map { "\($0) built-in" })
        #expect(
            entries.map { library.shadowing($0)?.place }.compactMap { $0 } == [
                "\(tree.user)/lab.yaml", "\(tree.site1)/narval.yaml",
            ])
        #expect(try library.load(library.locate("lab")).nodeTypes[0].cpus == 1)
        #expect(try library.load(library.locate("narval")).nodeTypes[0].cpus == 3)
        #expect(try library.load(library.locate("site")).nodeTypes[0].cpus == 4)
        #expect(try library.load(library.locate("fir")).name == "fir")
        #expect(try library.load(library.locate("\(tree.site1)/lab.yaml")).nodeTypes[0].cpus == 2)
        #expect(throws: ClusterFileError.self) { try library.locate("hidden") }
    }

    @Test func theUserDirectoryDefaultsToHomeConfig() {
        let library = ProfileLibrary(environment: ["HOME": "/home/u"])
        #expect(library.userDirectory == "/home/u/.config/jobgen/clusters" && library.searchPath == [])
        #expect(
            ProfileLibrary(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": "relative"]).userDirectory
                == "/home/u/.config/jobgen/clusters")
        #expect(
            ProfileLibrary(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": "/xdg"]).userDirectory
                == "/xdg/jobgen/clusters")
    }

    @Test func anUnknownNameSaysWhereItLooked() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let error = try #require(throws: ClusterFileError.self) { try tree.library().locate("nowhere") }
        #expect(
            error.description.contains(tree.user)
                && error.description.contains("\(tree.site1) (JOBGEN_CLUSTER_PATH)"))
        #expect(error.description.contains("narval") && error.description.contains("jobgen cluster list"))
    }

    @Test func theFlagThenJobgenClusterThenCCClusterWhenSuchAProfileExists() throws {
        let tree = try Tree()
        defer { tree.remove() }
        try tree.write(tree.site2, "lab.yaml", Self.profile("lab"))
        #expect(
            try tree.library(["JOBGEN_CLUSTER": "fir", "CC_CLUSTER": "lab"]).selected("narval")?.name
                == "narval")
        #expect(
            try tree.library(["JOBGEN_CLUSTER": "fir", "CC_CLUSTER": "lab"]).selected(nil)?.name == "fir")
        #expect(try tree.library(["JOBGEN_CLUSTER": "", "CC_CLUSTER": "lab"]).selected(nil)?.name == "lab")
        #expect(try tree.library(["CC_CLUSTER": "graham"]).selected(nil) == nil)
        #expect(try tree.library().selected(nil) == nil)
        #expect(throws: ClusterFileError.self) {
            try tree.library(["JOBGEN_CLUSTER": "graham"]).selected(nil)
        }
    }

    /// A spec's `cluster:` comes after `--cluster` and before JOBGEN_CLUSTER and $CC_CLUSTER;
    /// naming says who chose, for messages.
    @Test func aSpecsClusterComesBetweenTheFlagAndTheEnvironment() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let library = tree.library(["JOBGEN_CLUSTER": "fir", "CC_CLUSTER": "trillium"])
        #expect(try library.selected("narval", spec: "nibi")?.name == "narval")
        #expect(try library.selected(nil, spec: "nibi")?.name == "nibi")
        #expect(try library.selected(nil, spec: nil)?.name == "fir")
        #expect(library.naming("narval", spec: "nibi")?.by == .flag)
        #expect(library.naming(nil, spec: "nibi")?.by == .spec)
        #expect(library.naming(nil)?.by == .environment)
        #expect(tree.library(["CC_CLUSTER": "trillium"]).naming(nil)?.by == .alliance)
        #expect(tree.library().naming(nil) == nil)
        #expect(try tree.library(["CC_CLUSTER": "trillium"]).selected(nil, spec: "rorqual")?.name == "rorqual")
        let unknown = #expect(throws: ClusterFileError.self) { try library.selected(nil, spec: "graham") }
        #expect(unknown?.file == "graham")
    }

    @Test func aBrokenProfileIsRefusedNotPassedOver() throws {
        let tree = try Tree()
        defer { tree.remove() }
        try tree.write(tree.user, "narval.yaml", "name: narval\nnodeTypes: 3\npartitions: []\n")
        let error = try #require(throws: ClusterFileError.self) { try tree.library().selected("narval") }
        #expect(error.file == "\(tree.user)/narval.yaml" && error.line == 2 && error.problem == .wrongType)
    }

    @Test func savingWritesAUserProfileWholeAndReplacesOnlyWhenAsked() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let fresh = ProfileLibrary(environment: [
            "XDG_CONFIG_HOME": tree.root.appendingPathComponent("new").path
        ])
        let lab = try ClusterResources(yaml: Self.profile("lab"), file: "lab.yaml")
        let path = try fresh.save(lab, as: "lab", replacing: false)
        #expect(path == "\(fresh.userDirectory)/lab.yaml")
        #expect(try fresh.load(fresh.locate("lab")) == lab)
        var bigger = lab
        bigger.nodeTypes[0].cpus = 64
        #expect(throws: ProfileSaveError.exists(path)) { try fresh.save(bigger, as: "lab", replacing: false) }
        #expect(try fresh.load(fresh.locate("lab")).nodeTypes[0].cpus == 8)
        _ = try fresh.save(bigger, as: "lab", replacing: true)
        #expect(try fresh.load(fresh.locate("lab")).nodeTypes[0].cpus == 64)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: fresh.userDirectory) == ["lab.yaml"],
            "no temporary file is left")
        #expect(throws: ProfileSaveError.badName("../x")) { try fresh.save(lab, as: "../x", replacing: true) }
    }
}
