import Testing

@testable import JobGenKit

@Suite("HostList.contains: membership without expanding the list")
struct HostListContainsTests {
    static let lists = [
        "n[1-3,07],gpu01", "c[0001-0640],ct[0001-0080]", "n[8-10]", "n[08-10]", "a[5],b", "x[3-1]", "login",
        "n[1-2", "n[a-b],n5", "", "g[001-160],l[01-30]",
    ]

    @Test("agrees with names() for every name it lists and for near misses", arguments: lists)
    func agreesWithNames(_ list: String) {
        let names = HostList.names(list)
        let nearMisses =
            names.flatMap { [$0 + "0", String($0.dropLast()), "x" + $0] } + [
                "n4", "n007", "n9", "c0641", "c641",
            ]
        for name in names + nearMisses {
            #expect(HostList.contains(list, name) == names.contains(name), "\(name) in \(list)")
        }
    }

    @Test func aPaddedRangeNeedsItsPadding() {
        #expect(HostList.contains("c[0001-0640]", "c0640") && !HostList.contains("c[0001-0640]", "c640"))
        #expect(HostList.contains("n[8-10]", "n10") && !HostList.contains("n[8-10]", "n08"))
    }
}

extension HostListContainsTests {
    @Test("agrees with names() on fuzzed lists", arguments: 0..<300)
    func agreesOnFuzzedLists(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        let alphabet = Array("n[]-,0123+".utf8)
        func text(_ length: UInt64) -> String {
            String(
                decoding: (0..<Int(random.next() % length)).map { _ in
                    alphabet[Int(random.next() % UInt64(alphabet.count))]
                }, as: UTF8.self)
        }
        let list = text(24)
        let names = HostList.names(list)
        for name in names + (0..<20).map({ _ in text(6) }) {
            #expect(HostList.contains(list, name) == names.contains(name), "'\(name)' in '\(list)'")
        }
    }
}

@Suite("HostList.count: how many names, without writing them")
struct HostListCountTests {
    @Test(
        "agrees with names().count",
        arguments: HostListContainsTests.lists + ["n[1-3],a,b,c", "a,b,c,n[1-5]"])
    func agreesWithNames(_ list: String) {
        #expect(HostList.count(list) == HostList.names(list).count, "\(list)")
        for limit in 1...6 {
            #expect(
                HostList.count(list, limit: limit) == HostList.names(list, limit: limit).count,
                "\(list), limit \(limit)")
        }
    }

    @Test("agrees with names().count on fuzzed lists", arguments: 0..<300)
    func agreesOnFuzzedLists(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        let alphabet = Array("n[]-,0123+".utf8)
        let list = String(
            decoding: (0..<Int(random.next() % 24)).map { _ in
                alphabet[Int(random.next() % UInt64(alphabet.count))]
            },
            as: UTF8.self)
        let limit = Int(random.next() % 40) + 1
        #expect(HostList.count(list) == HostList.names(list).count, "'\(list)'")
        #expect(
            HostList.count(list, limit: limit) == HostList.names(list, limit: limit).count,
            "'\(list)', \(limit)")
    }
}

@Suite("NodeLists: a profile's host lists read once")
struct NodeListsTests {
    static let cluster = ClusterResources(
        name: "lab",
        nodeTypes: [
            .init(name: "cpu", nodes: "c[001-100,150]", count: 101, cpus: 64, memory: 250_000),
            .init(name: "gpu", nodes: "g[1-4]", count: 4, cpus: 32, memory: 500_000),
            .init(name: "cloud", nodes: nil, count: 8, cpus: 16, memory: 64_000),
        ],
        partitions: [])

    @Test func answersAsTheListsDo() {
        let lists = NodeLists(Self.cluster)
        for type in Self.cluster.nodeTypes {
            for name in ["c001", "c100", "c150", "c101", "c1", "g4", "g5", "g04", "x"] {
                let expected = type.nodes.map { HostList.names($0).contains(name) } ?? false
                #expect(lists.contains(type, name) == expected, "\(name) in \(type.name)")
                #expect(NodeLists.none.contains(type, name) == expected)
            }
        }
    }

    @Test func aTypeChangedSinceIsReadAfresh() {
        let lists = NodeLists(Self.cluster)
        var changed = Self.cluster.nodeTypes[1]
        changed.nodes = "g[5-8]"
        #expect(lists.contains(changed, "g5") && !lists.contains(changed, "g1"))
    }
}
