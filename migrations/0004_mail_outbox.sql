-- The transactional outbox (SPEC §6): a mail is a row written in the same transaction
-- as the change it reports; a worker sends it, retrying with backoff. Several workers
-- may run at once: each takes its rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- What the mail is about, e.g. 'verify_email', 'submission_receipt'.
    kind            text NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 64),
    recipient       text NOT NULL CHECK (char_length(recipient) BETWEEN 3 AND 254),
    subject         text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 300),
    body_text       text NOT NULL,
    body_html       text,
    application_id  bigint REFERENCES applications (id),
    state           text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CHECK ((state = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE state = 'queued';
CREATE INDEX mail_outbox_application_idx ON mail_outbox (application_id) WHERE application_id IS NOT NULL;
