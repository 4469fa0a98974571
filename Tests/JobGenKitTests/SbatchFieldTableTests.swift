import Testing

@testable import JobGenKit

/// The table of typed sbatch options (`SbatchField.all`) is the one place they are listed: these
/// tests hold what is derived from it to it, and its grammars to sbatch's own option table.
@Suite("The typed sbatch option table")
struct SbatchFieldTableTests {
    @Test("each row reads its value with the grammar sbatch's option table gives the option")
    func grammarsAreTheValidators() throws {
        for field in SbatchField.all {
            let option = try #require(OptionTable.newest.option(named: field.name), "--\(field.name)")
            #expect(option.name == option.canonical, "--\(field.name) is an alias")
            #expect(option.short == field.short, "--\(field.name)'s letter")
            // Free text in sbatch's table (--account) may have a stricter generator type.
            if let type = option.grammar.valueType {
                #expect(ObjectIdentifier(type) == ObjectIdentifier(field.valueType), "--\(field.name)")
            }
            #expect((option.argument == .optional) == (field.specForm == .flagOrValue), "--\(field.name)")
        }
    }

    static let badCounts = ["2147483648", "4294967296", "4294967297", "0", "-1", "2.5", "4x", ""]

    /// `--ntasks` and `--cpus-per-task` were read as plain counts by the generator and with
    /// sbatch's own limits by the validator: the same bad value got two messages.
    @Test(
        "a bad value gets one message from a flag, a spec file and an #SBATCH line",
        arguments: ["ntasks", "cpus-per-task", "ntasks-per-node", "nodes", "time", "mem"], badCounts)
    func oneMessageEverywhere(name: String, text: String) throws {
        func refusal(_ read: () throws -> Void) -> SpecError? {
            do { try read() } catch let error as SpecError { return error } catch { return nil }
            return nil
        }
        var flags = SpecFlags()
        flags[name] = text
        let fromFlag = refusal { _ = try flags.spec(kind: .distributed) }
        let fromSpec = refusal {
            _ = try JobSpec(specText: "{\"kind\": \"distributed\", \"\(name)\": \"\(text)\"}")
        }
        let grammar = try #require(OptionTable.newest.option(named: name)).grammar
        let reason: String? =
            switch grammar.check(text) {
            case .rejected(let error): error.reason
            case .tolerated(let refusal, _): "jobgen does not write this: \(refusal)"
            case .accepted, .unchecked: nil
            }
        #expect(fromFlag?.reason == reason, "--\(name) \(text)")
        #expect(fromSpec?.reason == reason, "\(name): \(text)")
        if reason != nil { #expect(fromFlag?.field == "--\(name)" && fromSpec?.field == name) }
    }

    @Test("the wrapped task counts sbatch refuses are refused with its words")
    func taskCountMessages() throws {
        var flags = SpecFlags()
        flags["ntasks"] = "2147483648"
        #expect(throws: SpecError.self) { try flags.spec(kind: .distributed) }
        do {
            _ = try flags.spec(kind: .distributed)
        } catch {
            #expect(
                error.description
                    == "--ntasks '2147483648': number too large: sbatch keeps it in a 32-bit int, where it wraps to -2147483648 (sbatch: invalid number of tasks); at most 2147483647; accepted: a whole number of at least 1; example: --ntasks 4"
            )
        }
        flags = SpecFlags()
        flags["cpus-per-task"] = "4294967296"
        do {
            _ = try flags.spec(kind: .distributed)
            Issue.record("--cpus-per-task 4294967296 was accepted")
        } catch {
            #expect(error.reason.contains("wraps to 0 (sbatch: invalid number of cpus per task)"), "\(error)")
        }
    }

    /// A spec with every typed option set: `--print-spec` writes each, reads back the same, and
    /// the script has one directive per option in table order.
    @Test("every row is written, read back and rendered in table order")
    func everyRowRoundTrips() throws {
        var flags = SpecFlags()
        let values: [String: String] = [
            "nodes": "2", "ntasks": "4", "ntasks-per-node": "2", "cpus-per-task": "2", "mem-per-cpu": "2G",
            "gpus-per-node": "a100:1", "exclusive": "user", "mail-type": "END,FAIL",
        ]
        for field in SbatchField.all
        where field.group == nil || ["mem-per-cpu", "gpus-per-node"].contains(field.name) {
            flags[field.name] = values[field.name] ?? field.example
        }
        let spec = try flags.spec(kind: .gpu)
        for field in SbatchField.all {
            #expect((field.value(in: spec) != nil) == (flags[field.name] != nil), "\(field.name)")
        }
        #expect(try JobSpec(specText: try spec.yaml()) == spec)
        let model = ScriptModel(spec: spec)
        #expect(model.directives.map(\.option) == SbatchField.all.map(\.name).filter { flags[$0] != nil })
        #expect(ExtraDirective.coveredByFlags == Set(SbatchField.all.map(\.name)))
        #expect(SbatchField.all.allSatisfy { JobSpec.keys.contains($0.name) })
    }

    /// Flags over a spec file: a group (memory, GPUs) is replaced whole, other fields one by one.
    @Test func overridingReplacesGroupsWhole() throws {
        let file = try JobSpec(
            specText:
                "{\"kind\": \"gpu\", \"mem\": \"8G\", \"gres\": \"gpu:2\", \"time\": \"10\", \"ntasks\": 3}")
        var flags = SpecFlags()
        flags["mem-per-cpu"] = "1G"
        flags["gpus-per-node"] = "1"
        flags["ntasks-per-node"] = "2"
        let merged = file.overridden(by: try flags.spec(kind: .gpu))
        #expect(merged.memory == .perCPU(try MemorySize(slurm: "1G")))
        #expect(merged.gpus == GPURequest(gpusPerNode: try GPUsPerUnit(slurm: "1")))
        #expect(
            merged.time?.minutes == 10 && merged.layout.ntasks?.value == 3
                && merged.layout.ntasksPerNode?.value == 2)
    }
}
