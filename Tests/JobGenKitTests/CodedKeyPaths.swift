/// Every key path a `Decodable` type reads, found by decoding it from a decoder that answers
/// every question with "yes, one of them": each key is present, each list has one element, each
/// number is 1, each text is "x". A key path is written `partitions[].nodeTypes`; `required`
/// holds those read with `decode` rather than `decodeIfPresent`.
final class CodedKeyPaths {
    private(set) var all: Set<String> = []
    /// Keys asked whether they are null first: the standard library's `decodeIfPresent` for
    /// `String`, `Int`, ... does so before `decode`, so these are the optional ones.
    private var optional: Set<String> = []
    var required: Set<String> { all.subtracting(optional) }

    init<T: Decodable>(of type: T.Type) throws {
        _ = try T(from: Reader(paths: self, path: ""))
    }

    fileprivate func record(_ path: String, required isRequired: Bool) {
        all.insert(path)
        if !isRequired { optional.insert(path) }
    }

    private struct Reader: Decoder {
        let paths: CodedKeyPaths
        let path: String
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] = [:]

        init(paths: CodedKeyPaths, path: String) {
            self.paths = paths
            self.path = path
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(Keyed<Key>(paths: paths, path: path))
        }

        func unkeyedContainer() -> any UnkeyedDecodingContainer { Unkeyed(paths: paths, path: path + "[]") }

        func singleValueContainer() -> any SingleValueDecodingContainer { Single(paths: paths, path: path) }
    }

    private static func sample<T: Decodable>(_ type: T.Type, paths: CodedKeyPaths, path: String) throws -> T {
        switch type {
        case is String.Type: return "x" as! T
        case is Int.Type: return 1 as! T
        case is Double.Type: return 1.0 as! T
        case is Bool.Type: return true as! T
        default: return try T(from: Reader(paths: paths, path: path))
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let paths: CodedKeyPaths
        let path: String
        var codingPath: [any CodingKey] = []
        var allKeys: [Key] { [] }

        init(paths: CodedKeyPaths, path: String) {
            self.paths = paths
            self.path = path
        }

        private func child(_ key: Key) -> String {
            path.isEmpty ? key.stringValue : "\(path).\(key.stringValue)"
        }

        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) -> Bool {
            paths.record(child(key), required: false)
            return false
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            paths.record(child(key), required: true)
            return try CodedKeyPaths.sample(type, paths: paths, path: child(key))
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            paths.record(child(key), required: false)
            return try CodedKeyPaths.sample(type, paths: paths, path: child(key))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
            -> KeyedDecodingContainer<NestedKey>
        {
            paths.record(child(key), required: true)
            return KeyedDecodingContainer(Keyed<NestedKey>(paths: paths, path: child(key)))
        }

        func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedDecodingContainer {
            paths.record(child(key), required: true)
            return Unkeyed(paths: paths, path: child(key) + "[]")
        }

        func superDecoder() -> any Decoder { Reader(paths: paths, path: path) }
        func superDecoder(forKey key: Key) -> any Decoder { Reader(paths: paths, path: child(key)) }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        let paths: CodedKeyPaths
        let path: String
        var codingPath: [any CodingKey] = []
        var count: Int? { 1 }
        var currentIndex = 0
        var isAtEnd: Bool { currentIndex >= 1 }

        init(paths: CodedKeyPaths, path: String) {
            self.paths = paths
            self.path = path
        }

        mutating func decodeNil() -> Bool { false }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            currentIndex += 1
            return try CodedKeyPaths.sample(type, paths: paths, path: path)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type)
            -> KeyedDecodingContainer<NestedKey>
        {
            currentIndex += 1
            return KeyedDecodingContainer(Keyed<NestedKey>(paths: paths, path: path))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedDecodingContainer {
            currentIndex += 1
            return Unkeyed(paths: paths, path: path + "[]")
        }

        mutating func superDecoder() -> any Decoder {
            currentIndex += 1
            return Reader(paths: paths, path: path)
        }
    }

    private struct Single: SingleValueDecodingContainer {
        let paths: CodedKeyPaths
        let path: String
        var codingPath: [any CodingKey] = []

        func decodeNil() -> Bool { false }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try CodedKeyPaths.sample(type, paths: paths, path: path)
        }
    }
}
