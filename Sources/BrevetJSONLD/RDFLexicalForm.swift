import BrevetJSON

/// Canonical lexical forms of JSON numbers as `xsd:integer` and `xsd:double` literals.
///
/// [JSON-LD 1.1 API §8.6 Data Round Tripping](https://www.w3.org/TR/json-ld11-api/#data-round-tripping):
/// an integer is "a finite-length sequence of decimal digits ... with an optional leading minus
/// sign; leading zeros are prohibited"; a double "consists of a mantissa followed by the character
/// E, followed by an exponent ... Leading zeroes and a preceding plus sign (+) are prohibited in the
/// exponent. ... the mantissa must contain a decimal point followed by at least one digit ... trailing
/// zeroes are prohibited" (`1.1E0`, `1.0E21`).
///
/// The mantissa carries 16 significant digits, correctly rounded (ties away from zero) and then
/// stripped of trailing zeros: the specification's own example, ECMAScript
/// `toExponential(15)`, which widely deployed processors implement. Signatures made elsewhere over
/// a credential with a fractional number therefore verify here, and the other way round.
enum RDFLexicalForm {
    /// The canonical `xsd:double` form of `value`, e.g. `5.3E0`, `1.0E21`, `-1.2345E-7`.
    static func double(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-INF" : "INF") }
        if value == 0 { return value.sign == .minus ? "-0.0E0" : "0.0E0" }
        var (digits, exponent) = exactDecimal(value.magnitude)
        // Round to 16 significant digits; the 17th decides (ties round up, away from zero).
        if digits.count > 16 {
            let roundUp = digits[16] >= 5
            digits.removeSubrange(16...)
            if roundUp {
                var i = 15
                while i >= 0 {
                    if digits[i] == 9 { digits[i] = 0; i -= 1 } else { digits[i] += 1; break }
                }
                if i < 0 { digits.insert(1, at: 0); digits.removeLast(); exponent += 1 }
            }
        }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        var out = value.sign == .minus ? "-" : ""
        out.unicodeScalars.append(Unicode.Scalar(digits[0] + 0x30))
        out += "."
        if digits.count == 1 {
            out += "0"
        } else {
            for d in digits[1...] { out.unicodeScalars.append(Unicode.Scalar(d + 0x30)) }
        }
        out += "E"
        out += String(exponent)
        return out
    }

    /// The canonical `xsd:integer` form of an integral `value` (its exact decimal value; `-0` is `0`).
    static func integer(_ value: Double) -> String {
        if value.magnitude < 9.0e18 { return String(Int64(value)) }
        let (digits, exponent) = exactDecimal(value.magnitude)
        var out = value < 0 ? "-" : ""
        for i in 0...exponent { out.unicodeScalars.append(Unicode.Scalar((i < digits.count ? digits[i] : 0) + 0x30)) }
        return out
    }

    /// The canonical form of a JSON number: `xsd:double` when it has a non-zero fractional part, is
    /// at least 10^21 in magnitude, or `forceDouble` (the datatype is `xsd:double`); `xsd:integer`
    /// otherwise. Returns the lexical form and whether it is the double form.
    static func number(_ number: JSONNumber, forceDouble: Bool) -> (lexical: String, isDouble: Bool) {
        // Integers of up to 15 digits are exact in a double and canonical as JSON writes them.
        let text = number.text
        if !forceDouble, text.utf8.count <= 15, number.isIntegerLiteral {
            return (text == "-0" ? "0" : text, false)
        }
        let value = number.doubleValue
        if forceDouble || !value.isFinite || value.rounded(.towardZero) != value || value.magnitude >= 1e21 {
            return (double(value), true)
        }
        return (integer(value), false)
    }

    /// The exact decimal expansion of a positive finite double: its significant digits (0–9, no
    /// leading or trailing zeros) and the power of ten of the first one.
    static func exactDecimal(_ value: Double) -> (digits: [UInt8], exponent: Int) {
        // value = significand × 2^e, with an integer significand.
        var significand = value.significandBitPattern
        var e = Int(value.exponentBitPattern)
        if e == 0 { e = 1 - 1075 } else { significand |= 1 << 52; e -= 1075 }
        // An integer in base 10^9 limbs, least significant first.
        let base: UInt64 = 1_000_000_000
        var limbs: [UInt64] = [significand % base, significand / base % base, significand / base / base]
        func multiply(by factor: UInt64) {
            var carry: UInt64 = 0
            for i in limbs.indices {
                let p = limbs[i] * factor + carry
                limbs[i] = p % base
                carry = p / base
            }
            while carry > 0 { limbs.append(carry % base); carry /= base }
        }
        // e ≥ 0: value = significand × 2^e. e < 0: value = significand × 5^-e / 10^-e.
        var scale = 0
        if e >= 0 {
            var k = e
            while k >= 28 { multiply(by: 1 << 28); k -= 28 }
            if k > 0 { multiply(by: 1 << UInt64(k)) }
        } else {
            scale = -e
            var k = -e
            while k >= 13 { multiply(by: 1_220_703_125); k -= 13 }  // 5^13
            var rest: UInt64 = 1
            for _ in 0..<k { rest *= 5 }
            if rest > 1 { multiply(by: rest) }
        }
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
        var digits: [UInt8] = []
        digits.reserveCapacity(limbs.count * 9)
        for (n, limb) in limbs.reversed().enumerated() {
            var chunk = [UInt8](repeating: 0, count: 9)
            var v = limb
            for i in stride(from: 8, through: 0, by: -1) { chunk[i] = UInt8(v % 10); v /= 10 }
            if n == 0 {
                digits.append(contentsOf: chunk.drop { $0 == 0 })
            } else {
                digits.append(contentsOf: chunk)
            }
        }
        let exponent = digits.count - 1 - scale
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        return (digits, exponent)
    }
}
