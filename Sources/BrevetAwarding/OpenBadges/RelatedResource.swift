import BrevetJSON

/// A component credential of a pathway credential, named by id and digest, as a VC 2.0
/// `relatedResource` entry.
///
/// [VC 2.0 §5.3 Integrity of Related Resources](https://www.w3.org/TR/vc-data-model-2.0/#integrity-of-related-resources):
/// "Each object associated with `relatedResource` MUST contain at least a `digestSRI` or a
/// `digestMultibase` value." The digest is computed by the caller (this module does no hashing).
public struct RelatedResource: Sendable, Hashable {
    /// How the digest of the component credential is written.
    public enum Digest: Sendable, Hashable {
        /// A Subresource Integrity string, for example `sha384-...`.
        case sri(String)
        /// A Multibase-encoded Multihash, for example `uEiB...`.
        case multibase(String)
    }

    /// The component credential's id (a URL or URN).
    public var id: String
    public var digest: Digest
    /// Media type of the resource, for example `application/vc`.
    public var mediaType: String?

    public init(id: String, digest: Digest, mediaType: String? = nil) {
        self.id = id
        self.digest = digest
        self.mediaType = mediaType
    }

    /// The VC 2.0 JSON object.
    public var json: JSONValue {
        var b = JSONBuilder()
        b.set("id", id)
        switch digest {
        case .sri(let s): b.set("digestSRI", s)
        case .multibase(let s): b.set("digestMultibase", s)
        }
        b.set("mediaType", mediaType)
        return b.value
    }
}
