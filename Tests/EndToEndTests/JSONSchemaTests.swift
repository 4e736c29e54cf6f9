import Foundation
import Testing
import StoryMerge

/// The JSON contract: `docs/storymerge-report.schema.json` (JSON Schema draft 2020-12) describes
/// what `storymerge cluster --format json` and `storymerge merge --format json` write.
///
/// Real outputs are validated twice: always by `SchemaValidator` (the subset of JSON Schema the
/// schema uses), and by Python's `jsonschema` package when `python3` has it.
@Suite struct JSONSchemaTests {
    static let schemaURL = Fixtures.root.appendingPathComponent("docs/storymerge-report.schema.json")

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: schemaURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The JSON documents the CLI writes for seeds/ and Samples/, by name.
    static func outputs() throws -> [(name: String, text: String)] {
        var result: [(String, String)] = []
        for input in ["seeds", "Samples"] {
            let cluster = try CommandLineTests.run(["cluster", input, "--format", "json"])
            #expect(cluster.status == 0, "cluster \(input): \(cluster.error)")
            result.append(("cluster \(input)", cluster.output))
            let folder = try Fixtures.temporaryFolder()
            let merge = try CommandLineTests.run(["merge", input, "--format", "json", "--output", folder.path, "--quiet"])
            #expect(merge.status == 0, "merge \(input): \(merge.error)")
            result.append(("merge \(input)", try String(contentsOf: folder.appendingPathComponent("stories.json"), encoding: .utf8)))
        }
        return result
    }

    @Test func schemaIsVersionedWithTheReport() throws {
        let schema = try Self.schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let properties = try #require(schema["properties"] as? [String: Any])
        let version = try #require(properties["schemaVersion"] as? [String: Any])
        #expect((version["const"] as? NSNumber)?.intValue == RunReport.currentSchemaVersion,
                "RunReport.currentSchemaVersion changed: update docs/storymerge-report.schema.json and its const")
    }

    @Test func realOutputsFollowTheSchema() throws {
        let validator = try SchemaValidator(schema: Self.schema())
        for output in try Self.outputs() {
            let document = try JSONSerialization.jsonObject(with: Data(output.text.utf8))
            let problems = validator.validate(document)
            #expect(problems.isEmpty, "\(output.name): \(problems.prefix(5).joined(separator: "; "))")
        }
    }

    @Test func realOutputsAccountForEveryInputOnce() throws {
        for output in try Self.outputs() {
            let report = try JSONDecoder().decode(RunReport.self, from: Data(output.text.utf8))
            #expect(Set(report.inputs.map(\.path)).count == report.inputs.count, "\(output.name): an input is listed twice")
            let clustered = report.clusters.flatMap(\.articleIDs)
            #expect(clustered.sorted() == report.articles.map(\.id).sorted(), "\(output.name): every article belongs to exactly one cluster")
            for record in report.inputs where record.status == .skipped {
                #expect(record.reason != nil, "\(output.name): \(record.path) is skipped without a reason")
            }
        }
    }

    @Test func validatorRejectsBrokenDocuments() throws {
        let validator = try SchemaValidator(schema: Self.schema())
        let text = try #require(try Self.outputs().first { $0.name == "merge seeds" }?.text)
        func mutated(_ change: (inout [String: Any]) -> Void) throws -> [String] {
            var document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            change(&document)
            return validator.validate(document)
        }
        #expect(try mutated { _ in }.isEmpty)
        #expect(try mutated { $0["schemaVersion"] = nil }.contains { $0.contains("schemaVersion") })
        #expect(try mutated { $0["schemaVersion"] = 2 }.contains { $0.contains("schemaVersion") })
        #expect(try mutated { $0["extra"] = true }.contains { $0.contains("extra") })
        #expect(try mutated { $0["inputs"] = "none" }.contains { $0.contains("/inputs") })
        #expect(try mutated { document in
            var stories = document["stories"] as! [[String: Any]]
            stories[0]["firstDay"] = "April 1"
            document["stories"] = stories
        }.contains { $0.contains("/stories/0/firstDay") })
        #expect(try mutated { document in
            var inputs = document["inputs"] as! [[String: Any]]
            inputs[0]["status"] = "lost"
            document["inputs"] = inputs
        }.contains { $0.contains("/inputs/0/status") })
    }

    @Test(.enabled(if: Python.hasJSONSchema, "python3 with the jsonschema package not found; the Swift validator still ran"))
    func pythonJSONSchemaAgrees() throws {
        let folder = try Fixtures.temporaryFolder()
        var paths: [String] = []
        for (number, output) in try Self.outputs().enumerated() {
            let file = folder.appendingPathComponent("output-\(number).json")
            try output.text.write(to: file, atomically: true, encoding: .utf8)
            paths.append(file.path)
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            bad = 0
            for path in sys.argv[2:]:
                for error in validator.iter_errors(json.load(open(path))):
                    bad += 1
                    print(path, "/".join(map(str, error.absolute_path)), error.message)
            sys.exit(1 if bad else 0)
            """
        let result = try Python.run(["-c", script, Self.schemaURL.path] + paths)
        #expect(result.status == 0, "jsonschema: \(result.output)")
    }
}

/// Runs `python3` when present.
enum Python {
    static let hasJSONSchema: Bool = (try? run(["-c", "import jsonschema"]).status) == 0

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A validator for the subset of JSON Schema (draft 2020-12) the report schema uses:
/// `type`, `required`, `properties`, `additionalProperties`, `items`, `enum`, `const`,
/// `pattern`, `minimum`, `maximum` and local `$ref`s into `$defs`. Other keywords are refused at
/// construction, so the schema cannot quietly grow past what this checks.
struct SchemaValidator {
    static let supported: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "required", "properties",
        "additionalProperties", "items", "enum", "const", "pattern", "minimum", "maximum",
    ]

    let root: [String: Any]

    init(schema: [String: Any]) throws {
        root = schema
        try Self.checkKeywords(schema, at: "#")
    }

    private static func checkKeywords(_ schema: [String: Any], at path: String) throws {
        for key in schema.keys where !supported.contains(key) {
            throw ValidatorError(message: "\(path) uses \(key), which SchemaValidator does not check; extend it")
        }
        for (key, value) in schema {
            switch key {
            case "properties", "$defs":
                for (name, sub) in value as? [String: Any] ?? [:] {
                    if let sub = sub as? [String: Any] { try checkKeywords(sub, at: "\(path)/\(key)/\(name)") }
                }
            case "items", "additionalProperties":
                if let sub = value as? [String: Any] { try checkKeywords(sub, at: "\(path)/\(key)") }
            default: break
            }
        }
    }

    struct ValidatorError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The problems found, each as `JSON-pointer: what is wrong`; empty when valid.
    func validate(_ value: Any) -> [String] {
        var problems: [String] = []
        check(value, against: root, at: "", problems: &problems)
        return problems
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/$defs/") else { return nil }
        return (root["$defs"] as? [String: Any])?[String(reference.dropFirst(8))] as? [String: Any]
    }

    private static func isInteger(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return number.doubleValue.rounded() == number.doubleValue
    }

    private static func typeMatches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "integer": return !(value is String) && isInteger(value)
        case "number": return !(value is String) && value is NSNumber
        case "boolean": return value is Bool
        case "null": return value is NSNull
        default: return false
        }
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if let a = a as? String, let b = b as? String { return a == b }
        if let a = a as? NSNumber, let b = b as? NSNumber { return a.doubleValue == b.doubleValue }
        return false
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, problems: inout [String]) {
        let here = path.isEmpty ? "/" : path
        if let reference = schema["$ref"] as? String {
            guard let target = resolve(reference) else {
                problems.append("\(here): unresolvable $ref \(reference)")
                return
            }
            check(value, against: target, at: path, problems: &problems)
        }
        if let type = schema["type"] as? String, !Self.typeMatches(value, type) {
            problems.append("\(here): expected \(type), got \(Swift.type(of: value))")
            return
        }
        if let constant = schema["const"], !Self.equal(value, constant) {
            problems.append("\(here): expected the constant \(constant), got \(value)")
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
            problems.append("\(here): \(value) is not one of \(options)")
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String {
            let matches = (try? NSRegularExpression(pattern: pattern))?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            if !matches { problems.append("\(here): \"\(text)\" does not match \(pattern)") }
        }
        if let number = value as? NSNumber, !(value is String) {
            if let minimum = schema["minimum"] as? NSNumber, number.doubleValue < minimum.doubleValue {
                problems.append("\(here): \(number) is below the minimum \(minimum)")
            }
            if let maximum = schema["maximum"] as? NSNumber, number.doubleValue > maximum.doubleValue {
                problems.append("\(here): \(number) is above the maximum \(maximum)")
            }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path)/\(key): required key missing")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                if let sub = properties[key] as? [String: Any] {
                    check(object[key]!, against: sub, at: "\(path)/\(key)", problems: &problems)
                } else if let additional = schema["additionalProperties"] {
                    if let allowed = additional as? Bool, !allowed {
                        problems.append("\(path)/\(key): key not allowed by the schema")
                    } else if let sub = additional as? [String: Any] {
                        check(object[key]!, against: sub, at: "\(path)/\(key)", problems: &problems)
                    }
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                check(element, against: items, at: "\(path)/\(index)", problems: &problems)
            }
        }
    }
}
