import Testing
@testable import JobGenKit

/// `--sbatch KEY=VALUE` is checked against sbatch's option table and the option's grammar.
@Suite("Extra directives (--sbatch)")
struct ExtraDirectiveTests {
    @Test(arguments: [
        ("reservation=maint", "reservation", "maint"),
        ("--signal=B:USR1@300", "signal", "B:USR1@300"),
        ("requeue", "requeue", nil),
        ("exclude=node[1-3]", "exclude", "node[1-3]"),
        ("open-mode=append", "open-mode", "append"),
        ("time-min=30", "time-min", "30"),
    ] as [(String, String, String?)])
    func accepted(text: String, name: String, value: String?) throws {
        let directive = try ExtraDirective(text)
        #expect(directive.name == name)
        #expect(directive.value == value)
    }

    @Test(arguments: [
        ("reservaton=maint", "did you mean --reservation?"),
        ("reserv=maint", "abbreviates --reservation"),
        ("mem-per=1G", "is ambiguous"),
        ("hold=yes", "takes no value"),
        ("reservation", "needs a value"),
        ("signal=USR3@60", "its value for --signal"),
        ("open-mode=sometimes", "its value for --open-mode"),
        ("time-min=4X", "its value for --time-min"),
        ("tmp=10G", "use --tmp instead"),
        ("time=10", "use --time instead"),
        ("Bad Key=1", "not an sbatch option"),
        ("comment=a\nb", "its value"),
    ])
    func refused(text: String, reason: String) {
        #expect {
            try ExtraDirective(text)
        } throws: { error in
            guard let error = error as? SpecError else { return false }
            return error.field == "--sbatch" && error.description.contains(reason)
        }
    }
}
