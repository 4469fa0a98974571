import Testing

extension Trait where Self == ConditionTrait {
    /// Runs the test only when the local Slurm cluster answers (see `LocalCluster`), else
    /// reports it skipped with the reason.
    static var needsLocalCluster: Self {
        .enabled(
            if: LocalCluster.isAvailable,
            Comment(rawValue: LocalCluster.unavailableReason ?? "local cluster up"))
    }

    /// Runs the test only when the offline wheelhouse exists (`scripts/local-slurm up` without
    /// `--no-wheels`).
    static var needsWheelhouse: Self {
        .enabled(
            if: LocalCluster.isRequired || LocalCluster.hasWheelhouse,
            "no wheelhouse in .local-slurm/wheels: run scripts/local-slurm up without --no-wheels")
    }
}
