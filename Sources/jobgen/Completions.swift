import ArgumentParser
import Foundation
import JobGenKit

/// What the shell completion scripts offer for arguments that name things jobgen knows. The
/// custom kinds run inside jobgen when the user presses TAB, so they see the same profiles and
/// rules the command would.
enum Completions {
    /// Every name `--cluster` finds, as `jobgen cluster list` shows them: the user's profiles,
    /// those on JOBGEN_CLUSTER_PATH, the built-ins.
    static let clusterNames = CompletionKind.custom { _, _, _ in
        var seen = Set<String>()
        return ClusterFiles.library.entries().map(\.name).filter { seen.insert($0).inserted }
    }

    /// A batch script, or a rule code for `jobgen explain JG201`.
    static let scriptOrRuleCode = CompletionKind.custom { _, _, prefix in
        AllRules.list.map(\.description.code) + files(completing: prefix)
    }

    /// Every rule code, for `--disable` and `--explain`.
    static let ruleCodes = CompletionKind.custom { _, _, _ in AllRules.list.map(\.description.code) }

    static let slurmReleases = CompletionKind.list(OptionTable.releases.map(\.description))

    /// The entries of the directory `prefix` is in whose names continue it, directories with a
    /// trailing `/`, spelled as the user started them (`jobs/a` completes to `jobs/a.sh`).
    static func files(completing prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/").map { prefix.index(after: $0) } ?? prefix.startIndex
        let directory = String(prefix[..<slash])
        let start = prefix[slash...]
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        return names.filter { $0.hasPrefix(start) && ($0.hasPrefix(".") == start.hasPrefix(".")) }.sorted()
            .map {
                var isDirectory: ObjCBool = false
                let path = directory + $0
                let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                return exists && isDirectory.boolValue ? path + "/" : path
            }
    }
}
