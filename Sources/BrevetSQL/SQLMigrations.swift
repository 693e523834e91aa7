/// Brevet's schema history. **Append only**: never edit or reorder a released entry; add a new
/// migration for every change (new tables for design fields, versions, frameworks, evidence,
/// assessments and pathways come as migrations 2, 3, ...).
///
/// Conventions that keep one statement valid on SQLite and PostgreSQL: `TEXT` ids and documents
/// (JSON stored as the exact text given), `BIGINT` integers and dates (milliseconds since 1970),
/// `BOOLEAN` flags, named constraints where code must tell violations apart.
enum SQLMigrations {
    static let all: [SQLMigration] = [
        SQLMigration(version: 1, name: "initial schema", [
            """
            CREATE TABLE settings (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE organizations (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE api_keys (
                id TEXT PRIMARY KEY,
                organization_id TEXT NOT NULL REFERENCES organizations (id),
                name TEXT NOT NULL,
                secret_hash TEXT NOT NULL,
                key_prefix TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                revoked_at BIGINT,
                CONSTRAINT api_keys_secret_hash UNIQUE (secret_hash)
            )
            """,
            "CREATE INDEX api_keys_organization_idx ON api_keys (organization_id, created_at)",
            """
            CREATE TABLE issuers (
                id TEXT PRIMARY KEY,
                organization_id TEXT NOT NULL REFERENCES organizations (id),
                profile TEXT NOT NULL,
                verification_method_id TEXT NOT NULL,
                key_reference TEXT NOT NULL,
                default_cryptosuite TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                CONSTRAINT issuers_scoped UNIQUE (id, organization_id)
            )
            """,
            "CREATE INDEX issuers_organization_idx ON issuers (organization_id, created_at)",
            """
            CREATE TABLE achievements (
                id TEXT PRIMARY KEY,
                organization_id TEXT NOT NULL,
                issuer_id TEXT NOT NULL,
                document TEXT NOT NULL,
                version BIGINT NOT NULL,
                previous_version_id TEXT,
                created_at BIGINT NOT NULL,
                CONSTRAINT achievements_scoped UNIQUE (id, organization_id),
                CONSTRAINT achievements_issuer FOREIGN KEY (issuer_id, organization_id)
                    REFERENCES issuers (id, organization_id)
            )
            """,
            "CREATE INDEX achievements_organization_idx ON achievements (organization_id, issuer_id, created_at)",
            """
            CREATE TABLE status_lists (
                id TEXT PRIMARY KEY,
                organization_id TEXT NOT NULL,
                issuer_id TEXT NOT NULL,
                purpose TEXT NOT NULL,
                size BIGINT NOT NULL,
                version BIGINT NOT NULL,
                list_sequence BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                CONSTRAINT status_lists_sequence UNIQUE (issuer_id, purpose, list_sequence),
                CONSTRAINT status_lists_issuer FOREIGN KEY (issuer_id, organization_id)
                    REFERENCES issuers (id, organization_id)
            )
            """,
            "CREATE INDEX status_lists_organization_idx ON status_lists (organization_id, issuer_id)",
            """
            CREATE TABLE credentials (
                id TEXT PRIMARY KEY,
                organization_id TEXT NOT NULL,
                issuer_id TEXT NOT NULL,
                achievement_id TEXT NOT NULL,
                recipient TEXT NOT NULL,
                document TEXT NOT NULL,
                issued_at BIGINT NOT NULL,
                valid_from BIGINT NOT NULL,
                valid_until BIGINT,
                revocation_list_id TEXT NOT NULL REFERENCES status_lists (id),
                revocation_index BIGINT NOT NULL,
                suspension_list_id TEXT NOT NULL REFERENCES status_lists (id),
                suspension_index BIGINT NOT NULL,
                revoked_at BIGINT,
                revocation_reason TEXT,
                suspended BOOLEAN NOT NULL,
                suspended_at BIGINT,
                superseded_by TEXT,
                CONSTRAINT credentials_revocation_entry UNIQUE (revocation_list_id, revocation_index),
                CONSTRAINT credentials_suspension_entry UNIQUE (suspension_list_id, suspension_index),
                CONSTRAINT credentials_issuer FOREIGN KEY (issuer_id, organization_id)
                    REFERENCES issuers (id, organization_id),
                CONSTRAINT credentials_achievement FOREIGN KEY (achievement_id, organization_id)
                    REFERENCES achievements (id, organization_id)
            )
            """,
            "CREATE INDEX credentials_issued_idx ON credentials (organization_id, issued_at, id)",
            "CREATE INDEX credentials_issuer_idx ON credentials (organization_id, issuer_id, issued_at)",
            "CREATE INDEX credentials_achievement_idx ON credentials (organization_id, achievement_id, issued_at)",
            "CREATE INDEX credentials_recipient_idx ON credentials (organization_id, recipient, issued_at)",
            "CREATE INDEX credentials_valid_until_idx ON credentials (organization_id, valid_until)",
        ]),
        SQLMigration(version: 2, name: "status list counters and set-bit indexes", [
            // How many indices of a list are taken, kept by insertCredential in the same
            // transaction, so finding the current list does not count up to 131,072 rows.
            "ALTER TABLE status_lists ADD COLUMN used_count BIGINT NOT NULL DEFAULT 0",
            """
            UPDATE status_lists SET used_count = (
                SELECT COUNT(*) FROM credentials
                WHERE credentials.revocation_list_id = status_lists.id
                   OR credentials.suspension_list_id = status_lists.id)
            """,
            // The set bits of a list, read without visiting the credentials whose bit is clear.
            """
            CREATE INDEX credentials_revoked_idx ON credentials (revocation_list_id, revocation_index)
            WHERE revoked_at IS NOT NULL
            """,
            """
            CREATE INDEX credentials_suspended_idx ON credentials (suspension_list_id, suspension_index)
            WHERE suspended = TRUE
            """,
        ]),
    ]
}
