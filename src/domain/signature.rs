//! What a signed paper states, and a short digest of it. The mayor signs the pledge and
//! the National Commission signs Part 2 on paper; the server prints on each generated page
//! the statement and its digest, and keeps the statement a scan was uploaded with. If what
//! it covers changes afterwards, the scan no longer binds (a change elsewhere in the form
//! does not count). Nobody reads scans by machine: people compare the printed digest with
//! the one the application shows, by eye.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::form::Answers;

/// What a signed paper states: its fields, by name, as written on it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Statement(BTreeMap<String, String>);

/// The fields of the pledge's statement, in the order the page prints them.
pub const PLEDGE_FIELDS: [&str; 5] = [
    "city_name",
    "country",
    "mayor_name",
    "mayor_title",
    "commitment",
];
/// The fields of Part 2's statement.
pub const PART2_FIELDS: [&str; 3] = ["city_name", "officer_name", "officer_title"];

impl Statement {
    fn of(pairs: impl IntoIterator<Item = (&'static str, String)>) -> Self {
        Statement(
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.trim().to_owned()))
                .collect(),
        )
    }

    pub fn get(&self, field: &str) -> &str {
        self.0.get(field).map_or("", String::as_str)
    }

    /// Twelve hexadecimal digits of the SHA-256 of the statement, in three groups
    /// ("3F9A-C2E1-07B4"): short enough to compare by eye, long enough that no change
    /// goes unseen by chance.
    pub fn digest(&self) -> String {
        let mut hash = Sha256::new();
        for (field, value) in &self.0 {
            hash.update(field.as_bytes());
            hash.update([0]);
            hash.update(value.as_bytes());
            hash.update([0]);
        }
        let hex: String = hash
            .finalize()
            .iter()
            .take(6)
            .map(|b| format!("{b:02X}"))
            .collect();
        format!("{}-{}-{}", &hex[0..4], &hex[4..8], &hex[8..12])
    }

    /// The fields whose value differs in `now`, in `order`.
    pub fn changed_in(&self, now: &Statement, order: &[&'static str]) -> Vec<&'static str> {
        order
            .iter()
            .copied()
            .filter(|f| self.get(f) != now.get(f))
            .collect()
    }
}

/// What the mayor's pledge states: the city, its country, the mayor's name and title, and
/// the commitment.
pub fn pledge(answers: &Answers) -> Statement {
    Statement::of([
        ("city_name", answers.city_name().to_owned()),
        ("country", answers.country().to_owned()),
        (
            "mayor_name",
            answers.text("mayor_name").unwrap_or_default().to_owned(),
        ),
        (
            "mayor_title",
            answers.text("mayor_title").unwrap_or_default().to_owned(),
        ),
        (
            "commitment",
            if answers.commitment() { "yes" } else { "no" }.to_owned(),
        ),
    ])
}

/// What the National Commission's Part 2 states: the city and the signing officer.
pub fn part2(city: &str, officer_name: &str, officer_title: &str) -> Statement {
    Statement::of([
        ("city_name", city.to_owned()),
        ("officer_name", officer_name.to_owned()),
        ("officer_title", officer_title.to_owned()),
    ])
}

/// Whether a scan uploaded with statement `signed` still binds to `now`: a scan from
/// before statements were kept (`None`) is taken as it is.
pub fn still_binds(signed: Option<&Statement>, now: &Statement) -> bool {
    signed.is_none_or(|s| s == now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::form::Iso2;

    fn answers(mayor: &str) -> Answers {
        let mut a = Answers::new("Lisboa", &Iso2::parse("PT").unwrap());
        let field = crate::domain::form::field_named("mayor_name").unwrap();
        a.set(field, Some(crate::domain::form::Value::Text(mayor.into())));
        a
    }

    #[test]
    fn the_digest_is_short_stable_and_follows_what_it_covers() {
        let one = pledge(&answers("Carlos Moedas"));
        let digest = one.digest();
        assert_eq!(digest.len(), 14);
        assert_eq!(digest.matches('-').count(), 2);
        assert_eq!(digest, pledge(&answers("Carlos Moedas")).digest(), "stable");
        assert_eq!(
            digest,
            pledge(&answers(" Carlos Moedas ")).digest(),
            "spaces around do not count"
        );
        let other = pledge(&answers("Carlos Moedas Jr"));
        assert_ne!(digest, other.digest());
        assert_eq!(one.changed_in(&other, &PLEDGE_FIELDS), vec!["mayor_name"]);
    }

    #[test]
    fn a_change_outside_the_statement_leaves_the_scan_binding() {
        let before = answers("Carlos Moedas");
        let mut after = before.clone();
        let website = crate::domain::form::field_named("website").unwrap();
        after.set(
            website,
            Some(crate::domain::form::Value::Text("https://lisboa.pt".into())),
        );
        assert!(still_binds(Some(&pledge(&before)), &pledge(&after)));
        assert!(!still_binds(
            Some(&pledge(&before)),
            &pledge(&answers("Ana"))
        ));
        assert!(
            still_binds(None, &pledge(&after)),
            "a scan from before statements were kept"
        );
        let p = part2("Lisboa", "Ana Lima", "Secretary-General");
        assert_ne!(
            p.digest(),
            part2("Lisboa", "Ana Lima", "President").digest()
        );
    }
}
