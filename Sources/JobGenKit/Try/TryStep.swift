/// The bash program salloc runs for `jobgen try`: it starts one task on the allocation's first
/// node (a step that overlaps every other, holding that node's CPUs, memory and GPUs, as the batch
/// step does), gives the script there the job's environment rather than that step's (so the
/// script's own `srun` and `mpirun` lines get the whole allocation, as under sbatch), and runs it.
///
/// It is one self-contained `bash -c` text so that `jobgen try --dry-run` prints a command line
/// that runs as printed. Its arguments are `$0` (the script's name) and the command to run.
enum TryStep {
    /// The program; `exports` are `NAME=VALUE` words set last (an array task's variables), their
    /// values already quoted for the shell.
    static func program(exports: [String]) -> String {
        let arrayLine = exports.isEmpty ? "" : "export \(exports.joined(separator: " "))\n"
        return """
            if [ -z "${JOBGEN_TRY_STEP-}" ]; then
              for v in ${!SLURM_@} ${!PMIX_@} ${!PMI_@}; do export "JOBGEN_JOB_$v=${!v}"; done
              export JOBGEN_TRY_STEP=1
              exec srun --nodes=1 --ntasks=1 --overlap --mem=0 --cpus-per-task="${SLURM_JOB_CPUS_PER_NODE%%[(,]*}" bash -c "$BASH_EXECUTION_STRING" "$0" "$@"
            fi
            for v in ${!SLURM_@} ${!PMIX_@} ${!PMI_@}; do
              case $v in \(stepVariables)) unset "$v";; esac
            done
            for v in ${!JOBGEN_JOB_@}; do export "${v#JOBGEN_JOB_}=${!v}"; unset "$v"; done
            unset JOBGEN_TRY_STEP
            \(arrayLine)exec "$@"
            """
    }

    /// What srun sets for its step that the batch step of a job does not have, or has with the
    /// job's value (restored from salloc's environment after they are dropped).
    private static let stepVariables = [
        "SLURM_STEP*", "SLURM_SRUN_COMM_*", "SLURM_LAUNCH_NODE_IPADDR", "SLURM_PTY_*", "SLURM_CPU_BIND*",
        "SLURM_DISTRIBUTION", "SLURM_OVERLAP", "SLURM_UMASK", "SLURM_MPI_TYPE", "SLURM_PMIX*", "SLURM_NPROCS",
        "SLURM_NTASKS", "SLURM_NNODES", "SLURM_NODELIST", "SLURM_TASKS_PER_NODE",
        "SLURM_JOB_CPUS_PER_NODE_PACK_GROUP_*", "SLURM_CPUS_PER_TASK", "SLURM_MEM_PER_NODE", "PMIX_*", "PMI_*",
    ].joined(separator: "|")
}
