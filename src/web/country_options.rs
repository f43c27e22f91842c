//! The `<option>`s of a choice of Member State, rendered once per process: 190 names,
//! escaped and formatted on every view, were a third of the UIL dashboard's page and of
//! the work of rendering it.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use askama::filters::{Escaper, Html};

use crate::db::member_states::MemberState;

pub struct CountryOptions {
    /// Every Member State's option, by name.
    html: String,
    /// Where each Member State's option is in `html`, by ISO code.
    at: HashMap<String, Range<usize>>,
}

impl CountryOptions {
    pub fn new(states: &[MemberState]) -> Self {
        let mut html = String::new();
        let mut at = HashMap::new();
        for state in states {
            let start = html.len();
            html.push_str("<option value=\"");
            Html.write_escaped_str(&mut html, &state.iso2)
                .expect("writing to a String");
            html.push_str("\">");
            Html.write_escaped_str(&mut html, &state.name)
                .expect("writing to a String");
            html.push_str("</option>");
            at.insert(state.iso2.clone(), start..html.len());
        }
        CountryOptions { html, at }
    }

    /// The options, as HTML, with the Member State of code `iso2` selected (none if no
    /// Member State has that code).
    pub fn selecting<'a>(&'a self, iso2: &str) -> Selecting<'a> {
        Selecting {
            html: &self.html,
            selected: self.at.get(iso2).map(|r| r.start),
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

    fn state(iso2: &str, name: &str) -> MemberState {
        MemberState {
            iso2: iso2.into(),
            name: name.into(),
            region: "Europe and North America".into(),
        }
    }

    #[test]
    fn the_chosen_country_is_selected_and_names_are_escaped() {
        let options = CountryOptions::new(&[
            state("BA", "Bosnia & Herzegovina"),
            state("FR", "France"),
            state("DE", "Germany"),
        ]);
        assert_eq!(
            options.selecting("FR").to_string(),
            "<option value=\"BA\">Bosnia &#38; Herzegovina</option>\
             <option selected value=\"FR\">France</option>\
             <option value=\"DE\">Germany</option>"
        );
        assert!(!options.selecting("").to_string().contains("selected"));
        assert!(!options.selecting("XX").to_string().contains("selected"));
    }
}
