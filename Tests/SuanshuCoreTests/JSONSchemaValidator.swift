import Foundation

/// The part of JSON Schema (2020-12) the output schema uses: type, const, enum, required,
/// properties, items, minItems, maxItems, minimum, minLength, pattern, oneOf and local
/// $ref. Returns every violation with its JSON path; none means valid.
struct JSONSchemaValidator {
    let root: [String: Any]

    init(schema data: Data) throws {
        root = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    func validate(_ instance: Any) -> [String] {
        var errors: [String] = []
        check(instance, against: root, at: "$", &errors)
        return errors
    }

    private func resolve(_ reference: String) -> [String: Any] {
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            node = (node as? [String: Any])?[String(part)] ?? [:]
        }
        return node as? [String: Any] ?? [:]
    }

    private func typeName(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if value is String { return "string" }
        if value is [Any] { return "array" }
        if value is [String: Any] { return "object" }
        // The output holds no booleans, so every NSNumber is a number.
        if let number = value as? NSNumber {
            return number.doubleValue.rounded() == number.doubleValue ? "integer" : "number"
        }
        return "unknown"
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, _ errors: inout [String]) {
        if let reference = schema["$ref"] as? String {
            check(value, against: resolve(reference), at: path, &errors)
        }
        let actual = typeName(value)
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String ?? ""]
            let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !ok { errors.append("\(path): \(actual), expected \(allowed.joined(separator: " or "))"); return }
        }
        if let constant = schema["const"], !equal(value, constant) { errors.append("\(path): not \(constant)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { equal(value, $0) }) {
            errors.append("\(path): \(value) not one of \(options)")
        }
        if let oneOf = schema["oneOf"] as? [[String: Any]] {
            let passing = oneOf.filter { option in
                var sub: [String] = []
                check(value, against: option, at: path, &sub)
                return sub.isEmpty
            }
            if passing.count != 1 { errors.append("\(path): matches \(passing.count) of oneOf, not 1") }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                errors.append("\(path): missing \(key)")
            }
            for (key, sub) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let member = object[key] { check(member, against: sub, at: "\(path).\(key)", &errors) }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { errors.append("\(path): fewer than \(minimum) items") }
            if let maximum = schema["maxItems"] as? Int, array.count > maximum { errors.append("\(path): more than \(maximum) items") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { check(item, against: items, at: "\(path)[\(index)]", &errors) }
            }
        }
        if let number = value as? NSNumber, let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
            errors.append("\(path): below \(minimum)")
        }
        if let string = value as? String {
            if let minimum = schema["minLength"] as? Int, string.count < minimum { errors.append("\(path): shorter than \(minimum)") }
            if let pattern = schema["pattern"] as? String,
               string.range(of: pattern, options: .regularExpression) == nil {
                errors.append("\(path): '\(string)' does not match \(pattern)")
            }
        }
    }

    private func equal(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case (let x as String, let y as String): x == y
        case (let x as NSNumber, let y as NSNumber): x == y
        case (is NSNull, is NSNull): true
        default: false
        }
    }
}
