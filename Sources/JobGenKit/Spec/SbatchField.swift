/// One sbatch option jobgen has a typed field for: everything the command line, spec files, the
/// JSON Schema, `--print-spec`, the rendered directives and the help need to know about it.
/// `SbatchField.all` is the table; nothing else lists these options.
public struct SbatchField: Sendable {
    /// How a spec file writes the value.
    public enum SpecForm: Sendable, Equatable {
        /// One scalar; a number is read as its digits. `numeric`: `--print-spec` writes a
        /// value of digits as a number.
        case scalar(numeric: Bool)
        /// A scalar, or a list joined with commas (`mail-type: [END, FAIL]`).
        case scalarOrList
        /// `true` for the option without a value, `false` for none, or a value
        /// (`exclusive: user`); on the command line a flag, with `--NAME=VALUE` for a value.
        case flagOrValue
    }

    /// Options of one group are given together: a spec's group replaces the other's whole when
    /// it sets any of them, and `oneOf` groups take at most one (sbatch refuses two).
    public enum Group: String, Sendable {
        case memory, gpus

        var oneOf: Bool { self == .memory }
    }

    /// sbatch's long option, without dashes: the flag (`--time`) and the spec key (`time`).
    public let name: String
    public let short: Character?
    /// What the option is, for help: "Time limit".
    public let summary: String
    /// Said after the accepted values in help and the schema ("0 = all of it").
    public let note: String?
    /// What the value's grammar accepts.
    public let accepted: String
    /// A valid value, for error messages, help and the schema.
    public let example: String
    /// The seed's advice after the directive ("adjust this to match ...").
    public let seedComment: String?
    public let specForm: SpecForm
    public let group: Group?
    /// The `SlurmValue` type that reads the value: the grammar sbatch's option table gives the
    /// option (a test holds the two together).
    public let valueType: any SlurmValue.Type

    private let read: @Sendable (inout JobSpec, String, String, String?) throws(SpecError) -> Void
    private let get: @Sendable (JobSpec) -> (any SlurmValue)?
    private let copy: @Sendable (inout JobSpec, JobSpec) -> Void

    /// A field of `Value` read with the grammar of `Read`, which may keep more than is stored
    /// (`TaskCount` checks sbatch's own limits, and the layout keeps the count).
    static func typed<Read: SlurmValue, Value: SlurmValue>(
        _ name: String, short: Character? = nil, _ summary: String, reading: Read.Type,
        storing store: @escaping @Sendable (Read) -> Value,
        at path: WritableKeyPath<JobSpec, Value?> & Sendable,
        note: String? = nil, example: String? = nil, comment: String? = nil,
        form: SpecForm = .scalar(numeric: false),
        group: Group? = nil
    ) -> SbatchField {
        SbatchField(
            name: name, short: short, summary: summary, note: note, accepted: Read.accepted,
            example: example ?? Read.example, seedComment: comment, specForm: form, group: group,
            valueType: Read.self,
            read: { spec, text, field, example throws(SpecError) in
                spec[keyPath: path] = try parse(Read.self, text, field: field, example: example).map(store)
            },
            get: { $0[keyPath: path] },
            copy: { into, from in into[keyPath: path] = from[keyPath: path] })
    }

    /// A field stored as the grammar reads it.
    static func typed<Value: SlurmValue>(
        _ name: String, short: Character? = nil, _ summary: String, _ type: Value.Type,
        at path: WritableKeyPath<JobSpec, Value?> & Sendable, note: String? = nil, example: String? = nil,
        comment: String? = nil, form: SpecForm = .scalar(numeric: false), group: Group? = nil
    ) -> SbatchField {
        typed(
            name, short: short, summary, reading: type, storing: { $0 }, at: path, note: note,
            example: example,
            comment: comment, form: form, group: group)
    }

    private init(
        name: String, short: Character?, summary: String, note: String?, accepted: String, example: String,
        seedComment: String?, specForm: SpecForm, group: Group?, valueType: any SlurmValue.Type,
        read: @escaping @Sendable (inout JobSpec, String, String, String?) throws(SpecError) -> Void,
        get: @escaping @Sendable (JobSpec) -> (any SlurmValue)?,
        copy: @escaping @Sendable (inout JobSpec, JobSpec) -> Void
    ) {
        self.name = name
        self.short = short
        self.summary = summary
        self.note = note
        self.accepted = accepted
        self.example = example
        self.seedComment = seedComment
        self.specForm = specForm
        self.group = group
        self.valueType = valueType
        self.read = read
        self.get = get
        self.copy = copy
    }

    /// Sets the field from `text`, read with its grammar; an error names `field` (`--time` or
    /// `time`).
    func set(_ text: String, in spec: inout JobSpec, field: String) throws(SpecError) {
        try read(&spec, text, field, example)
    }

    /// The field's value in `spec`, if set.
    public func value(in spec: JobSpec) -> (any SlurmValue)? { get(spec) }

    /// The value as the script's directive writes it: nil when unset, `.some(nil)` for the
    /// option alone (`--exclusive`).
    func writtenValue(in spec: JobSpec) -> String?? {
        guard let value = get(spec) else { return nil }
        let text = value.description
        return specForm == .flagOrValue && text.isEmpty ? .some(nil) : .some(text)
    }

    /// `from`'s value (set or not) in place of `into`'s.
    func copy(into: inout JobSpec, from: JobSpec) { copy(&into, from) }
}

extension SbatchField {
    /// Reads the typed options given as text (`texts` by long name) into `spec`, in table
    /// order; an error names the field with `prefix` (`--` for flags, nothing for spec keys).
    /// Two options of a one-of group are refused as sbatch refuses them.
    static func read(_ texts: [String: String], into spec: inout JobSpec, prefix: String) throws(SpecError) {
        for field in all {
            if let group = field.group, group.oneOf, members(of: group).first?.name == field.name {
                try checkOneOf(group, texts, prefix: prefix)
            }
            if let text = texts[field.name] { try field.set(text, in: &spec, field: prefix + field.name) }
        }
    }

    private static func checkOneOf(_ group: Group, _ texts: [String: String], prefix: String)
        throws(SpecError)
    {
        let fields = members(of: group)
        let given = fields.compactMap { field in texts[field.name].map { (name: field.name, text: $0) } }
        guard given.count > 1 else { return }
        let others = given.dropFirst().map { "\(prefix)\($0.name) \($0.text)" }.joined(separator: ", ")
        throw SpecError(
            field: prefix + given[0].name, value: given[0].text,
            reason:
                "cannot be combined with \(others) (sbatch refuses more than one \(group.rawValue) option)",
            accepted: "one of \(fields.map { prefix + $0.name }.joined(separator: ", "))",
            example: fields[0].example)
    }
}
