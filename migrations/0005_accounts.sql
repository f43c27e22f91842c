-- Accounts (SPEC §7): sessions kept in PostgreSQL so app servers hold no state of their
-- own; single-use links mailed to people; sign-in attempts for rate limiting.
-- Tokens are stored as SHA-256 hashes: a copy of the database opens no session or link.
-- Times are the application clock's (GNLC_NOW-aware), written by the application.

CREATE TABLE sessions (
    token_hash bytea  PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expiry_idx ON sessions (expires_at);

-- Links mailed for one purpose, usable once, until they expire.
CREATE TABLE account_tokens (
    token_hash bytea  PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    text   NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'invitation')),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose);

CREATE TABLE login_attempts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- As typed, lower-cased: attempts on unknown addresses count too.
    email        text    NOT NULL CHECK (char_length(email) <= 254),
    client_ip    text    NOT NULL CHECK (char_length(client_ip) <= 64),
    succeeded    boolean NOT NULL,
    attempted_at timestamptz NOT NULL
);
CREATE INDEX login_attempts_email_idx ON login_attempts (email, attempted_at) WHERE NOT succeeded;
CREATE INDEX login_attempts_ip_idx ON login_attempts (client_ip, attempted_at) WHERE NOT succeeded;
