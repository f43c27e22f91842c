-- Issue [7/8]: personal data handled as UNESCO would have to.

-- 1. The consent to publish an accepted profile is an answer of the commitment section:
--    the one new question of the form.
CREATE OR REPLACE FUNCTION answers_within_bounds(a jsonb) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    answer record;
    kind text;        -- the answer's jsonb type: string, number or boolean
    max_len integer;  -- for a string: at most this many characters
    lo numeric;       -- for a number: at least lo (more than lo when lo_open) …
    lo_open boolean;
    hi numeric;       -- … and at most hi
    choices text[];   -- for a string: one of these, when given
BEGIN
    IF jsonb_typeof(a) <> 'object' OR octet_length(a::text) > 65536 THEN
        RETURN false;
    END IF;
    FOR answer IN SELECT key, value FROM jsonb_each(a) LOOP
        max_len := NULL; lo := NULL; lo_open := false; hi := NULL; choices := NULL;
        CASE answer.key
            WHEN 'website' THEN kind := 'string'; max_len := 500;
            WHEN 'language' THEN kind := 'string'; max_len := 2; choices := '{en,fr}';
            WHEN 'mayor_salutation', 'contact_salutation' THEN kind := 'string'; max_len := 50;
            WHEN 'mayor_name', 'contact_name' THEN kind := 'string'; max_len := 200;
            WHEN 'mayor_title', 'contact_title', 'contact_organisation' THEN
                kind := 'string'; max_len := 300;
            WHEN 'contact_address' THEN kind := 'string'; max_len := 1000;
            WHEN 'contact_postcode' THEN kind := 'string'; max_len := 20;
            WHEN 'contact_phone' THEN kind := 'string'; max_len := 50;
            WHEN 'contact_email' THEN kind := 'string'; max_len := 254;
            WHEN 'motivation', 'implementation' THEN kind := 'string'; max_len := 5000;
            WHEN 'population' THEN kind := 'number'; lo := 1; hi := 100000000;
            WHEN 'population_year', 'area_year', 'gdp_city_year', 'gdp_country_year',
                 'schooling_year' THEN
                kind := 'number'; lo := 1900; hi := 2100;
            WHEN 'area_km2' THEN kind := 'number'; lo := 0; lo_open := true; hi := 1000000;
            WHEN 'gdp_city_usd', 'gdp_country_usd' THEN kind := 'number'; lo := 0; hi := 10000000;
            WHEN 'schooling_women_years', 'schooling_men_years' THEN
                kind := 'number'; lo := 0; hi := 30;
            WHEN 'priority_inclusive', 'priority_families', 'priority_workplace',
                 'priority_technologies', 'priority_quality', 'priority_culture' THEN
                kind := 'number'; lo := 1; hi := 5;
            WHEN 'commitment', 'publish_consent' THEN kind := 'boolean';
            ELSE
                RETURN false;  -- no question of the form
        END CASE;
        IF jsonb_typeof(answer.value) <> kind THEN
            RETURN false;
        END IF;
        IF kind = 'string' AND (char_length(answer.value #>> '{}') > max_len
                                OR (choices IS NOT NULL
                                    AND NOT (answer.value #>> '{}') = ANY (choices))) THEN
            RETURN false;
        END IF;
        IF kind = 'number' AND ((answer.value)::numeric > hi
                                OR (answer.value)::numeric < lo
                                OR (lo_open AND (answer.value)::numeric = lo)) THEN
            RETURN false;
        END IF;
    END LOOP;
    RETURN true;
END
$$;

-- A member's public profile is shown while its application consents to it: kept here,
-- in the transaction that accepts or withdraws, so that the directory's revision follows.
ALTER TABLE members ADD COLUMN profile boolean NOT NULL DEFAULT false;

-- 2. People are pseudonymised, never deleted: the row keeps its id (events name it) and
--    loses its name, address and password.
ALTER TABLE users ADD COLUMN erased_at timestamptz;
ALTER TABLE users DROP CONSTRAINT users_name_check;
ALTER TABLE users ADD CONSTRAINT users_name_check
    CHECK (char_length(name) <= 200 AND (char_length(name) >= 1 OR erased_at IS NOT NULL));

-- A mail's copy in the outbox that named an erased person, or an application whose
-- personal data went, keeps its kind, recipient and times, not its text.
ALTER TABLE mail_outbox ADD COLUMN redacted_at timestamptz;
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_subject_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_subject_check
    CHECK (char_length(subject) <= 300 AND (char_length(subject) >= 1 OR redacted_at IS NOT NULL));

-- The personal answers of an application went (its owner's erasure, or retention).
ALTER TABLE applications ADD COLUMN personal_data_erased_at timestamptz;

-- 3. How long a call keeps the personal data of the applications it did not accept,
--    counted from its last decision.
ALTER TABLE calls ADD COLUMN retention_months integer NOT NULL DEFAULT 24
    CHECK (retention_months BETWEEN 1 AND 240);

-- 4. What was done with personal data: downloads, erasures, retention runs. Counts and
--    reasons only, never the data itself. Written once, like application events.
CREATE TABLE privacy_events (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       text   NOT NULL CHECK (kind IN ('data_downloaded', 'account_erased', 'retention')),
    actor_id   bigint REFERENCES users (id),
    account_id bigint REFERENCES users (id),
    reason     text   CHECK (char_length(reason) <= 2000),
    counts     jsonb  CHECK (jsonb_typeof(counts) = 'object'),
    created_at timestamptz NOT NULL
);
CREATE INDEX privacy_events_time_idx ON privacy_events (created_at DESC);
CREATE TRIGGER privacy_events_append_only
    BEFORE UPDATE OR DELETE ON privacy_events
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();

-- 5. Events never change, so they must hold no personal data beyond the actor's id: a
--    colleague who joined or was removed is named by id (the name is read with the event,
--    and goes with the person's erasure), no more by name.
ALTER TABLE application_events DISABLE TRIGGER application_events_append_only;
UPDATE application_events
   SET detail = jsonb_build_object('colleague_id', actor_id)
 WHERE kind = 'colleague_joined';
UPDATE application_events e
   SET detail = jsonb_build_object('colleague_id',
         (SELECT u.id FROM users u
           WHERE u.name = e.detail->>'colleague'
           ORDER BY (EXISTS (SELECT 1 FROM colleague_invitations i
                              WHERE i.application_id = e.application_id
                                AND lower(i.email) = lower(u.email))) DESC, u.id
           LIMIT 1))
 WHERE kind = 'colleague_removed';
ALTER TABLE application_events ENABLE TRIGGER application_events_append_only;

-- The consent to publish, withdrawn after submission (by the city, or by UIL on its
-- request), is on the timeline.
ALTER TABLE application_events DROP CONSTRAINT application_events_kind_check;
ALTER TABLE application_events ADD CONSTRAINT application_events_kind_check CHECK (kind IN (
    'created', 'transition', 'document_added', 'document_removed', 'part2_changed',
    'extension_granted', 'note', 'section_saved', 'colleague_joined', 'colleague_removed',
    'ranked', 'consent_withdrawn'));
