//! The `<option>`s of a choice of Member State, rendered once per process rather than
//! escaped and formatted on every view: 194 of them, a third of the UIL dashboard's page.

use std::collections::HashMap;
use std::fmt;

use askama::filters::{Escaper, Html};

use crate::db::member_states::MemberState;

pub struct CountryOptions {
    /// Every Member State's option, by name.
    html: String,
    /// Where each Member State's option starts in `html`, by ISO code.
    starts: HashMap<String, usize>,
}

impl CountryOptions {
    pub fn new(states: &[MemberState]) -> Self {
        let mut html = String::new();
        let mut starts = HashMap::new();
        for state in states {
            let start = html.len();
            html.push_str("<option value=\"");
            Html.write_escaped_str(&mut html, &state.iso2)
                .expect("writing to a String");
            html.push_str("\">");
            Html.write_escaped_str(&mut html, &state.name)
                .expect("writing to a String");
            html.push_str("</option>");
            starts.insert(state.iso2.clone(), start);
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
