import Foundation
import JobGenKit

/// What every generating command does once its flags are read: build the spec, render, check,
/// and emit, or refuse with nothing emitted.
struct Generation {
    var base: JobSpec?
    var baseName: String?
    let flags: SpecFlags
    let kind: JobKind
    let output: OutputOptions

    func run() throws {
        let text = try script()
        if let path = output.writePath {
            do { try ScriptFile.write(text, to: path, force: output.force) } catch {
                throw error.isUsageError
                    ? Failure.usage("--write \(error)") : Failure.internalError("--write \(error)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// The checked script (or, with --print-spec, the spec as YAML), or a refusal.
    func script() throws -> String {
        let overrides: JobSpec
        do { overrides = try flags.spec(kind: kind) } catch { throw Failure.usage(error.description) }
        var spec = base.map { $0.overridden(by: overrides) } ?? overrides
        spec.kind = kind
        if output.bare { spec.comments = false }
        let resolved = ClusterProfile.generic.resolve(spec)
        do { try resolved.checkCombinations() } catch { throw Failure.usage(error.description) }
        for note in resolved.notes() { Console.warning(note) }

        let text: String
        if output.printSpec {
            do { text = try resolved.yaml() } catch {
                throw Failure.internalError("cannot write the spec as YAML: \(error)")
            }
        } else {
            var templates = TemplateSet.embedded
            if let path = output.template {
                do { templates = try templates.overridden(by: path, kind: kind) } catch {
                    throw Failure.usage(error.description)
                }
            }
            let renderer: Renderer
            do { renderer = try Renderer(templates: templates) } catch {
                throw Failure.data(error.description)
            }
            let generator = ScriptGenerator(
                renderer: renderer, comments: resolved.comments ?? true,
                bundledExecutable: BundledPayload.command(nextTo: BundledPayload.runningExecutableDirectory))
            do {
                text = try generator.script(forResolved: resolved)
            } catch let rejected as RejectedScript {
                FileHandle.standardError.write(Data(DiagnosticFormat.text.render(rejected.diagnostics).utf8))
                let blame = RejectionBlame(
                    fromFlags: !flags.sbatch.isEmpty, extras: resolved.extraDirectives, template: output.template)
                if let advice = blame.advice(for: rejected) {
                    throw Failure.usage(
                        "the script rendered from your input does not pass validation (above): \(advice); nothing was written")
                }
                throw Failure.internalError(
                    "the rendered script does not pass validation; nothing was written")
            } catch {
                throw Failure.data(String(describing: error))
            }
        }
        return text
    }
}
