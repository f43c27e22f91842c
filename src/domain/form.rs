//! The application form, Part 1 (SPEC §4), as data: sections of questions of fields, each
//! field with its name (the form's `name`, the key of its stored answer and the CSV
//! column), kind and whether it is needed for submission. Pages, parsing, storage,
//! completeness and the export all read this one table: a new question is a new row here
//! (and its words in `locales/*/form.ftl`, by keys made from its name).
//!
//! Values are parsed where they enter ("parse, don't validate"): `Population::parse`,
//! `WordLimited::<200>::parse`, … return a value that is valid or a `Problem`, which the
//! web layer puts into words.

use std::collections::BTreeMap;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

// ---------- what can be wrong with a value ----------

/// Why a typed value could not be read from what a person typed. The web layer says it
/// in words, naming the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Needed and left empty (the field's own "missing" message says what to enter).
    Missing,
    TooLong {
        max: usize,
    },
    ControlCharacters,
    TooManyWords {
        max: usize,
        words: usize,
    },
    NotAnEmail,
    NotAPhoneNumber,
    NotAWebAddress,
    NotALanguage,
    NotACountry,
    NotAWholeNumber,
    PopulationOutOfRange,
    NotAnArea,
    NotAnAmount,
    NotSchoolingYears,
    NotAYear,
    /// A place in the National Commission's order outside 1…999.
    RankOutOfRange,
    NotAPriority,
    /// A criterion's weight outside 1…10.
    NotAWeight,
    /// A disagreement threshold outside 0.1…3.0.
    NotAThreshold,
    /// A number of jurors per application outside 1…10.
    NotAJurorCount,
}

// ---------- the values ----------

/// Characters people use to group digits: spaces (also no-break and narrow no-break),
/// commas, points, apostrophes, underscores.
fn without_grouping(raw: &str, keep_point: bool) -> String {
    raw.chars()
        .filter(|c| {
            !(c.is_whitespace()
                || "',_\u{a0}\u{202f}\u{2009}".contains(*c)
                || (!keep_point && *c == '.'))
        })
        .collect()
}

/// People living in the city: a whole number above zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Population(i64);

impl Population {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        match without_grouping(raw, false).parse::<i64>() {
            Ok(n) if n > 0 && n <= 100_000_000 => Ok(Population(n)),
            Ok(_) => Err(Problem::PopulationOutOfRange),
            Err(_) => Err(Problem::NotAWholeNumber),
        }
    }
    pub fn get(self) -> i64 {
        self.0
    }
}

/// A decimal figure within bounds: area, GDP per capita, years of schooling.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure(f64);

impl Figure {
    /// `min_exclusive`: whether the lower bound itself is refused (an area of 0 km²).
    fn parse(
        raw: &str,
        min: f64,
        min_exclusive: bool,
        max: f64,
        problem: Problem,
    ) -> Result<Self, Problem> {
        match without_grouping(raw, true).parse::<f64>() {
            Ok(x) if x.is_finite() && (x > min || (!min_exclusive && x == min)) && x <= max => {
                Ok(Figure(x))
            }
            _ => Err(problem),
        }
    }
    pub fn get(self) -> f64 {
        self.0
    }
}

/// The year a figure describes: not before 1950, not after this year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataYear(i16);

/// How many years after this one a figure's year may be typed (and then flagged).
const FUTURE_YEARS_READ: i32 = 5;

impl DataYear {
    pub fn parse(raw: &str, this_year: i32) -> Result<Self, Problem> {
        match raw.trim().parse::<i32>() {
            // A year still to come is flagged, not refused (`plausibility`); one far
            // beyond is a typing mistake.
            Ok(y) if (1950..=this_year + FUTURE_YEARS_READ).contains(&y) => Ok(DataYear(y as i16)),
            _ => Err(Problem::NotAYear),
        }
    }
    pub fn get(self) -> i16 {
        self.0
    }
}

/// A web address; "www.city.gov" is read as "https://www.city.gov".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebsiteUrl(String);

impl WebsiteUrl {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let s = raw.trim();
        let url = if s.contains("://") {
            s.to_owned()
        } else {
            format!("https://{s}")
        };
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"));
        let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or_default());
        let ok = host.is_some_and(|h| h.contains('.') && !h.starts_with('.') && !h.ends_with('.'))
            && url.len() <= 500
            && !url
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<');
        if ok {
            Ok(WebsiteUrl(url))
        } else {
            Err(Problem::NotAWebAddress)
        }
    }
    pub fn into_inner(self) -> String {
        self.0
    }
}

/// A phone number as people write it, with the country code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let s = raw.trim();
        let digits = s.chars().filter(char::is_ascii_digit).count();
        let allowed = s
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().\u{a0}/".contains(c));
        if allowed && (6..=20).contains(&digits) && s.len() <= 50 {
            Ok(PhoneNumber(s.to_owned()))
        } else {
            Err(Problem::NotAPhoneNumber)
        }
    }
    pub fn into_inner(self) -> String {
        self.0
    }
}

/// A text of at most `N` words (and 5,000 characters), with tabs and new lines but no
/// other control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordLimited<const N: usize>(String);

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The characters a text of several lines may hold besides printable ones.
fn is_line_break_or_tab(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\t')
}

impl<const N: usize> WordLimited<N> {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let text = raw.trim().replace("\r\n", "\n");
        let words = word_count(&text);
        if text
            .chars()
            .any(|c| c.is_control() && !is_line_break_or_tab(c))
        {
            Err(Problem::ControlCharacters)
        } else if words > N {
            Err(Problem::TooManyWords { max: N, words })
        } else if text.chars().count() > 5000 {
            Err(Problem::TooLong { max: 5000 })
        } else {
            Ok(WordLimited(text))
        }
    }
    pub fn into_inner(self) -> String {
        self.0
    }
}

/// How important a feature of a learning city is for the city, from 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Priority(i16);

impl Priority {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        match raw.trim().parse::<i16>() {
            Ok(p) if (1..=5).contains(&p) => Ok(Priority(p)),
            _ => Err(Problem::NotAPriority),
        }
    }
    pub fn get(self) -> i16 {
        self.0
    }
}

/// The language of communication with the city: English or French, as the official form
/// offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    French,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::French];

    pub fn parse(raw: &str) -> Result<Self, Problem> {
        match raw.trim() {
            "en" => Ok(Language::English),
            "fr" => Ok(Language::French),
            _ => Err(Problem::NotALanguage),
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
        }
    }
}

/// An ISO 3166 alpha-2 code, in capitals. Whether it names a UNESCO Member State is for
/// the reference data to say.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Iso2(String);

impl Iso2 {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let code = raw.trim().to_ascii_uppercase();
        if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) {
            Ok(Iso2(code))
        } else {
            Err(Problem::NotACountry)
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A text that must be given: `plain_text`, and `Missing` when empty.
pub fn required_text(raw: &str, max: usize, multiline: bool) -> Result<String, Problem> {
    match plain_text(raw, max, multiline)? {
        t if t.is_empty() => Err(Problem::Missing),
        t => Ok(t),
    }
}

/// One line of text (or several, with `multiline`), trimmed, at most `max` characters.
pub fn plain_text(raw: &str, max: usize, multiline: bool) -> Result<String, Problem> {
    let trimmed = raw.trim();
    if trimmed.chars().count() > max {
        return Err(Problem::TooLong { max });
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && !(multiline && is_line_break_or_tab(c)))
    {
        return Err(Problem::ControlCharacters);
    }
    Ok(trimmed.replace("\r\n", "\n"))
}

// ---------- the form as data ----------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line of text, at most this many characters.
    Line(usize),
    /// Several lines of text (a postal address), at most this many characters.
    Lines(usize),
    /// A text of at most 200 words.
    Words,
    Email,
    Phone,
    Url,
    Language,
    /// A UNESCO Member State, by ISO code.
    Country,
    Population,
    AreaKm2,
    Usd,
    SchoolingYears,
    /// The year of the figures named.
    Year(&'static [&'static str]),
    Priority,
    Checkbox,
}

/// A field of the form. What people read of it comes from the catalogue (`form.ftl`),
/// by keys made from its name: `field-<name>` (its label), `field-<name>-hint` (where
/// it has one) and `field-<name>-missing` (where `has_missing`).
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    /// Needed for submission (drafts may be incomplete).
    pub required: bool,
    /// Whether it has a message of its own for when it is needed and missing
    /// (`field-<name>-missing`): every field that can be needed has one.
    pub has_missing: bool,
    /// The browser's `autocomplete` token.
    pub autocomplete: &'static str,
}

impl Field {
    /// The catalogue key of its label: `field-<name>`.
    pub fn label_key(&self) -> String {
        format!("field-{}", self.name)
    }

    /// The catalogue key of its hint, `field-<name>-hint`; a field without a hint has
    /// no such message.
    pub fn hint_key(&self) -> String {
        format!("field-{}-hint", self.name)
    }

    /// The catalogue key of its message when needed and missing, `field-<name>-missing`
    /// (see `has_missing`).
    pub fn missing_key(&self) -> String {
        format!("field-{}-missing", self.name)
    }
}

/// One question on a page: a single field, which its label names, or related fields in a
/// fieldset with a legend (`question-<key>`) and a hint (`question-<key>-hint`).
#[derive(Debug)]
pub struct Question {
    /// The key of the fieldset; empty for a single field.
    pub key: &'static str,
    pub fields: &'static [Field],
}

impl Question {
    /// Whether its fields are grouped in a fieldset with a legend.
    pub fn is_group(&self) -> bool {
        !self.key.is_empty()
    }

    pub fn legend_key(&self) -> String {
        format!("question-{}", self.key)
    }

    pub fn hint_key(&self) -> String {
        format!("question-{}-hint", self.key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    City,
    Mayor,
    Contact,
    Profile,
    Motivation,
    Implementation,
    Priorities,
    Commitment,
    Documents,
}

const fn field(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        required: false,
        has_missing: false,
        autocomplete: "off",
    }
}

const fn needed(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        required: true,
        has_missing: true,
        autocomplete: "off",
    }
}

/// The year of optional figures: needed once a figure is given, with its own message.
const fn year_of(name: &'static str, figures: &'static [&'static str]) -> Field {
    Field {
        has_missing: true,
        ..field(name, Kind::Year(figures))
    }
}

const fn single(fields: &'static [Field]) -> Question {
    Question { key: "", fields }
}

const fn group(key: &'static str, fields: &'static [Field]) -> Question {
    Question { key, fields }
}

/// The six features of a learning city, in the order of the call text: the fields that
/// rate them (each labelled with the feature, `field-<name>`).
pub const FEATURES: [&str; 6] = [
    "priority_inclusive",
    "priority_families",
    "priority_workplace",
    "priority_technologies",
    "priority_quality",
    "priority_culture",
];

const CITY: &[Question] = &[
    single(&[Field {
        autocomplete: "address-level2",
        ..needed("city_name", Kind::Line(200))
    }]),
    single(&[needed("country", Kind::Country)]),
    single(&[Field {
        autocomplete: "url",
        ..field("website", Kind::Url)
    }]),
    single(&[needed("language", Kind::Language)]),
];

const MAYOR: &[Question] = &[
    single(&[Field {
        autocomplete: "honorific-prefix",
        ..field("mayor_salutation", Kind::Line(50))
    }]),
    single(&[needed("mayor_name", Kind::Line(200))]),
    single(&[needed("mayor_title", Kind::Line(300))]),
];

const CONTACT: &[Question] = &[
    single(&[Field {
        autocomplete: "honorific-prefix",
        ..field("contact_salutation", Kind::Line(50))
    }]),
    single(&[Field {
        autocomplete: "name",
        ..needed("contact_name", Kind::Line(200))
    }]),
    single(&[Field {
        autocomplete: "organization-title",
        ..needed("contact_title", Kind::Line(300))
    }]),
    // Optional, as on the official form: "if other than the municipality".
    single(&[Field {
        autocomplete: "organization",
        ..field("contact_organisation", Kind::Line(300))
    }]),
    single(&[Field {
        autocomplete: "street-address",
        ..needed("contact_address", Kind::Lines(1000))
    }]),
    single(&[Field {
        autocomplete: "postal-code",
        ..field("contact_postcode", Kind::Line(20))
    }]),
    single(&[Field {
        autocomplete: "tel",
        ..needed("contact_phone", Kind::Phone)
    }]),
    single(&[Field {
        autocomplete: "email",
        ..needed("contact_email", Kind::Email)
    }]),
];

const PROFILE: &[Question] = &[
    group(
        "population",
        &[
            needed("population", Kind::Population),
            needed("population_year", Kind::Year(&["population"])),
        ],
    ),
    group(
        "area",
        &[
            needed("area_km2", Kind::AreaKm2),
            needed("area_year", Kind::Year(&["area_km2"])),
        ],
    ),
    group(
        "gdp_city",
        &[
            field("gdp_city_usd", Kind::Usd),
            year_of("gdp_city_year", &["gdp_city_usd"]),
        ],
    ),
    group(
        "gdp_country",
        &[
            field("gdp_country_usd", Kind::Usd),
            year_of("gdp_country_year", &["gdp_country_usd"]),
        ],
    ),
    group(
        "schooling",
        &[
            field("schooling_women_years", Kind::SchoolingYears),
            field("schooling_men_years", Kind::SchoolingYears),
            year_of(
                "schooling_year",
                &["schooling_women_years", "schooling_men_years"],
            ),
        ],
    ),
];

const MOTIVATION: &[Question] = &[single(&[needed("motivation", Kind::Words)])];

const IMPLEMENTATION: &[Question] = &[single(&[needed("implementation", Kind::Words)])];

// Each feature is one group of radios: its fieldset's legend is the feature itself.
const PRIORITIES: &[Question] = &[
    single(&[field(FEATURES[0], Kind::Priority)]),
    single(&[field(FEATURES[1], Kind::Priority)]),
    single(&[field(FEATURES[2], Kind::Priority)]),
    single(&[field(FEATURES[3], Kind::Priority)]),
    single(&[field(FEATURES[4], Kind::Priority)]),
    single(&[field(FEATURES[5], Kind::Priority)]),
];

// The consent to publish is optional: submission does not need it (issue [7/8]).
const COMMITMENT: &[Question] = &[
    single(&[needed("commitment", Kind::Checkbox)]),
    single(&[field(PUBLISH_CONSENT, Kind::Checkbox)]),
];

/// The answer by which a city consents to the publication of its profile once accepted.
pub const PUBLISH_CONSENT: &str = "publish_consent";

impl Section {
    pub const ALL: [Section; 9] = [
        Section::City,
        Section::Mayor,
        Section::Contact,
        Section::Profile,
        Section::Motivation,
        Section::Implementation,
        Section::Priorities,
        Section::Commitment,
        Section::Documents,
    ];

    /// The section's part of the address: /applications/{id}/edit/{slug}.
    pub fn slug(self) -> &'static str {
        match self {
            Section::City => "city",
            Section::Mayor => "mayor",
            Section::Contact => "contact",
            Section::Profile => "profile",
            Section::Motivation => "motivation",
            Section::Implementation => "implementation",
            Section::Priorities => "priorities",
            Section::Commitment => "commitment",
            Section::Documents => "documents",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The catalogue key of its title: `section-<slug>`.
    pub fn title_key(self) -> String {
        format!("section-{}", self.slug())
    }

    /// The catalogue key of what its page says under its heading, `section-<slug>-intro`
    /// (only some sections have one).
    pub fn intro_key(self) -> String {
        format!("section-{}-intro", self.slug())
    }

    pub fn questions(self) -> &'static [Question] {
        match self {
            Section::City => CITY,
            Section::Mayor => MAYOR,
            Section::Contact => CONTACT,
            Section::Profile => PROFILE,
            Section::Motivation => MOTIVATION,
            Section::Implementation => IMPLEMENTATION,
            Section::Priorities => PRIORITIES,
            Section::Commitment => COMMITMENT,
            Section::Documents => &[],
        }
    }

    pub fn fields(self) -> impl Iterator<Item = &'static Field> {
        self.questions().iter().flat_map(|q| q.fields.iter())
    }

    pub fn next(self) -> Option<Section> {
        let i = Section::ALL.iter().position(|s| *s == self)?;
        Section::ALL.get(i + 1).copied()
    }

    /// Sections whose every field may stay empty.
    pub fn is_optional(self) -> bool {
        matches!(self, Section::Priorities | Section::Documents)
    }
}

/// Every field of Part 1, in the order of the form.
pub fn all_fields() -> impl Iterator<Item = &'static Field> {
    Section::ALL.into_iter().flat_map(Section::fields)
}

/// The field of a name. Looked up for every stored answer read and every value shown (a
/// comparison of 33 applications asks it thousands of times): by a map built once, not by
/// walking the form.
pub fn field_named(name: &str) -> Option<&'static Field> {
    static BY_NAME: std::sync::LazyLock<std::collections::HashMap<&'static str, &'static Field>> =
        std::sync::LazyLock::new(|| all_fields().map(|f| (f.name, f)).collect());
    BY_NAME.get(name).copied()
}

// ---------- answers ----------

/// A parsed value of one field.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Integer(i64),
    Decimal(f64),
    Flag(bool),
}

/// Parses what a person typed into `field`: `Ok(None)` when left empty.
pub fn parse(field: &Field, raw: &str, this_year: i32) -> Result<Option<Value>, Problem> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Ok(match field.kind {
            Kind::Checkbox => Some(Value::Flag(false)),
            _ => None,
        });
    }
    let text = |r: Result<String, Problem>| r.map(|v| Some(Value::Text(v)));
    let decimal = |r: Result<Figure, Problem>| r.map(|v| Some(Value::Decimal(v.get())));
    let integer = |n: i64| Some(Value::Integer(n));
    match field.kind {
        Kind::Line(max) => text(plain_text(raw, max, false)),
        Kind::Lines(max) => text(plain_text(raw, max, true)),
        Kind::Words => text(WordLimited::<200>::parse(raw).map(WordLimited::into_inner)),
        Kind::Email => text(
            super::account::EmailAddress::parse(trimmed)
                .map(|e| e.as_str().to_owned())
                .map_err(|_| Problem::NotAnEmail),
        ),
        Kind::Phone => text(PhoneNumber::parse(trimmed).map(PhoneNumber::into_inner)),
        Kind::Url => text(WebsiteUrl::parse(trimmed).map(WebsiteUrl::into_inner)),
        Kind::Language => text(Language::parse(trimmed).map(|l| l.code().to_owned())),
        Kind::Country => text(Iso2::parse(trimmed).map(|c| c.0)),
        Kind::Population => Population::parse(trimmed).map(|p| integer(p.get())),
        Kind::AreaKm2 => decimal(Figure::parse(
            trimmed,
            0.0,
            true,
            1_000_000.0,
            Problem::NotAnArea,
        )),
        Kind::Usd => decimal(Figure::parse(
            trimmed,
            0.0,
            false,
            10_000_000.0,
            Problem::NotAnAmount,
        )),
        Kind::SchoolingYears => decimal(Figure::parse(
            trimmed,
            0.0,
            false,
            25.0,
            Problem::NotSchoolingYears,
        )),
        Kind::Year(_) => DataYear::parse(trimmed, this_year).map(|y| integer(y.get().into())),
        Kind::Priority => Priority::parse(trimmed).map(|p| integer(p.get().into())),
        Kind::Checkbox => Ok(Some(Value::Flag(trimmed == "yes"))),
    }
}

/// The fields stored beside the answers, in columns of their own (the one application per
/// city and call, the quota and UIL's list use them); every other answer is stored in one
/// value keyed by field name.
pub const CITY_NAME: &str = "city_name";
pub const COUNTRY: &str = "country";

/// The contact person's details a juror never reads.
pub const WITHHELD_FROM_JURY: [&str; 4] = [
    "contact_phone",
    "contact_email",
    "contact_address",
    "contact_postcode",
];

/// The answers of Part 1, by field name. Every field may be empty while a draft, but the
/// city and its country, which an application has from its start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    values: BTreeMap<&'static str, Value>,
}

/// Writes a figure without a needless ".0" and without exponent notation.
fn decimal(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

impl Answers {
    /// The answers of a new application: its city and country.
    pub fn new(city_name: &str, country: &Iso2) -> Self {
        let mut a = Answers::default();
        a.values
            .insert(CITY_NAME, Value::Text(city_name.to_owned()));
        a.values
            .insert(COUNTRY, Value::Text(country.as_str().to_owned()));
        a
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values.get(name)
    }

    pub fn text(&self, name: &str) -> Option<&str> {
        match self.values.get(name) {
            Some(Value::Text(t)) => Some(t),
            _ => None,
        }
    }

    pub fn integer(&self, name: &str) -> Option<i64> {
        match self.values.get(name) {
            Some(Value::Integer(i)) => Some(*i),
            _ => None,
        }
    }

    pub fn decimal(&self, name: &str) -> Option<f64> {
        match self.values.get(name) {
            Some(Value::Decimal(d)) => Some(*d),
            Some(Value::Integer(i)) => Some(*i as f64),
            _ => None,
        }
    }

    pub fn flag(&self, name: &str) -> bool {
        matches!(self.values.get(name), Some(Value::Flag(true)))
    }

    pub fn city_name(&self) -> &str {
        self.text(CITY_NAME).unwrap_or_default()
    }

    pub fn country(&self) -> &str {
        self.text(COUNTRY).unwrap_or_default()
    }

    /// The city's language of communication: English when not (yet) chosen.
    pub fn language(&self) -> Language {
        self.text("language")
            .and_then(|l| Language::parse(l).ok())
            .unwrap_or(Language::English)
    }

    pub fn contact_email(&self) -> Option<&str> {
        self.text("contact_email")
    }

    pub fn commitment(&self) -> bool {
        self.flag("commitment")
    }

    /// Whether the city consents to the publication of its profile once accepted.
    pub fn publish_consent(&self) -> bool {
        self.flag(PUBLISH_CONSENT)
    }

    pub fn set_publish_consent(&mut self, consent: bool) {
        if consent {
            self.values.insert(PUBLISH_CONSENT, Value::Flag(true));
        } else {
            self.values.remove(PUBLISH_CONSENT);
        }
    }

    /// Stores a parsed value of `field`, or empties it. The city and its country keep
    /// their value when given none: an application always has both.
    pub fn set(&mut self, field: &'static Field, value: Option<Value>) {
        match value {
            Some(v) => {
                self.values.insert(field.name, v);
            }
            None if matches!(field.name, CITY_NAME | COUNTRY) => {}
            None => {
                self.values.remove(field.name);
            }
        }
    }

    /// The answers without the contact person's phone, email and postal address: what a
    /// juror reads (issue [6/8]).
    pub fn for_jury(mut self) -> Self {
        for name in WITHHELD_FROM_JURY {
            self.values.remove(name);
        }
        self
    }

    /// The value of `name` as it goes back into its form field ("" when empty).
    pub fn raw(&self, name: &str) -> String {
        match self.values.get(name) {
            None => String::new(),
            Some(Value::Text(t)) => t.clone(),
            Some(Value::Integer(i)) => i.to_string(),
            Some(Value::Decimal(d)) => decimal(*d),
            Some(Value::Flag(true)) => "yes".into(),
            Some(Value::Flag(false)) => String::new(),
        }
    }

    fn has(&self, name: &str) -> bool {
        match self.values.get(name) {
            None | Some(Value::Flag(false)) => false,
            Some(Value::Text(t)) => !t.is_empty(),
            Some(_) => true,
        }
    }

    /// The answers a city starts from when it applies again in a later call: every
    /// answer, but what is given again for each call, the commitment and any other
    /// consent (the form's checkboxes).
    pub fn for_a_new_call(&self) -> Answers {
        let values = self
            .values
            .iter()
            .filter(|(name, _)| field_named(name).is_none_or(|f| f.kind != Kind::Checkbox))
            .map(|(name, value)| (*name, value.clone()))
            .collect();
        Answers { values }
    }

    /// The answers but the city and its country, the way they are stored.
    pub fn stored(&self) -> StoredAnswers<'_> {
        StoredAnswers(self)
    }

    /// The answers read back from their stored value, with the city and the country from
    /// their columns. A stored key that is no field of the form any more is left out.
    pub fn from_stored(city_name: &str, country: &str, stored: StoredValues) -> Self {
        let mut a = Answers::default();
        a.values
            .insert(CITY_NAME, Value::Text(city_name.to_owned()));
        a.values.insert(COUNTRY, Value::Text(country.to_owned()));
        a.values.extend(stored.0);
        a
    }
}

/// The answers but the city and the country, serialised as one JSON object keyed by field
/// name: text as strings, figures as numbers, the commitment as a boolean.
pub struct StoredAnswers<'a>(&'a Answers);

impl Serialize for StoredAnswers<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let stored = self
            .0
            .values
            .iter()
            .filter(|(name, _)| !matches!(**name, CITY_NAME | COUNTRY));
        let mut map = serializer.serialize_map(None)?;
        for (name, value) in stored {
            match value {
                Value::Text(t) => map.serialize_entry(name, t)?,
                Value::Integer(i) => map.serialize_entry(name, i)?,
                Value::Decimal(d) => map.serialize_entry(name, d)?,
                Value::Flag(f) => map.serialize_entry(name, f)?,
            }
        }
        map.end()
    }
}

/// Stored answers as read back: each key matched to its field, each value read as its
/// field's kind says.
#[derive(Debug, Default)]
pub struct StoredValues(BTreeMap<&'static str, Value>);

impl<'de> Deserialize<'de> for StoredValues {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = StoredValues;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of answers keyed by field name")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<StoredValues, M::Error> {
                let mut values = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    let Some(field) =
                        field_named(&key).filter(|f| !matches!(f.name, CITY_NAME | COUNTRY))
                    else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                        continue;
                    };
                    let value = match field.kind {
                        Kind::Checkbox => Value::Flag(map.next_value()?),
                        Kind::Population | Kind::Year(_) | Kind::Priority => {
                            Value::Integer(map.next_value()?)
                        }
                        Kind::AreaKm2 | Kind::Usd | Kind::SchoolingYears => {
                            Value::Decimal(map.next_value()?)
                        }
                        _ => Value::Text(map.next_value()?),
                    };
                    values.insert(field.name, value);
                }
                Ok(StoredValues(values))
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

/// Whether `field` is needed given the other answers: a required field always; the year
/// of a figure as soon as the figure is given.
fn is_needed(field: &Field, answers: &Answers) -> bool {
    match field.kind {
        Kind::Year(figures) => field.required || figures.iter().any(|f| answers.has(f)),
        _ => field.required,
    }
}

/// The documents an application has, as far as completeness is concerned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Uploads {
    pub pledge: bool,
    pub supporting: usize,
}

/// What stops an application from being submitted.
#[derive(Debug, Clone, Copy)]
pub enum Lacking {
    /// A needed answer, with the field that lacks it.
    Answer(&'static Field),
    /// The commitment signed and stamped by the mayor.
    Pledge,
}

/// Two lacks are the same when they name the same field.
impl PartialEq for Lacking {
    fn eq(&self, other: &Self) -> bool {
        self.field_name() == other.field_name()
    }
}

impl Eq for Lacking {}

impl Lacking {
    /// The form field to go to.
    pub fn field_name(self) -> &'static str {
        match self {
            Lacking::Answer(f) => f.name,
            Lacking::Pledge => "pledge_pdf",
        }
    }

    /// The section to go to.
    pub fn section(self) -> Section {
        match self {
            Lacking::Answer(f) => Section::ALL
                .into_iter()
                .find(|s| s.fields().any(|g| g.name == f.name))
                .unwrap_or(Section::Commitment),
            Lacking::Pledge => Section::Commitment,
        }
    }
}

/// Everything missing for submission, in the order of the form.
pub fn missing(answers: &Answers, uploads: Uploads) -> Vec<Lacking> {
    let mut lacking: Vec<Lacking> = all_fields()
        .filter(|f| is_needed(f, answers) && !answers.has(f.name))
        .map(Lacking::Answer)
        .collect();
    if !uploads.pledge {
        lacking.push(Lacking::Pledge);
    }
    lacking
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    NotStarted,
    InProgress,
    Completed,
    /// An optional section left empty.
    Optional,
}

/// How far a section is, for the task list.
pub fn progress(section: Section, answers: &Answers, uploads: Uploads) -> Progress {
    match section {
        Section::Documents => {
            return if uploads.supporting > 0 {
                Progress::Completed
            } else {
                Progress::Optional
            };
        }
        Section::Commitment => {
            return match (answers.commitment(), uploads.pledge) {
                (true, true) => Progress::Completed,
                (false, false) => Progress::NotStarted,
                _ => Progress::InProgress,
            };
        }
        _ => {}
    }
    let fields: Vec<&Field> = section.fields().collect();
    let answered = fields.iter().filter(|f| answers.has(f.name)).count();
    let lacking = fields
        .iter()
        .any(|f| is_needed(f, answers) && !answers.has(f.name));
    if section.is_optional() {
        if answered == 0 {
            Progress::Optional
        } else if answered == fields.len() {
            Progress::Completed
        } else {
            Progress::InProgress
        }
    } else if answered == 0 {
        Progress::NotStarted
    } else if lacking {
        Progress::InProgress
    } else {
        Progress::Completed
    }
}

/// What a person sent for one section, parsed: each field's value (`None` when left
/// empty), and the problem of each field that could not be read.
#[derive(Debug, Clone)]
pub struct SectionInput {
    pub section: Section,
    pub values: Vec<(&'static Field, Option<Value>)>,
    pub problems: Vec<(&'static Field, Problem)>,
}

impl SectionInput {
    pub fn parse(section: Section, typed: impl Fn(&str) -> String, this_year: i32) -> Self {
        let mut values = Vec::new();
        let mut problems = Vec::new();
        for f in section.fields() {
            match parse(f, &typed(f.name), this_year) {
                Ok(None) if matches!(f.name, CITY_NAME | COUNTRY) => {
                    problems.push((f, Problem::Missing))
                }
                Ok(value) => values.push((f, value)),
                Err(problem) => problems.push((f, problem)),
            }
        }
        SectionInput {
            section,
            values,
            problems,
        }
    }

    /// The value sent for `name`, if it was read.
    pub fn value(&self, name: &str) -> Option<&Value> {
        self.values
            .iter()
            .find(|(f, _)| f.name == name)
            .and_then(|(_, v)| v.as_ref())
    }
}

impl Answers {
    /// These answers with the city and the country of `before`: where a new city or
    /// country cannot be taken, the rest of what was typed is still kept.
    pub fn keeping_place_of(mut self, before: &Answers) -> Answers {
        for name in [CITY_NAME, COUNTRY] {
            if let Some(v) = before.values.get(name) {
                self.values.insert(name, v.clone());
            }
        }
        self
    }

    /// These answers with what was read of a section; a field that could not be read
    /// keeps its former answer.
    pub fn with(&self, input: &SectionInput) -> Answers {
        let mut answers = self.clone();
        for (field, value) in &input.values {
            answers.set(field, value.clone());
        }
        answers
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every answer a complete application has.
    pub(crate) fn complete_answers() -> Answers {
        let mut a = Answers::new("Lisboa", &Iso2::parse("PT").unwrap());
        for (name, raw) in COMPLETE_FORM {
            let f = field_named(name).unwrap();
            a.set(f, parse(f, raw, 2023).unwrap());
        }
        a
    }

    pub(crate) const COMPLETE_FORM: &[(&str, &str)] = &[
        ("language", "en"),
        ("mayor_name", "Carlos Moedas"),
        ("mayor_title", "Mayor of Lisbon"),
        ("contact_name", "Ana Silva"),
        ("contact_title", "Head of Education"),
        ("contact_address", "Praça do Município\n1100-365 Lisboa"),
        ("contact_phone", "+351 21 322 7000"),
        ("contact_email", "ana.silva@cm-lisboa.pt"),
        ("population", "545 796"),
        ("population_year", "2021"),
        ("area_km2", "100.05"),
        ("area_year", "2021"),
        ("motivation", "Lisbon wants to learn with the world."),
        (
            "implementation",
            "Through libraries, schools and neighbourhood centres.",
        ),
        ("commitment", "yes"),
        ("publish_consent", "yes"),
    ];

    fn names(lacking: &[Lacking]) -> Vec<&'static str> {
        lacking.iter().map(|l| l.field_name()).collect()
    }

    #[test]
    fn a_complete_application_lacks_only_what_is_uploaded() {
        let a = complete_answers();
        let pledged = Uploads {
            pledge: true,
            supporting: 0,
        };
        assert_eq!(missing(&a, pledged), vec![]);
        assert_eq!(missing(&a, Uploads::default()), vec![Lacking::Pledge]);
    }

    #[test]
    fn an_empty_draft_names_every_required_answer() {
        let a = Answers::new("Lisboa", &Iso2::parse("PT").unwrap());
        assert_eq!(
            names(&missing(&a, Uploads::default())),
            [
                "language",
                "mayor_name",
                "mayor_title",
                "contact_name",
                "contact_title",
                "contact_address",
                "contact_phone",
                "contact_email",
                "population",
                "population_year",
                "area_km2",
                "area_year",
                "motivation",
                "implementation",
                "commitment",
                "pledge_pdf",
            ]
        );
    }

    #[test]
    fn every_field_that_can_be_needed_has_a_missing_message_of_its_own() {
        for f in all_fields() {
            let can_be_needed = f.required || matches!(f.kind, Kind::Year(_));
            assert_eq!(f.has_missing, can_be_needed, "{}", f.name);
        }
        let mayor = field_named("mayor_name").unwrap();
        assert_eq!(mayor.label_key(), "field-mayor_name");
        assert_eq!(mayor.hint_key(), "field-mayor_name-hint");
        assert_eq!(mayor.missing_key(), "field-mayor_name-missing");
        assert_eq!(Section::Profile.title_key(), "section-profile");
        assert_eq!(Section::Priorities.intro_key(), "section-priorities-intro");
        let groups: Vec<String> = Section::Profile
            .questions()
            .iter()
            .filter(|q| q.is_group())
            .map(Question::legend_key)
            .collect();
        assert_eq!(
            groups,
            [
                "question-population",
                "question-area",
                "question-gdp_city",
                "question-gdp_country",
                "question-schooling"
            ]
        );
        let rated: Vec<&str> = Section::Priorities.fields().map(|f| f.name).collect();
        assert_eq!(rated, FEATURES);
    }

    #[test]
    fn the_contact_organisation_is_optional_as_on_the_official_form() {
        let f = field_named("contact_organisation").unwrap();
        assert!(!f.required);
        assert_eq!(parse(f, "", 2023), Ok(None));
    }

    #[test]
    fn the_year_of_an_optional_figure_is_needed_once_the_figure_is_given() {
        let mut a = complete_answers();
        let gdp = field_named("gdp_city_usd").unwrap();
        a.set(gdp, parse(gdp, "45000", 2023).unwrap());
        let pledged = Uploads {
            pledge: true,
            supporting: 0,
        };
        assert_eq!(names(&missing(&a, pledged)), ["gdp_city_year"]);
        assert_eq!(missing(&a, pledged)[0].section(), Section::Profile);
    }

    #[test]
    fn two_hundred_words_pass_and_two_hundred_and_one_do_not() {
        let words = |n| vec!["word"; n].join(" ");
        assert!(WordLimited::<200>::parse(&words(200)).is_ok());
        assert_eq!(
            WordLimited::<200>::parse(&words(201)),
            Err(Problem::TooManyWords {
                max: 200,
                words: 201
            })
        );
        assert!(WordLimited::<200>::parse("line one\n\tline two").is_ok());
        assert_eq!(
            WordLimited::<200>::parse("nul\0here"),
            Err(Problem::ControlCharacters)
        );
    }

    #[test]
    fn figures_are_read_as_people_write_them() {
        assert_eq!(Population::parse("545 796").unwrap().get(), 545_796);
        assert_eq!(Population::parse("522\u{202f}250").unwrap().get(), 522_250);
        assert_eq!(Population::parse("1,234,567").unwrap().get(), 1_234_567);
        assert_eq!(Population::parse("1.234.567").unwrap().get(), 1_234_567);
        assert_eq!(Population::parse("0"), Err(Problem::PopulationOutOfRange));
        assert!(Population::parse("-5").is_err());
        assert_eq!(Population::parse("many"), Err(Problem::NotAWholeNumber));
        let area = field_named("area_km2").unwrap();
        assert_eq!(
            parse(area, "100.05", 2023),
            Ok(Some(Value::Decimal(100.05)))
        );
        assert_eq!(parse(area, "0", 2023), Err(Problem::NotAnArea));
        let year = field_named("area_year").unwrap();
        assert!(parse(year, "2024", 2023).is_ok(), "flagged, not refused");
        assert_eq!(parse(year, "2029", 2023), Err(Problem::NotAYear));
        assert!(parse(year, "1890", 2023).is_err());
        assert_eq!(parse(year, "2021", 2023), Ok(Some(Value::Integer(2021))));
    }

    #[test]
    fn addresses_phones_choices_and_plain_text_are_checked() {
        assert_eq!(
            WebsiteUrl::parse("www.lisboa.pt").unwrap().into_inner(),
            "https://www.lisboa.pt"
        );
        assert!(WebsiteUrl::parse("javascript:alert(1)").is_err());
        assert!(WebsiteUrl::parse("https://localhost").is_err());
        assert!(PhoneNumber::parse("+351 21 322 7000").is_ok());
        assert_eq!(PhoneNumber::parse("call me"), Err(Problem::NotAPhoneNumber));
        assert!(PhoneNumber::parse("123").is_err());
        assert!(Priority::parse("5").is_ok() && Priority::parse("6").is_err());
        assert!(Language::parse("fr").is_ok() && Language::parse("de").is_err());
        assert_eq!(Iso2::parse(" pt ").unwrap().as_str(), "PT");
        assert!(Iso2::parse("PRT").is_err());
        assert_eq!(
            plain_text("a\tb", 10, false),
            Err(Problem::ControlCharacters)
        );
        assert_eq!(plain_text("a\nb", 10, true).as_deref(), Ok("a\nb"));
        assert_eq!(
            plain_text("abcdef", 5, false),
            Err(Problem::TooLong { max: 5 })
        );
    }

    #[test]
    fn every_field_round_trips_through_the_answers_and_their_stored_form() {
        let a = complete_answers();
        for f in all_fields() {
            let raw = a.raw(f.name);
            let mut b = a.clone();
            b.set(f, parse(f, &raw, 2023).unwrap());
            assert_eq!(b, a, "{}", f.name);
        }
        let json = serde_json::to_string(&a.stored()).unwrap();
        assert!(
            !json.contains("city_name") && !json.contains("country\""),
            "the city and its country are stored in their columns: {json}"
        );
        let stored: StoredValues = serde_json::from_str(&json).unwrap();
        assert_eq!(Answers::from_stored("Lisboa", "PT", stored), a);
        // The names are those of SPEC §4, each once.
        let mut names: Vec<_> = all_fields().map(|f| f.name).collect();
        assert_eq!(names.len(), 36);
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 36);
    }

    #[test]
    fn a_stored_key_the_form_no_longer_has_is_left_out() {
        let stored: StoredValues =
            serde_json::from_str(r#"{"mayor_name": "Ana", "fax": "+1 555"}"#).unwrap();
        let a = Answers::from_stored("Lisboa", "PT", stored);
        assert_eq!(a.text("mayor_name"), Some("Ana"));
        assert_eq!(a.get("fax"), None);
    }

    #[test]
    fn a_section_keeps_what_was_read_and_names_what_was_not() {
        let before = complete_answers();
        let typed = |name: &str| match name {
            "mayor_name" => "Fernando Medina".to_owned(),
            "mayor_title" => "x".repeat(301),
            _ => String::new(),
        };
        let input = SectionInput::parse(Section::Mayor, typed, 2023);
        let after = before.with(&input);
        assert_eq!(after.text("mayor_name"), Some("Fernando Medina"));
        assert_eq!(after.text("mayor_title"), Some("Mayor of Lisbon"), "kept");
        assert_eq!(after.text("mayor_salutation"), None, "emptied");
        assert_eq!(input.problems.len(), 1);
        assert_eq!(input.problems[0].0.name, "mayor_title");
        assert_eq!(input.problems[0].1, Problem::TooLong { max: 300 });
    }

    #[test]
    fn sections_show_their_progress() {
        let empty = Answers::new("Lisboa", &Iso2::parse("PT").unwrap());
        let none = Uploads::default();
        assert_eq!(progress(Section::City, &empty, none), Progress::InProgress);
        assert_eq!(progress(Section::Mayor, &empty, none), Progress::NotStarted);
        assert_eq!(
            progress(Section::Priorities, &empty, none),
            Progress::Optional
        );
        assert_eq!(
            progress(Section::Documents, &empty, none),
            Progress::Optional
        );
        let full = complete_answers();
        assert_eq!(progress(Section::Mayor, &full, none), Progress::Completed);
        assert_eq!(
            progress(Section::Commitment, &full, none),
            Progress::InProgress
        );
        let with_pledge = Uploads {
            pledge: true,
            supporting: 0,
        };
        assert_eq!(
            progress(Section::Commitment, &full, with_pledge),
            Progress::Completed
        );
    }
}
