//! The application form, Part 1 (SPEC §4), as data: sections of questions of fields, each
//! field with its name (the form's `name` and the CSV column), label, kind and whether it
//! is needed for submission. Pages, validation and the completeness check all read this
//! one table.
//!
//! Values are parsed where they enter ("parse, don't validate"): `Population::parse`,
//! `WordLimited::<200>::parse`, … return a value that is valid or a message for the person.

use std::fmt;

// ---------- the values ----------

/// People living in the city: a whole number above zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Population(i64);

impl Population {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let digits: String = raw
            .chars()
            .filter(|c| !" ,.'\u{a0}\u{202f}_".contains(*c))
            .collect();
        match digits.parse::<i64>() {
            Ok(n) if n > 0 && n <= 100_000_000 => Ok(Population(n)),
            Ok(_) => Err("Population must be a number between 1 and 100,000,000"),
            Err(_) => Err("Population must be a whole number, like 250000"),
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
        message: &'static str,
    ) -> Result<Self, &'static str> {
        let cleaned: String = raw
            .chars()
            .filter(|c| !" ,'\u{a0}\u{202f}_".contains(*c))
            .collect();
        match cleaned.parse::<f64>() {
            Ok(x) if x.is_finite() && (x > min || (!min_exclusive && x == min)) && x <= max => {
                Ok(Figure(x))
            }
            _ => Err(message),
        }
    }
    pub fn get(self) -> f64 {
        self.0
    }
}

/// The year a figure describes: not before 1950, not after this year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataYear(i16);

impl DataYear {
    pub fn parse(raw: &str, this_year: i32) -> Result<Self, &'static str> {
        match raw.trim().parse::<i32>() {
            Ok(y) if (1950..=this_year).contains(&y) => Ok(DataYear(y as i16)),
            _ => Err("Enter the year as 4 digits, like 2022, not after this year"),
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
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
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
            Err("Enter a web address, like https://www.city.gov")
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
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let s = raw.trim();
        let digits = s.chars().filter(char::is_ascii_digit).count();
        let allowed = s
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().\u{a0}/".contains(c));
        if allowed && (6..=20).contains(&digits) && s.len() <= 50 {
            Ok(PhoneNumber(s.to_owned()))
        } else {
            Err("Enter a phone number with its country code, like +49 40 123456")
        }
    }
    pub fn into_inner(self) -> String {
        self.0
    }
}

/// A text of at most `N` words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordLimited<const N: usize>(String);

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

impl<const N: usize> WordLimited<N> {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let text = raw.trim().replace("\r\n", "\n");
        let words = word_count(&text);
        if words > N {
            Err(format!("{N} words or fewer, please: this has {words}"))
        } else if text.chars().count() > 5000 {
            Err("5,000 characters or fewer, please".into())
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
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        match raw.trim().parse::<i16>() {
            Ok(p) if (1..=5).contains(&p) => Ok(Priority(p)),
            _ => Err("Choose a rating from 1 to 5"),
        }
    }
    pub fn get(self) -> i16 {
        self.0
    }
}

/// The language of communication with the city.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    French,
}

impl Language {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        match raw.trim() {
            "en" => Ok(Language::English),
            "fr" => Ok(Language::French),
            _ => Err("Choose English or French"),
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
        }
    }
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

#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub kind: Kind,
    /// Needed for submission (drafts may be incomplete).
    pub required: bool,
    /// The message when it is needed and missing.
    pub missing: &'static str,
    /// The browser's `autocomplete` token.
    pub autocomplete: &'static str,
}

/// One question on a page: a single field, or related fields in a fieldset with a legend.
#[derive(Debug)]
pub struct Question {
    pub legend: &'static str,
    pub hint: &'static str,
    pub fields: &'static [Field],
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

const fn field(name: &'static str, label: &'static str, kind: Kind) -> Field {
    Field {
        name,
        label,
        hint: "",
        kind,
        required: false,
        missing: "",
        autocomplete: "off",
    }
}

const fn needed(
    name: &'static str,
    label: &'static str,
    kind: Kind,
    missing: &'static str,
) -> Field {
    Field {
        name,
        label,
        hint: "",
        kind,
        required: true,
        missing,
        autocomplete: "off",
    }
}

const fn single(fields: &'static [Field]) -> Question {
    Question {
        legend: "",
        hint: "",
        fields,
    }
}

/// The six features of a learning city, as the call text names them.
pub const FEATURES: [(&str, &str); 6] = [
    (
        "priority_inclusive",
        "Promoting inclusive learning, from basic to higher education",
    ),
    (
        "priority_families",
        "Revitalizing learning in families and communities",
    ),
    (
        "priority_workplace",
        "Facilitating learning for and in the workplace",
    ),
    (
        "priority_technologies",
        "Extending the use of modern learning technologies",
    ),
    (
        "priority_quality",
        "Enhancing quality and excellence in learning",
    ),
    (
        "priority_culture",
        "Fostering a culture of learning throughout life",
    ),
];

const CITY: &[Question] = &[
    single(&[Field {
        autocomplete: "address-level2",
        ..needed(
            "city_name",
            "Name of the city",
            Kind::Line(200),
            "Enter the name of the city",
        )
    }]),
    single(&[needed(
        "country",
        "Country",
        Kind::Country,
        "Choose the country of the city",
    )]),
    single(&[Field {
        hint: "For example, https://www.city.gov",
        autocomplete: "url",
        ..field(
            "website",
            "Official website of the city (optional)",
            Kind::Url,
        )
    }]),
    single(&[needed(
        "language",
        "Language of communication with UNESCO",
        Kind::Language,
        "Choose English or French as the language of communication",
    )]),
];

const MAYOR: &[Question] = &[
    single(&[Field {
        hint: "For example, Mr, Ms, Dr, H.E.",
        autocomplete: "honorific-prefix",
        ..field("mayor_salutation", "Salutation (optional)", Kind::Line(50))
    }]),
    single(&[needed(
        "mayor_name",
        "Full name of the mayor",
        Kind::Line(200),
        "Enter the full name of the mayor",
    )]),
    single(&[Field {
        hint: "As it should appear in letters, for example Lord Mayor of the City of Cork",
        ..needed(
            "mayor_title",
            "Exact official title of the mayor",
            Kind::Line(300),
            "Enter the exact official title of the mayor",
        )
    }]),
];

const CONTACT: &[Question] = &[
    single(&[Field {
        autocomplete: "honorific-prefix",
        ..field(
            "contact_salutation",
            "Salutation (optional)",
            Kind::Line(50),
        )
    }]),
    single(&[Field {
        autocomplete: "name",
        ..needed(
            "contact_name",
            "Full name of the contact person",
            Kind::Line(200),
            "Enter the full name of the contact person",
        )
    }]),
    single(&[Field {
        autocomplete: "organization-title",
        ..needed(
            "contact_title",
            "Title or position",
            Kind::Line(300),
            "Enter the title or position of the contact person",
        )
    }]),
    single(&[Field {
        autocomplete: "organization",
        ..needed(
            "contact_organisation",
            "Organisation",
            Kind::Line(300),
            "Enter the organisation of the contact person",
        )
    }]),
    single(&[Field {
        autocomplete: "street-address",
        ..needed(
            "contact_address",
            "Postal address",
            Kind::Lines(1000),
            "Enter the postal address of the contact person",
        )
    }]),
    single(&[Field {
        autocomplete: "postal-code",
        ..field("contact_postcode", "Postcode (optional)", Kind::Line(20))
    }]),
    single(&[Field {
        hint: "With the country code, for example +49 40 123456",
        autocomplete: "tel",
        ..needed(
            "contact_phone",
            "Phone number",
            Kind::Phone,
            "Enter the phone number of the contact person",
        )
    }]),
    single(&[Field {
        hint: "UNESCO writes to this address about the application",
        autocomplete: "email",
        ..needed(
            "contact_email",
            "Email address",
            Kind::Email,
            "Enter the email address of the contact person",
        )
    }]),
];

const PROFILE: &[Question] = &[
    Question {
        legend: "Population",
        hint: "The number of people living in the city, and the year of that figure.",
        fields: &[
            needed(
                "population",
                "Population",
                Kind::Population,
                "Enter the population of the city",
            ),
            needed(
                "population_year",
                "Year of the figure",
                Kind::Year(&["population"]),
                "Enter the year of the population figure",
            ),
        ],
    },
    Question {
        legend: "Area",
        hint: "In square kilometres, for example 891.8.",
        fields: &[
            needed(
                "area_km2",
                "Area in km²",
                Kind::AreaKm2,
                "Enter the area of the city in km²",
            ),
            needed(
                "area_year",
                "Year of the figure",
                Kind::Year(&["area_km2"]),
                "Enter the year of the area figure",
            ),
        ],
    },
    Question {
        legend: "GDP per capita of the city (optional)",
        hint: "In US dollars.",
        fields: &[
            field("gdp_city_usd", "GDP per capita of the city, USD", Kind::Usd),
            Field {
                missing: "Enter the year of the city's GDP figure",
                ..field(
                    "gdp_city_year",
                    "Year of the figure",
                    Kind::Year(&["gdp_city_usd"]),
                )
            },
        ],
    },
    Question {
        legend: "GDP per capita of the country (optional)",
        hint: "In US dollars.",
        fields: &[
            field(
                "gdp_country_usd",
                "GDP per capita of the country, USD",
                Kind::Usd,
            ),
            Field {
                missing: "Enter the year of the country's GDP figure",
                ..field(
                    "gdp_country_year",
                    "Year of the figure",
                    Kind::Year(&["gdp_country_usd"]),
                )
            },
        ],
    },
    Question {
        legend: "Average years of schooling (optional)",
        hint: "Of adults in the city, for example 11.5.",
        fields: &[
            field(
                "schooling_women_years",
                "Women, in years",
                Kind::SchoolingYears,
            ),
            field("schooling_men_years", "Men, in years", Kind::SchoolingYears),
            Field {
                missing: "Enter the year of the schooling figures",
                ..field(
                    "schooling_year",
                    "Year of the figures",
                    Kind::Year(&["schooling_women_years", "schooling_men_years"]),
                )
            },
        ],
    },
];

const MOTIVATION: &[Question] = &[single(&[Field {
    hint: "Why does the city want to join the network, and what is its social context? At most 200 words.",
    ..needed(
        "motivation",
        "Motivation and social context",
        Kind::Words,
        "Enter the motivation and social context of the city",
    )
}])];

const IMPLEMENTATION: &[Question] = &[single(&[Field {
    hint: "How does the city implement, or plan to implement, the learning city concept? At most 200 words; you may include links.",
    ..needed(
        "implementation",
        "Implementing the learning city concept",
        Kind::Words,
        "Enter how the city implements the learning city concept",
    )
}])];

// Each feature is one group of radios: its fieldset's legend is the feature itself.
const PRIORITIES: &[Question] = &[
    single(&[field("priority_inclusive", FEATURES[0].1, Kind::Priority)]),
    single(&[field("priority_families", FEATURES[1].1, Kind::Priority)]),
    single(&[field("priority_workplace", FEATURES[2].1, Kind::Priority)]),
    single(&[field(
        "priority_technologies",
        FEATURES[3].1,
        Kind::Priority,
    )]),
    single(&[field("priority_quality", FEATURES[4].1, Kind::Priority)]),
    single(&[field("priority_culture", FEATURES[5].1, Kind::Priority)]),
];

const COMMITMENT: &[Question] = &[single(&[needed(
    "commitment",
    "The city commits to the Beijing Declaration on Building Learning Cities and the Key Features of Learning Cities",
    Kind::Checkbox,
    "Confirm the city's commitment",
)])];

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

    pub fn title(self) -> &'static str {
        match self {
            Section::City => "The city",
            Section::Mayor => "The mayor",
            Section::Contact => "Contact person",
            Section::Profile => "City profile",
            Section::Motivation => "Motivation and social context",
            Section::Implementation => "The learning city concept in the city",
            Section::Priorities => "Priorities among the features of a learning city",
            Section::Commitment => "Commitment signed by the mayor",
            Section::Documents => "Supporting documents",
        }
    }

    /// What the section's page says under its heading.
    pub fn intro(self) -> &'static str {
        match self {
            Section::Priorities => {
                "How important is each of the six features of a learning city for your city, from 1 (least important) to 5 (most important)? This section is optional."
            }
            Section::Commitment => {
                "Print the application, have the mayor sign and stamp it, and upload the scan."
            }
            _ => "",
        }
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

pub fn field_named(name: &str) -> Option<&'static Field> {
    all_fields().find(|f| f.name == name)
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
pub fn parse(field: &Field, raw: &str, this_year: i32) -> Result<Option<Value>, String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Ok(match field.kind {
            Kind::Checkbox => Some(Value::Flag(false)),
            _ => None,
        });
    }
    let text = |max: usize, multiline: bool| -> Result<Option<Value>, String> {
        if trimmed.chars().count() > max {
            return Err(format!("{} must be {max} characters or fewer", field.label));
        }
        if trimmed
            .chars()
            .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t')))
        {
            return Err(format!(
                "{} must not contain control characters",
                field.label
            ));
        }
        Ok(Some(Value::Text(trimmed.replace("\r\n", "\n"))))
    };
    let s = |r: Result<String, &'static str>| r.map(|v| Some(Value::Text(v))).map_err(String::from);
    let d = |r: Result<Figure, &'static str>| {
        r.map(|v| Some(Value::Decimal(v.get())))
            .map_err(String::from)
    };
    match field.kind {
        Kind::Line(max) => text(max, false),
        Kind::Lines(max) => text(max, true),
        Kind::Words => WordLimited::<200>::parse(raw)
            .map(|w| Some(Value::Text(w.into_inner())))
            .map_err(|m| format!("{}: {m}", field.label)),
        Kind::Email => {
            s(super::account::EmailAddress::parse(trimmed).map(|e| e.as_str().to_owned()))
        }
        Kind::Phone => s(PhoneNumber::parse(trimmed).map(PhoneNumber::into_inner)),
        Kind::Url => s(WebsiteUrl::parse(trimmed).map(WebsiteUrl::into_inner)),
        Kind::Language => s(Language::parse(trimmed).map(|l| l.code().to_owned())),
        Kind::Country => {
            let code = trimmed.to_ascii_uppercase();
            if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) {
                Ok(Some(Value::Text(code)))
            } else {
                Err("Choose a country from the list".into())
            }
        }
        Kind::Population => Population::parse(trimmed)
            .map(|p| Some(Value::Integer(p.get())))
            .map_err(String::from),
        Kind::AreaKm2 => d(Figure::parse(
            trimmed,
            0.0,
            true,
            1_000_000.0,
            "Enter the area in km² as a number above 0, like 891.8",
        )),
        Kind::Usd => d(Figure::parse(
            trimmed,
            0.0,
            false,
            10_000_000.0,
            "Enter an amount in US dollars, like 45000",
        )),
        Kind::SchoolingYears => d(Figure::parse(
            trimmed,
            0.0,
            false,
            25.0,
            "Enter a number of years from 0 to 25, like 11.5",
        )),
        Kind::Year(_) => DataYear::parse(trimmed, this_year)
            .map(|y| Some(Value::Integer(i64::from(y.get()))))
            .map_err(String::from),
        Kind::Priority => Priority::parse(trimmed)
            .map(|p| Some(Value::Integer(i64::from(p.get()))))
            .map_err(String::from),
        Kind::Checkbox => Ok(Some(Value::Flag(trimmed == "yes"))),
    }
}

/// The answers of Part 1, as stored. Every field may be empty while a draft.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    pub city_name: String,
    pub country: String,
    pub website: Option<String>,
    pub language: Option<String>,
    pub mayor_salutation: Option<String>,
    pub mayor_name: Option<String>,
    pub mayor_title: Option<String>,
    pub contact_salutation: Option<String>,
    pub contact_name: Option<String>,
    pub contact_title: Option<String>,
    pub contact_organisation: Option<String>,
    pub contact_address: Option<String>,
    pub contact_postcode: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    pub population: Option<i64>,
    pub population_year: Option<i16>,
    pub area_km2: Option<f64>,
    pub area_year: Option<i16>,
    pub gdp_city_usd: Option<f64>,
    pub gdp_city_year: Option<i16>,
    pub gdp_country_usd: Option<f64>,
    pub gdp_country_year: Option<i16>,
    pub schooling_women_years: Option<f64>,
    pub schooling_men_years: Option<f64>,
    pub schooling_year: Option<i16>,
    pub motivation: Option<String>,
    pub implementation: Option<String>,
    pub priority_inclusive: Option<i16>,
    pub priority_families: Option<i16>,
    pub priority_workplace: Option<i16>,
    pub priority_technologies: Option<i16>,
    pub priority_quality: Option<i16>,
    pub priority_culture: Option<i16>,
    pub commitment: bool,
}

/// Writes a figure without a needless ".0" and without exponent notation.
fn decimal(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

impl Answers {
    /// The value of `name` as it goes back into its form field ("" when empty).
    pub fn raw(&self, name: &str) -> String {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let int = |v: Option<i64>| v.map(|x| x.to_string()).unwrap_or_default();
        let small = |v: Option<i16>| v.map(|x| x.to_string()).unwrap_or_default();
        let dec = |v: Option<f64>| v.map(decimal).unwrap_or_default();
        match name {
            "city_name" => self.city_name.clone(),
            "country" => self.country.clone(),
            "website" => text(&self.website),
            "language" => text(&self.language),
            "mayor_salutation" => text(&self.mayor_salutation),
            "mayor_name" => text(&self.mayor_name),
            "mayor_title" => text(&self.mayor_title),
            "contact_salutation" => text(&self.contact_salutation),
            "contact_name" => text(&self.contact_name),
            "contact_title" => text(&self.contact_title),
            "contact_organisation" => text(&self.contact_organisation),
            "contact_address" => text(&self.contact_address),
            "contact_postcode" => text(&self.contact_postcode),
            "contact_phone" => text(&self.contact_phone),
            "contact_email" => text(&self.contact_email),
            "population" => int(self.population),
            "population_year" => small(self.population_year),
            "area_km2" => dec(self.area_km2),
            "area_year" => small(self.area_year),
            "gdp_city_usd" => dec(self.gdp_city_usd),
            "gdp_city_year" => small(self.gdp_city_year),
            "gdp_country_usd" => dec(self.gdp_country_usd),
            "gdp_country_year" => small(self.gdp_country_year),
            "schooling_women_years" => dec(self.schooling_women_years),
            "schooling_men_years" => dec(self.schooling_men_years),
            "schooling_year" => small(self.schooling_year),
            "motivation" => text(&self.motivation),
            "implementation" => text(&self.implementation),
            "priority_inclusive" => small(self.priority_inclusive),
            "priority_families" => small(self.priority_families),
            "priority_workplace" => small(self.priority_workplace),
            "priority_technologies" => small(self.priority_technologies),
            "priority_quality" => small(self.priority_quality),
            "priority_culture" => small(self.priority_culture),
            "commitment" => {
                if self.commitment {
                    "yes".into()
                } else {
                    String::new()
                }
            }
            _ => String::new(),
        }
    }

    /// Stores a parsed value (or empties the field).
    pub fn set(&mut self, name: &str, value: Option<Value>) {
        let text = || match &value {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        };
        let int = || match value {
            Some(Value::Integer(i)) => Some(i),
            _ => None,
        };
        let small = || int().and_then(|i| i16::try_from(i).ok());
        let dec = || match value {
            Some(Value::Decimal(d)) => Some(d),
            _ => None,
        };
        match name {
            // The city and its country always have a value.
            "city_name" => {
                if let Some(t) = text() {
                    self.city_name = t;
                }
            }
            "country" => {
                if let Some(t) = text() {
                    self.country = t;
                }
            }
            "website" => self.website = text(),
            "language" => self.language = text(),
            "mayor_salutation" => self.mayor_salutation = text(),
            "mayor_name" => self.mayor_name = text(),
            "mayor_title" => self.mayor_title = text(),
            "contact_salutation" => self.contact_salutation = text(),
            "contact_name" => self.contact_name = text(),
            "contact_title" => self.contact_title = text(),
            "contact_organisation" => self.contact_organisation = text(),
            "contact_address" => self.contact_address = text(),
            "contact_postcode" => self.contact_postcode = text(),
            "contact_phone" => self.contact_phone = text(),
            "contact_email" => self.contact_email = text(),
            "population" => self.population = int(),
            "population_year" => self.population_year = small(),
            "area_km2" => self.area_km2 = dec(),
            "area_year" => self.area_year = small(),
            "gdp_city_usd" => self.gdp_city_usd = dec(),
            "gdp_city_year" => self.gdp_city_year = small(),
            "gdp_country_usd" => self.gdp_country_usd = dec(),
            "gdp_country_year" => self.gdp_country_year = small(),
            "schooling_women_years" => self.schooling_women_years = dec(),
            "schooling_men_years" => self.schooling_men_years = dec(),
            "schooling_year" => self.schooling_year = small(),
            "motivation" => self.motivation = text(),
            "implementation" => self.implementation = text(),
            "priority_inclusive" => self.priority_inclusive = small(),
            "priority_families" => self.priority_families = small(),
            "priority_workplace" => self.priority_workplace = small(),
            "priority_technologies" => self.priority_technologies = small(),
            "priority_quality" => self.priority_quality = small(),
            "priority_culture" => self.priority_culture = small(),
            "commitment" => self.commitment = matches!(value, Some(Value::Flag(true))),
            _ => {}
        }
    }

    fn has(&self, name: &str) -> bool {
        !self.raw(name).is_empty()
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

pub const MAX_SUPPORTING_DOCUMENTS: usize = 5;

/// What stops this application from being submitted: (field, message) for each missing
/// answer, in the order of the form.
pub fn missing(answers: &Answers, uploads: Uploads) -> Vec<(&'static str, &'static str)> {
    let mut problems: Vec<_> = all_fields()
        .filter(|f| is_needed(f, answers) && !answers.has(f.name))
        .map(|f| (f.name, f.missing))
        .collect();
    if !uploads.pledge {
        problems.push((
            "pledge_pdf",
            "Upload the commitment signed and stamped by the mayor, as a PDF",
        ));
    }
    problems
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    NotStarted,
    InProgress,
    Completed,
    /// An optional section left empty.
    Optional,
}

impl Progress {
    pub fn label(self) -> &'static str {
        match self {
            Progress::NotStarted => "Not started",
            Progress::InProgress => "In progress",
            Progress::Completed => "Completed",
            Progress::Optional => "Optional",
        }
    }
}

impl fmt::Display for Progress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
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
            return match (answers.commitment, uploads.pledge) {
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every answer a complete application has.
    pub(crate) fn complete_answers() -> Answers {
        let mut a = Answers {
            city_name: "Lisboa".into(),
            country: "PT".into(),
            ..Answers::default()
        };
        for (name, raw) in COMPLETE_FORM {
            let f = field_named(name).unwrap();
            a.set(name, parse(f, raw, 2023).unwrap());
        }
        a
    }

    pub(crate) const COMPLETE_FORM: &[(&str, &str)] = &[
        ("language", "en"),
        ("mayor_name", "Carlos Moedas"),
        ("mayor_title", "Mayor of Lisbon"),
        ("contact_name", "Ana Silva"),
        ("contact_title", "Head of Education"),
        ("contact_organisation", "Câmara Municipal de Lisboa"),
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
    ];

    #[test]
    fn a_complete_application_lacks_only_what_is_uploaded() {
        let a = complete_answers();
        assert_eq!(
            missing(
                &a,
                Uploads {
                    pledge: true,
                    supporting: 0
                }
            ),
            vec![]
        );
        assert_eq!(
            missing(&a, Uploads::default()),
            vec![(
                "pledge_pdf",
                "Upload the commitment signed and stamped by the mayor, as a PDF"
            )]
        );
    }

    #[test]
    fn an_empty_draft_names_every_required_answer() {
        let a = Answers {
            city_name: "Lisboa".into(),
            country: "PT".into(),
            ..Answers::default()
        };
        let names: Vec<_> = missing(&a, Uploads::default())
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(
            names,
            [
                "language",
                "mayor_name",
                "mayor_title",
                "contact_name",
                "contact_title",
                "contact_organisation",
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
    fn the_year_of_an_optional_figure_is_needed_once_the_figure_is_given() {
        let mut a = complete_answers();
        let gdp = field_named("gdp_city_usd").unwrap();
        a.set("gdp_city_usd", parse(gdp, "45000", 2023).unwrap());
        let lacking = missing(
            &a,
            Uploads {
                pledge: true,
                supporting: 0,
            },
        );
        assert_eq!(
            lacking,
            vec![("gdp_city_year", "Enter the year of the city's GDP figure")]
        );
    }

    #[test]
    fn two_hundred_words_pass_and_two_hundred_and_one_do_not() {
        let words = |n| vec!["word"; n].join(" ");
        assert!(WordLimited::<200>::parse(&words(200)).is_ok());
        let e = WordLimited::<200>::parse(&words(201)).unwrap_err();
        assert_eq!(e, "200 words or fewer, please: this has 201");
    }

    #[test]
    fn figures_are_read_as_people_write_them() {
        assert_eq!(Population::parse("545 796").unwrap().get(), 545_796);
        assert_eq!(Population::parse("1,234,567").unwrap().get(), 1_234_567);
        assert!(Population::parse("0").is_err());
        assert!(Population::parse("-5").is_err());
        assert!(Population::parse("many").is_err());
        let area = field_named("area_km2").unwrap();
        assert_eq!(
            parse(area, "100.05", 2023),
            Ok(Some(Value::Decimal(100.05)))
        );
        assert!(parse(area, "0", 2023).is_err());
        let year = field_named("area_year").unwrap();
        assert!(parse(year, "2024", 2023).is_err(), "a year after this one");
        assert!(parse(year, "1890", 2023).is_err());
        assert_eq!(parse(year, "2021", 2023), Ok(Some(Value::Integer(2021))));
    }

    #[test]
    fn addresses_phones_and_choices_are_checked() {
        assert_eq!(
            WebsiteUrl::parse("www.lisboa.pt").unwrap().into_inner(),
            "https://www.lisboa.pt"
        );
        assert!(WebsiteUrl::parse("javascript:alert(1)").is_err());
        assert!(WebsiteUrl::parse("https://localhost").is_err());
        assert!(PhoneNumber::parse("+351 21 322 7000").is_ok());
        assert!(PhoneNumber::parse("call me").is_err());
        assert!(PhoneNumber::parse("123").is_err());
        assert!(Priority::parse("5").is_ok() && Priority::parse("6").is_err());
        assert!(Language::parse("fr").is_ok() && Language::parse("de").is_err());
    }

    #[test]
    fn every_field_name_round_trips_through_the_answers() {
        let a = complete_answers();
        for f in all_fields() {
            let raw = a.raw(f.name);
            let mut b = a.clone();
            b.set(f.name, parse(f, &raw, 2023).unwrap());
            assert_eq!(b, a, "{}", f.name);
        }
        // The names are those of SPEC §4, each once.
        let mut names: Vec<_> = all_fields().map(|f| f.name).collect();
        assert_eq!(names.len(), 35);
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 35);
    }

    #[test]
    fn sections_show_their_progress() {
        let empty = Answers {
            city_name: "Lisboa".into(),
            country: "PT".into(),
            ..Answers::default()
        };
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
