import Foundation
import Testing

/// `--write` with every shape of path a person types: short names, folders, missing folders.
@Suite("--write paths")
struct WritePathTests {
    @Test(arguments: ["a", "j.sh", "./b", "sub/c"])
    func writesShortAndRelativeNames(_ name: String) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let result = try JobGenProcess.run(["distributed", "--write", name], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        #expect(written.hasPrefix("#!/bin/bash\n"))
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: directory.path).filter {
            $0.contains(".jobgen-")
        }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: [
        ("sub", "is a directory"),
        ("sub/", "names a directory"),
        (".", "names a directory"),
        ("missing/job.sh", "cannot create a file in 'missing'"),
    ])
    func refusesPathsThatCannotBeAScript(_ name: String, _ reason: String) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let result = try JobGenProcess.run(["distributed", "--write", name], in: directory)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("jobgen: error: --write '\(name)': "), "\(result.stderr)")
        #expect(result.stderr.contains(reason), "\(result.stderr)")
    }
}
