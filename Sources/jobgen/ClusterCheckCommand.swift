import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen cluster check`: every problem of hand-edited profiles.
struct ClusterCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check cluster profiles: every problem with its file, line and key.",
        discussion: """
            Checks the YAML against the profile schema (docs/cluster-profile.schema.json: keys, types, \
            positive counts) and that the profile holds together: node-type and partition names given \
            once, partitions naming defined node types, at most one default partition, node host lists \
            that parse and agree with their counts. Problems go to standard error as \
            FILE:LINE: KEY: message [problem]; a good profile prints 'FILE: ok (N node types, M \
            partitions)'. Exit status: 0 all good, 65 a profile has problems, 64 a FILE cannot be read.

            Examples:
              jobgen cluster check ~/.config/jobgen/clusters/lab.yaml
              jobgen cluster check lab
            """)

    @Argument(
        help: "Profile files, or names of profiles (see 'jobgen cluster list').",
        completion: Completions.clusterNames)
    var profiles: [String]

    func validate() throws {
        if profiles.isEmpty {
            throw ValidationError("no profile given; example: jobgen cluster check lab.yaml")
        }
    }

    func run() throws {
        let library = ClusterFiles.library
        var unreadable = false
        var faulty = false
        for profile in profiles {
            let entry: ProfileLibrary.Entry
            let text: String
            do throws(ClusterFileError) {
                entry = try library.locate(profile)
                text = try library.text(of: entry)
            } catch {
                Console.error(error.description)
                unreadable = true
                continue
            }
            let checked = ProfileCheck.read(yaml: text, file: entry.file)
            if let resources = checked.profile, checked.problems.isEmpty {
                let types = resources.nodeTypes.count
                let partitions = resources.partitions.count
                print(
                    "\(entry.file): ok (\(types) node type\(types == 1 ? "" : "s"), \(partitions) partition\(partitions == 1 ? "" : "s"))"
                )
            } else {
                faulty = true
                for problem in checked.problems {
                    FileHandle.standardError.write(Data("\(problem)\n".utf8))
                }
            }
        }
        if unreadable { throw ExitCode(64) }
        if faulty { throw ExitCode(65) }
    }
}
