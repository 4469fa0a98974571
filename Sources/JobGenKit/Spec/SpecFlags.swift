/// The generator's flags as typed on the command line, before parsing: sbatch's long options
/// (those of `SbatchField.all`, by name) and jobgen's own. `spec(kind:)` turns them into a
/// `JobSpec`, naming the flag of any bad value.
public struct SpecFlags: Sendable, Equatable {
    /// The typed sbatch options given, by long name (`time`); `exclusive` is "" for the flag
    /// alone.
    public var sbatchFields: [String: String] = [:]
    public var sbatch: [String] = []
    public var modules: [String]?
    public var pip: [String]?
    public var requirements: String?
    public var run: String?

    public init() {}

    /// The text given for the typed sbatch option `name`.
    public subscript(name: String) -> String? {
        get { sbatchFields[name] }
        set {
            precondition(SbatchField.named(name) != nil, "no typed sbatch option '\(name)'")
            sbatchFields[name] = newValue
        }
    }

    /// Sets the option named after sbatch's long option `option`, as `jobgen --<option> <value>`
    /// would: a typed one, or `--sbatch <option>=<value>` for one jobgen has no flag for.
    public mutating func set(_ option: String, to value: String) {
        if SbatchField.named(option) != nil {
            self[option] = value
        } else {
            sbatch.append("\(option)=\(value)")
        }
    }

    /// The spec these flags ask for; fields without a flag stay nil.
    public func spec(kind: JobKind) throws(SpecError) -> JobSpec {
        var spec = JobSpec(kind: kind)
        try SbatchField.read(sbatchFields, into: &spec, prefix: "--")
        spec.extraDirectives = try sbatch.map { item throws(SpecError) in try ExtraDirective(item) }
        if let modules { spec.modules = try ModuleList(modules) }
        if pip != nil || requirements != nil {
            spec.python = try PythonEnv(packages: pip ?? [], requirementsFile: requirements)
        }
        if let run { spec.payload = try Payload.command(run, field: "--run") }
        return spec
    }
}
