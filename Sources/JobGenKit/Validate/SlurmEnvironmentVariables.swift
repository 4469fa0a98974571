/// The `SLURM_*` variables a batch script may read: set by Slurm in a batch job or an srun step,
/// or read by sbatch, srun and salloc from the environment.
///
/// From the "OUTPUT ENVIRONMENT VARIABLES" and "INPUT ENVIRONMENT VARIABLES" sections of the
/// sbatch(1), srun(1) and salloc(1) man pages (Slurm 22.05 to 25.05) and the Prolog/Epilog
/// environment of slurm.conf(5), diffed against the man pages and `src/common/env.c` of Slurm
/// 26.05 (every name those hold is here), plus `SLURM_TMPDIR`, which the Alliance's clusters (and other
/// sites) set for node-local storage. Old names Slurm still sets (`SLURM_JOBID`, `SLURM_NPROCS`,
/// `SLURM_NODELIST`, `SLURM_NNODES`, `SLURM_STEPID`) are included. Complete rather than short: a
/// real name missing here could be reported as a misspelling of another.
enum SlurmEnvironmentVariables {
    /// Set in a batch job or an srun step: the names a misspelling is matched against.
    static let setInJobs: [String] = [
        // sbatch(1) and srun(1) output variables.
        "SLURM_ARRAY_JOB_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MAX",
        "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_STEP", "SLURM_CLUSTER_NAME", "SLURM_CONTAINER",
        "SLURM_CONTAINER_ID", "SLURM_CPUS_ON_NODE", "SLURM_CPUS_PER_GPU", "SLURM_CPUS_PER_TASK",
        "SLURM_CPU_BIND", "SLURM_CPU_BIND_LIST", "SLURM_CPU_BIND_TYPE", "SLURM_CPU_BIND_VERBOSE",
        "SLURM_CPU_FREQ_REQ", "SLURM_DISTRIBUTION", "SLURM_DIST_PLANESIZE", "SLURM_EXPORT_ENV",
        "SLURM_GPUS", "SLURM_GPUS_ON_NODE", "SLURM_GPUS_PER_NODE", "SLURM_GPUS_PER_SOCKET",
        "SLURM_GPUS_PER_TASK", "SLURM_GPU_BIND", "SLURM_GPU_FREQ", "SLURM_GTIDS", "SLURM_HET_SIZE",
        "SLURM_JOB_ACCOUNT", "SLURM_JOB_CPUS_PER_NODE", "SLURM_JOB_DEPENDENCY", "SLURM_JOB_END_TIME",
        "SLURM_JOB_GPUS", "SLURM_JOB_ID", "SLURM_JOBID", "SLURM_JOB_LICENSES", "SLURM_JOB_NAME",
        "SLURM_JOB_NODELIST", "SLURM_JOB_NUM_NODES", "SLURM_JOB_PARTITION", "SLURM_JOB_QOS",
        "SLURM_JOB_RESERVATION", "SLURM_JOB_SEGMENT_SIZE", "SLURM_JOB_START_TIME", "SLURM_JOB_STDERR",
        "SLURM_JOB_STDIN", "SLURM_JOB_STDOUT", "SLURM_JOB_UID", "SLURM_JOB_USER", "SLURM_LAUNCH_NODE_IPADDR",
        "SLURM_LOCALID", "SLURM_MEM_BIND", "SLURM_MEM_BIND_LIST", "SLURM_MEM_BIND_PREFER",
        "SLURM_MEM_BIND_SORT", "SLURM_MEM_BIND_TYPE", "SLURM_MEM_BIND_VERBOSE", "SLURM_MEM_PER_CPU",
        "SLURM_MEM_PER_GPU", "SLURM_MEM_PER_NODE", "SLURM_NNODES", "SLURM_NODEID", "SLURM_NODELIST",
        "SLURM_NODE_ALIASES", "SLURM_NPROCS", "SLURM_NTASKS", "SLURM_NTASKS_PER_CORE",
        "SLURM_NTASKS_PER_GPU", "SLURM_NTASKS_PER_NODE", "SLURM_NTASKS_PER_SOCKET",
        "SLURM_NTASKS_PER_TRES", "SLURM_OVERCOMMIT", "SLURM_PRIO_PROCESS", "SLURM_PROCID",
        "SLURM_PROFILE", "SLURM_PTY_PORT", "SLURM_PTY_WIN_COL", "SLURM_PTY_WIN_ROW", "SLURM_RESTART_COUNT",
        "SLURM_SHARDS_ON_NODE", "SLURM_SRUN_COMM_HOST", "SLURM_SRUN_COMM_PORT", "SLURM_STEP_GPUS",
        "SLURM_STEP_ID", "SLURM_STEPID", "SLURM_STEP_LAUNCHER_PORT", "SLURM_STEP_NODELIST",
        "SLURM_STEP_NUM_NODES", "SLURM_STEP_NUM_TASKS", "SLURM_STEP_TASKS_PER_NODE", "SLURM_SUBMIT_DIR",
        "SLURM_SUBMIT_HOST", "SLURM_TASKS_PER_NODE", "SLURM_TASK_PID", "SLURM_THREADS_PER_CORE",
        "SLURM_TOPOLOGY_ADDR", "SLURM_TOPOLOGY_ADDR_PATTERN", "SLURM_TRES_PER_TASK", "SLURM_UMASK",
        "SLURM_UNBUFFEREDIO",
        // Set by sites.
        "SLURM_TMPDIR",
    ]

    /// Known to Slurm but not (always) set in a job: not misspellings, never suggested.
    static let otherNames: [String] = [
        // Prolog and Epilog environment (slurm.conf(5)).
        "SLURM_JOB_COMMENT", "SLURM_JOB_CONSTRAINTS", "SLURM_JOB_DERIVED_EC", "SLURM_JOB_EXIT_CODE",
        "SLURM_JOB_EXIT_CODE2", "SLURM_JOB_EXTRA", "SLURM_JOB_GID", "SLURM_JOB_GROUP",
        "SLURM_JOB_OVERSUBSCRIBE", "SLURM_JOB_WORK_DIR", "SLURM_SCRIPT_CONTEXT", "SLURM_WCKEY",
        // Input variables of sbatch, srun and salloc.
        "SLURM_ACCOUNT", "SLURM_ACCTG_FREQ", "SLURM_BCAST", "SLURM_BURST_BUFFER", "SLURM_CLUSTERS",
        "SLURM_COMPRESS", "SLURM_CONF", "SLURM_CONSTRAINT", "SLURM_CORE_SPEC", "SLURM_DEBUG",
        "SLURM_DEBUG_FLAGS", "SLURM_DELAY_BOOT", "SLURM_DEPENDENCY", "SLURM_DISABLE_STATUS",
        "SLURM_EPILOG", "SLURM_EXACT", "SLURM_EXCLUSIVE", "SLURM_EXIT_ERROR", "SLURM_EXIT_IMMEDIATE",
        "SLURM_GRES", "SLURM_GRES_FLAGS", "SLURM_HINT", "SLURM_IMMEDIATE", "SLURM_KILL_BAD_EXIT",
        "SLURM_LABELIO", "SLURM_MPI_TYPE", "SLURM_NETWORK", "SLURM_NO_KILL", "SLURM_OPEN_MODE",
        "SLURM_OVERLAP", "SLURM_PARTITION", "SLURM_POWER", "SLURM_PROLOG", "SLURM_QOS",
        "SLURM_REMOTE_CWD", "SLURM_REQ_SWITCH", "SLURM_RESERVATION", "SLURM_RESV_PORTS",
        "SLURM_SEND_LIBS", "SLURM_SIGNAL", "SLURM_SPREAD_JOB", "SLURM_SRUN_REDUCE_TASK_EXIT_MSG",
        "SLURM_STDERRMODE", "SLURM_STDINMODE", "SLURM_STDOUTMODE", "SLURM_STEP_GRES",
        "SLURM_STEP_KILLED_MSG_NODE_ID", "SLURM_TASK_EPILOG", "SLURM_TASK_PROLOG", "SLURM_TEST_EXEC",
        "SLURM_THREADS", "SLURM_THREAD_SPEC", "SLURM_TIMELIMIT", "SLURM_TRES_BIND", "SLURM_USE_MIN_NODES",
        "SLURM_WAIT", "SLURM_WAIT4SWITCH", "SLURM_WORKING_DIR", "SLURM_PMIX_FENCE", "SLURM_PMIX_TIMEOUT",
        // Found by diffing this list against the sbatch(1), srun(1), salloc(1) man pages and
        // src/common/env.c of Slurm 26.05 (2026-12-02).
        "SLURM_ARBITRARY_NODELIST", "SLURM_BCAST_EXCLUDE", "SLURM_CONF_SERVER", "SLURM_HOSTFILE",
        "SLURM_JOB_NODES", "SLURM_JOB_SLUID", "SLURM_OOMKILLSTEP", "SLURM_OOM_KILL_STEP",
        "SLURM_PMI_KVS_NO_DUP_KEYS", "SLURM_RUNTIME", "SLURM_SRUN_TLS_CERT", "SLURM_STEP_RESV_PORTS",
    ]

    static let known = Set(setInJobs + otherNames)

    /// `SLURM_NTASKS_HET_GROUP_1`: a heterogeneous job's per-component copy of a known name.
    static func isKnown(_ name: String) -> Bool {
        if known.contains(name) { return true }
        guard let range = name.firstRange(of: "_HET_GROUP_") else {
            return name.hasPrefix("SLURM_SPANK_")
        }
        let index = name[range.upperBound...]
        return !index.isEmpty && index.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && known.contains(String(name[..<range.lowerBound]))
    }
}
