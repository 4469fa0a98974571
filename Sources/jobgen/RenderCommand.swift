import ArgumentParser
import Foundation
import JobGenKit

struct Render: GeneratorCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a script from a YAML or JSON job spec; flags given here override the file.",
        discussion: """
            A spec uses sbatch's option names as keys, plus kind, cluster, modules, pip, requirements,
            run, sbatch and comments (schema: docs/spec.schema.json). Get one from any command with --print-spec.

            Examples:
              jobgen distributed -A def-someprof --print-spec > job.yaml
              jobgen render job.yaml | sbatch
              jobgen render job.yaml --time 02:00:00 --write job.sh
            """)

    @Argument(
        help: "The spec file (.yaml, .yml or .json).", completion: .file(extensions: ["yaml", "yml", "json"]))
    var spec: String?
    @OptionGroup(title: "sbatch options") var sbatch: SbatchOptions
    @OptionGroup(title: "Job contents") var job: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Cluster") var cluster: ClusterOption
    /// Prints the spec files' JSON Schema, generated from the spec's keys and value grammars;
    /// docs/spec.schema.json is this output (a test keeps it current).
    @Flag(help: .hidden) var printSchema = false

    func validate() throws {
        if spec == nil, !printSchema { throw ValidationError("Missing expected argument '<spec>'") }
    }

    func run() throws {
        if printSchema {
            FileHandle.standardOutput.write(Data(SpecSchema.json().utf8))
            return
        }
        guard let spec else { return }
        try Console.reporting {
            guard let data = FileManager.default.contents(atPath: spec) else {
                throw Failure.usage("spec file '\(spec)': cannot be read")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw Failure.data("spec file '\(spec)': not UTF-8 text")
            }
            let base: JobSpec
            do {
                base = try JobSpec(specText: text)
            } catch let error as SpecError {
                throw Failure.data("spec file '\(spec)': \(error)")
            } catch {
                throw Failure.data("spec file '\(spec)': not a readable YAML or JSON spec: \(error)")
            }
            try Generation(
                base: base, baseName: spec, flags: flags, cluster: cluster.cluster, kind: base.kind, output: output
            ).run()
        }
    }
}
