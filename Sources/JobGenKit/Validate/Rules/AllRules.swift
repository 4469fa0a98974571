/// Every rule jobgen runs, in code order.
public enum AllRules {
    public static let list: [any Rule] = [
        EmptyScriptRule(), MissingShebangRule(), NulByteRule(), CRLFLineEndingsRule(), InvalidUTF8Rule(),
        BadInterpreterRule(), ShWithBashSyntaxRule(), UnknownDisableCodeRule(), ShellSyntaxErrorRule(),
        UnclosedHeredocRule(),
        DirectiveAfterCommandRule(), DirectiveLookalikeRule(), SlurmPrefixRule(),
        MistypedDirectivePrefixRule(),
        UnmatchedQuoteRule(), StrayArgumentRule(), UnexpectedColonRule(),
        UnknownOptionRule(), AmbiguousOptionRule(), AbbreviatedOptionRule(), MissingValueRule(),
        FlagWithValueRule(), NewerOptionRule(), CommandLineOnlyOptionRule(),
        InvalidValueRule(), SurprisingValueRule(), RepeatedOptionRule(),
        MemoryOptionsExclusiveRule(), GPUsPerTaskNeedsTasksRule(), CPUsPerTaskWithCPUsPerGPURule(),
        NTasksPerGPUWithGPUsPerTaskRule(), ExclusiveWithOversubscribeRule(),
        ArbitraryDistributionNeedsNodelistRule(),
        NTasksPerGPUNeedsRequestRule(), NTasksPerNodeWithNTasksPerGPURule(), MemPerGPUNeedsGPUsRule(),
        GPUsPerSocketNeedsSocketsRule(), GPUTypesMixedRule(), ShellVariableInDirectiveRule(), LogDirectoryCreatedByScriptRule(),
        VirtualenvOnFirstNodeRule(), ActivateBeforeModuleLoadRule(), PipInstallWithoutNoIndexRule(),
        VirtualenvWithoutNoDownloadRule(), MPIWithoutLauncherRule(), ExportNoneWithSrunRule(),
        MisspeltSlurmVariableRule(), CondaActivateWithoutHookRule(), LaunchCountExceedsJobRule(),
        ResourceFitRule(), MIGInstancesPerJobRule(), GPUCountPolicyRule(), PartialNodeOnWholeNodeClusterRule(),
        MemoryRaisesChargeRule(), MoreThanBundlePerGPURule(), FitsFewNodesRule(), ExclusiveIdleCoresRule(),
        SiteJobLimitsRule(),
    ]
}
