/// Brevet's schema history. **Append only**: never edit or reorder a released entry; add a new
/// migration for every change (new tables for design fields, versions, frameworks, evidence,
/// assessments and pathways come as migrations 2, 3, ...).
///
/// Conventions that keep one statement valid on SQLite and PostgreSQL: `TEXT` ids and documents
/// (JSON stored as the exact text given), `BIGINT` integers and dates (milliseconds since 1970),
/// `BOOLEAN` flags, named constraints where code must tell violations apart. Raw bytes are the one
/// type the dialects spell differently: ``SQLBackend/binaryColumnType``.
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
        SQLMigration(version: 3, name: "frameworks, evidence, assessments, pathways, external credentials") { backend in
            [
                // Targets of the composite foreign keys below, so a row can only name a credential of
                // its own organization, and a pathway only an achievement of its own issuer.
                "CREATE UNIQUE INDEX credentials_scoped ON credentials (id, organization_id)",
                "CREATE UNIQUE INDEX achievements_issuer_scoped ON achievements (id, issuer_id, organization_id)",
                // nextAchievementVersion(of:).
                "CREATE INDEX achievements_previous_version_idx ON achievements (previous_version_id)",
                """
                CREATE TABLE frameworks (
                    organization_id TEXT NOT NULL,
                    id TEXT NOT NULL,
                    title TEXT NOT NULL,
                    source TEXT NOT NULL,
                    document TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    CONSTRAINT frameworks_key PRIMARY KEY (organization_id, id),
                    CONSTRAINT frameworks_organization FOREIGN KEY (organization_id) REFERENCES organizations (id)
                )
                """,
                "CREATE INDEX frameworks_created_idx ON frameworks (organization_id, created_at, id)",
                """
                CREATE TABLE evidence_files (
                    organization_id TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    media_type TEXT NOT NULL,
                    name TEXT NOT NULL,
                    size BIGINT NOT NULL,
                    content \(backend.binaryColumnType) NOT NULL,
                    created_at BIGINT NOT NULL,
                    CONSTRAINT evidence_files_key PRIMARY KEY (organization_id, sha256),
                    CONSTRAINT evidence_files_organization FOREIGN KEY (organization_id) REFERENCES organizations (id)
                )
                """,
                """
                CREATE TABLE submissions (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL,
                    achievement_id TEXT NOT NULL,
                    learner TEXT NOT NULL,
                    document TEXT NOT NULL,
                    submitted_at BIGINT NOT NULL,
                    CONSTRAINT submissions_scoped UNIQUE (id, organization_id),
                    CONSTRAINT submissions_achievement FOREIGN KEY (achievement_id, organization_id)
                        REFERENCES achievements (id, organization_id)
                )
                """,
                """
                CREATE TABLE assessment_decisions (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL,
                    submission_id TEXT,
                    achievement_id TEXT NOT NULL,
                    learner TEXT NOT NULL,
                    passed BOOLEAN NOT NULL,
                    decided_at BIGINT NOT NULL,
                    document TEXT NOT NULL,
                    credential_id TEXT,
                    CONSTRAINT assessment_decisions_achievement FOREIGN KEY (achievement_id, organization_id)
                        REFERENCES achievements (id, organization_id),
                    CONSTRAINT assessment_decisions_submission FOREIGN KEY (submission_id, organization_id)
                        REFERENCES submissions (id, organization_id),
                    CONSTRAINT assessment_decisions_credential FOREIGN KEY (credential_id, organization_id)
                        REFERENCES credentials (id, organization_id)
                )
                """,
                "CREATE INDEX assessment_decisions_decided_idx ON assessment_decisions (organization_id, decided_at, id)",
                """
                CREATE INDEX assessment_decisions_achievement_idx
                ON assessment_decisions (organization_id, achievement_id, decided_at, id)
                """,
                """
                CREATE INDEX assessment_decisions_learner_idx
                ON assessment_decisions (organization_id, learner, decided_at, id)
                """,
                """
                CREATE TABLE pathways (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL,
                    issuer_id TEXT NOT NULL,
                    awards_achievement_id TEXT NOT NULL,
                    document TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    CONSTRAINT pathways_issuer FOREIGN KEY (issuer_id, organization_id)
                        REFERENCES issuers (id, organization_id),
                    CONSTRAINT pathways_achievement FOREIGN KEY (awards_achievement_id, issuer_id, organization_id)
                        REFERENCES achievements (id, issuer_id, organization_id)
                )
                """,
                "CREATE INDEX pathways_created_idx ON pathways (organization_id, created_at, id)",
                """
                CREATE TABLE external_credentials (
                    organization_id TEXT NOT NULL,
                    id TEXT NOT NULL,
                    learner TEXT NOT NULL,
                    issuer_id TEXT NOT NULL,
                    achievement_id TEXT NOT NULL,
                    document TEXT NOT NULL,
                    digest TEXT NOT NULL,
                    verified_at BIGINT NOT NULL,
                    CONSTRAINT external_credentials_key PRIMARY KEY (organization_id, id),
                    CONSTRAINT external_credentials_organization FOREIGN KEY (organization_id)
                        REFERENCES organizations (id)
                )
                """,
                """
                CREATE INDEX external_credentials_learner_idx
                ON external_credentials (organization_id, learner, verified_at, id)
                """,
            ]
        },
    ]
}
