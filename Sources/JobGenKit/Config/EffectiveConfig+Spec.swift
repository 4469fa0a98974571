extension EffectiveConfig {
    /// The config's part of a generated job of `kind`: its `account` and `modules.KIND`, as the
    /// spec under the spec file and the flags. A generating command starts from it:
    /// `config.specDefaults(for: kind).overridden(by: specFile).overridden(by: flags)`.
    public func specDefaults(for kind: JobKind) throws(SpecError) -> JobSpec {
        var spec = JobSpec(kind: kind)
        if let account {
            do { spec.account = try SlurmWord(slurm: account) } catch {
                throw SpecError(field: "account (config)", error)
            }
        }
        if let names = modules(for: kind) {
            spec.modules = try ModuleList(names, field: "modules.\(kind.rawValue) (config)")
        }
        return spec
    }
}
