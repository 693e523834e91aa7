extension RDFWellFormedness {
    /// True when `tag` is a well-formed language tag: it matches the `Language-Tag` ABNF of
    /// [BCP 47 §2.1](https://www.rfc-editor.org/rfc/rfc5646#section-2.1) (case-insensitively), as
    /// [§2.2.9](https://www.rfc-editor.org/rfc/rfc5646#section-2.2.9) defines well-formedness.
    ///
    /// `Language-Tag = langtag / privateuse / grandfathered`, where
    /// `langtag = language ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse]`.
    /// Registry membership is not checked: that is validity, which well-formedness does not ask.
    static func isLanguageTag(_ tag: String) -> Bool {
        isLangtagOrPrivateUse(tag) || irregular.contains(tag.lowercased())
    }

    private static func isLangtagOrPrivateUse(_ tag: String) -> Bool {
        let subtags = tag.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard let first = subtags.first, !first.isEmpty else { return false }
        // privateuse = "x" 1*("-" (1*8alphanum))
        if first.count == 1, first[first.startIndex] | 0x20 == UInt8(ascii: "x") {
            return isPrivateUse(subtags[1...])
        }
        var i = 0
        // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA; extlang = 3ALPHA *2("-" 3ALPHA)
        guard (2...8).contains(first.count), first.allSatisfy(isAlpha) else { return false }
        i = 1
        if first.count <= 3 {
            var extlangs = 0
            while i < subtags.count, extlangs < 3, subtags[i].count == 3, subtags[i].allSatisfy(isAlpha) {
                i += 1
                extlangs += 1
            }
        }
        // script = 4ALPHA
        if i < subtags.count, subtags[i].count == 4, subtags[i].allSatisfy(isAlpha) { i += 1 }
        // region = 2ALPHA / 3DIGIT
        if i < subtags.count,
            (subtags[i].count == 2 && subtags[i].allSatisfy(isAlpha))
                || (subtags[i].count == 3 && subtags[i].allSatisfy(isDigit))
        {
            i += 1
        }
        // variant = 5*8alphanum / (DIGIT 3alphanum)
        while i < subtags.count, isVariant(subtags[i]) { i += 1 }
        // extension = singleton 1*("-" (2*8alphanum)); singleton is any alphanum but "x"
        while i < subtags.count, subtags[i].count == 1, isAlphanum(subtags[i].first!),
            subtags[i].first! | 0x20 != UInt8(ascii: "x")
        {
            i += 1
            let start = i
            while i < subtags.count, (2...8).contains(subtags[i].count), subtags[i].allSatisfy(isAlphanum) { i += 1 }
            guard i > start else { return false }
        }
        // ["-" privateuse]
        if i < subtags.count, subtags[i].count == 1, subtags[i].first! | 0x20 == UInt8(ascii: "x") {
            return isPrivateUse(subtags[(i + 1)...])
        }
        return i == subtags.count
    }

    private static func isPrivateUse(_ rest: ArraySlice<Substring.UTF8View>) -> Bool {
        !rest.isEmpty && rest.allSatisfy { (1...8).contains($0.count) && $0.allSatisfy(isAlphanum) }
    }

    private static func isVariant(_ s: Substring.UTF8View) -> Bool {
        guard s.allSatisfy(isAlphanum) else { return false }
        return (5...8).contains(s.count) || (s.count == 4 && isDigit(s.first!))
    }

    @inline(__always) private static func isAlphanum(_ c: UInt8) -> Bool { isAlpha(c) || isDigit(c) }

    /// The irregular grandfathered tags of BCP 47 §2.1, which do not match `langtag`. (The regular
    /// ones, such as `art-lojban` or `zh-min-nan`, do.)
    private static let irregular: Set<String> = [
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
    ]
}
