-- Colleagues on one application: in a city the mayor's office and the lifelong-learning
-- department write it together. The account that started it stays its owner (it invites
-- and removes colleagues); every member edits and submits, and hears of it by mail.

CREATE TABLE application_colleagues (
    application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    user_id        bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at       timestamptz NOT NULL,
    PRIMARY KEY (application_id, user_id)
);
CREATE INDEX application_colleagues_user_idx ON application_colleagues (user_id);

-- Invitations mailed to an address, accepted by the account with that address through
-- the mailed link (kept as a SHA-256 hash). One open invitation per address and application.
CREATE TABLE colleague_invitations (
    token_hash     bytea  PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    email          text   NOT NULL CHECK (char_length(email) <= 254),
    invited_by     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL CHECK (expires_at > created_at),
    accepted_at    timestamptz
);
CREATE UNIQUE INDEX colleague_invitations_open_idx
    ON colleague_invitations (application_id, lower(email)) WHERE accepted_at IS NULL;

-- The timeline says who did what: a saved section, a colleague who joined or was removed
-- (detail: {"section": …} or {"colleague": name}).
ALTER TABLE application_events DROP CONSTRAINT application_events_kind_check;
ALTER TABLE application_events ADD CONSTRAINT application_events_kind_check CHECK (kind IN (
    'created', 'transition', 'document_added', 'document_removed', 'part2_changed',
    'extension_granted', 'note', 'section_saved', 'colleague_joined', 'colleague_removed'));

-- An application started again from an earlier one of the same city, for UIL to see.
ALTER TABLE applications ADD COLUMN previous_application_id bigint REFERENCES applications (id);

-- An invitation to a colleague is mail a person asks for: limited like the others.
ALTER TABLE mail_requests DROP CONSTRAINT mail_requests_kind_check;
ALTER TABLE mail_requests ADD CONSTRAINT mail_requests_kind_check CHECK (kind IN (
    'register', 'verify_again', 'password_reset', 'invitation', 'colleague_invitation'));
