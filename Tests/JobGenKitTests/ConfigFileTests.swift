import Foundation
import JobGenKit
import Testing

@Suite("The config file: keys, problems and layers (ConfigFile, EffectiveConfig)")
struct ConfigFileTests {
    static func read(_ text: String, file: String = "/etc/jobgen/config.yaml") -> Result<ConfigFile, ConfigProblems> {
        ConfigFile.read(yaml: text, file: file, home: "/home/u")
    }

    static func problems(_ text: String) -> [ClusterFileError] {
        guard case .failure(let found) = read(text) else { return [] }
        return found.problems
    }

    @Test func everyKeyIsReadWithItsLine() throws {
        let file = try Self.read(
            """
            # site defaults
            cluster: lab
            account: def-site
            modules:
              distributed: [StdEnv/2023, gcc, openmpi]
              gpu: [StdEnv/2023, cuda/12]
            validate:
              format: json
              disable: [jg603, JG605, JG603]

            """
        ).get()
        #expect(file.settings["cluster"] == ConfigFile.Setting(value: .text("lab"), line: 2))
        #expect(file.settings["account"]?.value == .text("def-site"))
        #expect(file.settings["modules.distributed"] == ConfigFile.Setting(value: .texts(["StdEnv/2023", "gcc", "openmpi"]), line: 5))
        #expect(file.settings["modules.gpu"]?.line == 6 && file.settings["modules.whole-node"] == nil)
        #expect(file.settings["validate.format"] == ConfigFile.Setting(value: .text("json"), line: 8))
        #expect(file.settings["validate.disable"]?.value == .texts(["JG603", "JG605"]), "upper-cased, once each")
        #expect(file.settings.count == 6)
    }

    @Test func anEmptyFileOrOnlyCommentsSetsNothing() throws {
        #expect(try Self.read("").get().settings.isEmpty)
        #expect(try Self.read("# nothing yet\n").get().settings.isEmpty)
    }

    @Test func pathsAreTakenFromTheFilesDirectoryOrHome() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jobgen-config-\(UUID())")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let file = try Self.read(
            "cluster: profiles/lab.yaml\ntemplates: ./templates\n", file: root.appendingPathComponent("config.yaml").path
        ).get()
        #expect(file.settings["cluster"]?.value == .text(root.appendingPathComponent("profiles/lab.yaml").path))
        #expect(file.settings["templates"]?.value == .text(root.appendingPathComponent("templates").path))
        #expect(try Self.read("cluster: ~/p/lab.yaml\n").get().settings["cluster"]?.value == .text("/home/u/p/lab.yaml"))
    }

    @Test(
        "each problem names its line, key and kind",
        arguments: [
            ("acount: def-x\n", 1, "acount", ClusterFileError.Problem.unknownKey, "did you mean 'account'?"),
            ("modules:\n  cpu: [gcc]\n", 2, "modules.cpu", .unknownKey, "distributed, whole-node, gpu"),
            ("modules:\n  gpu: cuda\n", 2, "modules.gpu", .wrongType, "a list of text values"),
            ("validate: json\n", 1, "validate", .wrongType, "a mapping with keys format, disable"),
            ("account: [a, b]\n", 1, "account", .wrongType, "expected text"),
            ("validate:\n  format: xml\n", 2, "validate.format", .badValue, "accepted: text, json, gcc"),
            ("validate:\n  disable: [JG603, JG999]\n", 2, "validate.disable", .badValue, "'JG999' is not a rule code"),
            ("validate:\n  disable: [JG108]\n", 2, "validate.disable", .badValue, "cannot be disabled"),
            ("modules:\n  gpu: [cuda, 'a b']\n", 2, "modules.gpu", .badValue, "'a b' is not a module name"),
            ("modules:\n  gpu: []\n", 2, "modules.gpu", .badValue, "an empty list"),
            ("cluster: 'my lab'\n", 1, "cluster", .badValue, "not a profile name or a path"),
            ("templates: /nonexistent/templates\n", 1, "templates", .badValue, "is not a directory"),
            ("account: 'a b'\n", 1, "account", .badValue, "is not an account name"),
        ] as [(String, Int, String, ClusterFileError.Problem, String)])
    func problemsAreNamed(_ text: String, _ line: Int, _ key: String, _ kind: ClusterFileError.Problem, _ says: String)
        throws
    {
        let found = Self.problems(text)
        let problem = try #require(found.first, "no problem found in \(text)")
        #expect(found.count == 1, "\(found)")
        #expect(problem.file == "/etc/jobgen/config.yaml" && problem.line == line && problem.problem == kind)
        #expect(problem.key?.description == key, "\(problem)")
        #expect(problem.description.contains(says), "\(problem)")
        #expect(problem.description.hasPrefix("/etc/jobgen/config.yaml:\(line): \(key): "))
    }

    @Test func notYAMLAndRepeatedKeysAreNamedWithTheirLine() throws {
        let broken = try #require(Self.problems("account: x\nmodules: [\n").first)
        #expect(broken.problem == .notYAML && broken.line == 3)
        let twice = try #require(Self.problems("account: a\naccount: b\n").first)
        #expect(twice.problem == .notYAML && twice.description.contains("a key given twice"))
        let list = try #require(Self.problems("- account\n").first)
        #expect(list.problem == .wrongType && list.description.contains("expected a jobgen config file"))
    }

    @Test func shapeAndValueProblemsAreReportedTogetherOncePerKey() {
        let found = Self.problems("validate:\n  format: xml\nmodule: [a]\nmodules:\n  gpu: [cuda, [x]]\n")
        #expect(found.map(\.line) == [2, 3, 5] && found.map(\.problem) == [.badValue, .unknownKey, .wrongType])
        #expect(found.map { $0.key?.description } == ["validate.format", "module", "modules.gpu[1]"])
    }

    @Test func everyShapeProblemIsReportedInLineOrder() {
        let found = Self.problems("zz: 1\nvalidate:\n  format: [json]\naccount: {a: 1}\n")
        #expect(found.map(\.line) == [1, 3, 4] && found.map(\.problem) == [.unknownKey, .wrongType, .wrongType])
    }
}

@Suite("Config layers: built-in < site (JOBGEN_CONFIG) < user")
struct ConfigLayerTests {
    struct Tree {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jobgen-layers-\(UUID())")
        var site: String { root.appendingPathComponent("site.yaml").path }
        var user: String { root.appendingPathComponent("config/jobgen/config.yaml").path }

        func write(_ path: String, _ text: String) throws {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }

        func locations(site: String? = nil) -> ConfigLocations {
            ConfigLocations(environment: [
                "HOME": root.path, "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                "JOBGEN_CONFIG": site ?? self.site,
            ])
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func theUserFileOverTheSiteFileOverTheBuiltIns() throws {
        let tree = Tree()
        defer { tree.remove() }
        try tree.write(
            tree.site,
            "account: def-site\nmodules:\n  gpu: [cuda/12]\n  distributed: [gcc]\nvalidate:\n  disable: [JG603, JG605]\n")
        try tree.write(tree.user, "account: def-mine\nmodules:\n  gpu: [cuda/11, python]\nvalidate:\n  disable: []\n")
        let config = try EffectiveConfig.load(tree.locations()).get()
        #expect(config.account == "def-mine")
        #expect(config.setting("account")?.layer == .user(file: tree.user, line: 1))
        #expect(config.modules(for: .gpu) == ["cuda/11", "python"], "a list replaces the site's whole")
        #expect(config.modules(for: .distributed) == ["gcc"])
        #expect(config.setting("modules.distributed")?.layer == .site(file: tree.site, line: 4))
        #expect(config.modules(for: .wholeNode) == nil && config.setting("modules.whole-node")?.layer == .builtIn)
        #expect(config.disabledRules.isEmpty, "the user's [] clears the site's list")
        #expect(config.validateFormat == .text && config.setting("validate.format")?.layer == .builtIn)
        #expect(config.cluster == nil && config.templates == nil)
        #expect(config.settings.map(\.name) == ConfigFields.names)
    }

    @Test func withoutFilesEverySettingIsBuiltIn() throws {
        let tree = Tree()
        defer { tree.remove() }
        try tree.write(tree.site, "")
        let config = try EffectiveConfig.load(tree.locations()).get()
        #expect(config.settings.allSatisfy { $0.layer == .builtIn })
        #expect(config.setting("validate.disable")?.value == .texts([]) && config.account == nil)
    }

    @Test func aFileJobgenConfigNamesMustExistTheDefaultSiteFileNeedNot() throws {
        let tree = Tree()
        defer { tree.remove() }
        guard case .failure(let found) = EffectiveConfig.load(tree.locations()) else {
            Issue.record("a missing JOBGEN_CONFIG file was passed over")
            return
        }
        #expect(found.problems.map(\.description) == ["\(tree.site): JOBGEN_CONFIG names it, but it cannot be read"])
        let unnamed = ConfigLocations(environment: ["HOME": tree.root.path])
        #expect(unnamed.siteFile == "/etc/jobgen/config.yaml" && !unnamed.siteFileIsNamed)
        #expect(unnamed.userFile == "\(tree.root.path)/.config/jobgen/config.yaml")
    }

    @Test func devNullAsJobgenConfigIsNoSiteSettings() throws {
        let tree = Tree()
        defer { tree.remove() }
        let config = try EffectiveConfig.load(tree.locations(site: "/dev/null")).get()
        #expect(config.settings.allSatisfy { $0.layer == .builtIn })
        try FileManager.default.createDirectory(at: tree.root, withIntermediateDirectories: true)
        guard case .failure(let found) = EffectiveConfig.load(tree.locations(site: tree.root.path)) else {
            Issue.record("a directory was read as a config file")
            return
        }
        #expect(found.problems.first?.description.hasSuffix("JOBGEN_CONFIG names it, but it cannot be read") == true)
    }

    @Test func problemsOfBothFilesAreReportedTogether() throws {
        let tree = Tree()
        defer { tree.remove() }
        try tree.write(tree.site, "validate:\n  format: xml\n")
        try tree.write(tree.user, "acount: x\n")
        guard case .failure(let found) = EffectiveConfig.load(tree.locations()) else {
            Issue.record("bad files were accepted")
            return
        }
        #expect(Set(found.problems.map(\.file)) == [tree.site, tree.user])
    }

    @Test func theConfigGivesGeneratedJobsTheirAccountAndModules() throws {
        let config = EffectiveConfig(
            site: try ConfigFileTests.read("account: def-site\nmodules:\n  gpu: [cuda/12]\n").get(), user: nil)
        let gpu = try config.specDefaults(for: .gpu)
        #expect(gpu.account?.description == "def-site" && gpu.modules?.names == ["cuda/12"] && gpu.kind == .gpu)
        #expect(try config.specDefaults(for: .distributed).modules == nil)
        var flags = JobSpec(kind: .gpu)
        flags.account = try SlurmWord(slurm: "def-flag")
        let merged = gpu.overridden(by: flags)
        #expect(merged.account?.description == "def-flag" && merged.modules?.names == ["cuda/12"])
    }

    @Test("any bytes give settings or problems, never a crash", arguments: 0..<200)
    func fuzzedFile(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        let alphabet = Array(
            "cluster: account modules distributed gpu whole-node templates validate format disable JG603 [],{}-:'\"&*!|>#\n  \t/~.\u{0}\u{FF}"
                .utf8)
        // Odd seeds: any bytes at all; even ones: bytes that make YAML the loader gets further into.
        let bytes = (0..<Int(random.next() % 600)).map { _ in
            seed % 2 == 1 ? UInt8(truncatingIfNeeded: random.next()) : alphabet[Int(random.next() % UInt64(alphabet.count))]
        }
        switch ConfigFile.read(yaml: String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml", home: "/h") {
        case .success(let file): #expect(file.settings.keys.allSatisfy(ConfigFields.names.contains))
        case .failure(let found): #expect(!found.problems.isEmpty && found.problems.allSatisfy { $0.file == "fuzz.yaml" })
        }
    }
}
