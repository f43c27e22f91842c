-- Applications (SPEC §4), their documents, their append-only history (SPEC §3) and
-- the deadline extensions UIL grants (SPEC §2).

CREATE TABLE applications (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id               bigint  NOT NULL REFERENCES calls (id),
    owner_id              bigint  NOT NULL REFERENCES users (id),
    stage                 text    NOT NULL DEFAULT 'draft' CHECK (stage IN (
                              'draft', 'submitted', 'endorsed', 'declined', 'forwarded',
                              'under_review', 'accepted', 'not_accepted', 'withdrawn')),

    -- Part 1, filled in by the city. Everything but the city and its country may be
    -- missing while a draft; completeness is checked by the application on submission.
    city_name             text    NOT NULL CHECK (char_length(city_name) BETWEEN 1 AND 200),
    country               char(2) NOT NULL REFERENCES member_states (iso2),
    website               text    CHECK (char_length(website) <= 500),
    language              text    CHECK (language IN ('en', 'fr')),

    mayor_salutation      text    CHECK (char_length(mayor_salutation) <= 50),
    mayor_name            text    CHECK (char_length(mayor_name) <= 200),
    mayor_title           text    CHECK (char_length(mayor_title) <= 300),

    contact_salutation    text    CHECK (char_length(contact_salutation) <= 50),
    contact_name          text    CHECK (char_length(contact_name) <= 200),
    contact_title         text    CHECK (char_length(contact_title) <= 300),
    contact_organisation  text    CHECK (char_length(contact_organisation) <= 300),
    contact_address       text    CHECK (char_length(contact_address) <= 1000),
    contact_postcode      text    CHECK (char_length(contact_postcode) <= 20),
    contact_phone         text    CHECK (char_length(contact_phone) <= 50),
    contact_email         text    CHECK (char_length(contact_email) <= 254),

    -- City profile: each figure with the year it describes.
    population            bigint           CHECK (population > 0),
    population_year       smallint         CHECK (population_year BETWEEN 1900 AND 2100),
    area_km2              double precision CHECK (area_km2 > 0),
    area_year             smallint         CHECK (area_year BETWEEN 1900 AND 2100),
    gdp_city_usd          double precision CHECK (gdp_city_usd >= 0),
    gdp_city_year         smallint         CHECK (gdp_city_year BETWEEN 1900 AND 2100),
    gdp_country_usd       double precision CHECK (gdp_country_usd >= 0),
    gdp_country_year      smallint         CHECK (gdp_country_year BETWEEN 1900 AND 2100),
    schooling_women_years real             CHECK (schooling_women_years BETWEEN 0 AND 30),
    schooling_men_years   real             CHECK (schooling_men_years BETWEEN 0 AND 30),
    schooling_year        smallint         CHECK (schooling_year BETWEEN 1900 AND 2100),

    -- At most 200 words each (checked in the application); the bound here stops abuse.
    motivation            text    CHECK (char_length(motivation) <= 5000),
    implementation        text    CHECK (char_length(implementation) <= 5000),

    -- Importance, 1 to 5, of each of the six features of a learning city.
    priority_inclusive    smallint CHECK (priority_inclusive BETWEEN 1 AND 5),
    priority_families     smallint CHECK (priority_families BETWEEN 1 AND 5),
    priority_workplace    smallint CHECK (priority_workplace BETWEEN 1 AND 5),
    priority_technologies smallint CHECK (priority_technologies BETWEEN 1 AND 5),
    priority_quality      smallint CHECK (priority_quality BETWEEN 1 AND 5),
    priority_culture      smallint CHECK (priority_culture BETWEEN 1 AND 5),

    commitment            boolean NOT NULL DEFAULT false,

    -- Part 2, the National Commission's endorsement.
    officer_name          text    CHECK (char_length(officer_name) <= 200),
    officer_title         text    CHECK (char_length(officer_title) <= 300),
    endorsement_note      text    CHECK (char_length(endorsement_note) <= 5000),

    -- UIL's decision.
    decision_message      text    CHECK (char_length(decision_message) <= 5000),

    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    submitted_at          timestamptz,
    forwarded_at          timestamptz,
    decided_at            timestamptz,

    -- Nothing leaves the draft stage without the commitment ticked.
    CHECK (stage = 'draft' OR stage = 'withdrawn' OR commitment)
);
-- One application per city and call; a withdrawn one does not stop a fresh start.
CREATE UNIQUE INDEX applications_one_per_city_key
    ON applications (call_id, country, lower(city_name)) WHERE stage <> 'withdrawn';
CREATE INDEX applications_owner_idx ON applications (owner_id);
CREATE INDEX applications_call_country_stage_idx ON applications (call_id, country, stage);
CREATE INDEX applications_call_stage_idx ON applications (call_id, stage, submitted_at DESC);

-- The quota (SPEC §3): in one call, one Member State has at most endorsement_quota
-- applications in endorsed or a later stage. The trigger takes a lock on the Member
-- State's row before counting, so two National Commission staff endorsing at the same
-- moment are serialised and cannot together go over the quota, whatever the handler does.
CREATE FUNCTION enforce_endorsement_quota() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    counted constant text[] := ARRAY['endorsed', 'forwarded', 'under_review', 'accepted', 'not_accepted'];
    quota integer;
    used  bigint;
BEGIN
    IF NOT (NEW.stage = ANY (counted)) OR (TG_OP = 'UPDATE' AND OLD.stage = ANY (counted)) THEN
        RETURN NEW;
    END IF;
    -- NO KEY UPDATE: serialises quota checks without blocking foreign-key checks.
    PERFORM 1 FROM member_states WHERE iso2 = NEW.country FOR NO KEY UPDATE;
    SELECT endorsement_quota INTO quota FROM calls WHERE id = NEW.call_id;
    -- In READ COMMITTED this count sees every endorsement committed before the lock was granted.
    SELECT count(*) INTO used FROM applications
     WHERE call_id = NEW.call_id AND country = NEW.country AND id <> NEW.id
       AND stage = ANY (counted);
    IF used >= quota THEN
        RAISE EXCEPTION 'endorsement quota of % reached for % in call %', quota, NEW.country, NEW.call_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'endorsement_quota';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER applications_endorsement_quota
    BEFORE INSERT OR UPDATE OF stage ON applications
    FOR EACH ROW EXECUTE FUNCTION enforce_endorsement_quota();

-- Uploaded PDFs, kept in PostgreSQL so that one backup holds everything.
CREATE TABLE documents (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES applications (id),
    -- pledge: the signed and stamped commitment; supporting: up to five more;
    -- endorsement: the National Commission's signed endorsement.
    kind           text   NOT NULL CHECK (kind IN ('pledge', 'supporting', 'endorsement')),
    filename       text   NOT NULL CHECK (char_length(filename) BETWEEN 1 AND 255),
    byte_size      integer NOT NULL CHECK (byte_size BETWEEN 5 AND 10485760),
    -- PDF only, by content: every PDF starts with "%PDF-".
    content        bytea  NOT NULL CHECK (substring(content FROM 1 FOR 5) = '\x255044462d'::bytea),
    uploaded_by    bigint NOT NULL REFERENCES users (id),
    created_at     timestamptz NOT NULL,
    CHECK (byte_size = octet_length(content))
);
CREATE INDEX documents_application_idx ON documents (application_id, kind);

-- The history of every application: who moved it from which stage to which, and why.
-- Append-only: the triggers below refuse any change or removal.
CREATE TABLE application_events (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES applications (id),
    -- NULL for the system (e.g. a deadline that passed).
    actor_id       bigint REFERENCES users (id),
    -- NULL when the event creates the application.
    from_stage     text,
    to_stage       text   NOT NULL,
    note           text   CHECK (char_length(note) <= 5000),
    -- The application clock's time (GNLC_NOW-aware), not the database's.
    created_at     timestamptz NOT NULL
);
CREATE INDEX application_events_application_idx ON application_events (application_id, id);

CREATE FUNCTION refuse_event_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'application events are append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER application_events_append_only
    BEFORE UPDATE OR DELETE ON application_events
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
CREATE TRIGGER application_events_no_truncate
    BEFORE TRUNCATE ON application_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();

-- A later deadline granted by a UIL admin (SPEC §2): the city deadline of one
-- application, or the National Commission deadline of one Member State.
CREATE TABLE deadline_extensions (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id        bigint  NOT NULL REFERENCES calls (id),
    stage          text    NOT NULL CHECK (stage IN ('city', 'natcom')),
    application_id bigint  REFERENCES applications (id),
    country        char(2) REFERENCES member_states (iso2),
    new_deadline   date    NOT NULL,
    reason         text    NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 2000),
    granted_by     bigint  NOT NULL REFERENCES users (id),
    created_at     timestamptz NOT NULL,
    CHECK ((stage = 'city' AND application_id IS NOT NULL AND country IS NULL)
        OR (stage = 'natcom' AND country IS NOT NULL AND application_id IS NULL))
);
CREATE INDEX deadline_extensions_application_idx ON deadline_extensions (application_id) WHERE application_id IS NOT NULL;
CREATE INDEX deadline_extensions_country_idx ON deadline_extensions (call_id, country) WHERE country IS NOT NULL;
