import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen cluster show`: the YAML of one profile.
struct ClusterShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a cluster profile's YAML, as found by --cluster NAME|FILE.",
        discussion: """
            The profile is printed as its file has it, comments and all, once it has been checked \
            (a profile with problems is refused, as by 'jobgen cluster check').

            Examples:
              jobgen cluster show narval
              jobgen cluster show narval > narval.yaml    # a copy to edit, then move it to
                                                          # ~/.config/jobgen/clusters/ to use it
            """)

    @Argument(
        help: "A profile's name (see 'jobgen cluster list') or a profile file.",
        completion: Completions.clusterNames)
    var profile: String

    func run() throws {
        let library = ClusterFiles.library
        do throws(ClusterFileError) {
            let entry = try library.locate(profile)
            let text = try library.text(of: entry)
            _ = try ClusterResources(yaml: text, file: entry.file)
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        } catch {
            Console.error(error.description)
            throw ExitCode(65)
        }
    }
}
