-- The answers of Part 1 (SPEC §4) as one value, keyed by the form's field names.
--
-- The 33 answers beside the city and its country were 33 columns, and every query that
-- read, wrote or exported them spelled all of them out: adding a question touched eight
-- places. They are now one jsonb object whose keys and value types are those of the form's
-- table of fields (src/domain/form.rs), which the application reads and writes as a whole.
-- The city and its country stay columns: the one-application-per-city index, the quota
-- trigger, the foreign key to member_states and UIL's list use them.
--
-- The database keeps each answer within the bounds the columns had: every key is a
-- field of the form, of its type and within its bounds (the form checks the same where a
-- value is typed; this stops whatever else writes). A new question adds its row below,
-- in the migration that brings it.

-- The bounds are written into the function (not read from a table) so that it is
-- immutable, as a CHECK needs, and a restored backup checks its rows the same way.
CREATE FUNCTION answers_within_bounds(a jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH bounds (key, kind, max_len, lo, lo_open, hi, choices) AS (VALUES
            ('website', 'text', 500, NULL, false, NULL, NULL),
            ('language', 'text', 2, NULL, false, NULL, '{en,fr}'),
            ('mayor_salutation', 'text', 50, NULL, false, NULL, NULL),
            ('mayor_name', 'text', 200, NULL, false, NULL, NULL),
            ('mayor_title', 'text', 300, NULL, false, NULL, NULL),
            ('contact_salutation', 'text', 50, NULL, false, NULL, NULL),
            ('contact_name', 'text', 200, NULL, false, NULL, NULL),
            ('contact_title', 'text', 300, NULL, false, NULL, NULL),
            ('contact_organisation', 'text', 300, NULL, false, NULL, NULL),
            ('contact_address', 'text', 1000, NULL, false, NULL, NULL),
            ('contact_postcode', 'text', 20, NULL, false, NULL, NULL),
            ('contact_phone', 'text', 50, NULL, false, NULL, NULL),
            ('contact_email', 'text', 254, NULL, false, NULL, NULL),
            ('population', 'number', NULL, 1, false, 100000000, NULL),
            ('population_year', 'number', NULL, 1900, false, 2100, NULL),
            ('area_km2', 'number', NULL, 0, true, 1000000, NULL),
            ('area_year', 'number', NULL, 1900, false, 2100, NULL),
            ('gdp_city_usd', 'number', NULL, 0, false, 10000000, NULL),
            ('gdp_city_year', 'number', NULL, 1900, false, 2100, NULL),
            ('gdp_country_usd', 'number', NULL, 0, false, 10000000, NULL),
            ('gdp_country_year', 'number', NULL, 1900, false, 2100, NULL),
            ('schooling_women_years', 'number', NULL, 0, false, 30, NULL),
            ('schooling_men_years', 'number', NULL, 0, false, 30, NULL),
            ('schooling_year', 'number', NULL, 1900, false, 2100, NULL),
            ('motivation', 'text', 5000, NULL, false, NULL, NULL),
            ('implementation', 'text', 5000, NULL, false, NULL, NULL),
            ('priority_inclusive', 'number', NULL, 1, false, 5, NULL),
            ('priority_families', 'number', NULL, 1, false, 5, NULL),
            ('priority_workplace', 'number', NULL, 1, false, 5, NULL),
            ('priority_technologies', 'number', NULL, 1, false, 5, NULL),
            ('priority_quality', 'number', NULL, 1, false, 5, NULL),
            ('priority_culture', 'number', NULL, 1, false, 5, NULL),
            ('commitment', 'boolean', NULL, NULL, false, NULL, NULL)
    )
    SELECT jsonb_typeof(a) = 'object' AND octet_length(a::text) <= 65536 AND NOT EXISTS (
        SELECT 1
          FROM jsonb_each(a) AS e (key, value)
          LEFT JOIN bounds b ON b.key = e.key
         WHERE b.key IS NULL
            OR jsonb_typeof(e.value) <> CASE b.kind WHEN 'text' THEN 'string' ELSE b.kind END
            OR (b.kind = 'text' AND char_length(e.value #>> '{}') > b.max_len)
            OR (b.kind = 'text' AND b.choices IS NOT NULL AND NOT (e.value #>> '{}') = ANY (b.choices::text[]))
            OR (b.kind = 'number' AND ((e.value #>> '{}')::numeric > b.hi
                                       OR (e.value #>> '{}')::numeric < b.lo
                                       OR (b.lo_open AND (e.value #>> '{}')::numeric = b.lo))))
$$;

CREATE DOMAIN application_answers AS jsonb CHECK (answers_within_bounds(VALUE));

ALTER TABLE applications ADD COLUMN answers application_answers NOT NULL DEFAULT '{}';

UPDATE applications SET answers = jsonb_strip_nulls(jsonb_build_object(
    'website', website, 'language', language,
    'mayor_salutation', mayor_salutation, 'mayor_name', mayor_name, 'mayor_title', mayor_title,
    'contact_salutation', contact_salutation, 'contact_name', contact_name,
    'contact_title', contact_title, 'contact_organisation', contact_organisation,
    'contact_address', contact_address, 'contact_postcode', contact_postcode,
    'contact_phone', contact_phone, 'contact_email', contact_email,
    'population', population, 'population_year', population_year,
    'area_km2', area_km2, 'area_year', area_year,
    'gdp_city_usd', gdp_city_usd, 'gdp_city_year', gdp_city_year,
    'gdp_country_usd', gdp_country_usd, 'gdp_country_year', gdp_country_year,
    'schooling_women_years', schooling_women_years, 'schooling_men_years', schooling_men_years,
    'schooling_year', schooling_year,
    'motivation', motivation, 'implementation', implementation,
    'priority_inclusive', priority_inclusive, 'priority_families', priority_families,
    'priority_workplace', priority_workplace, 'priority_technologies', priority_technologies,
    'priority_quality', priority_quality, 'priority_culture', priority_culture,
    'commitment', commitment));

-- Nothing leaves the draft stage without the commitment ticked, as before.
ALTER TABLE applications
    DROP CONSTRAINT applications_check,
    ADD CONSTRAINT applications_committed_check
        CHECK (stage IN ('draft', 'withdrawn') OR answers @> '{"commitment": true}');

ALTER TABLE applications
    DROP COLUMN website, DROP COLUMN language,
    DROP COLUMN mayor_salutation, DROP COLUMN mayor_name, DROP COLUMN mayor_title,
    DROP COLUMN contact_salutation, DROP COLUMN contact_name, DROP COLUMN contact_title,
    DROP COLUMN contact_organisation, DROP COLUMN contact_address, DROP COLUMN contact_postcode,
    DROP COLUMN contact_phone, DROP COLUMN contact_email,
    DROP COLUMN population, DROP COLUMN population_year, DROP COLUMN area_km2, DROP COLUMN area_year,
    DROP COLUMN gdp_city_usd, DROP COLUMN gdp_city_year, DROP COLUMN gdp_country_usd,
    DROP COLUMN gdp_country_year, DROP COLUMN schooling_women_years, DROP COLUMN schooling_men_years,
    DROP COLUMN schooling_year, DROP COLUMN motivation, DROP COLUMN implementation,
    DROP COLUMN priority_inclusive, DROP COLUMN priority_families, DROP COLUMN priority_workplace,
    DROP COLUMN priority_technologies, DROP COLUMN priority_quality, DROP COLUMN priority_culture,
    DROP COLUMN commitment;
