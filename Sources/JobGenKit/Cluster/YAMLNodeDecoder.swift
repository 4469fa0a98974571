import Foundation
import Yams

/// Decodes a `Decodable` value from a composed YAML node, reading scalars as Yams' own
/// constructors read them (`Int.construct`, ...), so a value decodes exactly when
/// `ProfileShape` found it of the right type.
///
/// Yams' `YAMLDecoder` finds a mapping's key by comparing nodes one by one, each comparison
/// resolving tags with regular expressions; on a profile that was most of the time `jobgen
/// validate --cluster` spent before checking a script. Here each mapping is indexed once.
struct YAMLNodeDecoder {
    func decode<Value: Decodable>(_ type: Value.Type, from node: Node) throws -> Value {
        try Value(from: NodeDecoding(node: node, codingPath: []))
    }
}

/// A scalar read as Yams' constructors read it, for `ProfileShape` and `YAMLNodeDecoder` alike.
/// Plain decimal numbers, all a profile holds in practice, are read here: Yams removes `_`
/// with Foundation's `replacingOccurrences` first, which was most of the time spent reading a
/// profile. Anything else (`0x1F`, `1_000`, `1:30`, `.inf`) goes to Yams.
enum YAMLScalar {
    /// YAML 1.1's true or false, in any case, for a plain scalar (as Yams reads a plain scalar
    /// its default composer leaves untagged).
    static func bool(_ scalar: Node.Scalar) -> Bool? {
        guard scalar.style == .plain || scalar.style == .any, scalar.string.utf8.count <= 5 else {
            return nil
        }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    static func int(_ scalar: Node.Scalar) -> Int? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        if isDecimal(scalar.string, fraction: false) { return Int(scalar.string) }
        return Int.construct(from: scalar)
    }

    static func double(_ scalar: Node.Scalar) -> Double? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        if isDecimal(scalar.string, fraction: true), let number = Double(scalar.string) { return number }
        return Double.construct(from: scalar)
    }

    /// Digits with an optional sign (and, for a fraction, `.` and an exponent): text Yams reads
    /// as Swift's own `Int(_:)` and `Double(_:)` do.
    private static func isDecimal(_ text: String, fraction: Bool) -> Bool {
        var digits = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if index > 0 && !fraction { return false }
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): if !fraction { return false }
            default: return false
            }
        }
        // "0" alone, and no leading zeros (Yams reads 0o17-style and 017 its own way).
        return digits > 0 && (text == "0" || !text.drop { $0 == "-" || $0 == "+" }.hasPrefix("0"))
    }
}

private struct NodeDecoding: Decoder {
    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else {
            throw mismatch([String: Any].self, "a mapping")
        }
        var entries: [String: Node] = [:]
        for (key, value) in mapping {
            if let name = key.string, entries[name] == nil { entries[name] = value }
        }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(entries: entries, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else { throw mismatch([Any].self, "a sequence") }
        return NodeUnkeyedContainer(items: Array(sequence), codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { NodeSingleValue(decoding: self) }

    func mismatch(_ type: Any.Type, _ expected: String) -> DecodingError {
        DecodingError.typeMismatch(
            type, DecodingError.Context(codingPath: codingPath, debugDescription: "expected \(expected)"))
    }
}

private struct NodeSingleValue: SingleValueDecodingContainer {
    let decoding: NodeDecoding
    var codingPath: [any CodingKey] { decoding.codingPath }

    func decodeNil() -> Bool { decoding.node.null != nil }

    private func scalar<Value>(_ type: Value.Type, _ read: (Node.Scalar) -> Value?) throws -> Value {
        guard case .scalar(let scalar) = decoding.node, let value = read(scalar) else {
            throw decoding.mismatch(type, "\(type)")
        }
        return value
    }

    func decode(_ type: Bool.Type) throws -> Bool { try scalar(type, YAMLScalar.bool) }
    func decode(_ type: String.Type) throws -> String { try scalar(type) { $0.string } }
    func decode(_ type: Double.Type) throws -> Double { try scalar(type, YAMLScalar.double) }
    func decode(_ type: Float.Type) throws -> Float { try scalar(type, Float.construct(from:)) }
    func decode(_ type: Int.Type) throws -> Int { try scalar(type, YAMLScalar.int) }
    func decode(_ type: Int8.Type) throws -> Int8 { try scalar(type, Int8.construct(from:)) }
    func decode(_ type: Int16.Type) throws -> Int16 { try scalar(type, Int16.construct(from:)) }
    func decode(_ type: Int32.Type) throws -> Int32 { try scalar(type, Int32.construct(from:)) }
    func decode(_ type: Int64.Type) throws -> Int64 { try scalar(type, Int64.construct(from:)) }
    func decode(_ type: UInt.Type) throws -> UInt { try scalar(type, UInt.construct(from:)) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar(type, UInt8.construct(from:)) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar(type, UInt16.construct(from:)) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar(type, UInt32.construct(from:)) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar(type, UInt64.construct(from:)) }
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try Value(from: decoding) }
}

private struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: [String: Node]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { entries.keys.compactMap { Key(stringValue: $0) } }
    func contains(_ key: Key) -> Bool { entries[key.stringValue] != nil }

    private func decoding(_ key: Key) throws -> NodeDecoding {
        guard let node = entries[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key,
                DecodingError.Context(
                    codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
        }
        return NodeDecoding(node: node, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool { try decoding(key).node.null != nil }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        let decoding = try decoding(key)
        if decoding.node.null != nil, !(Value.self is any ExpressibleByNilLiteral.Type) {
            throw DecodingError.valueNotFound(
                type,
                DecodingError.Context(codingPath: decoding.codingPath, debugDescription: "nothing given"))
        }
        return try NodeSingleValue(decoding: decoding).decode(type)
    }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try NodeSingleValue(decoding: decoding(key)).decode(type)
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try NodeSingleValue(decoding: decoding(key)).decode(type)
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try NodeSingleValue(decoding: decoding(key)).decode(type)
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try NodeSingleValue(decoding: decoding(key)).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoding(key).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoding(key).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder {
        guard let key = Key(stringValue: "super") else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: codingPath, debugDescription: "no key 'super'"))
        }
        return try decoding(key)
    }
    func superDecoder(forKey key: Key) throws -> any Decoder { try decoding(key) }
}

private struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [Node]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [Node], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private struct Index: CodingKey {
        let intValue: Int?
        var stringValue: String { "\(intValue!)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

    private mutating func next(_ type: Any.Type) throws -> NodeDecoding {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type,
                DecodingError.Context(codingPath: codingPath, debugDescription: "the sequence has ended"))
        }
        defer { currentIndex += 1 }
        return NodeDecoding(node: items[currentIndex], codingPath: codingPath + [Index(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].null != nil else { return false }
        currentIndex += 1
        return true
    }
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try NodeSingleValue(decoding: next(type)).decode(type)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next(type).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next([Any].self).unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder { try next(Any.self) }
}
