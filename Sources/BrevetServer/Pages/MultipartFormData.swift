/// A small, bounded reader of `multipart/form-data` request bodies
/// ([RFC 7578](https://www.rfc-editor.org/rfc/rfc7578)): enough for the verification form's two
/// fields. The body has already been size-limited by the caller.
struct MultipartFormData {
    struct Part {
        var name: String
        var filename: String?
        var body: [UInt8]
    }

    var parts: [Part] = []

    init?(body: [UInt8], contentType: String) {
        guard let b = contentType.split(separator: ";").map({ String($0).trimmingSpaces }).first(where: { $0.hasPrefix("boundary=") }) else { return nil }
        var boundary = String(b.dropFirst("boundary=".count))
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 { boundary = String(boundary.dropFirst().dropLast()) }
        guard !boundary.isEmpty, boundary.count <= 200 else { return nil }
        let delimiter = Array(("--" + boundary).utf8)
        var positions: [Int] = []
        var i = 0
        while let p = Self.find(delimiter, in: body, from: i) {
            positions.append(p)
            i = p + delimiter.count
            if positions.count > 64 { return nil }
        }
        guard positions.count >= 2 else { return nil }
        for (start, end) in zip(positions, positions.dropFirst()) {
            var partStart = start + delimiter.count
            // skip CRLF after the delimiter
            if partStart + 1 < body.count, body[partStart] == 0x0D, body[partStart + 1] == 0x0A { partStart += 2 }
            var partEnd = end
            if partEnd >= 2, body[partEnd - 2] == 0x0D, body[partEnd - 1] == 0x0A { partEnd -= 2 }
            guard partStart <= partEnd else { continue }
            let part = Array(body[partStart..<partEnd])
            guard let headerEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: part, from: 0) else { continue }
            let headers = String(decoding: part[..<headerEnd], as: UTF8.self)
            let content = Array(part[(headerEnd + 4)...])
            var name: String?
            var filename: String?
            for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                for param in line.split(separator: ";").map({ String($0).trimmingSpaces }) {
                    if param.hasPrefix("name=") { name = Self.unquote(param.dropFirst(5)) }
                    if param.hasPrefix("filename=") { filename = Self.unquote(param.dropFirst(9)) }
                }
            }
            if let name { parts.append(Part(name: name, filename: filename, body: content)) }
        }
    }

    static func unquote(_ s: Substring) -> String {
        var s = s
        if s.hasPrefix("\""), s.hasSuffix("\""), s.count >= 2 { s = s.dropFirst().dropLast() }
        return String(s)
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var i = start
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == needle[0] {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}

/// Fields of an `application/x-www-form-urlencoded` body.
struct URLEncodedFormFields {
    var fields: [String: String] = [:]

    init(_ text: String) {
        for pair in text.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let k = kv.first else { continue }
            fields[Self.decode(k)] = kv.count > 1 ? Self.decode(kv[1]) : ""
        }
    }

    subscript(key: String) -> String? { fields[key] }

    static func decode(_ s: Substring) -> String {
        var bytes: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let c = it.popFirst() {
            if c == UInt8(ascii: "+") { bytes.append(0x20); continue }
            if c == UInt8(ascii: "%"), it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
                continue
            }
            bytes.append(c)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
