import Glibc

/// A document written straight into the Arrow columns, field by field, as `DocumentJSON`
/// writes its members: the columns are found by name once, and a claim's twenty values go
/// each to its column without the member-by-member dispatch of `ArrowRows` (which is three
/// times slower than the JSON writer). A test compares the stream with the JSON on every
/// fixture, so the two cannot drift apart unseen.
final class ArrowDocumentColumns {
    let root: ArrowColumn

    private let schema, source, script, encoding: ArrowColumn
    private let sentences, sentence, sentenceID: ArrowColumn
    private let claims, claim, claimID, kind, value, decimal, unit, qualifier, interval, intervalItem, text: ArrowColumn
    private let span, spanStart, spanEnd, claimSentence, subject, metric, entity, partner, subjectText: ArrowColumn
    private let period, periodText, periodFrom, periodTo, basis, measure: ArrowColumn
    private let checks, check, checkID, relation, verdict, checkClaims, checkClaim, expected, expectedItem, stated, message: ArrowColumn
    private let link, strength, evidence, item, evidenceSource, equal, equalItem, statedNames, statedItem, carried, carriedItem: ArrowColumn
    private let name, words, evidenceSpan, evidenceStart, evidenceEnd, file, line: ArrowColumn
    private let diagnostics, diagnostic, severity, code, diagnosticMessage, diagnosticSpan, diagnosticStart, diagnosticEnd: ArrowColumn

    init(_ root: ArrowColumn) {
        self.root = root
        func child(_ column: ArrowColumn, _ name: String) -> ArrowColumn {
            column.children[column.childNames.firstIndex { $0.elementsEqual(name.utf8) }!]
        }
        (schema, source, script, encoding) = (child(root, "schema"), child(root, "source"), child(root, "script"), child(root, "encoding"))
        sentences = child(root, "sentences"); sentence = sentences.children[0]; sentenceID = child(sentence, "id")
        claims = child(root, "claims"); claim = claims.children[0]
        (claimID, kind, value, decimal) = (child(claim, "id"), child(claim, "kind"), child(claim, "value"), child(claim, "decimal"))
        (unit, qualifier, interval, text) = (child(claim, "unit"), child(claim, "qualifier"), child(claim, "interval"), child(claim, "text"))
        intervalItem = interval.children[0]
        span = child(claim, "span"); spanStart = child(span, "start"); spanEnd = child(span, "end")
        claimSentence = child(claim, "sentence")
        subject = child(claim, "subject")
        (metric, entity, partner, subjectText) = (child(subject, "metric"), child(subject, "entity"), child(subject, "partner"), child(subject, "text"))
        period = child(claim, "period")
        (periodText, periodFrom, periodTo) = (child(period, "text"), child(period, "from"), child(period, "to"))
        (basis, measure) = (child(claim, "basis"), child(claim, "measure"))
        checks = child(root, "checks"); check = checks.children[0]
        (checkID, relation, verdict) = (child(check, "id"), child(check, "relation"), child(check, "verdict"))
        checkClaims = child(check, "claims"); checkClaim = checkClaims.children[0]
        expected = child(check, "expected"); expectedItem = expected.children[0]
        (stated, message) = (child(check, "stated"), child(check, "message"))
        link = child(check, "link"); strength = child(link, "strength")
        evidence = child(link, "evidence"); item = evidence.children[0]
        evidenceSource = child(item, "source")
        equal = child(item, "equal"); equalItem = equal.children[0]
        statedNames = child(item, "stated"); statedItem = statedNames.children[0]
        carried = child(item, "carried"); carriedItem = carried.children[0]
        (name, words, file, line) = (child(item, "name"), child(item, "words"), child(item, "file"), child(item, "line"))
        evidenceSpan = child(item, "span"); evidenceStart = child(evidenceSpan, "start"); evidenceEnd = child(evidenceSpan, "end")
        diagnostics = child(root, "diagnostics"); diagnostic = diagnostics.children[0]
        (severity, code, diagnosticMessage) = (child(diagnostic, "severity"), child(diagnostic, "code"), child(diagnostic, "message"))
        diagnosticSpan = child(diagnostic, "span")
        (diagnosticStart, diagnosticEnd) = (child(diagnosticSpan, "start"), child(diagnosticSpan, "end"))
        precondition(root.children.count == 8 && claim.children.count == 14 && check.children.count == 8 && item.children.count == 9
                     && diagnostic.children.count == 4, "the Arrow schema and its encoder disagree")
    }

    /// Appends the document as a row.
    func append(_ document: AnalyzedDocument) {
        let text = document.text
        root.openStructRow()
        put(schema, DocumentJSON.schema)
        put(source, document.source)
        put(script, text.script.rawValue)
        put(encoding, text.original.encoding)
        for id in document.segmentation.sentences.indices {
            sentence.openStructRow()
            sentenceID.append(Int64(id))
        }
        sentences.closeListRow()
        text.original.utf16.withUnsafeBufferPointer { original in
            var utf8: [UInt8] = []
            for c in document.claims { append(c, text, original, &utf8) }
        }
        claims.closeListRow()
        for k in document.checks { append(k) }
        checks.closeListRow()
        for d in document.diagnostics {
            diagnostic.openStructRow()
            put(severity, d.severity.rawValue)
            put(code, d.code)
            put(diagnosticMessage, d.message)
            put(diagnosticSpan, diagnosticStart, diagnosticEnd, d.span)
        }
        diagnostics.closeListRow()
    }

    private func append(_ c: Claim, _ text: NormalizedText, _ original: UnsafeBufferPointer<UInt16>, _ utf8: inout [UInt8]) {
        claim.openStructRow()
        put(claimID, letter: UInt8(ascii: "c"), c.number + 1)
        put(kind, c.kind.rawValue)
        Self.withDigits(of: c.value) { digits in
            value.append(Self.double(digits))
            decimal.append(utf8: digits)
        }
        put(unit, c.unit)
        put(qualifier, c.qualifier.rawValue)
        put(interval, intervalItem, c.interval)
        let range = text.originalUTF16Range(c.range)
        utf8.removeAll(keepingCapacity: true)
        _ = transcode(UnsafeBufferPointer(rebasing: original[range]).makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { utf8.append($0) }
        utf8.withUnsafeBufferPointer { self.text.append(utf8: $0) }
        put(span, spanStart, spanEnd, text.original.span(utf16: range))
        claimSentence.append(Int64(c.sentence))
        if let s = c.subject {
            subject.openStructRow()
            put(metric, s.metric)
            put(entity, s.entity)
            put(partner, s.partner)
            put(subjectText, s.text)
        } else {
            subject.appendNull()
        }
        if let p = c.period, !p.yearUnknown {
            period.openStructRow()
            put(periodText, p.text)
            put(periodFrom, date: p.from)
            put(periodTo, date: p.to)
        } else {
            period.appendNull()
        }
        put(basis, c.basis)
        put(measure, c.measure)
    }

    private func append(_ k: Check) {
        check.openStructRow()
        put(checkID, k.id)
        put(relation, k.relation)
        put(verdict, k.verdict.rawValue)
        for id in k.claims { put(checkClaim, id) }
        checkClaims.closeListRow()
        if let e = k.expected { put(expected, expectedItem, e) } else { expected.appendNull() }
        if let s = k.stated { Self.withDigits(of: s) { stated.append(Self.double($0)) } } else { stated.appendNull() }
        put(message, k.message)
        link.openStructRow()
        put(strength, k.link.strength.rawValue)
        for e in k.link.evidence {
            item.openStructRow()
            switch e {
            case .frame(let frameName, let frameWords, let frameSpan):
                put(evidenceSource, "frame")
                for list in [equal, statedNames, carried] { list.appendNull() }
                put(name, frameName)
                put(words, frameWords)
                put(evidenceSpan, evidenceStart, evidenceEnd, frameSpan)
                file.appendNull()
                line.appendNull()
            case .partition(let partitionFile, let partitionLine):
                put(evidenceSource, "partition")
                for column in [equal, statedNames, carried, name, words, evidenceSpan] { column.appendNull() }
                put(file, partitionFile)
                line.append(Int64(partitionLine))
            case .fields(let equalNames, let stated, let carriedNames):
                put(evidenceSource, "fields")
                for (list, itemColumn, names) in [(equal, equalItem, equalNames), (statedNames, statedItem, stated), (carried, carriedItem, carriedNames)] {
                    for n in names { put(itemColumn, n) }
                    list.closeListRow()
                }
                for column in [name, words, evidenceSpan, file, line] { column.appendNull() }
            }
        }
        evidence.closeListRow()
    }

    private func put(_ column: ArrowColumn, _ string: String?) {
        guard var string else { return column.appendNull() }
        string.withUTF8 { column.append(utf8: $0) }
    }

    private func put(_ column: ArrowColumn, letter: UInt8, _ number: Int) {
        var text = String(number)
        text.withUTF8 { digits in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: digits.count + 1) { buffer in
                buffer[0] = letter
                for (k, d) in digits.enumerated() { buffer[k + 1] = d }
                column.append(utf8: UnsafeBufferPointer(buffer))
            }
        }
    }

    private func put(_ column: ArrowColumn, date: CalendarDate) {
        put(column, date.description)
    }

    private func put(_ structure: ArrowColumn, _ start: ArrowColumn, _ end: ArrowColumn, _ span: Span?) {
        guard let span else { return structure.appendNull() }
        structure.openStructRow()
        start.append(Int64(span.start))
        end.append(Int64(span.end))
    }

    private func put(_ list: ArrowColumn, _ item: ArrowColumn, _ interval: Interval) {
        for bound in [interval.low, interval.high] {
            if let bound { Self.withDigits(of: bound) { item.append(Self.double($0)) } } else { item.appendNull() }
        }
        list.closeListRow()
    }

    /// The decimal as the JSON writes it.
    static func withDigits(of value: ExactDecimal, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.longestText + 1) { buffer in
            let n = value.write(to: buffer.baseAddress!)
            body(UnsafeBufferPointer(rebasing: buffer[..<n]))
        }
    }

    /// The double a JSON reader makes of the digits (strtod: correctly rounded).
    static func double(_ digits: UnsafeBufferPointer<UInt8>) -> Double {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: digits.count + 1) { buffer in
            for (k, byte) in digits.enumerated() { buffer[k] = CChar(bitPattern: byte) }
            buffer[digits.count] = 0
            return strtod(buffer.baseAddress!, nil)
        }
    }
}
