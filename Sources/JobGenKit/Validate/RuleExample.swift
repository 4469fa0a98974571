/// Decodes a rule example: removes the `↓` markers (recording where each points) and turns
/// `«XX»` into the raw byte 0xXX.
public struct RuleExample: Sendable {
    public let bytes: [UInt8]
    /// The positions the `↓` markers point at.
    public let markers: [SourcePosition]

    public init(_ example: String) {
        var bytes: [UInt8] = []
        var markers: [SourcePosition] = []
        var line = 1
        var lineStart = 0
        var scalars = Substring(example).unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if scalar == "↓" {
                markers.append(SourcePosition(line: line, column: bytes.count - lineStart + 1))
                continue
            }
            if scalar == "«", let close = scalars.firstIndex(of: "»"),
                let byte = UInt8(String(String.UnicodeScalarView(scalars[..<close])), radix: 16)
            {
                bytes.append(byte)
                scalars = scalars[scalars.index(after: close)...]
                continue
            }
            bytes.append(contentsOf: String(scalar).utf8)
            if scalar == "\n" {
                line += 1
                lineStart = bytes.count
            }
        }
        self.bytes = bytes
        self.markers = markers
    }

    /// The example as a script named `example.sh`, read by the sbatch of `release`.
    public func script(release: SlurmVersion = .newestKnown) -> BatchScript {
        BatchScript(bytes: bytes, name: "example.sh", release: release)
    }
}
