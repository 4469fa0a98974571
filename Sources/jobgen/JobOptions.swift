import ArgumentParser
import JobGenKit

/// jobgen's own options: what the job loads, installs and runs.
struct JobOptions: ParsableArguments {
    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Modules for one `module load` line, in order.", valueName: "module"))
    var modules: [String] = []
    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("pip packages for a virtualenv in $SLURM_TMPDIR.", valueName: "package"))
    var pip: [String] = []
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("A requirements file for that virtualenv.", valueName: "file"),
        completion: .file())
    var requirements: String?
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("The command srun launches (default: jobgen-mpi bcast).", valueName: "command"))
    var run: String?

    func fill(_ flags: inout SpecFlags) {
        flags.modules = modules.isEmpty ? nil : modules
        flags.pip = pip.isEmpty ? nil : pip
        flags.requirements = requirements
        flags.run = run
    }
}

/// Where and how the script comes out.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("write"), parsing: .unconditional,
        help: ArgumentHelp(
            "Write the script to this file (atomically, executable) instead of stdout.", valueName: "file"),
        completion: .file())
    var writePath: String?
    @Flag(help: "Replace the --write file if it exists.")
    var force = false
    @Flag(help: "No explanatory comments in the script.")
    var bare = false
    @Flag(name: .customLong("print-spec"), help: "Print the resolved job spec as YAML instead of the script.")
    var printSpec = false
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "A template file for this kind, or a directory of templates overriding the built-in ones by name.",
            valueName: "path"),
        completion: .file())
    var template: String?
}
