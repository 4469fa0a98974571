/// Spec files (YAML or JSON) use sbatch's option names as keys, plus jobgen's own `kind`,
/// `cluster`, `modules`, `pip`, `requirements`, `run`, `sbatch` and `comments`, so a spec reads
/// like the command line.
extension JobSpec: Codable {
    /// jobgen's own keys; the typed sbatch options' keys are their names (`SbatchField.all`).
    enum OwnKey: String, CaseIterable {
        case kind, cluster, sbatch, modules, pip, requirements, run, comments
    }

    /// Every spec key, in the order messages list them.
    static let keys: [String] =
        [OwnKey.kind, .cluster].map(\.rawValue) + SbatchField.all.map(\.name)
        + [OwnKey.sbatch, .modules, .pip, .requirements, .run, .comments].map(\.rawValue)

    /// A valid value of jobgen's own keys, as a spec file writes it.
    static let ownExamples: [OwnKey: String] = [
        .kind: "distributed", .cluster: "narval", .requirements: "requirements.txt",
        .run: "python mpi4py-np-bc.py", .comments: "false", .sbatch: "[\"reservation=maint\"]",
        .modules: "[StdEnv/2023, gcc, mpi4py/4.0.0]", .pip: "[numpy==2.1.1]",
    ]

    /// A valid value for `key`, as a spec file writes it (H:M:S quoted: YAML 1.1 would read it
    /// as a number of seconds).
    static func example(_ key: String) -> String? {
        if let own = OwnKey(rawValue: key) { return ownExamples[own] }
        guard let field = SbatchField.named(key) else { return nil }
        if field.specForm == .flagOrValue { return "true" }
        let example = field.example
        return example.first?.isNumber == true && example.contains(":") ? "\"\(example)\"" : example
    }

    static let clusterAccepted =
        "a cluster profile's name that 'jobgen cluster list' shows (built-in: \(BuiltInClusters.names.joined(separator: ", "))) or a profile file"

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init(_ key: String) { stringValue = key }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        if let unknown = c.allKeys.map(\.stringValue).first(where: { !Self.keys.contains($0) }) {
            throw UnknownSpecKey.error(unknown)
        }
        func given(_ key: String) throws -> Bool {
            c.contains(AnyKey(key)) ? try !c.decodeNil(forKey: AnyKey(key)) : false
        }
        func text(_ key: String, listJoined: Bool = false) throws -> String? {
            guard try given(key) else { return nil }
            let key = AnyKey(key)
            if let string = try? c.decode(String.self, forKey: key) { return string }
            if let number = try? c.decode(Int.self, forKey: key) { return String(number) }
            // A decimal goes on to its grammar, which says why decimals are refused.
            if let number = try? c.decode(Double.self, forKey: key) { return String(number) }
            // A list where sbatch takes a comma list (mail-type: [END, FAIL]) means the same.
            if listJoined, let items = try? c.decode([String].self, forKey: key) {
                return items.joined(separator: ",")
            }
            throw SpecError(
                field: key.stringValue, value: "", reason: "must be a single value, not a list or map",
                accepted: "text or a number", example: Self.example(key.stringValue) ?? "4")
        }
        func list(_ key: OwnKey) throws -> [String]? {
            guard try given(key.rawValue) else { return nil }
            if let items = try? c.decode([String].self, forKey: AnyKey(key.rawValue)) { return items }
            if let one = try? c.decode(String.self, forKey: AnyKey(key.rawValue)) {
                return one.split(ascii: " ").map(String.init)
            }
            throw SpecError(
                field: key.rawValue, value: "", reason: "must be a list of text",
                accepted: "a YAML or JSON list", example: "[a, b]")
        }

        let kindText = try text(OwnKey.kind.rawValue) ?? ""
        guard let kind = JobKind(rawValue: kindText) else {
            throw SpecError(
                field: "kind", value: kindText, reason: kindText.isEmpty ? "missing" : "not a job kind",
                accepted: JobKind.allCases.map(\.rawValue).joined(separator: ", "), example: "distributed")
        }
        self.init(kind: kind)
        if let name = try text(OwnKey.cluster.rawValue) {
            guard !name.isEmpty, TextChecks.firstControlCharacter(in: name) == nil else {
                throw SpecError(
                    field: "cluster", value: name,
                    reason: name.isEmpty ? "is empty" : "contains a control character",
                    accepted: Self.clusterAccepted, example: "narval")
            }
            cluster = name
        }
        var texts: [String: String] = [:]
        for field in SbatchField.all {
            switch field.specForm {
            case .scalar: texts[field.name] = try text(field.name)
            case .scalarOrList: texts[field.name] = try text(field.name, listJoined: true)
            case .flagOrValue:
                if let flag = try? c.decode(Bool.self, forKey: AnyKey(field.name)) {
                    texts[field.name] = flag ? "" : nil
                } else {
                    texts[field.name] = try text(field.name)
                }
            }
        }
        try SbatchField.read(texts, into: &self, prefix: "")
        extraDirectives = try (list(.sbatch) ?? []).map { item throws(SpecError) in
            try ExtraDirective(item, field: "sbatch")
        }
        if let names = try list(.modules) { modules = try ModuleList(names, field: "modules") }
        let packages = try list(.pip)
        let requirements = try text(OwnKey.requirements.rawValue)
        if packages != nil || requirements != nil {
            python = try PythonEnv(
                packages: packages ?? [], requirementsFile: requirements, packagesField: "pip",
                fileField: "requirements")
        }
        if let run = try text(OwnKey.run.rawValue) { payload = try Payload.command(run, field: "run") }
        if try given(OwnKey.comments.rawValue) {
            guard let flag = try? c.decode(Bool.self, forKey: AnyKey(OwnKey.comments.rawValue)) else {
                throw SpecError(
                    field: "comments", value: (try? text(OwnKey.comments.rawValue)) ?? "",
                    reason:
                        "must be true or false (false renders the script without explanatory comments, like --bare)",
                    accepted: "true or false", example: "false")
            }
            comments = flag
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(kind.rawValue, forKey: AnyKey(OwnKey.kind.rawValue))
        try c.encodeIfPresent(cluster, forKey: AnyKey(OwnKey.cluster.rawValue))
        for field in SbatchField.all {
            guard let text = field.value(in: self)?.specText else { continue }
            let key = AnyKey(field.name)
            switch field.specForm {
            case .scalar(numeric: true)
            where !text.isEmpty && text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }):
                try c.encode(Int(text)!, forKey: key)
            case .flagOrValue where text.isEmpty: try c.encode(true, forKey: key)
            default: try c.encode(text, forKey: key)
            }
        }
        if !extraDirectives.isEmpty {
            try c.encode(extraDirectives.map(\.description), forKey: AnyKey(OwnKey.sbatch.rawValue))
        }
        try c.encodeIfPresent(modules?.names, forKey: AnyKey(OwnKey.modules.rawValue))
        if let python {
            if !python.packages.isEmpty { try c.encode(python.packages, forKey: AnyKey(OwnKey.pip.rawValue)) }
            try c.encodeIfPresent(python.requirementsFile, forKey: AnyKey(OwnKey.requirements.rawValue))
        }
        if case .command(let command)? = payload {
            try c.encode(command, forKey: AnyKey(OwnKey.run.rawValue))
        }
        try c.encodeIfPresent(comments, forKey: AnyKey(OwnKey.comments.rawValue))
    }
}
