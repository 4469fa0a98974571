/// The modules loaded before anything else runs, in the order given (order matters to Lmod:
/// `StdEnv/2023 gcc mpi4py/4.0.0 python/3.12`).
public struct ModuleList: Sendable, Equatable {
    public let names: [String]

    public static let accepted =
        "module names without spaces, quotes or shell characters, e.g. StdEnv/2023 gcc openmpi"

    /// Checks every name: a module name is one shell word of letters, digits and `/._+-`.
    public init(_ names: [String], field: String = "--modules") throws(SpecError) {
        for name in names {
            let allowed =
                !name.isEmpty
                && name.unicodeScalars.allSatisfy {
                    $0.isASCII && (ASCIIText.isAlphanumeric($0) || "/._+-:@".unicodeScalars.contains($0))
                }
            if !allowed {
                throw SpecError(
                    field: field, value: name, reason: "not a module name", accepted: Self.accepted,
                    example: "StdEnv/2023 gcc openmpi")
            }
        }
        self.names = names
    }
}
