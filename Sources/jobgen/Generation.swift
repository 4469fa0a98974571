import Foundation
import JobGenKit

/// What every generating command does once its flags are read: choose the cluster profile,
/// build the spec on its defaults, render, check (against that cluster too), and emit, or refuse
/// with nothing emitted.
struct Generation {
    var base: JobSpec?
    /// The spec file `base` was read from, for messages.
    var baseName: String?
    let flags: SpecFlags
    /// `--cluster`.
    var cluster: String?
    let kind: JobKind
    let output: OutputOptions
    /// Whether the rendered script is also checked against the cluster's resources (JG701);
    /// `jobgen explain` weighs the fit itself and reports it rather than refusing.
    var checksFit = true

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
        // The config file's account and modules sit under the spec file and the flags.
        let config: EffectiveConfig
        do { config = try ConfigFiles.current() } catch {
            for problem in error.problems { Console.error(problem.description) }
            throw Failure(message: "the config file has problems (above); nothing was written", code: 65)
        }
        let configured: JobSpec
        do { configured = try config.specDefaults(for: kind) } catch { throw Failure.data(error.description) }
        var spec = configured.overridden(by: base.map { $0.overridden(by: overrides) } ?? overrides)
        spec.kind = kind
        if output.bare { spec.comments = false }
        let chosen = try chosenCluster(spec)
        let profile: ClusterProfile
        do { profile = try ClusterProfile(cluster: chosen?.profile) } catch {
            throw Failure.data("cluster profile \(chosen?.entry.place ?? ""): \(error)")
        }
        var resolved = profile.resolve(spec)
        resolved.cluster = chosen?.entry.name
        do { try resolved.checkCombinations() } catch { throw Failure.usage(error.description) }
        for note in resolved.notes() { Console.warning(note) }

        if output.printSpec {
            do { return try resolved.yaml() } catch {
                throw Failure.internalError("cannot write the spec as YAML: \(error)")
            }
        }
        var templates = TemplateSet.embedded
        if let path = output.template ?? config.templates {
            do { templates = try templates.overridden(by: path, kind: kind) } catch {
                throw Failure.usage(error.description)
            }
        }
        let renderer: Renderer
        do { renderer = try Renderer(templates: templates) } catch {
            throw Failure.data(error.description)
        }
        let generator = ScriptGenerator(
            profile: profile, renderer: renderer, comments: resolved.comments ?? true,
            bundledExecutable: BundledPayload.command(nextTo: BundledPayload.runningExecutableDirectory),
            validator: Validator(cluster: checksFit ? chosen?.profile : nil))
        do {
            let generated = try generator.generate(forResolved: resolved)
            if !generated.diagnostics.isEmpty {
                FileHandle.standardError.write(Data(DiagnosticFormat.text.render(generated.diagnostics).utf8))
            }
            return generated.text
        } catch let rejected as RejectedScript {
            FileHandle.standardError.write(Data(DiagnosticFormat.text.render(rejected.diagnostics).utf8))
            throw refusal(of: rejected, resolved: resolved, cluster: chosen?.entry)
        } catch {
            throw Failure.data(String(describing: error))
        }
    }

    /// The profile `--cluster`, the spec's `cluster:`, JOBGEN_CLUSTER or $CC_CLUSTER names, in
    /// that order; nil for the generic defaults. A bad one is refused naming who named it.
    private func chosenCluster(_ spec: JobSpec) throws -> (
        entry: ProfileLibrary.Entry, profile: ClusterResources
    )? {
        let library = ClusterFiles.library
        do {
            guard let choice = try ClusterFiles.choice(cluster, spec: spec.cluster) else { return nil }
            return (choice.entry, try library.load(choice.entry))
        } catch {
            let namedBy = library.naming(cluster, spec: spec.cluster)?.by ?? .flag
            let source =
                namedBy == .spec ? "spec file '\(baseName ?? "?")': cluster" : namedBy.source
            throw Failure.data("\(source) \(error)")
        }
    }

    /// Why a rendered script that failed validation is refused, and whose input to change.
    private func refusal(of rejected: RejectedScript, resolved: JobSpec, cluster: ProfileLibrary.Entry?)
        -> Failure
    {
        let errors = rejected.diagnostics.filter { $0.severity == .error }
        if let cluster, errors.allSatisfy({ $0.rule == "JG701" }) {
            return Failure.usage(
                "the job does not fit the cluster \(cluster.name) (above): change the request, or choose another profile (--cluster); nothing was written"
            )
        }
        let blame = RejectionBlame(
            fromFlags: !flags.sbatch.isEmpty, extras: resolved.extraDirectives, template: output.template)
        if let advice = blame.advice(for: rejected) {
            return Failure.usage(
                "the script rendered from your input does not pass validation (above): \(advice); nothing was written"
            )
        }
        return Failure.internalError("the rendered script does not pass validation; nothing was written")
    }
}
