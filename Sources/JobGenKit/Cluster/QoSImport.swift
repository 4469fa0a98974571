/// The QoS of a cluster from `sacctmgr -P show qos` (`|`-separated, a header line of field names):
/// their names and the limits a job can run into. Fields differ between releases: read by name.
enum QoSImport {
    static func qos(_ text: String, skipped: inout [String]) -> [ClusterResources.QoS]? {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        guard let header = lines.first?.split(ascii: "|", omittingEmptySubsequences: false).map(String.init),
            let nameIndex = header.firstIndex(of: "Name")
        else {
            if !lines.isEmpty { skipped.append("sacctmgr show qos: no header line with Name; QoS left out") }
            return nil
        }
        func field(_ values: [String], _ name: String) -> String? {
            guard let index = header.firstIndex(of: name), index < values.count, !values[index].isEmpty else {
                return nil
            }
            return values[index]
        }
        var result: [ClusterResources.QoS] = []
        for (number, line) in lines.dropFirst().enumerated() {
            let values = line.split(ascii: "|", omittingEmptySubsequences: false).map(String.init)
            guard nameIndex < values.count, !values[nameIndex].isEmpty else {
                skipped.append("sacctmgr show qos line \(number + 2): no Name; skipped")
                continue
            }
            result.append(
                ClusterResources.QoS(
                    name: values[nameIndex], maxWall: field(values, "MaxWall").flatMap(ScontrolImport.minutes),
                    maxTRESPerJob: field(values, "MaxTRES"), maxTRESPerUser: field(values, "MaxTRESPU"),
                    maxJobsPerUser: field(values, "MaxJobsPU").flatMap { Int($0) },
                    maxSubmitPerUser: field(values, "MaxSubmitPU").flatMap { Int($0) }))
        }
        return result
    }
}
