-- 1. UIL's counts by region follow a change of an application's region.
--
-- uil_count_add looked the region up in member_states at the moment of the count, and the
-- counts were kept only when an application's call, country, stage or assessments
-- changed. When a new data set moved a Member State to another region, its applications
-- took the new region (member_state_changed, migration 0013) but their counts stayed
-- under the old one. The counts now use the region each application carries, and move
-- when it changes.

CREATE FUNCTION uil_count_move(c bigint, k text, r text, s text, a boolean, delta integer) RETURNS void
LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION keep_uil_counts() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    was_counted constant boolean := TG_OP <> 'INSERT' AND OLD.forwarded_at IS NOT NULL;
    is_counted  constant boolean := TG_OP <> 'DELETE' AND NEW.forwarded_at IS NOT NULL;
BEGIN
    IF was_counted AND is_counted THEN
        IF (OLD.call_id, OLD.country, OLD.region, OLD.stage, OLD.assessment_count > 0)
           = (NEW.call_id, NEW.country, NEW.region, NEW.stage, NEW.assessment_count > 0) THEN
            RETURN NULL;
        END IF;
        -- Two counters change: always in the order of their keys, so that two
        -- transactions moving applications in opposite directions cannot deadlock.
        IF (NEW.call_id, NEW.country, NEW.region, NEW.stage, NEW.assessment_count > 0)
           < (OLD.call_id, OLD.country, OLD.region, OLD.stage, OLD.assessment_count > 0) THEN
            PERFORM uil_count_move(NEW.call_id, NEW.country, NEW.region, NEW.stage, NEW.assessment_count > 0, 1);
            PERFORM uil_count_move(OLD.call_id, OLD.country, OLD.region, OLD.stage, OLD.assessment_count > 0, -1);
            RETURN NULL;
        END IF;
    END IF;
    IF was_counted THEN
        PERFORM uil_count_move(OLD.call_id, OLD.country, OLD.region, OLD.stage, OLD.assessment_count > 0, -1);
    END IF;
    IF is_counted THEN
        PERFORM uil_count_move(NEW.call_id, NEW.country, NEW.region, NEW.stage, NEW.assessment_count > 0, 1);
    END IF;
    RETURN NULL;
END $$;

DROP FUNCTION uil_count_add(bigint, text, text, boolean, integer);

DROP TRIGGER applications_uil_counts_update ON applications;
CREATE TRIGGER applications_uil_counts_update
    AFTER UPDATE OF call_id, country, region, stage, forwarded_at, assessment_count ON applications
    FOR EACH ROW WHEN (OLD.forwarded_at IS NOT NULL OR NEW.forwarded_at IS NOT NULL)
    EXECUTE FUNCTION keep_uil_counts();

-- Counts already left under an old region are counted again.
DELETE FROM uil_region_counts;
INSERT INTO uil_region_counts (region, call_id, stage, assessed, n)
SELECT region, call_id, stage, assessment_count > 0, count(*)
  FROM applications WHERE forwarded_at IS NOT NULL
 GROUP BY 1, 2, 3, 4;

-- 2. What the public pages show has a revision, and every server hears of a new one.
--
-- The call page and the member directory are the same for every visitor. A server keeps
-- each rendered once, keyed by the revision of what it shows (and the reader's language,
-- and the call's phase at the clock's time). Any change of the calls, the members or the
-- Member States makes a new revision here, in the transaction of the change, and a
-- notification on the channel gnlc_site when it commits; servers listen, and while they
-- cannot listen they read this table on every view.

CREATE TABLE site_revisions (
    name     text   PRIMARY KEY CHECK (name IN ('calls', 'directory')),
    revision bigint NOT NULL
);
INSERT INTO site_revisions (name, revision) VALUES ('calls', 1), ('directory', 1);

CREATE FUNCTION bump_site_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    part text;
    next bigint;
BEGIN
    FOREACH part IN ARRAY TG_ARGV LOOP
        UPDATE site_revisions SET revision = revision + 1 WHERE name = part RETURNING revision INTO next;
        PERFORM pg_notify('gnlc_site', part || ' ' || next);
    END LOOP;
    RETURN NULL;
END $$;

CREATE TRIGGER calls_bump_site_revision
    AFTER INSERT OR UPDATE OR DELETE ON calls
    FOR EACH STATEMENT EXECUTE FUNCTION bump_site_revision('calls');
CREATE TRIGGER members_bump_site_revision
    AFTER INSERT OR UPDATE OR DELETE ON members
    FOR EACH STATEMENT EXECUTE FUNCTION bump_site_revision('directory');
CREATE TRIGGER member_states_bump_site_revision
    AFTER INSERT OR UPDATE OR DELETE ON member_states
    FOR EACH STATEMENT EXECUTE FUNCTION bump_site_revision('directory');
