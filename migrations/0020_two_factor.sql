-- Two-factor sign-in (RFC 6238). Staff accounts must have it; cities may.
--
-- The secret is kept as base32 text, as authenticator apps take it. While someone enrols,
-- the secret they are shown waits in totp_pending_secret until a first right code proves
-- their app has it. totp_last_step is the time step of the last code used: a code is
-- taken only for a later step, so a code seen over someone's shoulder cannot be replayed.
ALTER TABLE users
    ADD COLUMN totp_secret         text CHECK (char_length(totp_secret) <= 64),
    ADD COLUMN totp_pending_secret text CHECK (char_length(totp_pending_secret) <= 64),
    ADD COLUMN totp_enrolled_at    timestamptz,
    ADD COLUMN totp_last_step      bigint,
    ADD CONSTRAINT users_totp_whole CHECK ((totp_secret IS NULL) = (totp_enrolled_at IS NULL));

-- Ten single-use codes for a lost phone, kept as SHA-256 hashes.
CREATE TABLE recovery_codes (
    user_id   bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash bytea  NOT NULL CHECK (octet_length(code_hash) = 32),
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- Browsers whose owner asked not to be asked for a code again, for at most 30 days.
CREATE TABLE remembered_devices (
    token_hash bytea  PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL CHECK (expires_at <= created_at + interval '30 days')
);
CREATE INDEX remembered_devices_user_idx ON remembered_devices (user_id);

-- A session opened by the password alone, until its code comes: it opens no page.
ALTER TABLE sessions ADD COLUMN awaiting_code boolean NOT NULL DEFAULT false;

-- What was done to accounts (a second factor reset), for UIL's audit page. The actor is
-- NULL when it was done from the command line.
CREATE TABLE account_events (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    actor_id   bigint REFERENCES users (id) ON DELETE SET NULL,
    kind       text   NOT NULL CHECK (kind IN ('two_factor_enrolled', 'two_factor_reset')),
    created_at timestamptz NOT NULL
);
CREATE INDEX account_events_time_idx ON account_events (created_at DESC);
