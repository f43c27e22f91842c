-- Calls are data (SPEC §2): the 2023 call is seeded, UIL admins create the next ones.
CREATE TABLE calls (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title             text    NOT NULL UNIQUE CHECK (char_length(title) BETWEEN 1 AND 300),
    -- The call text in Markdown; raw HTML in it is shown as text, never interpreted.
    body              text    NOT NULL CHECK (char_length(body) <= 100000),
    opens_on          date    NOT NULL,
    city_deadline     date    NOT NULL,
    natcom_deadline   date    NOT NULL,
    endorsement_quota integer NOT NULL CHECK (endorsement_quota BETWEEN 1 AND 100),
    -- 'AoE' (UTC−12) or an IANA zone name; each date is a whole day in this zone.
    deadline_zone     text    NOT NULL DEFAULT 'AoE' CHECK (char_length(deadline_zone) BETWEEN 1 AND 64),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (opens_on <= city_deadline AND city_deadline <= natcom_deadline)
);

CREATE TABLE users (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email             text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'),
    name              text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    role              text NOT NULL CHECK (role IN ('applicant', 'natcom', 'uil_reviewer', 'uil_admin')),
    -- The Member State a National Commission account acts for; only those have one.
    country           char(2) REFERENCES member_states (iso2),
    -- Argon2id PHC string; NULL while an invited account has not set its password.
    password_hash     text CHECK (password_hash LIKE '$argon2id$%'),
    email_verified_at timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'natcom') = (country IS NOT NULL))
);
-- One account per address, whatever its capitals.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_natcom_country_idx ON users (country) WHERE role = 'natcom';
