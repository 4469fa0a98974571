import Foundation
import Testing

@testable import JobGenKit

@Suite("Rendering")
struct RenderTests {
    static func script(_ kind: JobKind, comments: Bool = true, _ build: (inout SpecFlags) -> Void = { _ in })
        throws -> String
    {
        var flags = SpecFlags()
        build(&flags)
        return try ScriptGenerator(renderer: try Renderer(), comments: comments).script(
            for: try flags.spec(kind: kind))
    }

    @Test(arguments: [
        ("plain", "plain"), ("StdEnv/2023", "StdEnv/2023"), ("a b", "'a b'"), ("it's", "'it'\\''s'"),
        ("$HOME", "'$HOME'"),
        ("numpy>=2", "'numpy>=2'"), ("", "''"), ("x;y", "'x;y'"),
    ])
    func shellQuote(word: String, quoted: String) {
        #expect(ShellQuote.quote(word) == quoted)
    }

    @Test(arguments: [
        (
            RenderedDirective(option: "time", value: "08:00:00", comment: "c"),
            "#SBATCH --time=08:00:00           # c"
        ),
        (
            RenderedDirective(option: "dependency", value: "afterok:123456789:123456789", comment: "c"),
            "#SBATCH --dependency=afterok:123456789:123456789 # c"
        ),
        (RenderedDirective(option: "exclusive", value: nil, comment: nil), "#SBATCH --exclusive"),
    ])
    func directiveAlignment(line: RenderedDirective, text: String) {
        #expect(line.text(comments: true) == text)
        #expect(line.text(comments: false) == line.directive)
    }

    @Test(arguments: JobKind.allCases)
    func bareHasNoCommentsButTheShebangAndDirectives(kind: JobKind) throws {
        let text = try Self.script(kind, comments: false) {
            $0["account"] = "def-x"
            $0.pip = ["numpy"]
            $0.modules = ["gcc"]
        }
        let lines = text.split(separator: "\n")
        #expect(lines.first == "#!/bin/bash")
        for line in lines.dropFirst() where line.hasPrefix("#") {
            #expect(line.hasPrefix("#SBATCH --") && !line.contains(" #"), "\(line)")
        }
        #expect(text.contains("pip install --no-index numpy\n"))
    }

    /// No value reaches the script with HTML escaping: `&`, `<`, `>`, quotes stay as written.
    @Test func noHTMLEscaping() throws {
        let text = try Self.script(.distributed) {
            $0["constraint"] = "a100&h100"
            $0.pip = ["numpy>=2"]
            $0.run = "python x.py --a=\"b\" > out.txt && echo '<done>'"
        }
        #expect(text.contains("#SBATCH --constraint=a100&h100\n"))
        #expect(text.contains("pip install --no-index 'numpy>=2'\n"))
        #expect(text.contains("srun python x.py --a=\"b\" > out.txt && echo '<done>';\n"))
    }

    @Test func bundledPayloadNextToJobgen() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen test \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(BundledPayload.command(nextTo: directory.path) == "jobgen-mpi")
        let executable = directory.appendingPathComponent("jobgen-mpi")
        _ = FileManager.default.createFile(
            atPath: executable.path, contents: Data("#!/bin/sh\n".utf8),
            attributes: [.posixPermissions: 0o755])
        #expect(BundledPayload.command(nextTo: directory.path) == "'\(executable.path)'")
    }

    @Test func userTemplateDirectoryOverridesByName() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "{{<base}}\n{{$placement}}\n# site note & <more>\n\n{{/placement}}\n{{/base}}\n"
            .write(to: directory.appendingPathComponent("gpu.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet.embedded.overridden(by: directory.path, kind: .gpu)
        let text = try ScriptGenerator(renderer: try Renderer(templates: templates)).script(
            for: JobSpec(kind: .gpu))
        #expect(text.contains("#SBATCH --gpus=1\n\n# site note & <more>\n\n"))
        #expect(text.hasPrefix("#!/bin/bash\n\n#SBATCH --time=08:00:00"))
    }

    @Test func userTemplateFileReplacesTheKind() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-\(UUID().uuidString).mustache")
        defer { try? FileManager.default.removeItem(at: file) }
        try "#!/bin/sh\n{{#directives}}\n{{.}}\n{{/directives}}\nexec {{command}}\n".write(
            to: file, atomically: true, encoding: .utf8)
        let templates = try TemplateSet.embedded.overridden(by: file.path, kind: .distributed)
        let text = try ScriptGenerator(renderer: try Renderer(templates: templates), comments: false).script(
            for: JobSpec(kind: .distributed))
        #expect(
            text
                == "#!/bin/sh\n#SBATCH --time=08:00:00\n#SBATCH --ntasks=4\n#SBATCH --mem-per-cpu=4G\nexec jobgen-mpi bcast\n"
        )
    }

    /// Broken user templates: the error names the file, the line and column in the user's own
    /// text (not counting the pragma the renderer puts in front), and what is wrong.
    static let brokenTemplates: [(text: String, position: String, problem: String)] = [
        ("#!/bin/bash\n{{#directives}}\n{{.}}\n", "line 4, column 1", "a section is never closed"),
        ("#!/bin/bash\n{{#directives}}\n{{.}}\n{{/modules}}\n", "line 4, column 4",
         "does not match the section it closes"),  // the column of the wrong name
        ("#!/bin/bash\nsrun {{command\n", "line 3, column 1", "the template ends inside a tag"),
        ("#!/bin/bash\n{{% COLOUR: RED}}\n", "line 2, column 18", "unknown {{% ...}} pragma"),  // after the tag
    ]

    @Test(arguments: brokenTemplates)
    func brokenUserTemplateIsReportedByFileLineAndColumn(
        template: (text: String, position: String, problem: String)
    ) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-\(UUID().uuidString).mustache")
        defer { try? FileManager.default.removeItem(at: file) }
        try template.text.write(to: file, atomically: true, encoding: .utf8)
        let templates = try TemplateSet.embedded.overridden(by: file.path, kind: .distributed)
        let error = #expect(throws: Renderer.TemplateError.self) { try Renderer(templates: templates) }
        let message = error?.description ?? ""
        #expect(message.hasPrefix("template '\(file.path)': \(template.position): "), "\(message)")
        #expect(message.contains(template.problem), "\(message)")
        #expect(!message.contains("ParserError"), "\(message)")
    }

    @Test func missingTemplatePathIsAnError() {
        #expect(throws: TemplateSet.LoadError.self) {
            try TemplateSet.embedded.overridden(by: "/nonexistent/t.mustache", kind: .gpu)
        }
    }

    static func flags(_ build: (inout SpecFlags) -> Void) -> SpecFlags {
        var flags = SpecFlags()
        build(&flags)
        return flags
    }

    @Test(arguments: [
        (flags { $0["nodes"] = "0" }, JobKind.distributed, "--nodes"),
        (flags { $0["gpus"] = "0" }, .gpu, "--gpus"),
        (flags { $0["gpus"] = "a100:0" }, .gpu, "--gpus"),
        (flags { $0["gpus-per-node"] = "0" }, .gpu, "--gpus-per-node"),
        (
            flags {
                $0["mem"] = "1G"
                $0["mem-per-gpu"] = "1G"
            }, .gpu, "--mem"
        ),
        (
            flags {
                $0["mem-per-cpu"] = "1G"
                $0["mem-per-gpu"] = "1G"
            }, .gpu, "--mem-per-cpu"
        ),
        (flags { $0["mem-per-gpu"] = "1G" }, .distributed, "--mem-per-gpu"),
        (flags { $0["gres"] = "gpu:0" }, .gpu, "--gres"),
        (flags { $0["gres"] = "gpu:a100:0" }, .gpu, "--gres"),
        (flags { $0["gres"] = "nvme:1" }, .gpu, "--gres"),
        (
            flags {
                $0["mem-per-gpu"] = "1G"
                $0["gres"] = "gpu:0"
            }, .distributed, "--mem-per-gpu"
        ),
        (
            flags {
                $0["mem-per-gpu"] = "1G"
                $0.sbatch = ["cpus-per-gpu=1"]
            }, .distributed, "--mem-per-gpu"
        ),
        (
            flags {
                $0["gpus"] = "2"
                $0["gpus-per-node"] = "a100:1"
            }, .gpu, "--gpus"
        ),
        (
            flags {
                $0["gpus"] = "a100:1"
                $0["gres"] = "gpu:1"
            }, .gpu, "--gres"
        ),
        (
            flags {
                $0["gpus-per-node"] = "a100:1"
                $0.sbatch = ["gpus-per-task=1"]
            }, .gpu, "--sbatch"
        ),
        (
            flags {
                $0["ntasks-per-node"] = "2"
                $0.sbatch = ["ntasks-per-tres=1"]
            }, .gpu, "--ntasks-per-node"
        ),
        (
            flags {
                $0["gpus"] = "a100:1"
                $0["nodes"] = "2"
            }, .gpu, "--gpus"
        ),
        (flags { $0["gpus"] = "a100:1" }, .wholeNode, "--gpus"),
        (
            flags {
                $0["gpus"] = "a100:1"
                $0["gpus-per-node"] = "a100:2"
            }, .gpu, "--gpus"
        ),
        (flags { $0["exclusive"] = "topo" }, .distributed, "--exclusive"),
        (
            flags {
                $0["nodes"] = "1-2"
                $0.sbatch = ["gpus-per-task=1"]
            }, .wholeNode, "--sbatch"
        ),
        (
            flags {
                $0["gres"] = "gpu:2"
                $0["gpus"] = "4"
                $0["nodes"] = "1"
            }, .wholeNode, "--gpus"
        ),
        (flags { $0.sbatch = ["gpus-per-socket=1"] }, .gpu, "--sbatch"),
        (
            flags {
                $0["gpus-per-node"] = "a100:2"
                $0["ntasks-per-node"] = "1"
                $0.sbatch = ["gpus-per-task=a100:1"]
            }, .distributed, "--sbatch"
        ),
        (
            flags {
                $0["ntasks-per-node"] = "2"
                $0.sbatch = ["ntasks-per-gpu=1"]
            }, .gpu, "--ntasks-per-node"
        ),
        (flags { $0.sbatch = ["gpus-per-task=1"] }, .gpu, "--sbatch"),
        (
            flags {
                $0["gpus"] = "3"
                $0.sbatch = ["gpus-per-task=2"]
            }, .gpu, "--sbatch"
        ),
        (
            flags {
                $0["gpus"] = "2"
                $0["nodes"] = "2"
                $0["ntasks-per-node"] = "2"
                $0.sbatch = ["gpus-per-task=1"]
            }, .wholeNode, "--sbatch"
        ),
        (
            flags {
                $0["gpus"] = "a100:4"
                $0["gpus-per-node"] = "a100:1"
                $0["nodes"] = "2"
            }, .gpu, "--gpus"
        ),
    ])
    func fatalCombinations(flags: SpecFlags, kind: JobKind, flag: String) throws {
        do {
            _ = try ScriptGenerator(renderer: try Renderer()).script(for: try flags.spec(kind: kind))
            Issue.record("rendered")
        } catch let error as SpecError {
            #expect(error.field == flag)
        }
    }

    /// Conflicts the validator's rules find in the rendered text: the spec passes its own
    /// checks, and the generator refuses the script with the rule's diagnostic.
    @Test(arguments: [
        (
            flags {
                $0["cpus-per-task"] = "2"
                $0.sbatch = ["cpus-per-gpu=4"]
            }, JobKind.gpu, "JG513"
        ),
        (
            flags {
                $0["gpus"] = "2"
                $0.sbatch = ["ntasks-per-gpu=1", "gpus-per-task=1"]
            }, .gpu, "JG514"
        ),
        (
            flags {
                $0["gpus"] = "2"
                $0.sbatch = ["ntasks-per-tres=1", "gpus-per-task=1"]
            }, .gpu, "JG514"
        ),
    ])
    func conflictsLeftToTheValidator(flags: SpecFlags, kind: JobKind, code: String) throws {
        let error = #expect(throws: RejectedScript.self) {
            try ScriptGenerator(renderer: try Renderer()).script(for: try flags.spec(kind: kind))
        }
        #expect(error?.diagnostics.map(\.rule).contains(code) == true, "\(error?.diagnostics ?? [])")
    }

    @Test func nodeRangeFromZeroIsAccepted() throws {
        #expect(try Self.script(.wholeNode) { $0["nodes"] = "0-2" }.contains("#SBATCH --nodes=0-2 "))
    }

    @Test func gpuRequestsAllTypedOrAllUntypedRender() throws {
        _ = try Self.script(.gpu) {
            $0["gpus"] = "a100:2"
            $0.sbatch = ["gpus-per-task=a100:1"]
        }
        _ = try Self.script(.gpu) {
            $0["gpus"] = "1"
            $0["gpus-per-node"] = "1"
        }
        _ = try Self.script(.gpu) {
            $0["gpus"] = "a100:1"
            $0["gres"] = "gpu:a100:1,nvme:1"
        }
        _ = try Self.script(.gpu) {
            $0["gpus"] = "a100:4"
            $0["gpus-per-node"] = "a100:2"
            $0["nodes"] = "2"
        }
        _ = try Self.script(.wholeNode) {
            $0["gpus"] = "a100:4"
            $0["gpus-per-node"] = "a100:2"
        }
        _ = try Self.script(.gpu) {
            $0["gpus"] = "3"
            $0["gpus-per-node"] = "2"
            $0["nodes"] = "1-2"
        }
        _ = try Self.script(.gpu) {
            $0["gpus"] = "2"
            $0.sbatch = ["gpus-per-task=1"]
        }
        _ = try Self.script(.distributed) {
            $0["ntasks"] = "2"
            $0.sbatch = ["gpus-per-task=1"]
        }
        _ = try Self.script(.distributed) {
            $0["mem-per-gpu"] = "1G"
            $0.sbatch = ["gpus-per-task=1"]
        }
        _ = try Self.script(.distributed) {
            $0["mem-per-gpu"] = "1G"
            $0.sbatch = ["ntasks-per-gpu=2"]
        }
        _ = try Self.script(.gpu) {
            $0["mem-per-gpu"] = "8G"
            $0["ntasks"] = "2"
            $0.sbatch = ["ntasks-per-gpu=2"]
        }
        _ = try Self.script(.gpu) {
            $0["gres"] = "nvme:1"
            $0["gpus-per-node"] = "1"
        }
        _ = try Self.script(.gpu) {
            $0["gpus"] = "1"
            $0["gpus-per-node"] = "2"
            $0["gres"] = "gpu:1"
        }
    }

    @Test func gpuDefaultGivesWayToOtherGPUOptions() throws {
        let text = try Self.script(.gpu) { $0["gpus-per-node"] = "a100:2" }
        #expect(!text.contains("--gpus=1"))
        #expect(text.contains("#SBATCH --gpus-per-node=a100:2\n"))
    }

    @Test func memoryDefaultGivesWayToMem() throws {
        let text = try Self.script(.wholeNode) { $0["mem"] = "0" }
        #expect(!text.contains("mem-per-cpu"))
        #expect(text.contains("#SBATCH --mem=0\n"))
    }
}
