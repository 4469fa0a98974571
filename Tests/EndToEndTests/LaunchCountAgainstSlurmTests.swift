import Foundation
import JobGenKit
import Testing

/// JG609 against the real launchers: each job runs one `mpirun` (Open MPI) or `srun` line in the
/// local cluster, and jobgen reports the line exactly when the real launcher refuses it.
@Suite(.needsLocalCluster)
struct LaunchCountAgainstSlurmTests {
    static let cases: [(directives: String, launch: String)] = [
        ("--ntasks=2", "mpirun -np 4 hostname"),
        ("--ntasks=2", "mpirun -np 2 hostname"),
        ("--ntasks=2", "mpirun --oversubscribe -np 4 hostname"),
        ("--ntasks=2", "srun -n 3 hostname"),
        ("--ntasks=2", "srun --ntasks=2 hostname"),
        ("--ntasks=2", "srun -O -n 4 hostname"),
        ("--nodes=2", "mpirun -n 3 hostname"),
        ("--nodes=2", "srun -n2 hostname"),
        ("--nodes=2 --ntasks-per-node=2", "mpiexec -np 4 hostname"),
        ("--nodes=2 --ntasks-per-node=2", "mpiexec -np 5 hostname"),
        ("--nodes=2 --ntasks-per-node=2", "srun --ntasks 5 hostname"),
        ("--ntasks=2 --overcommit", "srun -n 4 hostname"),
    ]

    @Test(.timeLimit(.minutes(5)))
    func jobgenFlagsWhatTheLaunchersRefuse() async throws {
        let release = try SbatchReferee.release()
        let jobs = try await concurrentMap(Self.cases) { item in
            try BatchJob.submit(
                "#!/bin/bash\n#SBATCH \(item.directives) --time=5\n\(item.launch)\necho \"launch rc=$?\"\n")
        }
        var disagreements: [String] = []
        for (item, job) in zip(Self.cases, jobs) {
            try #require(job.output.contains("launch rc="), Comment(rawValue: job.report))
            let refused = !job.output.contains("launch rc=0")
            let script = BatchScript(text: job.script, name: "j.sh", release: release)
            let flagged = Validator(target: release).validate(script).contains { $0.rule == "JG609" }
            if refused != flagged {
                disagreements.append(
                    "\(item.directives) / \(item.launch): the launcher \(refused ? "refuses" : "runs"), jobgen \(flagged ? "flags" : "passes")")
            }
        }
        print("launch counts: \(Self.cases.count) jobs on the local cluster, \(disagreements.count) disagreements")
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }
}
