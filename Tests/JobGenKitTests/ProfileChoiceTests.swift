import Foundation
import JobGenKit
import Testing

@Suite("Which profile a job is checked against: flag, JOBGEN_CLUSTER, config, CC_CLUSTER, ClusterName")
struct ProfileChoiceTests {
    typealias Tree = ProfileLibraryTests.Tree

    /// A ClusterName provider that counts how often it is asked.
    final class Asked: @unchecked Sendable {
        var count = 0
        let name: String?
        init(_ name: String?) { self.name = name }
        func ask() -> String? {
            count += 1
            return name
        }
    }

    static func configured(_ value: String) -> ProfileLibrary.ConfiguredCluster {
        ProfileLibrary.ConfiguredCluster(value: value, file: "/etc/jobgen/config.yaml", line: 3)
    }

    @Test func eachSourceWinsOverTheOnesAfterIt() throws {
        let tree = try Tree()
        defer { tree.remove() }
        for name in ["flag", "env", "conf", "cc", "live"] {
            try tree.write(tree.site1, "\(name).yaml", ProfileLibraryTests.profile(name))
        }
        let live = Asked("live")
        func chosen(_ requested: String?, _ environment: [String: String], _ config: String?) throws -> String? {
            try tree.library(environment).choice(
                requested: requested, configured: config.map(Self.configured), clusterName: live.ask)
                .map { "\($0.entry.name) \($0.reason)" }
        }
        let all = ["JOBGEN_CLUSTER": "env", "CC_CLUSTER": "cc"]
        #expect(try chosen("flag", all, "conf") == "flag --cluster")
        #expect(try chosen(nil, all, "conf") == "env JOBGEN_CLUSTER")
        #expect(try chosen(nil, ["CC_CLUSTER": "cc"], "conf") == "conf cluster in /etc/jobgen/config.yaml")
        #expect(try chosen(nil, ["CC_CLUSTER": "cc"], nil) == "cc $CC_CLUSTER")
        #expect(live.count == 0, "ClusterName is asked only when nothing before it names a profile")
        #expect(try chosen(nil, ["CC_CLUSTER": "graham"], nil) == "live the ClusterName scontrol reports")
        #expect(live.count == 1)
    }

    @Test func clusterNameIsAskedOnlyWhenAUserOrSiteProfileExists() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let live = Asked("narval")
        #expect(try tree.library().choice(requested: nil, clusterName: live.ask) == nil)
        #expect(live.count == 0, "no profiles of one's own: scontrol is not run")
        try tree.write(tree.user, "lab.yaml", ProfileLibraryTests.profile("lab"))
        #expect(
            try tree.library().choice(requested: nil, clusterName: live.ask) == nil,
            "a ClusterName that is a built-in's name picks nothing")
        #expect(live.count == 1)
        let lab = try tree.library().choice(requested: nil, clusterName: Asked("lab").ask)
        #expect(lab?.entry.file == "\(tree.user)/lab.yaml" && lab?.reason == .clusterName)
        #expect(try tree.library().choice(requested: nil, clusterName: Asked(nil).ask) == nil)
        #expect(try tree.library().choice(requested: nil, clusterName: Asked("../lab").ask) == nil)
    }

    @Test func aConfigProfileThatIsNotFoundIsAnErrorNamingTheConfigLine() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let error = try #require(throws: ClusterFileError.self) {
            try tree.library(["CC_CLUSTER": "fir"]).choice(requested: nil, configured: Self.configured("graham"))
        }
        #expect(error.file == "/etc/jobgen/config.yaml" && error.line == 3 && error.key?.description == "cluster")
        #expect(error.description.contains("'graham': no such file, and no profile of that name"))
        try tree.write(tree.site2, "lab.yaml", ProfileLibraryTests.profile("lab", cpus: 5))
        let file = try tree.library().selected(nil, configured: Self.configured("\(tree.site2)/lab.yaml"))
        #expect(file?.nodeTypes[0].cpus == 5)
        #expect(throws: ClusterFileError.self) {
            try tree.library().choice(requested: nil, configured: Self.configured("\(tree.site2)/none.yaml"))
        }
    }
}
