/// A Python virtual environment built in `$SLURM_TMPDIR` from the site's wheelhouse
/// (`pip install --no-index`), as the Alliance asks on compute nodes without internet.
public struct PythonEnv: Sendable, Equatable {
    /// pip requirement specifiers (`numpy==2.1.1`, `cupy`), in the order given.
    public let packages: [String]
    /// A requirements file installed with `pip install -r`.
    public let requirementsFile: String?

    static let packageAccepted = "pip requirement specifiers such as numpy==2.1.1, 'scipy>=1.11', torch"
    static let fileAccepted = "a file path without spaces, quotes, '$', '`' or '\\'"

    /// Checks each specifier and the file path: both are written inside an unquoted here-document,
    /// so `$`, backquotes and backslashes would be expanded by the job's shell.
    public init(
        packages: [String], requirementsFile: String?, packagesField: String = "--pip",
        fileField: String = "--requirements"
    ) throws(SpecError) {
        for package in packages {
            let valid =
                !package.isEmpty
                && package.unicodeScalars.allSatisfy {
                    $0.isASCII
                        && (ASCIIText.isAlphanumeric($0) || "._-[],<>=!~*+:/@;".unicodeScalars.contains($0))
                } && package.unicodeScalars.first.map(ASCIIText.isAlphanumeric) == true
            if !valid {
                throw SpecError(
                    field: packagesField, value: package, reason: "not a pip requirement specifier",
                    accepted: Self.packageAccepted, example: "numpy==2.1.1")
            }
        }
        if let file = requirementsFile {
            if file.isEmpty || file.contains(where: { $0.isWhitespace || "'\"$`\\".contains($0) })
                || TextChecks.firstControlCharacter(in: file) != nil
            {
                throw SpecError(
                    field: fileField, value: file, reason: "not a usable file path",
                    accepted: Self.fileAccepted, example: "requirements.txt")
            }
        }
        self.packages = packages
        self.requirementsFile = requirementsFile
    }

    /// True when there is nothing to install.
    public var isEmpty: Bool { packages.isEmpty && requirementsFile == nil }
}
