/// A container mapping ([JSON-LD 1.1 §4.3 ff.](https://www.w3.org/TR/json-ld11/#containers)): the set of
/// container keywords of a term.
struct Container: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let list = Container(rawValue: 1)
    static let set = Container(rawValue: 2)
    static let index = Container(rawValue: 4)
    static let language = Container(rawValue: 8)
    static let id = Container(rawValue: 16)
    static let type = Container(rawValue: 32)
    static let graph = Container(rawValue: 64)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The container for a keyword, or `nil` when it is not one.
    init?(keyword: String) {
        switch keyword {
        case "@list": self = .list
        case "@set": self = .set
        case "@index": self = .index
        case "@language": self = .language
        case "@id": self = .id
        case "@type": self = .type
        case "@graph": self = .graph
        default: return nil
        }
    }
}
