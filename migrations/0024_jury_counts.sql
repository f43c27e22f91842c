-- Each application keeps how many jurors are assigned to it and how many of them handed
-- their assessment in, as it keeps its assessments' count (migration 0011): the ranking
-- showed both by two subqueries per row, the larger part of its PostgreSQL time.
ALTER TABLE applications
    ADD COLUMN jurors_assigned integer NOT NULL DEFAULT 0 CHECK (jurors_assigned >= 0),
    ADD COLUMN jurors_scored   integer NOT NULL DEFAULT 0 CHECK (jurors_scored >= 0);

UPDATE applications a
   SET jurors_assigned = x.assigned, jurors_scored = x.scored
  FROM (SELECT j.application_id, count(*) AS assigned,
               count(*) FILTER (WHERE s.submitted_at IS NOT NULL) AS scored
          FROM jury_assignments j
          LEFT JOIN assessments s ON s.application_id = j.application_id AND s.reviewer_id = j.juror_id
         GROUP BY j.application_id) x
 WHERE x.application_id = a.id;

-- An assignment comes or goes: the juror counts, and so does what they handed in.
CREATE FUNCTION keep_juror_counts() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    row_   jury_assignments;
    delta  integer;
    scored integer;
BEGIN
    IF TG_OP = 'INSERT' THEN row_ := NEW; delta := 1; ELSE row_ := OLD; delta := -1; END IF;
    SELECT count(*) INTO scored FROM assessments
     WHERE application_id = row_.application_id AND reviewer_id = row_.juror_id
       AND submitted_at IS NOT NULL;
    UPDATE applications
       SET jurors_assigned = jurors_assigned + delta, jurors_scored = jurors_scored + delta * scored
     WHERE id = row_.application_id;
    RETURN NULL;
END $$;

CREATE TRIGGER jury_assignments_keep_counts
    AFTER INSERT OR DELETE ON jury_assignments
    FOR EACH ROW EXECUTE FUNCTION keep_juror_counts();

-- An assessment is handed in, or goes: it counts if its reviewer is an assigned juror.
CREATE FUNCTION keep_scored_count() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    delta integer;
    app   bigint := COALESCE(NEW.application_id, OLD.application_id);
    who   bigint := COALESCE(NEW.reviewer_id, OLD.reviewer_id);
BEGIN
    IF TG_OP = 'INSERT' THEN
        delta := (NEW.submitted_at IS NOT NULL)::integer;
    ELSIF TG_OP = 'UPDATE' THEN
        delta := (NEW.submitted_at IS NOT NULL)::integer - (OLD.submitted_at IS NOT NULL)::integer;
    ELSE
        delta := -(OLD.submitted_at IS NOT NULL)::integer;
    END IF;
    IF delta <> 0 AND EXISTS (SELECT 1 FROM jury_assignments
                               WHERE application_id = app AND juror_id = who) THEN
        UPDATE applications SET jurors_scored = jurors_scored + delta WHERE id = app;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER assessments_keep_scored_count
    AFTER INSERT OR UPDATE OF submitted_at OR DELETE ON assessments
    FOR EACH ROW EXECUTE FUNCTION keep_scored_count();

-- The ranking by median and by spread ("widest disagreement first") as by mean: read in
-- order through an index, not sorted again on every page.
CREATE INDEX applications_ranking_median_idx
    ON applications (call_id, review_median DESC NULLS LAST, review_mean DESC NULLS LAST, id)
    WHERE forwarded_at IS NOT NULL;
CREATE INDEX applications_ranking_spread_idx
    ON applications (call_id, review_spread DESC NULLS LAST, id)
    WHERE forwarded_at IS NOT NULL;
