import Dispatch
import JobGenKit
import Synchronization

/// Work `jobgen validate` starts on another core before its command line is parsed: parsing
/// costs about as much as reading a cluster profile, and one core is idle meanwhile. From the raw
/// arguments, `--cluster NAME` starts reading that profile and `--slurm-version X.Y` builds that
/// release's option table. `Validate` takes the profile only when the parsed `--cluster` is the
/// same name; anything else started here goes unused.
enum ValidateHeadStart {
    typealias Profile = BackgroundWork<ClusterResources?, ClusterFileError>

    private static let profile = Mutex<(name: String, work: Profile)?>(nil)

    /// Starts what `arguments` (after the command name, as the parser gets them) name.
    static func start(_ arguments: [String]) {
        guard arguments.first == "validate" else { return }
        let options = arguments.dropFirst().prefix { $0 != "--" }
        if !options.contains("--effective"), let name = value(of: "--cluster", in: options) {
            let work = Profile { () throws(ClusterFileError) in try ClusterFiles.resolve(name) }
            profile.withLock { $0 = (name, work) }
        }
        if let text = value(of: "--slurm-version", in: options), let release = SlurmVersion(text) {
            DispatchQueue.global().async { _ = OptionTable.forRelease(release) }
        }
    }

    /// The profile read for `name`, if its reading was started for that name.
    static func profile(named name: String?) -> Profile? {
        profile.withLock { started in
            guard let name, let (startedName, work) = started, startedName == name else { return nil }
            return work
        }
    }

    /// The value of the last `--NAME VALUE` or `--NAME=VALUE` among `arguments`.
    static func value(of option: String, in arguments: ArraySlice<String>) -> String? {
        var found: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == option, index + 1 < arguments.endIndex {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix(option + "=") {
                found = String(argument.dropFirst(option.count + 1))
            }
            index += 1
        }
        return found
    }
}
