import Testing

/// The seed's Python-payload scripts, rendered by `jobgen` from the seed's flags (sized for this
/// cluster), run offline: modules, a virtualenv on every node from the wheelhouse, and mpi4py
/// broadcasting a NumPy array on every rank.
@Suite(.needsLocalCluster, .needsWheelhouse)
struct RenderedPythonJobTests {
    static let pythonFlags = [
        "--account", "def-someprof", "--time", "00:10:00", "--mem-per-cpu", "1G",
        "--pip", "numpy==2.1.1", "--run", "python mpi4py-np-bc.py",
    ]

    @Test(
        "jobgen's seed Python scripts run mpi4py on every rank",
        arguments: [
            (
                "distributed",
                ["--ntasks", "4", "--modules", "StdEnv/2023", "gcc", "mpi4py/4.0.0", "python/3.12"], 4
            ),
            (
                "whole-node",
                [
                    "--nodes", "2", "--ntasks-per-node", "2", "--modules", "StdEnv/2023", "gcc", "openmpi",
                    "mpi4py/4.0.0", "python/3.12",
                ], 4
            ),
        ])
    func seedPythonVariant(kind: String, flags: [String], ranks: Int) throws {
        let script = try JobGenBinary.render(kind, Self.pythonFlags + flags)
        let job = try BatchJob.submit(
            script, files: ["mpi4py-np-bc.py": PythonVirtualenvTests.broadcastCheck], timeout: .seconds(300))
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        for rank in 0..<ranks {
            #expect(
                job.output.contains("rank \(rank) of \(ranks): numpy 2.1.1 broadcast ok"),
                Comment(rawValue: job.report))
        }
    }
}
