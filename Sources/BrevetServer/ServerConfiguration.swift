/// How a Brevet server runs.
///
/// | key | type | default | meaning |
/// |---|---|---|---|
/// | `dataDirectory` | path | (required) | the data directory: database, keys, context store |
/// | `host` | string | `127.0.0.1` | the address to listen on (`0.0.0.0` for all interfaces) |
/// | `port` | int | `8080` | the TCP port (`0` picks a free one) |
/// | `baseURL` | URL? | kept in the data directory | the public base URL; issuers become did:web under it |
/// | `databaseURL` | URL? | `BREVET_DATABASE_URL` | a `postgres://` URL to share one database among servers |
/// | `maxBodyBytes` | int | 1 MiB | the largest request body accepted (uploads for /verify included) |
public struct ServerConfiguration: Sendable {
    public var dataDirectory: String
    public var host: String
    public var port: Int
    public var baseURL: String?
    public var databaseURL: String?
    public var maxBodyBytes: Int

    public init(dataDirectory: String, host: String = "127.0.0.1", port: Int = 8080, baseURL: String? = nil,
                databaseURL: String? = nil, maxBodyBytes: Int = 1 << 20) {
        self.dataDirectory = dataDirectory
        self.host = host
        self.port = port
        self.baseURL = baseURL
        self.databaseURL = databaseURL
        self.maxBodyBytes = maxBodyBytes
    }
}
