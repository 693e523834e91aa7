/// Why a DID could not be read, mapped or resolved to a verification method.
///
/// Equality compares the code only. A resolver that cannot answer says which of these it is, so a
/// verifier can tell "this DID method is not supported" from "the document has no such key".
public struct DIDError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case invalidDID, unsupportedMethod, documentNotFound, invalidDocument
            case verificationMethodNotFound, notAuthorized, keyTypeNotAllowed, invalidKey
        }
        let base: Base
        /// The text is not a DID or DID URL, or breaks the rules of its method (did:web host, ...).
        public static let invalidDID = Code(base: .invalidDID)
        /// The DID method is not one this resolver handles.
        public static let unsupportedMethod = Code(base: .unsupportedMethod)
        /// The document source has no document for this identifier (it was not fetched, or fetching failed).
        public static let documentNotFound = Code(base: .documentNotFound)
        /// The DID document is not a valid controller document, or its `id` is not the DID asked for.
        public static let invalidDocument = Code(base: .invalidDocument)
        /// The document has no verification method with that id (fragment).
        public static let verificationMethodNotFound = Code(base: .verificationMethodNotFound)
        /// The verification method exists but is not listed under the relationship asked for
        /// (for example `assertionMethod`).
        public static let notAuthorized = Code(base: .notAuthorized)
        /// The key's type or algorithm is not allowed by the caller's policy.
        public static let keyTypeNotAllowed = Code(base: .keyTypeNotAllowed)
        /// The key material of a verification method cannot be read.
        public static let invalidKey = Code(base: .invalidKey)
        public var description: String { base.rawValue }
    }

    public let code: Code
    /// What is wrong, in words a person understands.
    public let reason: String

    public init(_ code: Code, _ reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { "DID error (\(code)): \(reason)" }

    public static func == (lhs: DIDError, rhs: DIDError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
