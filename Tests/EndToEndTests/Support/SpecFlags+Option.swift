import JobGenKit

extension SpecFlags {
    /// Sets the flag named after sbatch's long option `option`, as `jobgen --<option> <value>`
    /// would; an option jobgen has no flag for goes through as `--sbatch <option>=<value>`.
    mutating func set(_ option: String, to value: String) {
        switch option {
        case "time": time = value
        case "ntasks": ntasks = value
        case "nodes": nodes = value
        case "ntasks-per-node": ntasksPerNode = value
        case "cpus-per-task": cpusPerTask = value
        case "mem": mem = value
        case "mem-per-cpu": memPerCPU = value
        case "mem-per-gpu": memPerGPU = value
        case "gpus": gpus = value
        case "gpus-per-node": gpusPerNode = value
        case "gres": gres = value
        case "output": output = value
        case "array": array = value
        case "dependency": dependency = value
        case "mail-type": mailType = value
        case "exclusive": exclusive = value
        default: sbatch.append("\(option)=\(value)")
        }
    }
}
