/// When Slurm mails the user, and where.
public struct MailSpec: Sendable, Equatable {
    public var types: MailTypes?
    public var user: SlurmWord?

    public init(types: MailTypes? = nil, user: SlurmWord? = nil) {
        self.types = types
        self.user = user
    }
}
