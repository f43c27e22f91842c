-- Reference data: the UNESCO Member States (with their region) and the member cities
-- of the network. Loaded at start from data/ by src/db/seed.rs; UIL admins may later
-- import the official member list.

-- Which bundled data set has been loaded, so that loading at every start is idempotent
-- and never re-adds rows an admin has since removed.
CREATE TABLE reference_data_loads (
    name      text PRIMARY KEY,
    loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE member_states (
    iso2          char(2) PRIMARY KEY CHECK (iso2 ~ '^[A-Z]{2}$'),
    iso3          char(3) NOT NULL UNIQUE CHECK (iso3 ~ '^[A-Z]{3}$'),
    name          text    NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 100),
    -- UNESCO's electoral groups, by the names people use (I+II, III, IV, Va, Vb).
    unesco_region text    NOT NULL CHECK (unesco_region IN (
                      'Africa', 'Arab States', 'Asia and the Pacific',
                      'Europe and North America', 'Latin America and the Caribbean')),
    status        text    NOT NULL CHECK (status IN ('member', 'associate'))
);

-- The member directory shown on /members. Partial by nature: see data/README.md.
CREATE TABLE members (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    city        text     NOT NULL CHECK (char_length(city) BETWEEN 1 AND 200),
    country     char(2)  NOT NULL REFERENCES member_states (iso2),
    -- Unknown for some cities named in older announcements.
    joined_year smallint CHECK (joined_year BETWEEN 2013 AND 2100),
    -- Where the membership was seen (a public announcement), if known.
    source      text CHECK (char_length(source) <= 1000),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX members_city_country_key ON members (country, lower(city));
CREATE INDEX members_city_idx ON members (city);
