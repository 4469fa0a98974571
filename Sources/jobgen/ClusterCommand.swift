import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen cluster`: profiles of the clusters jobs are checked against.
struct Cluster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster", abstract: "Cluster profiles: what a cluster's nodes and partitions offer.",
        subcommands: [
            ClusterList.self, ClusterShow.self, ClusterCheck.self, ClusterImport.self, ClusterSchema.self,
        ])
}

/// `jobgen cluster import`: a profile read from the cluster's own `scontrol`.
struct ClusterImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Print a profile of this cluster, read from scontrol (or from saved scontrol output).",
        discussion: """
            Runs `scontrol show node -o`, `scontrol show partition -o` and `scontrol show config`, \
            groups the nodes into node types (CPUs, memory, features, GPUs) and prints a YAML profile \
            for `jobgen validate --cluster FILE`. With --from DIR it reads the same output from \
            DIR/scontrol-show-node.txt, DIR/scontrol-show-partition.txt and \
            DIR/scontrol-show-config.txt (and DIR/sacctmgr-show-qos.txt, `sacctmgr -P show qos`, when \
            there) instead. What it cannot read is said on standard error. With \
            --write it saves the profile as $XDG_CONFIG_HOME/jobgen/clusters/NAME.yaml (default \
            ~/.config/jobgen/clusters), where --cluster NAME finds it, instead of printing it.

            Examples:
              jobgen cluster import > mycluster.yaml
              jobgen validate --cluster mycluster.yaml job.sh
              jobgen cluster import --write --name lab
              jobgen validate --cluster lab job.sh
            """)

    @Option(
        help: "Read saved scontrol output from this directory instead of running scontrol.",
        completion: .directory)
    var from: String?

    @Option(help: "The profile's name (default: the cluster's ClusterName).")
    var name: String?

    @Flag(help: "Save the profile as the user profile NAME instead of printing it.")
    var write = false

    @Flag(help: "With --write, replace a user profile of that name.")
    var force = false

    func validate() throws {
        if force, !write {
            throw ValidationError("--force goes with --write; example: jobgen cluster import --write --force")
        }
    }

    func run() throws {
        try Console.reporting {
            let outputs = try from.map(Self.saved) ?? Self.live()
            let imported = ScontrolImport(
                nodes: outputs.nodes, partitions: outputs.partitions, config: outputs.config, qos: outputs.qos,
                name: name,
                readOn: ISO8601DateFormatter().string(from: Date()).prefix(10).description)
            for line in imported.skipped { Console.warning(line) }
            guard !imported.resources.nodeTypes.isEmpty else {
                throw Failure.data("no node could be read from the scontrol output; nothing printed")
            }
            let yaml: String
            do {
                yaml = try imported.resources.yaml()
            } catch {
                throw Failure.internalError("could not write the profile as YAML: \(error)")
            }
            // What Slurm reported can still be a profile jobgen refuses (a GPU count of 0, say).
            let problems = ProfileCheck.read(yaml: yaml, file: "the imported profile").problems
            if write {
                guard problems.isEmpty else {
                    for problem in problems { Console.error("\(problem)") }
                    throw Failure.data("the imported profile has problems to fix; nothing written")
                }
                return try save(imported.resources)
            }
            for problem in problems {
                Console.warning("\(problem); --cluster refuses it until this is fixed")
            }
            print(yaml, terminator: "")
        }
    }

    private func save(_ resources: ClusterResources) throws {
        let profileName = name ?? resources.name
        let library = ClusterFiles.library
        do throws(ProfileSaveError) {
            let path = try library.save(resources, as: profileName, replacing: force)
            Console.note("wrote \(path); use it with --cluster \(profileName)")
        } catch {
            switch error {
            case .badName(let bad):
                let given = name == nil ? "the cluster's name '\(bad)' (its ClusterName)" : "--name '\(bad)'"
                throw Failure.usage(
                    "\(given) cannot name a profile: use \(ProfileLibrary.profileNameAccepted)\(name == nil ? "; give --name NAME" : "")"
                )
            case .exists(let path):
                throw Failure.usage("\(path) exists; --force replaces it, or give another --name")
            case .cannotWrite(let path, let reason):
                throw Failure.internalError("could not write \(path): \(reason); nothing written")
            }
        }
    }

    private static func saved(_ directory: String) throws -> (
        nodes: String, partitions: String, config: String, qos: String?
    ) {
        func read(_ name: String) throws -> String {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure.data("--from \(directory): cannot read \(name)")
            }
            return String(decoding: data, as: UTF8.self)
        }
        let qos = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent("sacctmgr-show-qos.txt"))
        return (
            try read("scontrol-show-node.txt"), try read("scontrol-show-partition.txt"),
            try read("scontrol-show-config.txt"), qos.map { String(decoding: $0, as: UTF8.self) }
        )
    }

    private static func live() throws -> (nodes: String, partitions: String, config: String, qos: String?) {
        guard let scontrol = SbatchSubmission.executable(named: "scontrol") else {
            throw Failure(
                message: "no scontrol on PATH: run this on a login node of the cluster, or use --from DIR",
                code: 69)
        }
        func run(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: scontrol)
            process.arguments = arguments
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw Failure(
                    message:
                        "scontrol \(arguments.joined(separator: " ")) failed (status \(process.terminationStatus))",
                    code: 69)
            }
            return String(decoding: data, as: UTF8.self)
        }
        // Where accounting does not answer (no slurmdbd), the QoS are left out without a word.
        let qos = SbatchSubmission.executable(named: "sacctmgr").flatMap {
            TimedProcess.output(of: $0, ["-P", "show", "qos"], seconds: 5)
        }
        return (
            try run(["show", "node", "-o"]), try run(["show", "partition", "-o"]),
            try run(["show", "config"]), qos
        )
    }
}
