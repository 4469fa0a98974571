extension BatchScript {
    /// Whether the directives request GPUs in any of sbatch's ways.
    var requestsGPUs: Bool {
        ["gpus", "gpus-per-node", "gpus-per-socket", "gpus-per-task"].contains { last($0) != nil }
            || last("gres")?.value?.split(ascii: ",").contains { $0.hasPrefix("gpu") } == true
    }
}
