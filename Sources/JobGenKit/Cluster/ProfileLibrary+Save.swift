import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a profile was not saved.
public enum ProfileSaveError: Error, Sendable, Equatable {
    case badName(String)
    /// The file is there already and replacing it was not asked for.
    case exists(String)
    case cannotWrite(String, reason: String)
}

extension ProfileLibrary {
    /// Saves `profile` as the user profile `name` (`userDirectory/NAME.yaml`, directories made as
    /// needed) and returns its path. The file appears whole or not at all: the YAML is written to a
    /// temporary file beside it, which is then renamed (with `replacing`) or linked (without, so
    /// that a file that appeared meanwhile is not overwritten either).
    public func save(_ profile: ClusterResources, as name: String, replacing: Bool) throws(ProfileSaveError)
        -> String
    {
        guard Self.isProfileName(name) else { throw .badName(name) }
        let target = "\(userDirectory)/\(name).yaml"
        let text: String
        do {
            text = try profile.yaml()
            try FileManager.default.createDirectory(atPath: userDirectory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(userDirectory, reason: "\(error.localizedDescription)")
        }
        let temporary = "\(userDirectory)/.\(name).yaml.\(UUID().uuidString).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw .cannotWrite(temporary, reason: "could not create it")
        }
        defer { unlink(temporary) }
        if replacing {
            guard rename(temporary, target) == 0 else {
                throw .cannotWrite(target, reason: String(cString: strerror(errno)))
            }
            return target
        }
        guard link(temporary, target) == 0 else {
            let failure = errno
            if failure == EEXIST { throw .exists(target) }
            throw .cannotWrite(target, reason: String(cString: strerror(failure)))
        }
        return target
    }
}
