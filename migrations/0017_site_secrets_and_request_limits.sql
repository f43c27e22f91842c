-- 1. The site's secrets (the key that signs CSRF tokens and pre-session cookies), shared
-- by every server and made by the first that needs one. Only the application reads them.
CREATE TABLE site_secrets (
    name   text  PRIMARY KEY CHECK (name IN ('csrf')),
    secret bytea NOT NULL CHECK (octet_length(secret) >= 32)
);

-- 2. Forms that send mail (registration, a new confirmation link, a password reset, an
-- invitation) are limited per recipient and, far more loosely, per client address: each
-- request is written down here, and counted over the last hour.
CREATE TABLE mail_requests (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text   NOT NULL CHECK (kind IN ('register', 'verify_again', 'password_reset', 'invitation')),
    -- As typed, lower-cased; bounded like an email address.
    recipient    text   NOT NULL CHECK (char_length(recipient) <= 254),
    client_ip    text   NOT NULL CHECK (char_length(client_ip) <= 64),
    -- Whether the mail was sent (a request over the recipient's limit is not).
    sent         boolean NOT NULL,
    requested_at timestamptz NOT NULL
);
CREATE INDEX mail_requests_recipient_idx ON mail_requests (recipient, requested_at);
CREATE INDEX mail_requests_client_idx ON mail_requests (client_ip, requested_at);

-- 3. Sign-in attempts are now counted per account and client address together, and per
-- client address, for delays that grow with the failures.
CREATE INDEX login_attempts_pair_idx ON login_attempts (email, client_ip, attempted_at) WHERE NOT succeeded;
DROP INDEX login_attempts_email_idx;

-- 4. A draft is its city's alone: what anyone else reads of an application (its events,
-- its mail) starts when it was first submitted. NULL for an application never submitted.
CREATE FUNCTION first_submitted_at(application bigint) RETURNS timestamptz
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT min(created_at) FROM application_events
     WHERE application_id = application AND kind = 'transition' AND to_stage = 'submitted'
$$;
