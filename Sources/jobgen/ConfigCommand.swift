import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen config`: the settings of jobgen's config files.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "jobgen's config files: what they set, and whether they are right.",
        discussion: """
            Settings come in layers, each over the one before: built-in, the site file \
            (JOBGEN_CONFIG, else \(ConfigLocations.defaultSiteFile)), the user file \
            ($XDG_CONFIG_HOME/jobgen/config.yaml, default ~/.config/jobgen/config.yaml); then a \
            command's spec file, the environment and its flags. Keys: cluster, account, \
            modules.{distributed,whole-node,gpu}, templates, validate.format, validate.disable.
            """,
        subcommands: [ConfigShow.self, ConfigCheck.self])
}

/// `jobgen config show`: every setting and the layer it comes from.
struct ConfigShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print every effective setting and where it comes from.",
        discussion: """
            One line per setting: its name, its value ('-' when unset, and the command decides) and \
            its layer (built-in, or site or user with FILE:LINE). Then the files read and the \
            cluster profile a command without --cluster uses, with what chose it. Exit status: 0, \
            or 65 when a config file has problems or the profile it names cannot be used.

            Example:
              jobgen config show
            """)

    func run() throws {
        let config: EffectiveConfig
        do { config = try ConfigFiles.current() } catch {
            for problem in error.problems { Console.error(problem.description) }
            throw ExitCode(65)
        }
        let rows = config.settings.map { setting -> [String] in
            [setting.name, Self.shown(setting.value), setting.layer.description]
        }
        let widths = (0..<2).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let padded = row[0].padding(toLength: widths[0], withPad: " ", startingAt: 0)
            let value = row[1].padding(toLength: widths[1], withPad: " ", startingAt: 0)
            print("\(padded)  \(value)  \(row[2])")
        }
        let locations = ConfigFiles.locations
        print("")
        print("site file: \(locations.siteFile)\(Self.presence(locations.siteFile))")
        print("user file: \(locations.userFile)\(Self.presence(locations.userFile))")
        do throws(ClusterFileError) {
            guard let choice = try ClusterFiles.choice(nil) else {
                print("profile:   none (no --cluster, JOBGEN_CLUSTER, config cluster, $CC_CLUSTER or ClusterName match)")
                return
            }
            print("profile:   \(choice.entry.name) (\(choice.entry.place)), from \(choice.reason)")
        } catch {
            Console.error(error.description)
            throw ExitCode(65)
        }
    }

    private static func shown(_ value: ConfigFile.Value?) -> String {
        switch value {
        case nil: "-"
        case .text(let text): text
        case .texts(let texts): texts.isEmpty ? "[]" : texts.joined(separator: " ")
        }
    }

    private static func presence(_ path: String) -> String {
        FileManager.default.fileExists(atPath: path) ? "" : " (none)"
    }
}

/// `jobgen config check`: every problem of a config file.
struct ConfigCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check config files: every problem with its file, line and key.",
        discussion: """
            Checks FILE, or without one the site and user files that exist. Problems go to \
            standard error as FILE:LINE: KEY: message [problem]; a good file prints \
            'FILE: ok (N settings)'. Exit status: 0 all good, 65 a file has problems, 64 FILE \
            cannot be read.

            Examples:
              jobgen config check
              jobgen config check ~/.config/jobgen/config.yaml
            """)

    @Argument(help: "A config file (default: the site and user files).")
    var file: String?

    func run() throws {
        let locations = ConfigFiles.locations
        let files =
            file.map { [$0] }
            ?? [locations.siteFile, locations.userFile].filter { FileManager.default.fileExists(atPath: $0) }
        if files.isEmpty { print("no config file: none of \(locations.siteFile), \(locations.userFile)") }
        var faulty = false
        for path in files {
            guard let text = ConfigFile.text(atPath: path) else {
                Console.error("\(path): cannot be read")
                throw ExitCode(64)
            }
            switch ConfigFile.read(yaml: text, file: path, home: locations.home) {
            case .success(let config):
                let count = config.settings.count
                print("\(path): ok (\(count) setting\(count == 1 ? "" : "s"))")
            case .failure(let problems):
                faulty = true
                for problem in problems.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
            }
        }
        if faulty { throw ExitCode(65) }
    }
}
