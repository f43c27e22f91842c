-- UIL's dashboard counts failed mail on every view; the outbox grows with every change,
-- so the count must not scan it.
CREATE INDEX mail_outbox_failed_idx ON mail_outbox (id) WHERE state = 'failed';
