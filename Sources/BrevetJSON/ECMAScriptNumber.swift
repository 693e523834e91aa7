/// Formats a double the way ECMAScript's `Number.prototype.toString()` does
/// ([ECMA-262 §6.1.6.1.20](https://tc39.es/ecma262/#sec-numeric-types-number-tostring)), which is
/// the number serialization RFC 8785 mandates
/// ([RFC 8785 §3.2.2.3](https://www.rfc-editor.org/rfc/rfc8785#section-3.2.2.3)).
///
/// Swift's `description` already yields the shortest digit string that round-trips; this type
/// only moves the decimal point and writes the exponent the ECMAScript way.
public enum ECMAScriptNumber {
    public static func format(_ value: Double) -> String {
        precondition(value.isFinite)
        if value == 0 { return "0" }  // "-0" is written as "0" as well
        let negative = value < 0
        let (digits, exponent) = shortestDigits(abs(value))
        // value = 0.d1d2...dk × 10^n, with n = exponent (ECMAScript's n)
        let k = digits.count
        let n = exponent
        var out = negative ? "-" : ""
        if k <= n && n <= 21 {
            out += digits
            out += String(repeating: "0", count: n - k)
        } else if 0 < n && n <= 21 {
            out += digits.prefix(n)
            out += "."
            out += digits.dropFirst(n)
        } else if -6 < n && n <= 0 {
            out += "0."
            out += String(repeating: "0", count: -n)
            out += digits
        } else {
            let e = n - 1
            out += digits.prefix(1)
            if k > 1 {
                out += "."
                out += digits.dropFirst(1)
            }
            out += e >= 0 ? "e+\(e)" : "e-\(-e)"
        }
        return out
    }

    /// The shortest round-trip decimal digits of a positive finite double, and the exponent `n` such
    /// that value = 0.digits × 10^n.
    static func shortestDigits(_ value: Double) -> (String, Int) {
        // Swift prints e.g. "1.0", "0.001", "1e-07", "1.2345e+20", "5e-324".
        let text = value.description
        var mantissa = Substring(text)
        var exp10 = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp10 = Int(text[text.index(after: e)...])!
        }
        var intPart = mantissa
        var fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(intPart) + String(fracPart)
        var pointPosition = intPart.count + exp10  // digits "d1d2..." with the point after this many
        // strip leading zeros
        while digits.count > 1 && digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        // strip trailing zeros
        while digits.count > 1 && digits.last == "0" {
            digits.removeLast()
        }
        return (digits, pointPosition)
    }
}
