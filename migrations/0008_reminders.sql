-- Reminders before each deadline (issue 6/8), at most once per recipient: a reminder is
-- recorded here, in the transaction that queues its mail, under a key that includes the
-- deadline it is about. A restart finds it recorded; an extension (a new date) makes a
-- new key, so reminders follow the moved deadline.
CREATE TABLE reminders_sent (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- 'city_week', 'city_day', 'natcom_week' or 'natcom_day'.
    kind           text    NOT NULL CHECK (kind IN ('city_week', 'city_day', 'natcom_week', 'natcom_day')),
    call_id        bigint  NOT NULL REFERENCES calls (id),
    deadline       date    NOT NULL,
    recipient      text    NOT NULL,
    -- The draft a city reminder is about; none for a National Commission's.
    application_id bigint  REFERENCES applications (id),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX reminders_sent_once_key
    ON reminders_sent (kind, call_id, deadline, lower(recipient), coalesce(application_id, 0));
