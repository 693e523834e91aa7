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
        // Every byte with a meaning here (quote, comma, CR, LF) is ASCII, so the UTF-8 bytes can be scanned
        // directly; field bytes are decoded once per field.
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var afterQuote = false
        var i = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterQuote = false
        }
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if inQuotes {
                if c == quote {
                    if i < bytes.count, bytes[i] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if c == lf { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case comma:
                endField()
            case cr, lf:
                if c == cr, i < bytes.count, bytes[i] == lf { i += 1 }
                let blank = fields.isEmpty && field.isEmpty && !wasQuoted
                endField()
                if !blank { records.append(Record(line: recordLine, fields: fields)) }
                fields.removeAll()
                line += 1
                recordLine = line
            case quote:
                guard field.isEmpty, !wasQuoted else {
                    throw AwardingError(.invalidCSV, "a double quote inside an unquoted field; quote the whole field and double the quote", line: line)
                }
                inQuotes = true
                wasQuoted = true
            default:
                guard !afterQuote else { throw AwardingError(.invalidCSV, "text after the closing quote of a field", line: line) }
                field.append(c)
            }
        }
        guard !inQuotes else { throw AwardingError(.invalidCSV, "a quoted field is never closed", line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || wasQuoted {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
