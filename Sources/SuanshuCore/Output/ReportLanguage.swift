/// The language of the reports for people (`--lang`): English, or Chinese in the document's
/// own script. JSON and SARIF keep the English message: they are read by tools.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case en, zh

    /// The words of a report, in English or in Simplified or Traditional characters.
    public struct Words: Sendable {
        public let traditional: Bool
        let language: ReportLanguage

        func pick(_ en: String, _ hans: String, _ hant: String) -> String {
            language == .en ? en : traditional ? hant : hans
        }

        /// A name of the JSON (a relation, verdict, claim kind or subject field) in Chinese, in
        /// Simplified and Traditional characters; itself in English or when it has none.
        private func label(_ name: String, _ table: [String: (String, String)]) -> String {
            guard let (hans, hant) = table[name] else { return name }
            return pick(name, hans, hant)
        }

        public func relation(_ name: String) -> String { label(name, Self.relations) }
        public func verdict(_ verdict: String) -> String { label(verdict, Self.verdicts) }
        public func field(_ name: String) -> String { label(name, Self.fields) }
        public func kind(_ kind: String) -> String { label(kind, Self.kinds) }

        static let relations: [String: (String, String)] = [
            "sum": ("合计", "合計"), "share": ("占比", "佔比"), "growth": ("增速", "增速"),
            "aggregate-growth": ("总体增速", "總體增速"), "contribution": ("拉动", "拉動"),
            "restatement": ("重述", "重述"), "bound": ("约数", "約數"), "order": ("排序", "排序"),
            "difference": ("差值", "差值"), "average": ("平均", "平均"), "ratio": ("倍数", "倍數"),
        ]
        static let verdicts: [String: (String, String)] = [
            "inconsistent": ("不一致", "不一致"), "unverifiable": ("无法核实", "無法核實"), "consistent": ("一致", "一致"),
        ]
        static let fields: [String: (String, String)] = [
            "metric": ("指标", "指標"), "entity": ("主体", "主體"), "partner": ("对象", "對象"),
            "period": ("时期", "時期"), "basis": ("比较基准", "比較基準"), "measure": ("计价口径", "計價口徑"),
            "member": ("分组", "分組"), "unit": ("单位", "單位"),
        ]
        static let kinds: [String: (String, String)] = [
            "amount": ("数额", "數額"), "change": ("增减", "增減"), "growth": ("增速", "增速"),
            "share": ("比重", "比重"), "contribution": ("拉动", "拉動"), "rate": ("比率", "比率"),
            "count": ("数量", "數量"), "rank": ("排名", "排名"), "streak": ("连续", "連續"), "ratio": ("倍数", "倍數"),
        ]

        /// A link's one-line account in the report's language (the text's words and the
        /// grammar files quoted as they are).
        public func link(_ link: Link) -> String {
            guard language == .zh else { return link.summary }
            func fields(_ names: [String]) -> String { names.map(field).joined(separator: pick("", "、", "、")) }
            var pieces: [String] = []
            for e in link.evidence {
                switch e {
                case .frame(let name, let words, _): pieces.append(pick("", "句式", "句式") + " \(name) «\(words)»")
                case .partition(let file, let line): pieces.append(pick("", "构成规则", "構成規則") + " \(file):\(line)")
                case .fields(let equal, let stated, let carried):
                    var s = pick("", "相同字段：", "相同字段：") + (equal.isEmpty ? "—" : fields(equal))
                    if !stated.isEmpty { s += pick("", "（文中写明：", "（文中寫明：") + fields(stated) + "）" }
                    if !carried.isEmpty { s += pick("", "（沿用或默认：", "（沿用或默認：") + fields(carried) + "）" }
                    pieces.append(s)
                }
            }
            return (link.strength == .strong ? strongLink : weakLink) + "：" + pieces.joined(separator: "；")
        }

        public var at: String { pick("at", "位于", "位於") }
        public var strongLink: String { pick("strong link", "强关联", "強關聯") }
        public var weakLink: String { pick("weak link", "弱关联", "弱關聯") }

        /// The summary's counts and its inconsistent count (painted apart).
        public func summary(claims: Int, checks: Int, inconsistent: Int) -> (String, String) {
            if language == .en {
                return ("\(claims) claims, \(checks) checks — ", "\(inconsistent) inconsistent")
            }
            return (pick("", "\(claims)个数字，\(checks)项核对 — ", "\(claims)個數字，\(checks)項核對 — "),
                    pick("", "\(inconsistent)项不一致", "\(inconsistent)項不一致"))
        }

        public func restOfSummary(unverifiable: Int, consistent: Int) -> String {
            pick(", \(unverifiable) unverifiable, \(consistent) consistent",
                 "，\(unverifiable)项无法核实，\(consistent)项一致",
                 "，\(unverifiable)項無法核實，\(consistent)項一致")
        }

        public func alone(_ count: Int, of total: Int) -> String {
            pick("\(count) of \(total) claims are in no check (no relation to another figure was found for them):",
                 "\(total)个数字中有\(count)个未参与核对（未找到与其他数字的关系）：",
                 "\(total)個數字中有\(count)個未參與核對（未找到與其他數字的關係）：")
        }
    }

    /// The words for a document written in `script` (Hant gets Traditional characters).
    public func words(script: Script) -> Words {
        Words(traditional: script == .traditional, language: self)
    }

    /// A check's message for a person: its own (English) message, or one in Chinese.
    public func message(_ check: Check, in document: AnalyzedDocument) -> String {
        guard self == .zh else { return check.message }
        let figures = document.claims(of: check).map { (id: $0.id, text: document.text(of: $0), unit: $0.unit) }
        return Self.chineseMessage(
            figures: figures, statedID: check.statedClaim,
            expected: check.expected.map { ($0.low?.doubleValue, $0.high?.doubleValue) }, stated: check.stated?.doubleValue,
            verdict: check.verdict.rawValue, traditional: document.text.script == .traditional)
    }

    /// A check's message in Chinese, made from its figures rather than translated: what the
    /// text states, what the other figures give for it, and by how much they differ. Values
    /// are written like the stated figure: its magnitude and unit words, one digit finer.
    public static func chineseMessage(figures: [(id: String, text: String, unit: String)], statedID: String?,
                                      expected: (low: Double?, high: Double?)?, stated: Double?,
                                      verdict: String, traditional: Bool) -> String {
        func pick(_ hans: String, _ hant: String) -> String { traditional ? hant : hans }
        let statedFigure = figures.first { $0.id == statedID }
        let others = figures.filter { $0.id != statedID }.map(\.text)
        let style = statedFigure.map { FigureStyle($0.text, unit: $0.unit, value: stated, traditional: traditional) }
            ?? FigureStyle(traditional: traditional)
        var out = ""
        if let statedFigure { out += pick("文中为", "文中為") + statedFigure.text }
        if let expected, expected.low != nil || expected.high != nil {
            let range: String
            switch (expected.low, expected.high) {
            case (let l?, let h?):
                let (low, high) = (style.write(l), style.write(h))
                range = low == high ? low : low + "–" + high
            case (let l?, nil): range = pick("不低于", "不低於") + style.write(l)
            case (nil, let h?): range = pick("不高于", "不高於") + style.write(h)
            default: range = ""
            }
            if !out.isEmpty { out += "；" }
            out += (others.isEmpty ? "" : pick("据", "據") + others.joined(separator: "、")) + pick("推算应为", "推算應為") + range
            if verdict == "inconsistent", let stated {
                let below = expected.low.flatMap { stated < $0 ? $0 - stated : nil }
                let above = expected.high.flatMap { stated > $0 ? stated - $0 : nil }
                if let d = below ?? above { out += "，相差" + style.write(d) }
            }
        } else if !others.isEmpty {
            if !out.isEmpty { out += "；" }
            out += pick("相关数字：", "相關數字：") + others.joined(separator: "、")
        }
        return out
    }

    /// How the stated figure writes its number: the power of ten its magnitude words stand
    /// for (亿 8, 十億 9), its decimals, and the words after the number (万亿元 of 43.85万亿元).
    struct FigureStyle {
        var exponent: Int? = nil
        var decimals = 1
        var words = ""
        var unit = ""
        let traditional: Bool

        init(traditional: Bool) { self.traditional = traditional }

        init(_ text: String, unit: String, value: Double?, traditional: Bool) {
            self.traditional = traditional
            self.unit = unit
            // The first run of digits (ASCII or full-width), with its separators and point.
            var digits = "", after = "", seenDigit = false, ended = false
            for scalar in text.unicodeScalars {
                var c = scalar
                if (0xFF01...0xFF5E).contains(c.value) { c = Unicode.Scalar(c.value - 0xFEE0)! }
                if ended { after.unicodeScalars.append(scalar); continue }
                if ("0"..."9").contains(c) { digits.unicodeScalars.append(c); seenDigit = true }
                else if seenDigit && (c == "." || c == ",") { if c == "." { digits.unicodeScalars.append(c) } }
                else if seenDigit { ended = true; after.unicodeScalars.append(scalar) }
            }
            guard let number = Double(digits), number > 0 else { return }
            decimals = (digits.split(separator: ".").dropFirst().first?.count ?? 0) + 1
            if unit == "%" || unit == "pp" { return }
            if let value, value > 0 {
                // value = number × 10^exponent
                var ratio = value / number, e = 0
                while ratio >= 5 { ratio /= 10; e += 1 }
                exponent = e
            }
            while let last = after.unicodeScalars.last, "多余餘左右".unicodeScalars.contains(last) { after.unicodeScalars.removeLast() }
            words = after
        }

        func write(_ value: Double) -> String {
            switch unit {
            case "%": return Checker.Context.fixed(value, decimals) + "%"
            case "pp": return Checker.Context.fixed(value, decimals) + (traditional ? "個百分點" : "个百分点")
            default:
                if let exponent {
                    var shown = value
                    for _ in 0..<exponent { shown /= 10 }
                    return Checker.Context.fixed(shown, decimals) + words
                }
                let magnitude = abs(value)
                let (scale, word): (Double, String) =
                    magnitude >= 1e12 ? (1e12, traditional ? "萬億" : "万亿") :
                    magnitude >= 1e8 ? (1e8, traditional ? "億" : "亿") :
                    magnitude >= 1e4 ? (1e4, traditional ? "萬" : "万") : (1, "")
                return ReportLanguage.trimmed(value / scale, 3) + word
            }
        }
    }

    /// At most `places` decimals, without trailing zeros.
    static func trimmed(_ x: Double, _ places: Int) -> String {
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        let rounded = (x * factor).rounded() / factor
        var s = String(rounded)
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }
}
