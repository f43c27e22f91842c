//! The languages offered, and which one a request gets.

use std::sync::atomic::{AtomicBool, Ordering};

/// A language of the site: UNESCO's six, and a pseudo-language that only tests turn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Locale {
    #[default]
    En,
    Fr,
    Es,
    Ar,
    Zh,
    Ru,
    /// `en-XA`: English with every message accented and bracketed, so that a test can
    /// tell the words that came from the catalogue from any left in code.
    Pseudo,
}

static PSEUDO_ENABLED: AtomicBool = AtomicBool::new(false);

/// Let `en-XA` be chosen (`GNLC_PSEUDO_LOCALE=1`; tests only).
pub fn enable_pseudo_locale() {
    PSEUDO_ENABLED.store(true, Ordering::Relaxed);
}

impl Locale {
    /// The languages people can choose, in the order of the language menu.
    pub const OFFERED: [Locale; 6] = [
        Locale::En,
        Locale::Fr,
        Locale::Es,
        Locale::Ar,
        Locale::Zh,
        Locale::Ru,
    ];

    /// Every language that has a catalogue of its own.
    pub const TRANSLATED: [Locale; 6] = Self::OFFERED;

    /// The BCP 47 tag of `<html lang>`, the cookie and the account.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::Ru => "ru",
            Locale::Pseudo => "en-XA",
        }
    }

    /// Whether an account may keep this language (the pseudo-language is for tests).
    pub fn is_offered(self) -> bool {
        self != Locale::Pseudo
    }

    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language a tag names: "fr", "fr-CA" and "FR" are French; "zh-Hans-CN" is
    /// Chinese. `None` for a language the site does not offer.
    pub fn parse(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case("en-XA") {
            return PSEUDO_ENABLED
                .load(Ordering::Relaxed)
                .then_some(Locale::Pseudo);
        }
        let primary = tag.split(['-', '_']).next()?;
        Self::OFFERED
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first language of an `Accept-Language` header the site offers, by the
    /// weights the browser gives (RFC 9110 §12.5.4); `None` if none.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut best: Option<(u16, usize, Locale)> = None;
        for (position, item) in header.split(',').take(32).enumerate() {
            let mut parts = item.split(';');
            let Some(locale) = parts.next().and_then(Locale::parse) else {
                continue;
            };
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), weight_of);
            let Some(weight) = weight.filter(|w| *w > 0) else {
                continue;
            };
            // Higher weight wins; at equal weight, the one the browser listed first.
            if best.is_none_or(|(w, _, _)| weight > w) {
                best = Some((weight, position, locale));
            }
        }
        best.map(|(_, _, l)| l)
    }
}

/// A q-value as thousandths: "0.8" is 800; `None` if it is not one.
fn weight_of(q: &str) -> Option<u16> {
    let q = q.trim();
    let (whole, fraction) = q.split_once('.').unwrap_or((q, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_names_its_language_whatever_its_region_or_case() {
        assert_eq!(Locale::parse("fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::parse("ZH-Hans-CN"), Some(Locale::Zh));
        assert_eq!(Locale::parse("ar"), Some(Locale::Ar));
        assert_eq!(Locale::parse("de"), None);
        assert_eq!(Locale::parse(""), None);
    }

    #[test]
    fn accept_language_is_read_by_weight_then_order() {
        let pick = Locale::from_accept_language;
        assert_eq!(pick("de-DE,fr;q=0.8,en;q=0.5"), Some(Locale::Fr));
        assert_eq!(pick("en;q=0.5, ru;q=0.9"), Some(Locale::Ru));
        assert_eq!(pick("es, ar"), Some(Locale::Es));
        assert_eq!(pick("ar;q=0, zh"), Some(Locale::Zh));
        assert_eq!(pick("de, it;q=0.9"), None);
        assert_eq!(pick("fr;q=banana"), None);
        assert_eq!(pick(""), None);
    }

    #[test]
    fn the_pseudo_language_is_chosen_only_where_it_is_turned_on() {
        // Off by default; `enable_pseudo_locale` is for the tests that look for words
        // left in code, and turning it on does not change the other languages.
        if !PSEUDO_ENABLED.load(Ordering::Relaxed) {
            assert_eq!(Locale::parse("en-XA"), None);
        }
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::Pseudo.code(), "en-XA");
    }
}
