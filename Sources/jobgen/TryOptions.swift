import ArgumentParser
import JobGenKit

/// What every form of `jobgen try` takes besides the job: how long the try may run, how to
/// shrink it, which array task, how long to wait, and whether to only print the command.
struct TryOptions: ParsableArguments {
    @Option(
        name: .customLong("try-time"),
        help: ArgumentHelp(
            "How long the try may run: \(WallTime.accepted) (default \(TrySettings.defaultMinutes) minutes; never more than the script's own --time).",
            valueName: "TIME"))
    var tryTime: String?

    @Flag(name: .customLong("scale-down"), help: "Try it on one node with at most 2 tasks and 1 GPU per GPU request.")
    var scaleDown = false

    @Option(help: ArgumentHelp("The array task to run (default: the array's lowest index).", valueName: "N"))
    var index: Int?

    @Option(
        name: .customLong("wait-for"),
        help: ArgumentHelp("Give up when the allocation is not granted within this many seconds.", valueName: "SECONDS"))
    var waitFor = 120

    @Flag(name: .customLong("dry-run"), help: "Print the salloc command line instead of running it.")
    var dryRun = false

    func validate() throws {
        guard waitFor > 0 else {
            throw ValidationError("--wait-for must be a positive number of seconds, got \(waitFor); example: --wait-for 300")
        }
        if let index, index < 0 {
            throw ValidationError("--index must be an array index (0 or more), got \(index); example: --index 3")
        }
    }

    /// The settings, with `time` (a `try SCRIPT --time` value) taking the place of --try-time.
    func settings(time: String? = nil) throws -> TrySettings {
        var settings = TrySettings(scaleDown: scaleDown, index: index)
        if let text = time ?? tryTime {
            let flag = time == nil ? "--try-time" : "--time"
            let limit: WallTime
            do { limit = try WallTime(slurm: text) } catch {
                throw Failure.usage("invalid value '\(text)' for \(flag): \(error.reason); accepted: \(WallTime.accepted); example: \(flag) 15")
            }
            guard let minutes = limit.minutes, minutes > 0 else {
                throw Failure.usage("\(flag) \(text) sets no limit; a try needs one, such as \(flag) 15")
            }
            settings.minutes = minutes
        }
        return settings
    }
}
