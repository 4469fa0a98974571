import JobGenKit
import Testing

/// Which option sets count as asking for a GPU before `--mem-per-gpu`; each row was checked
/// with the real sbatch 22.05 (`sbatch --test-only` with `--mem-per-gpu=1G` added).
@Suite("GPU requests, as sbatch counts them for --mem-per-gpu")
struct GPUAskTests {
    @Test(arguments: [
        (["ntasks": "2", "ntasks-per-gpu": "2"], true),
        (["nodes": "1", "ntasks-per-gpu": "2"], true),
        (["ntasks": "2", "ntasks-per-tres": "2"], true),
        (["nodes": "1", "ntasks-per-gpu": "1", "gpus": "0"], true),
        (["ntasks": "2", "gpus-per-task": "1"], true),
        (["gres": "gpu:1"], true),
        (["gres": "gpu"], true),
        (["gres": "gpu:a100"], true),
        (["gres": "gpu:0,gpu:1"], true),
        (["gpus": "1", "gres": "gpu:0"], true),
        (["gpus-per-socket": "1", "sockets-per-node": "1"], true),
        (["gres": "gpu:0"], false),
        (["gpus": "0"], false),
        (["gpus-per-node": "0"], false),
        (["ntasks": "1", "gpus-per-task": "0"], false),
        (["cpus-per-gpu": "1"], false),
        (["ntasks": "2", "cpus-per-gpu": "1"], false),
        ([:], false),
    ])
    func asksForGPUs(options: [String: String], expected: Bool) {
        #expect(GPUAsk.asksForGPUs { options[$0] } == expected)
    }

    /// sbatch runs `--gres=gpu:0` without a GPU, so the validator warns (JG502) as for `--gpus=0`.
    @Test func gresForZeroGPUsCarriesANote() throws {
        #expect(try Gres(slurm: "gpu:0").notes == ["a gpu count of 0 requests no GPU"])
        #expect(try Gres(slurm: "gpu:a100:0").notes == ["a gpu count of 0 requests no GPU"])
        #expect(try Gres(slurm: "gpu:a100:1,nvme:0").notes.isEmpty)
    }
}
