-- The language of each account (NULL: the browser's), and the call's text in languages
-- other than English (calls.title and calls.body stay the English text).
CREATE DOMAIN site_language AS text CHECK (VALUE IN ('en', 'fr', 'es', 'ar', 'zh', 'ru'));

ALTER TABLE users ADD COLUMN locale site_language;

CREATE TABLE call_texts (
    call_id    bigint        NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    locale     site_language NOT NULL CHECK (locale <> 'en'),
    title      text          NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    body       text          NOT NULL CHECK (char_length(body) <= 100000),
    updated_at timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (call_id, locale)
);

-- A new text of a call is a new revision of the public call page, on every server.
CREATE TRIGGER call_texts_bump_site_revision
    AFTER INSERT OR UPDATE OR DELETE ON call_texts
    FOR EACH STATEMENT EXECUTE FUNCTION bump_site_revision('calls');
