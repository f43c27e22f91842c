-- Years of schooling are decimals like the other figures of the city profile; one
-- numeric type for all of them keeps the form code simple.
ALTER TABLE applications
    ALTER COLUMN schooling_women_years TYPE double precision,
    ALTER COLUMN schooling_men_years TYPE double precision;

-- The application page lists an application's events, newest last; the natcom and UIL
-- lists read submitted applications by call and country.
CREATE INDEX applications_submitted_idx ON applications (call_id, country, submitted_at)
    WHERE submitted_at IS NOT NULL;
