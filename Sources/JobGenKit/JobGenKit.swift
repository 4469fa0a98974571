/// jobgen's library: Slurm's grammar, job specs, rendering and validation.
public enum JobGenKit {
    /// The version `jobgen --version` prints.
    public static let version = "0.1.0"
}
