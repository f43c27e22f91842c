//! The `<option>`s of a choice of Member State, rendered once per process and language
//! rather than escaped and formatted on every view: 194 of them, a third of the UIL
//! dashboard's page. Each Member State is named as the United Nations names it in the
//! language, in that language's alphabetical order.

use std::collections::HashMap;
use std::fmt;

use askama::filters::{Escaper, Html};

use crate::db::member_states::MemberState;
use crate::i18n::{Tr, sorted_by_name};

pub struct CountryOptions {
    /// Every Member State's option, by name in the language.
    html: String,
    /// Where each Member State's option starts in `html`, by ISO code.
    starts: HashMap<String, usize>,
}

impl CountryOptions {
    /// The options of `states`, named and ordered in the language of `tr`.
    pub fn new(tr: Tr, states: &[MemberState]) -> Self {
        let mut html = String::new();
        let mut starts = HashMap::new();
        for (iso2, name) in sorted_by_name(tr, states.iter().map(|s| s.iso2.as_str())) {
            let start = html.len();
            html.push_str("<option value=\"");
            Html.write_escaped_str(&mut html, iso2)
                .expect("writing to a String");
            html.push_str("\">");
            Html.write_escaped_str(&mut html, &name)
                .expect("writing to a String");
            html.push_str("</option>");
            starts.insert(iso2.to_owned(), start);
        }
        CountryOptions { html, starts }
    }

    /// The options, as HTML, with the Member State of code `iso2` selected (none if no
    /// Member State has that code).
    pub fn selecting<'a>(&'a self, iso2: &str) -> Selecting<'a> {
        Selecting {
            html: &self.html,
            selected: self.starts.get(iso2).copied(),
        }
    }
}

/// The options with one selected (see `CountryOptions::selecting`); safe HTML.
pub struct Selecting<'a> {
    html: &'a str,
    /// Where the selected option starts.
    selected: Option<usize>,
}

impl fmt::Display for Selecting<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.selected {
            None => f.write_str(self.html),
            Some(start) => {
                let (before, from) = self.html.split_at(start + "<option".len());
                f.write_str(before)?;
                f.write_str(" selected")?;
                f.write_str(from)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn state(iso2: &str, name: &str) -> MemberState {
        MemberState {
            iso2: iso2.into(),
            name: name.into(),
            region: "Europe and North America".into(),
        }
    }

    #[test]
    fn the_chosen_country_is_selected_and_names_are_escaped() {
        let states = [
            state("BA", "Bosnia and Herzegovina"),
            state("FR", "France"),
            state("DE", "Germany"),
        ];
        let options = CountryOptions::new(Tr::new(Locale::En), &states);
        let html = options.selecting("FR").to_string();
        assert!(
            html.contains("<option selected value=\"FR\">France</option>"),
            "{html}"
        );
        assert_eq!(html.matches("<option").count(), 3);
        assert!(!options.selecting("").to_string().contains("selected"));
        assert!(!options.selecting("XX").to_string().contains("selected"));
    }

    #[test]
    fn member_states_are_named_and_ordered_in_the_language() {
        let states = [
            state("DE", "Germany"),
            state("EG", "Egypt"),
            state("ES", "Spain"),
        ];
        let options = CountryOptions::new(Tr::new(Locale::Fr), &states);
        assert_eq!(
            options.selecting("").to_string(),
            "<option value=\"DE\">Allemagne</option>\
             <option value=\"EG\">Égypte</option>\
             <option value=\"ES\">Espagne</option>"
        );
    }
}
