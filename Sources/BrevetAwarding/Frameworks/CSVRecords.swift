/// An RFC 4180 CSV reader: comma-separated fields, CRLF or LF record ends, fields in double quotes may
/// hold commas, line breaks and doubled quotes (`""`).
///
/// [RFC 4180 §2](https://www.rfc-editor.org/rfc/rfc4180#section-2): "If double-quotes are used to enclose
/// fields, then a double-quote appearing inside a field must be escaped by preceding it with another
/// double quote." A quote inside an unquoted field, text after a closing quote, or a quote left open is
/// ``AwardingError/Code/invalidCSV`` naming the line.
enum CSVRecords {
    struct Record {
        /// 1-based line where the record starts.
        var line: Int
        var fields: [String]
    }

    static func parse(_ text: String) throws(AwardingError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [Unicode.Scalar] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var afterQuote = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endField() {
            fields.append(String(String.UnicodeScalarView(field)))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterQuote = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    inQuotes = false
                    afterQuote = true
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case ",":
                endField()
            case "\r", "\n":
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endField()
                if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { records.append(Record(line: recordLine, fields: fields)) }
                fields.removeAll()
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty, !wasQuoted else {
                    throw AwardingError(.invalidCSV, "a double quote inside an unquoted field; quote the whole field and double the quote", line: line)
                }
                inQuotes = true
                wasQuoted = true
            default:
                guard !afterQuote else {
                    throw AwardingError(.invalidCSV, "text after the closing quote of a field", line: line)
                }
                field.append(c)
            }
            i += 1
        }
        guard !inQuotes else { throw AwardingError(.invalidCSV, "a quoted field is never closed", line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || wasQuoted {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
