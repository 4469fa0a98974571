import ArgumentParser

/// How `jobgen submit` hands the script to sbatch.
struct SubmitOptions: ParsableArguments {
    @Flag(help: "Wait for the job to end and exit with its exit code (sbatch --wait).")
    var wait = false
    @Flag(
        name: .customLong("test-only"),
        help: "Ask the controller when and where the job would run; submit nothing (sbatch --test-only).")
    var testOnly = false
    @Argument(
        parsing: .postTerminator,
        help: ArgumentHelp(
            "Extra sbatch arguments, after `--`; they override the script's directives.",
            valueName: "sbatch-argument"))
    var sbatchArguments: [String] = []

    func validate() throws {
        if wait && testOnly {
            throw ValidationError(
                "--wait and --test-only cannot be combined: --test-only runs nothing to wait for")
        }
    }
}
