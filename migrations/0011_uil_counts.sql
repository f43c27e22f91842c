-- UIL's dashboard shows, on every view, how many applications that reached UIL are in
-- each region and stage, under any filter. Counting them again on every view cost about
-- 10 ms of PostgreSQL work; these counts are kept as the applications move instead.
-- (bench/RESULTS.md has the figures.)

-- Each application carries the totals of its assessments, so that the list shows the
-- number and the average without reading the assessments, and the counts below can
-- tell assessed from not yet assessed.
ALTER TABLE applications
    ADD COLUMN assessment_count     integer NOT NULL DEFAULT 0 CHECK (assessment_count >= 0),
    ADD COLUMN assessment_score_sum integer NOT NULL DEFAULT 0;

UPDATE applications a
   SET assessment_count = x.n, assessment_score_sum = x.total
  FROM (SELECT application_id, count(*) AS n,
               sum(score_commitment + score_strategy + score_participation
                   + score_feasibility + score_fit) AS total
          FROM assessments GROUP BY application_id) x
 WHERE x.application_id = a.id;

CREATE FUNCTION keep_assessment_totals() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- An assessment never moves to another application: one UPDATE of its row is enough.
    IF TG_OP = 'INSERT' THEN
        UPDATE applications
           SET assessment_count = assessment_count + 1,
               assessment_score_sum = assessment_score_sum + NEW.score_commitment + NEW.score_strategy
                   + NEW.score_participation + NEW.score_feasibility + NEW.score_fit
         WHERE id = NEW.application_id;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE applications
           SET assessment_score_sum = assessment_score_sum
                   + NEW.score_commitment + NEW.score_strategy + NEW.score_participation
                   + NEW.score_feasibility + NEW.score_fit
                   - OLD.score_commitment - OLD.score_strategy - OLD.score_participation
                   - OLD.score_feasibility - OLD.score_fit
         WHERE id = NEW.application_id;
    ELSE
        UPDATE applications
           SET assessment_count = assessment_count - 1,
               assessment_score_sum = assessment_score_sum - OLD.score_commitment - OLD.score_strategy
                   - OLD.score_participation - OLD.score_feasibility - OLD.score_fit
         WHERE id = OLD.application_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER assessments_keep_totals
    AFTER INSERT OR UPDATE OR DELETE ON assessments
    FOR EACH ROW EXECUTE FUNCTION keep_assessment_totals();

-- How many applications that reached UIL are in each Member State, call, stage and
-- "assessed or not" (uil_counts: a few thousand rows at most, whatever the number of
-- applications), and the same by region (uil_region_counts: a few dozen rows per call,
-- what the dashboard reads unless it is filtered by country). A region is copied from
-- the Member State (it never changes), so that counting needs no join: a join here let
-- PostgreSQL's generic plan pick a nested loop that cost 30 ms.
CREATE TABLE uil_counts (
    country  text    NOT NULL REFERENCES member_states (iso2),
    call_id  bigint  NOT NULL REFERENCES calls (id),
    stage    text    NOT NULL,
    assessed boolean NOT NULL,
    n        integer NOT NULL CHECK (n >= 0),
    PRIMARY KEY (country, call_id, stage, assessed)
);

CREATE TABLE uil_region_counts (
    region   text    NOT NULL,
    call_id  bigint  NOT NULL REFERENCES calls (id),
    stage    text    NOT NULL,
    assessed boolean NOT NULL,
    n        integer NOT NULL CHECK (n >= 0),
    PRIMARY KEY (region, call_id, stage, assessed)
);

INSERT INTO uil_counts (country, call_id, stage, assessed, n)
SELECT country, call_id, stage, assessment_count > 0, count(*)
  FROM applications WHERE forwarded_at IS NOT NULL
 GROUP BY 1, 2, 3, 4;

INSERT INTO uil_region_counts (region, call_id, stage, assessed, n)
SELECT s.unesco_region, c.call_id, c.stage, c.assessed, sum(c.n)
  FROM uil_counts c JOIN member_states s ON s.iso2 = c.country
 GROUP BY 1, 2, 3, 4;

CREATE FUNCTION uil_count_add(c bigint, k text, s text, a boolean, delta integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    r constant text := (SELECT unesco_region FROM member_states WHERE iso2 = k);
BEGIN
    -- Only a count that exists goes down; an upsert would check n >= 0 on the row it
    -- proposes to insert, before it finds the row to update.
    IF delta < 0 THEN
        UPDATE uil_counts SET n = n + delta
         WHERE country = k AND call_id = c AND stage = s AND assessed = a;
        UPDATE uil_region_counts SET n = n + delta
         WHERE region = r AND call_id = c AND stage = s AND assessed = a;
    ELSE
        INSERT INTO uil_counts AS u (country, call_id, stage, assessed, n) VALUES (k, c, s, a, delta)
        ON CONFLICT (country, call_id, stage, assessed) DO UPDATE SET n = u.n + EXCLUDED.n;
        INSERT INTO uil_region_counts AS u (region, call_id, stage, assessed, n) VALUES (r, c, s, a, delta)
        ON CONFLICT (region, call_id, stage, assessed) DO UPDATE SET n = u.n + EXCLUDED.n;
    END IF;
END $$;

CREATE FUNCTION keep_uil_counts() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    was_counted constant boolean := TG_OP <> 'INSERT' AND OLD.forwarded_at IS NOT NULL;
    is_counted  constant boolean := TG_OP <> 'DELETE' AND NEW.forwarded_at IS NOT NULL;
BEGIN
    IF was_counted AND is_counted THEN
        IF (OLD.call_id, OLD.country, OLD.stage, OLD.assessment_count > 0)
           = (NEW.call_id, NEW.country, NEW.stage, NEW.assessment_count > 0) THEN
            RETURN NULL;
        END IF;
        -- Two counters change: always in the order of their keys, so that two
        -- transactions moving applications in opposite directions cannot deadlock.
        IF (NEW.call_id, NEW.country, NEW.stage, NEW.assessment_count > 0)
           < (OLD.call_id, OLD.country, OLD.stage, OLD.assessment_count > 0) THEN
            PERFORM uil_count_add(NEW.call_id, NEW.country, NEW.stage, NEW.assessment_count > 0, 1);
            PERFORM uil_count_add(OLD.call_id, OLD.country, OLD.stage, OLD.assessment_count > 0, -1);
            RETURN NULL;
        END IF;
    END IF;
    IF was_counted THEN
        PERFORM uil_count_add(OLD.call_id, OLD.country, OLD.stage, OLD.assessment_count > 0, -1);
    END IF;
    IF is_counted THEN
        PERFORM uil_count_add(NEW.call_id, NEW.country, NEW.stage, NEW.assessment_count > 0, 1);
    END IF;
    RETURN NULL;
END $$;

-- Only what reached UIL is counted: drafts, saves and submissions never fire these.
CREATE TRIGGER applications_uil_counts_insert
    AFTER INSERT ON applications
    FOR EACH ROW WHEN (NEW.forwarded_at IS NOT NULL) EXECUTE FUNCTION keep_uil_counts();
CREATE TRIGGER applications_uil_counts_update
    AFTER UPDATE OF call_id, country, stage, forwarded_at, assessment_count ON applications
    FOR EACH ROW WHEN (OLD.forwarded_at IS NOT NULL OR NEW.forwarded_at IS NOT NULL)
    EXECUTE FUNCTION keep_uil_counts();
CREATE TRIGGER applications_uil_counts_delete
    AFTER DELETE ON applications
    FOR EACH ROW WHEN (OLD.forwarded_at IS NOT NULL) EXECUTE FUNCTION keep_uil_counts();

-- The list filtered by stage or by country, read in the order it is shown (the
-- unfiltered list reads applications_forwarded_idx).
CREATE INDEX applications_uil_stage_idx ON applications (stage, forwarded_at DESC, id DESC)
    WHERE forwarded_at IS NOT NULL;
CREATE INDEX applications_uil_country_idx ON applications (country, forwarded_at DESC, id DESC)
    WHERE forwarded_at IS NOT NULL;
