-- The endorsement cockpit: the National Commission's order of its applications, and what
-- each signed scan stated when it was uploaded.

-- The National Commission's own order of its Member State's applications (1 first).
ALTER TABLE applications ADD COLUMN natcom_rank smallint CHECK (natcom_rank BETWEEN 1 AND 999);

-- What the signed pledge and the signed Part 2 on file stated when they were uploaded
-- ({"city_name": …, "mayor_name": …}): a scan binds to these, not to the whole form. NULL
-- without such a scan, or for one uploaded before this was kept.
ALTER TABLE applications
    ADD COLUMN pledge_statement jsonb CHECK (jsonb_typeof(pledge_statement) = 'object'),
    ADD COLUMN part2_statement  jsonb CHECK (jsonb_typeof(part2_statement) = 'object');

-- The order is an event only the National Commission and UIL read.
ALTER TABLE application_events DROP CONSTRAINT application_events_kind_check;
ALTER TABLE application_events ADD CONSTRAINT application_events_kind_check CHECK (kind IN (
    'created', 'transition', 'document_added', 'document_removed', 'part2_changed',
    'extension_granted', 'note', 'section_saved', 'colleague_joined', 'colleague_removed',
    'ranked'));

-- National Commissions are reminded 14, 7 and 2 days before their deadline.
ALTER TABLE reminders_sent DROP CONSTRAINT reminders_sent_kind_check;
ALTER TABLE reminders_sent ADD CONSTRAINT reminders_sent_kind_check CHECK (kind IN (
    'city_week', 'city_day', 'natcom_week', 'natcom_day', 'natcom_fortnight', 'natcom_two_days'));
