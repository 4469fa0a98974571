import Testing
import Yams

@testable import JobGenKit

@Suite("Fast text reading agrees with the standard readers it replaces")
struct TextReadingTests {
    /// Seeded strings over the characters Slurm values are split on.
    static let texts: [String] = {
        var generator = SplitMix(seed: 11)
        let alphabet: [Character] = ["a", "7", ":", "-", ",", " ", "=", "é"]
        let fixed = ["", ":", "::", "a:", ":a", "2-00:00:00", "gpu:a100:2,mps:100", "a,,b,", "é:é"]
        return fixed
            + (0..<400).map { _ in
                String((0..<Int(generator.next() % 12)).map { _ in alphabet[Int(generator.next() % 8)] })
            }
    }()

    @Test("split(ascii:) is split(separator:) for every separator, limit and empty-part choice")
    func asciiSplit() {
        for text in Self.texts {
            for separator in [":", "-", ",", " ", "="] as [Unicode.Scalar] {
                for maxSplits in [0, 1, 2, Int.max] {
                    for omitting in [true, false] {
                        let expected = text.split(
                            separator: Character(separator), maxSplits: maxSplits,
                            omittingEmptySubsequences: omitting)
                        let found = text.split(
                            ascii: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
                        #expect(found == expected, "\(text.debugDescription) on \(separator)")
                        let sub = Substring("x" + text).dropFirst()
                        #expect(
                            sub.split(
                                ascii: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
                                == sub.split(
                                    separator: Character(separator), maxSplits: maxSplits,
                                    omittingEmptySubsequences: omitting))
                    }
                }
            }
        }
    }

    static let scalars = [
        "0", "7", "-3", "+5", "007", "-0", "0x1F", "0o17", "1_000", "1:30", "190:20:30", "1.5", "-2.5e3",
        ".5",
        "1e3", "1E+3", "+.5", "abc", "", ".inf", "-.inf", ".nan", "9223372036854775807",
        "9223372036854775808", "1.", "--1", "+-1", "1-", "12abc", " 1", "true",
    ]

    @Test("YAMLScalar reads numbers as Yams' constructors do", arguments: scalars)
    func numbers(text: String) {
        for style in [Node.Scalar.Style.plain, .any, .singleQuoted] {
            let scalar = Node.Scalar(text, Tag(.str), style)
            #expect(YAMLScalar.int(scalar) == Int.construct(from: scalar), "\(text) as Int, \(style)")
            let mine = YAMLScalar.double(scalar)
            let yams = Double.construct(from: scalar)
            #expect(
                mine == yams || (mine?.isNaN == true && yams?.isNaN == true), "\(text) as Double, \(style)")
        }
    }

    @Test("YAMLScalar reads booleans as Yams reads a scalar its default composer made")
    func booleans() throws {
        for text in [
            "true", "True", "TRUE", "yes", "On", "false", "No", "OFF", "tRue", "oFf", "y", "1", "'yes'",
            "\"no\"", "truest",
        ] {
            let node = try #require(try Yams.compose(yaml: "key: \(text)"))
            let value = try #require(node["key"]?.scalar)
            let basic = try #require(try Yams.compose(yaml: "key: \(text)", .basic)?["key"]?.scalar)
            #expect(YAMLScalar.bool(basic) == Bool.construct(from: value), "\(text)")
        }
    }
}
