-- The same rules for the columns of applications, checked more cheaply.
--
-- PostgreSQL re-reads every CHECK constraint of a table from its stored text each time a
-- statement changes a row of it, whichever columns the statement sets: with one CHECK per
-- column, that was 41 expressions parsed again for every change of stage, about a tenth
-- of the database's work per submission (bench/RESULTS.md). A domain's rule is kept
-- parsed per connection and is checked only when a statement sets that column. So each
-- per-column rule becomes a domain; only the rule that ties two columns together stays a
-- CHECK of the table. What may be stored is exactly what could be stored before.

CREATE DOMAIN application_stage AS text CHECK (VALUE IN (
    'draft', 'submitted', 'endorsed', 'declined', 'forwarded',
    'under_review', 'accepted', 'not_accepted', 'withdrawn'));
CREATE DOMAIN language_code AS text CHECK (VALUE IN ('en', 'fr'));
CREATE DOMAIN city_name AS text CHECK (char_length(VALUE) BETWEEN 1 AND 200);

-- Free text, bounded to stop abuse (the form says what fits; the database stops the rest).
CREATE DOMAIN text_max_20 AS text CHECK (char_length(VALUE) <= 20);
CREATE DOMAIN text_max_50 AS text CHECK (char_length(VALUE) <= 50);
CREATE DOMAIN text_max_200 AS text CHECK (char_length(VALUE) <= 200);
CREATE DOMAIN text_max_254 AS text CHECK (char_length(VALUE) <= 254);
CREATE DOMAIN text_max_300 AS text CHECK (char_length(VALUE) <= 300);
CREATE DOMAIN text_max_500 AS text CHECK (char_length(VALUE) <= 500);
CREATE DOMAIN text_max_1000 AS text CHECK (char_length(VALUE) <= 1000);
CREATE DOMAIN text_max_5000 AS text CHECK (char_length(VALUE) <= 5000);

-- The city profile's figures and the year each describes; the six priorities.
CREATE DOMAIN figure_year AS smallint CHECK (VALUE BETWEEN 1900 AND 2100);
CREATE DOMAIN positive_count AS bigint CHECK (VALUE > 0);
CREATE DOMAIN positive_figure AS double precision CHECK (VALUE > 0);
CREATE DOMAIN nonnegative_figure AS double precision CHECK (VALUE >= 0);
CREATE DOMAIN schooling_years AS double precision CHECK (VALUE BETWEEN 0 AND 30);
CREATE DOMAIN priority AS smallint CHECK (VALUE BETWEEN 1 AND 5);
CREATE DOMAIN tally AS integer CHECK (VALUE >= 0);

-- A column named in a trigger's UPDATE OF cannot change type: those two triggers are
-- dropped here and made again below. The indexes are rebuilt with the new types (one
-- table rewrite for the whole statement).
DROP TRIGGER applications_endorsement_quota ON applications;
DROP TRIGGER applications_uil_counts_update ON applications;

ALTER TABLE applications
    DROP CONSTRAINT applications_stage_check,
    DROP CONSTRAINT applications_language_check,
    DROP CONSTRAINT applications_city_name_check,
    DROP CONSTRAINT applications_website_check,
    DROP CONSTRAINT applications_mayor_salutation_check,
    DROP CONSTRAINT applications_mayor_name_check,
    DROP CONSTRAINT applications_mayor_title_check,
    DROP CONSTRAINT applications_contact_salutation_check,
    DROP CONSTRAINT applications_contact_name_check,
    DROP CONSTRAINT applications_contact_title_check,
    DROP CONSTRAINT applications_contact_organisation_check,
    DROP CONSTRAINT applications_contact_address_check,
    DROP CONSTRAINT applications_contact_postcode_check,
    DROP CONSTRAINT applications_contact_phone_check,
    DROP CONSTRAINT applications_contact_email_check,
    DROP CONSTRAINT applications_population_check,
    DROP CONSTRAINT applications_population_year_check,
    DROP CONSTRAINT applications_area_km2_check,
    DROP CONSTRAINT applications_area_year_check,
    DROP CONSTRAINT applications_gdp_city_usd_check,
    DROP CONSTRAINT applications_gdp_city_year_check,
    DROP CONSTRAINT applications_gdp_country_usd_check,
    DROP CONSTRAINT applications_gdp_country_year_check,
    DROP CONSTRAINT applications_schooling_women_years_check,
    DROP CONSTRAINT applications_schooling_men_years_check,
    DROP CONSTRAINT applications_schooling_year_check,
    DROP CONSTRAINT applications_motivation_check,
    DROP CONSTRAINT applications_implementation_check,
    DROP CONSTRAINT applications_priority_inclusive_check,
    DROP CONSTRAINT applications_priority_families_check,
    DROP CONSTRAINT applications_priority_workplace_check,
    DROP CONSTRAINT applications_priority_technologies_check,
    DROP CONSTRAINT applications_priority_quality_check,
    DROP CONSTRAINT applications_priority_culture_check,
    DROP CONSTRAINT applications_officer_name_check,
    DROP CONSTRAINT applications_officer_title_check,
    DROP CONSTRAINT applications_endorsement_note_check,
    DROP CONSTRAINT applications_decision_message_check,
    DROP CONSTRAINT applications_assessment_count_check,
    ALTER COLUMN stage TYPE application_stage,
    ALTER COLUMN language TYPE language_code,
    ALTER COLUMN city_name TYPE city_name,
    ALTER COLUMN website TYPE text_max_500,
    ALTER COLUMN mayor_salutation TYPE text_max_50,
    ALTER COLUMN mayor_name TYPE text_max_200,
    ALTER COLUMN mayor_title TYPE text_max_300,
    ALTER COLUMN contact_salutation TYPE text_max_50,
    ALTER COLUMN contact_name TYPE text_max_200,
    ALTER COLUMN contact_title TYPE text_max_300,
    ALTER COLUMN contact_organisation TYPE text_max_300,
    ALTER COLUMN contact_address TYPE text_max_1000,
    ALTER COLUMN contact_postcode TYPE text_max_20,
    ALTER COLUMN contact_phone TYPE text_max_50,
    ALTER COLUMN contact_email TYPE text_max_254,
    ALTER COLUMN population TYPE positive_count,
    ALTER COLUMN population_year TYPE figure_year,
    ALTER COLUMN area_km2 TYPE positive_figure,
    ALTER COLUMN area_year TYPE figure_year,
    ALTER COLUMN gdp_city_usd TYPE nonnegative_figure,
    ALTER COLUMN gdp_city_year TYPE figure_year,
    ALTER COLUMN gdp_country_usd TYPE nonnegative_figure,
    ALTER COLUMN gdp_country_year TYPE figure_year,
    ALTER COLUMN schooling_women_years TYPE schooling_years,
    ALTER COLUMN schooling_men_years TYPE schooling_years,
    ALTER COLUMN schooling_year TYPE figure_year,
    ALTER COLUMN motivation TYPE text_max_5000,
    ALTER COLUMN implementation TYPE text_max_5000,
    ALTER COLUMN priority_inclusive TYPE priority,
    ALTER COLUMN priority_families TYPE priority,
    ALTER COLUMN priority_workplace TYPE priority,
    ALTER COLUMN priority_technologies TYPE priority,
    ALTER COLUMN priority_quality TYPE priority,
    ALTER COLUMN priority_culture TYPE priority,
    ALTER COLUMN officer_name TYPE text_max_200,
    ALTER COLUMN officer_title TYPE text_max_300,
    ALTER COLUMN endorsement_note TYPE text_max_5000,
    ALTER COLUMN decision_message TYPE text_max_5000,
    ALTER COLUMN assessment_count TYPE tally;

-- The quota trigger ran its function on every change of stage (a submission too) only to
-- return at once; WHEN clauses let PostgreSQL skip it unless the change counts. They name
-- the stages that count as a constant, like `counted` in the function (and
-- Stage::counts_toward_quota in Rust): PostgreSQL prepares a WHEN clause for every
-- statement, and a function called there would be parsed and inlined each time.
CREATE OR REPLACE FUNCTION enforce_endorsement_quota() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    counted constant text[] := ARRAY['endorsed', 'forwarded', 'under_review', 'accepted', 'not_accepted'];
    quota integer;
    used  bigint;
BEGIN
    -- Called only when NEW.stage counts and (on UPDATE) OLD.stage did not.
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

CREATE TRIGGER applications_endorsement_quota_insert
    BEFORE INSERT ON applications
    FOR EACH ROW WHEN (NEW.stage = ANY ('{endorsed,forwarded,under_review,accepted,not_accepted}'::text[]))
    EXECUTE FUNCTION enforce_endorsement_quota();
CREATE TRIGGER applications_endorsement_quota_update
    BEFORE UPDATE OF stage ON applications
    FOR EACH ROW WHEN (NEW.stage = ANY ('{endorsed,forwarded,under_review,accepted,not_accepted}'::text[])
                   AND NOT OLD.stage = ANY ('{endorsed,forwarded,under_review,accepted,not_accepted}'::text[]))
    EXECUTE FUNCTION enforce_endorsement_quota();

-- As in 0011.
CREATE TRIGGER applications_uil_counts_update
    AFTER UPDATE OF call_id, country, stage, forwarded_at, assessment_count ON applications
    FOR EACH ROW WHEN (OLD.forwarded_at IS NOT NULL OR NEW.forwarded_at IS NOT NULL)
    EXECUTE FUNCTION keep_uil_counts();
