-- Events with a kind and an audience (SPEC §3: every transition writes an event; the
-- timeline shows each kind for what it is).
--
-- Until now every event was a move "from → to", and what was no move (a signed
-- endorsement uploaded, a deadline extended) was written as a move from a stage to itself,
-- with the stage read before the change: after an endorsement with its signed PDF, the
-- timeline read "Moved it to 'Submitted to the National Commission'". Now:
--
--   kind      created           the city started the application (to_stage: draft)
--             transition        from_stage → to_stage
--             document_added    detail: {"document": pledge|supporting|endorsement, "filename": …}
--             document_removed  detail: as document_added
--             part2_changed     the National Commission's Part 2 (officer, note) was saved
--             extension_granted detail: {"stage": city|natcom, "deadline": "YYYY-MM-DD"}; note: UIL's reason
--             note              a note of the National Commission or UIL (note)
--   audience  everyone          whoever may see the application
--             natcom_uil        the National Commission and UIL only
--
-- Events never change at run time. This migration alone gives the existing rows their
-- kind: it disables the append-only trigger inside its own transaction and enables it
-- again before it commits.

ALTER TABLE application_events
    ADD COLUMN kind text NOT NULL DEFAULT 'transition' CHECK (kind IN (
        'created', 'transition', 'document_added', 'document_removed', 'part2_changed',
        'extension_granted', 'note')),
    ADD COLUMN audience text NOT NULL DEFAULT 'everyone' CHECK (audience IN ('everyone', 'natcom_uil')),
    ADD COLUMN detail jsonb,
    ALTER COLUMN to_stage DROP NOT NULL;

ALTER TABLE application_events DISABLE TRIGGER application_events_append_only;

UPDATE application_events SET kind = 'created' WHERE from_stage IS NULL;

UPDATE application_events
   SET kind = 'document_added', audience = 'natcom_uil',
       detail = '{"document": "endorsement"}', from_stage = NULL, to_stage = NULL, note = NULL
 WHERE from_stage = to_stage AND note = 'Signed endorsement uploaded';

-- "Deadline extended to 7 June 2023, 23:59 AoE (8 June 2023, 11:59 UTC): <reason>"
UPDATE application_events e
   SET kind = 'extension_granted',
       detail = jsonb_build_object('stage', x.stage, 'deadline', x.new_deadline),
       note = coalesce(substring(e.note FROM '^Deadline extended to [^(]*\([^)]*\): (.*)$'), e.note),
       from_stage = NULL, to_stage = NULL
  FROM deadline_extensions x
 WHERE e.from_stage = e.to_stage AND e.note LIKE 'Deadline extended to %'
   AND x.granted_by = e.actor_id AND x.created_at = e.created_at
   AND (x.application_id = e.application_id OR x.application_id IS NULL);

-- Anything else that moved nowhere is kept as a note.
UPDATE application_events
   SET kind = 'note', from_stage = NULL, to_stage = NULL
 WHERE kind = 'transition' AND from_stage = to_stage;

ALTER TABLE application_events ENABLE TRIGGER application_events_append_only;

ALTER TABLE application_events
    ALTER COLUMN kind DROP DEFAULT,
    ALTER COLUMN audience DROP DEFAULT,
    ADD CONSTRAINT application_events_kind_stages_check CHECK (CASE kind
        WHEN 'created' THEN from_stage IS NULL AND to_stage = 'draft'
        WHEN 'transition' THEN from_stage IS NOT NULL AND to_stage IS NOT NULL AND from_stage <> to_stage
        ELSE from_stage IS NULL AND to_stage IS NULL END);
