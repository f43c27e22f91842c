-- Country codes as text rather than char(2). The application binds them as text, and a
-- char(2) column compared with a text value is cast to text first, so no index on the
-- column could be used: every lookup by country scanned its whole call. The shape of a
-- code is still checked on member_states.iso2, and every other column points there.
ALTER TABLE members DROP CONSTRAINT members_country_fkey;
ALTER TABLE users DROP CONSTRAINT users_country_fkey;
ALTER TABLE applications DROP CONSTRAINT applications_country_fkey;
ALTER TABLE deadline_extensions DROP CONSTRAINT deadline_extensions_country_fkey;

ALTER TABLE member_states ALTER COLUMN iso2 TYPE text;
ALTER TABLE members ALTER COLUMN country TYPE text;
ALTER TABLE users ALTER COLUMN country TYPE text;
ALTER TABLE applications ALTER COLUMN country TYPE text;
ALTER TABLE deadline_extensions ALTER COLUMN country TYPE text;

ALTER TABLE members ADD CONSTRAINT members_country_fkey FOREIGN KEY (country) REFERENCES member_states (iso2);
ALTER TABLE users ADD CONSTRAINT users_country_fkey FOREIGN KEY (country) REFERENCES member_states (iso2);
ALTER TABLE applications ADD CONSTRAINT applications_country_fkey FOREIGN KEY (country) REFERENCES member_states (iso2);
ALTER TABLE deadline_extensions ADD CONSTRAINT deadline_extensions_country_fkey FOREIGN KEY (country) REFERENCES member_states (iso2);
