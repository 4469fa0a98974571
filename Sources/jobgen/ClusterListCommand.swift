import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen cluster list`: every profile jobgen can find, in search order.
struct ClusterList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the cluster profiles --cluster NAME can find, first match first.",
        discussion: """
            Searched in order: $XDG_CONFIG_HOME/jobgen/clusters (default ~/.config/jobgen/clusters), \
            each directory of JOBGEN_CLUSTER_PATH (colon-separated), then the built-ins. Each line gives \
            the name, where the profile is and what it has; a profile hidden by an earlier one of the \
            same name is marked shadowed.

            Examples:
              jobgen cluster list
              jobgen cluster list --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    /// One profile as listed.
    struct Listed: Encodable {
        let name: String
        let origin: String
        /// The profile's file; none for a built-in, which is inside jobgen.
        let file: String?
        let shadowedBy: String?
        let nodeTypes: Int?
        let nodes: Int?
        let partitions: Int?
        let problem: String?
    }

    func run() throws {
        let library = ClusterFiles.library
        let listed = library.entries().map { entry in
            var profile: ClusterResources?
            var problem: String?
            do throws(ClusterFileError) {
                profile = try library.load(entry)
            } catch {
                problem = error.description
            }
            return Listed(
                name: entry.name, origin: Self.origin(entry.origin),
                file: entry.origin == .builtIn ? nil : entry.file,
                shadowedBy: library.shadowing(entry)?.place, nodeTypes: profile?.nodeTypes.count,
                nodes: profile?.nodeTypes.reduce(0) { $0 + $1.count }, partitions: profile?.partitions.count,
                problem: problem)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(listed), as: UTF8.self))
        case .text:
            let nameWidth = listed.map(\.name.count).max() ?? 0
            let places = listed.map { $0.file ?? "built-in" }
            let placeWidth = places.map(\.count).max() ?? 0
            for (item, place) in zip(listed, places) {
                print(
                    item.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                        + place.padding(toLength: placeWidth, withPad: " ", startingAt: 0) + "  "
                        + Self.summary(item))
            }
        }
    }

    static func origin(_ origin: ProfileLibrary.Origin) -> String {
        switch origin {
        case .userDirectory: "user"
        case .searchPath: "JOBGEN_CLUSTER_PATH"
        case .builtIn: "built-in"
        case .file: "file"
        }
    }

    static func summary(_ item: Listed) -> String {
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        var text =
            if let types = item.nodeTypes, let nodes = item.nodes, let partitions = item.partitions {
                "\(counted(types, "node type")), \(counted(nodes, "node")), \(counted(partitions, "partition"))"
            } else {
                "unusable: \(item.problem ?? "")"
            }
        if let shadowedBy = item.shadowedBy { text += " (shadowed by \(shadowedBy))" }
        return text
    }
}
