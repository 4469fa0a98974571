import Foundation

/// `jobgen explain --format json`: the same facts as the text, one object, keys sorted; `null`
/// for what is not known (no cluster named, no charge known).
extension JobExplanation {
    public func json() -> String {
        let object = jsonObject()
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func jsonObject() -> [String: Any] {
        let job = request
        var object: [String: Any] = [
            "file": file, "release": "\(release)", "cluster": cluster?.name ?? NSNull(),
            "nodes": job.nodes, "maximumNodes": job.maximumNodes.map { $0 as Any } ?? NSNull(),
            "tasks": job.tasks,
            "tasksPerNode": job.tasksPerNode, "cpusPerTask": job.cpusPerTask, "cpusPerNode": job.cpusPerNode,
            "cpus": job.cpus, "memory": memoryObject, "gpus": job.gpus.map(Self.gpuObject),
            "gpusPerNode": job.gpusPerNode.map(Self.gpuObject), "scriptErrors": scriptErrors.count,
            "walltime": job.minutes.map { $0 == .max ? "UNLIMITED" : SbatchDisplay.minutes($0) } ?? NSNull(),
            "minutes": job.minutes.flatMap { $0 == .max ? nil : $0 } ?? NSNull(),
        ]
        guard cluster != nil else {
            for key in ["nodeTypes", "partitions"] { object[key] = [Any]() }
            for key in ["fits", "refusal", "charge", "chargePerHour"] { object[key] = NSNull() }
            object["chargeUnknown"] = "no cluster named: give --cluster NAME|FILE"
            return object
        }
        object["nodeTypes"] = nodeTypes.map { verdict -> [String: Any] in
            let type = verdict.nodeType
            return [
                "name": type.name, "count": type.count, "cpus": type.cpus, "memory": type.memory,
                "gpus": type.gpus.map(Self.gpuObject), "fits": verdict.fits, "shortfalls": verdict.shortfalls,
            ]
        }
        object["partitions"] = partitions
        object["fits"] = refusal == nil
        object["refusal"] =
            refusal.map { fit -> [String: Any] in
                [
                    "message": fit.refusal, "reason": fit.reason,
                    "option": fit.option.map { $0 as Any } ?? NSNull(),
                ]
            } ?? NSNull()
        object["chargeUnknown"] = NSNull()
        switch charge {
        case .charged(let charge)?:
            object["charge"] =
                charge.amount.map { amount in
                    [
                        "amount": Self.rounded(amount), "unit": charge.unit.rawValue,
                        "perHour": Self.rounded(charge.perHour), "hours": Self.rounded(charge.hours ?? 0),
                        "formula": charge.formula, "workedOut": charge.workedOut,
                        "assumptions": charge.assumptions,
                    ] as [String: Any]
                } ?? NSNull()
            object["chargePerHour"] = ["amount": Self.rounded(charge.perHour), "unit": charge.unit.perHour]
            if charge.amount == nil { object["chargeUnknown"] = charge.assumptions.joined(separator: "; ") }
        case .unknown(let reason)?:
            (object["charge"], object["chargePerHour"], object["chargeUnknown"]) = (
                NSNull(), NSNull(), reason
            )
        case nil:
            (object["charge"], object["chargePerHour"]) = (NSNull(), NSNull())
        }
        return object
    }

    private var memoryObject: [String: Any] {
        let (asked, value): (String, Int?)
        switch request.memory {
        case .perNode(let megabytes): (asked, value) = ("per-node", megabytes)
        case .wholeNode: (asked, value) = ("whole-node", nil)
        case .perCPU(let megabytes): (asked, value) = ("per-cpu", megabytes)
        case .perGPU(let megabytes): (asked, value) = ("per-gpu", megabytes)
        case .notGiven: (asked, value) = ("not-given", nil)
        }
        return ["asked": asked, "megabytes": value ?? NSNull(), "perNode": request.memoryPerNode ?? NSNull()]
    }

    private static func gpuObject(_ gpus: ClusterResources.GPUs) -> [String: Any] {
        ["type": gpus.type ?? NSNull(), "count": gpus.count]
    }

    /// Two decimals, as the text shows.
    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
