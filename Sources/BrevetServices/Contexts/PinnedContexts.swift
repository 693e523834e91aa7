/// A JSON-LD context document Brevet accepts, pinned by the SHA-256 digest of its exact bytes.
public struct PinnedContext: Sendable, Hashable {
    public let url: String
    public let sha256: String

    public init(url: String, sha256: String) {
        self.url = url
        self.sha256 = sha256
    }
}

/// The contexts Brevet accepts. Credentials whose `@context` names anything else are refused with a
/// clear error; nothing is ever fetched while verifying.
///
/// Each digest is of the document as published at the URL (the W3C, 1EdTech and CCG sources listed
/// in docs/contexts.md). A document whose bytes differ — even in white space — is rejected, because
/// a context that changes the meaning of terms changes what a signature covers.
public enum PinnedContexts {
    public static let all: [PinnedContext] = [
        PinnedContext(url: "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                      sha256: "880f1902d4158f2f33ce06af41b90719977cd1ea337a9de2e41edb3ff5e543d6"),
        PinnedContext(url: "https://purl.imsglobal.org/spec/clr/v2p0/context.json",
                      sha256: "e198d7b517d74c5036434ce495086f67b10244709e9a3df9dcb7f8b1579b6167"),
        PinnedContext(url: "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
                      sha256: "d582f3564282fb3b709136d28412e78e70b678b4dbc2f0221f67d84932748355"),
        PinnedContext(url: "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
                      sha256: "00666ad080ba407687ed1846b7f5e7495f5019042b202a727de47c48a1755c53"),
        PinnedContext(url: "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                      sha256: "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761"),
        PinnedContext(url: "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
                      sha256: "b077fa134d909d92c1dcd1c153f2af1b244aeb415967fdc1467d7fc5dd48ac10"),
        PinnedContext(url: "https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld",
                      sha256: "b077fa134d909d92c1dcd1c153f2af1b244aeb415967fdc1467d7fc5dd48ac10"),
        PinnedContext(url: "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
                      sha256: "146f85aa16effd7ca1da8056eb443f53ce1eca8a34186cb062832c0a97d889c3"),
        PinnedContext(url: "https://w3id.org/citizenship/v4rc1",
                      sha256: "5038c7383afd7ab2158f1b997913a8f60978a0abcf96e0b0d08e29f146d2db1e"),
        PinnedContext(url: "https://w3id.org/security/data-integrity/v1",
                      sha256: "b5d829bd09aa7c42abc6efa0c8ed7635313b5487f37ccfce3ecd149ca9418554"),
        PinnedContext(url: "https://w3id.org/security/data-integrity/v2",
                      sha256: "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4"),
        PinnedContext(url: "https://w3id.org/security/jwk/v1",
                      sha256: "0f14b62f6071aafe00df265770ea0c7508e118247d79b7d861a406d2aa00bece"),
        PinnedContext(url: "https://w3id.org/security/multikey/v1",
                      sha256: "ba2c182de2d92f7e47184bcca8fcf0beaee6d3986c527bf664c195bbc7c58597"),
        PinnedContext(url: "https://w3id.org/security/suites/ed25519-2020/v1",
                      sha256: "b9e1ab971fd8bf2c7553e0c4a9438e0b9450afde1ea1ca5b2492368b9f549588"),
        PinnedContext(url: "https://w3id.org/vc/status-list/2021/v1",
                      sha256: "6dd06a52bedb771e059c1083ba8ba7848dce22f6b4a8cfa0b98ba3fc188870e4"),
        PinnedContext(url: "https://www.w3.org/2018/credentials/examples/v1",
                      sha256: "2070ae4e75bc3b4c2cfe2b8b6e86ec45119672bbb5da283f0399ea96c60a0104"),
        PinnedContext(url: "https://www.w3.org/2018/credentials/v1",
                      sha256: "ab4ddd9a531758807a79a5b450510d61ae8d147eab966cc9a200c07095b0cdcc"),
        PinnedContext(url: "https://www.w3.org/ns/cid/v1",
                      sha256: "ea216ecc1cb02cd39b693dba2250141e270ba0bf95890be107dd9a9e8e43de85"),
        PinnedContext(url: "https://www.w3.org/ns/credentials/examples/v2",
                      sha256: "57393fbc69d6efb9b9b5dc9cb6b9880b0944360abfe2eaf459c9e58cf2279d7c"),
        PinnedContext(url: "https://www.w3.org/ns/credentials/status/v1",
                      sha256: "fda5add353231e6a6884a46b12e6c75464281900cb348284d9c360f62381d9f7"),
        PinnedContext(url: "https://www.w3.org/ns/credentials/undefined-terms/v2",
                      sha256: "82dab514ba44eb18f5d1b0f638c5e140c6a556fbfb5089601bdc0fa5eb8b2581"),
        PinnedContext(url: "https://www.w3.org/ns/credentials/v2",
                      sha256: "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734"),
        PinnedContext(url: "https://www.w3.org/ns/did/v1",
                      sha256: "adefa50311393eb1bd788a38ac9fe2696c65367928f6996812cd54577394f4da"),
    ]

    /// The pinned entry for a URL, if Brevet accepts it.
    public static func entry(for url: String) -> PinnedContext? { byURL[url] }

    static let byURL: [String: PinnedContext] = Dictionary(all.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
}
