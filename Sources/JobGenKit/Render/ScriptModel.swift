/// Everything a template needs, decided and formatted: templates only lay it out.
public struct ScriptModel: Sendable, Equatable {
    public var kind: JobKind
    public var directives: [RenderedDirective]
    /// Whether explanatory comments are written (off for `--bare`).
    public var comments: Bool
    /// `module load` arguments, shell-quoted and joined; nil when no modules.
    public var modules: String?
    /// The virtualenv block's install arguments (`numpy==2.1.1`, `-r requirements.txt`); nil
    /// when there is nothing to install.
    public var pipInstalls: [String]?
    /// Whether the virtualenv must be built on every node (multi-node kinds) or once.
    public var venvOnEveryNode: Bool
    /// The command `srun` launches, already safe for the shell.
    public var command: String
    /// Whether the payload is jobgen's bundled Swift example.
    public var bundledPayload: Bool

    /// Decides the script for a resolved spec. `bundledExecutable` is the shell-ready path of
    /// `jobgen-mpi` used when the payload is the bundled one.
    public init(spec: JobSpec, comments: Bool = true, bundledExecutable: String = "jobgen-mpi") {
        kind = spec.kind
        self.comments = comments
        var lines: [RenderedDirective] = SbatchField.all.compactMap { field in
            field.writtenValue(in: spec).map {
                RenderedDirective(option: field.name, value: $0, comment: field.seedComment)
            }
        }
        for extra in spec.extraDirectives {
            lines.append(RenderedDirective(option: extra.name, value: extra.writtenValue))
        }
        directives = lines

        if let names = spec.modules?.names, !names.isEmpty {
            modules = names.map(ShellQuote.quote).joined(separator: " ")
        }
        if let python = spec.python, !python.isEmpty {
            var installs: [String] = []
            if !python.packages.isEmpty {
                installs.append(python.packages.map(ShellQuote.quote).joined(separator: " "))
            }
            if let file = python.requirementsFile { installs.append("-r " + ShellQuote.quote(file)) }
            pipInstalls = installs
        }
        venvOnEveryNode = spec.kind != .gpu
        switch spec.payload ?? .bundled {
        case .bundled:
            bundledPayload = true
            command = bundledExecutable + " bcast" + (spec.kind == .gpu ? " --device auto" : "")
        case .command(let text):
            bundledPayload = false
            command = text
        }
    }
}
