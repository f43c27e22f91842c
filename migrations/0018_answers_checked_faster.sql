-- answers_within_bounds (0014) again, the same bounds, in PL/pgSQL. As a SQL function with
-- a table of bounds joined to the answers it could not be inlined and was planned afresh
-- at every check: about 1.3 ms of every save of a section, half the time of the save.
-- PL/pgSQL keeps its plans for the session, and a CASE finds a field's bounds without a
-- join. A new question adds its branch here, in the migration that brings it.
-- STRICT: no answers (NULL) are no breach, as before; the column is NOT NULL.
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
            WHEN 'commitment' THEN kind := 'boolean';
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
