import Foundation

/// Whether a config setting of the right type is one jobgen accepts; paths made absolute.
enum ConfigValueCheck {
    static func checked(_ value: ConfigFile.Value, name: String, file: String, home: String)
        -> Result<ConfigFile.Value, Reason>
    {
        switch (name, value) {
        case ("cluster", .text(let text)):
            guard text.contains("/") else {
                return ProfileLibrary.isProfileName(text)
                    ? .success(value)
                    : .failure(
                        Reason("'\(text)' is not a profile name or a path; accepted: a profile name (\(ProfileLibrary.profileNameAccepted)) or a file path (with a '/')"))
            }
            return .success(.text(absolute(text, file: file, home: home)))
        case ("account", .text(let text)):
            do { _ = try SlurmWord(slurm: text) } catch {
                return .failure(Reason("'\(text)' is not an account name: \(error); example: account: def-someprof"))
            }
            return .success(value)
        case ("templates", .text(let text)):
            let path = absolute(text, file: file, home: home)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                return .failure(Reason("'\(path)' is not a directory; accepted: a directory of *.mustache templates"))
            }
            return .success(.text(path))
        case ("validate.format", .text(let text)):
            guard DiagnosticFormat(rawValue: text) != nil else {
                let accepted = DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(Reason("'\(text)' is not an output format; accepted: \(accepted)"))
            }
            return .success(value)
        case ("validate.disable", .texts(let codes)):
            return disabled(codes).map { .texts($0) }
        case (_, .texts(let names)) where name.hasPrefix("modules."):
            do { _ = try ModuleList(names, field: name) } catch {
                return .failure(Reason("'\(error.value)' is not a module name; accepted: \(ModuleList.accepted)"))
            }
            return value == .texts([]) ? .failure(Reason("an empty list; leave the key out for no modules")) : .success(value)
        default:
            return .failure(Reason("unexpected value"))
        }
    }

    /// Why a value is refused.
    struct Reason: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private static func disabled(_ codes: [String]) -> Result<[String], Reason> {
        var result: [String] = []
        for code in codes.map({ $0.uppercased() }) {
            if code == UnknownDisableCodeRule.code {
                return .failure(Reason("\(code) (unknown-disable-code) cannot be disabled"))
            }
            guard Validator.rule(code: code) != nil else {
                return .failure(
                    Reason("'\(code)' is not a rule code; 'jobgen validate --rules-markdown' lists them (such as JG603)"))
            }
            if !result.contains(code) { result.append(code) }
        }
        return .success(result)
    }

    /// `~/x` under `home`; a relative path from the config file's directory.
    private static func absolute(_ path: String, file: String, home: String) -> String {
        if path.hasPrefix("~/") { return home + path.dropFirst() }
        if path.hasPrefix("/") { return path }
        let directory = (file as NSString).deletingLastPathComponent
        let joined = ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }
}
