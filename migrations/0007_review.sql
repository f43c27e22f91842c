-- UIL's review (issue 5/8): one assessment per reviewer and application, a score from 1
-- to 5 for each criterion and a comment.
CREATE TABLE assessments (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id      bigint   NOT NULL REFERENCES applications (id),
    reviewer_id         bigint   NOT NULL REFERENCES users (id),
    -- Commitment of the city's leadership.
    score_commitment    smallint NOT NULL CHECK (score_commitment BETWEEN 1 AND 5),
    -- Strategy and plans.
    score_strategy      smallint NOT NULL CHECK (score_strategy BETWEEN 1 AND 5),
    -- Participation of stakeholders.
    score_participation smallint NOT NULL CHECK (score_participation BETWEEN 1 AND 5),
    -- Feasibility and resources.
    score_feasibility   smallint NOT NULL CHECK (score_feasibility BETWEEN 1 AND 5),
    -- Fit with the six features of a learning city in the call.
    score_fit           smallint NOT NULL CHECK (score_fit BETWEEN 1 AND 5),
    comment             text     NOT NULL CHECK (char_length(comment) <= 5000),
    created_at          timestamptz NOT NULL,
    UNIQUE (application_id, reviewer_id)
);

-- A member accepted through this service points to its application.
ALTER TABLE members ADD COLUMN application_id bigint REFERENCES applications (id);

-- The UIL list filters and sorts what reached UIL.
CREATE INDEX applications_forwarded_idx ON applications (forwarded_at DESC, id DESC)
    WHERE forwarded_at IS NOT NULL;
CREATE INDEX application_events_created_idx ON application_events (created_at DESC, id DESC);
