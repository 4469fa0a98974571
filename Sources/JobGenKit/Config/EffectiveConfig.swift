import Foundation

/// jobgen's settings once the config files are layered: built-in < site (`JOBGEN_CONFIG`, else
/// `/etc/jobgen/config.yaml`) < user (`$XDG_CONFIG_HOME/jobgen/config.yaml`). A key a later
/// layer sets replaces the earlier value whole (a list too). The commands put the spec file, the
/// environment and their flags over these.
public struct EffectiveConfig: Sendable, Equatable {
    public enum Layer: Sendable, Equatable, CustomStringConvertible {
        case builtIn
        case site(file: String, line: Int?)
        case user(file: String, line: Int?)

        public var description: String {
            switch self {
            case .builtIn: "built-in"
            case .site(let file, let line): "site \(file)" + (line.map { ":\($0)" } ?? "")
            case .user(let file, let line): "user \(file)" + (line.map { ":\($0)" } ?? "")
            }
        }
    }

    public struct Setting: Sendable, Equatable {
        /// The flat name: `validate.format`.
        public let name: String
        /// nil: not set (the command decides).
        public let value: ConfigFile.Value?
        public let layer: Layer
    }

    /// Every setting, in `ConfigFields.names` order.
    public let settings: [Setting]

    static let builtIn: [String: ConfigFile.Value] = [
        "validate.format": .text(DiagnosticFormat.text.rawValue), "validate.disable": .texts([]),
    ]

    public init(site: ConfigFile?, user: ConfigFile?) {
        settings = ConfigFields.names.map { name in
            if let user, let setting = user.settings[name] {
                return Setting(name: name, value: setting.value, layer: .user(file: user.file, line: setting.line))
            }
            if let site, let setting = site.settings[name] {
                return Setting(name: name, value: setting.value, layer: .site(file: site.file, line: setting.line))
            }
            return Setting(name: name, value: Self.builtIn[name], layer: .builtIn)
        }
    }

    /// The settings the files at `locations` make, or every problem with them. A missing user
    /// or default site file is no layer; a file `JOBGEN_CONFIG` names must be there.
    public static func load(_ locations: ConfigLocations) -> Result<EffectiveConfig, ConfigProblems> {
        var problems: [ClusterFileError] = []
        func read(_ path: String, required: Bool) -> ConfigFile? {
            guard required || FileManager.default.fileExists(atPath: path) else { return nil }
            guard let text = ConfigFile.text(atPath: path) else {
                let why = required ? "JOBGEN_CONFIG names it, but it cannot be read" : "cannot be read"
                problems.append(ClusterFileError(file: path, reason: why))
                return nil
            }
            switch ConfigFile.read(yaml: text, file: path, home: locations.home) {
            case .success(let file): return file
            case .failure(let found):
                problems += found.problems
                return nil
            }
        }
        let site = read(locations.siteFile, required: locations.siteFileIsNamed)
        let user = read(locations.userFile, required: false)
        guard problems.isEmpty else { return .failure(ConfigProblems(problems)) }
        return .success(EffectiveConfig(site: site, user: user))
    }

    public func setting(_ name: String) -> Setting? { settings.first { $0.name == name } }

    private func text(_ name: String) -> (value: String, setting: Setting)? {
        guard let setting = setting(name), case .text(let text) = setting.value else { return nil }
        return (text, setting)
    }

    private func texts(_ name: String) -> [String]? {
        guard case .texts(let texts) = setting(name)?.value else { return nil }
        return texts
    }
}

extension EffectiveConfig {
    /// `cluster`: where the profile choice looks after `--cluster` and `JOBGEN_CLUSTER`.
    public var cluster: ProfileLibrary.ConfiguredCluster? {
        guard let (value, setting) = text("cluster") else { return nil }
        switch setting.layer {
        case .builtIn: return nil
        case .site(let file, let line), .user(let file, let line):
            return ProfileLibrary.ConfiguredCluster(value: value, file: file, line: line)
        }
    }

    /// `account`: the `--account` of a generated job that gives none.
    public var account: String? { text("account")?.value }

    /// `modules.KIND`: what a generated job of that kind loads when it names no modules.
    public func modules(for kind: JobKind) -> [String]? { texts("modules.\(kind.rawValue)") }

    /// `templates`: the directory of templates a generating command uses without `--template`.
    public var templates: String? { text("templates")?.value }

    /// `validate.format`: `jobgen validate`'s output without `--format`.
    public var validateFormat: DiagnosticFormat {
        text("validate.format").flatMap { DiagnosticFormat(rawValue: $0.value) } ?? .text
    }

    /// `validate.disable`: rules `jobgen validate` turns off; `--disable` adds to them.
    public var disabledRules: Set<String> { Set(texts("validate.disable") ?? []) }
}
