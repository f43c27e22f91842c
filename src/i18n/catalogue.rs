//! The message catalogues: `locales/<language>/<area>.ftl`, embedded in the binary and
//! read once into Fluent bundles.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::Locale;
use super::format;

/// One file per area of the site; every language has every file.
macro_rules! catalogue_files {
    ($($area:literal),* $(,)?) => {
        /// The `.ftl` sources of a language, by file name.
        fn sources(code: &str) -> Vec<(&'static str, &'static str)> {
            match code {
                "en" => vec![$(($area, include_str!(concat!("../../locales/en/", $area, ".ftl")))),*],
                "fr" => vec![$(($area, include_str!(concat!("../../locales/fr/", $area, ".ftl")))),*],
                "es" => vec![$(($area, include_str!(concat!("../../locales/es/", $area, ".ftl")))),*],
                "ar" => vec![$(($area, include_str!(concat!("../../locales/ar/", $area, ".ftl")))),*],
                "zh" => vec![$(($area, include_str!(concat!("../../locales/zh/", $area, ".ftl")))),*],
                "ru" => vec![$(($area, include_str!(concat!("../../locales/ru/", $area, ".ftl")))),*],
                _ => vec![],
            }
        }
    };
}

catalogue_files!(
    "common", "public", "account", "city", "form", "natcom", "uil", "mail", "refusals", "jury",
    "privacy",
);

/// A value given to a message.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    /// A count or an amount: plural forms choose by it, and CLDR writes it.
    Number(i64),
}

/// What a template or a handler may pass as a message's argument.
pub trait ToArg {
    fn to_arg(&self) -> Arg<'_>;
}

impl ToArg for str {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Text(Cow::Borrowed(self))
    }
}
impl ToArg for String {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Text(Cow::Borrowed(self))
    }
}
impl ToArg for Arg<'_> {
    fn to_arg(&self) -> Arg<'_> {
        self.clone()
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl ToArg for $t {
            fn to_arg(&self) -> Arg<'_> {
                Arg::Number(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(i16, i32, i64, u8, u16, u32, u64, usize);
impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> Arg<'_> {
        (**self).to_arg()
    }
}

/// The bundles of a language: for HTML (placeables isolated) and for plain text.
struct Bundles {
    html: FluentBundle<FluentResource>,
    plain: FluentBundle<FluentResource>,
}

struct Catalogues {
    /// By `Locale as usize`.
    languages: Vec<Bundles>,
    /// What did not parse, by file: empty in a release (a test and the start-up check).
    errors: Vec<String>,
}

static CATALOGUES: LazyLock<Catalogues> = LazyLock::new(load);

fn load() -> Catalogues {
    let mut errors = Vec::new();
    let all = [
        Locale::En,
        Locale::Fr,
        Locale::Es,
        Locale::Ar,
        Locale::Zh,
        Locale::Ru,
        Locale::Pseudo,
    ];
    let languages = all
        .iter()
        .map(|&locale| {
            let source_code = if locale == Locale::Pseudo {
                "en"
            } else {
                locale.code()
            };
            let bundle = |isolating: bool, errors: &mut Vec<String>| {
                let tag: LanguageIdentifier = source_code.parse().expect("a valid language tag");
                let mut b = FluentBundle::new_concurrent(vec![tag]);
                b.set_use_isolating(isolating);
                b.set_formatter(Some(formatter_for(locale)));
                if locale == Locale::Pseudo {
                    b.set_transform(Some(accent));
                }
                for (area, text) in sources(source_code) {
                    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(
                        |(partial, parse_errors)| {
                            for e in parse_errors {
                                errors.push(format!("{source_code}/{area}.ftl: {e:?}"));
                            }
                            partial
                        },
                    );
                    if let Err(clashes) = b.add_resource(resource) {
                        for e in clashes {
                            errors.push(format!("{source_code}/{area}.ftl: {e}"));
                        }
                    }
                }
                b
            };
            let html = bundle(true, &mut errors);
            let mut ignored = Vec::new();
            let plain = bundle(false, &mut ignored);
            Bundles { html, plain }
        })
        .collect();
    Catalogues { languages, errors }
}

/// Whether every catalogue parsed, each key once: checked at start-up.
pub fn check_catalogues() -> Result<(), Vec<String>> {
    let errors = &CATALOGUES.errors;
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.clone())
    }
}

/// The sources of the six languages, for the tests that compare them.
pub fn all_sources() -> Vec<(Locale, Vec<(&'static str, &'static str)>)> {
    Locale::TRANSLATED
        .iter()
        .map(|&l| (l, sources(l.code())))
        .collect()
}

pub fn has(locale: Locale, id: &str) -> bool {
    CATALOGUES.languages[locale as usize].html.has_message(id)
}

/// Message `id` with `args` in `locale`; a key missing there is taken from English (and
/// logged), so that a person reads words, never a key.
pub fn message(locale: Locale, plain: bool, id: &str, args: &[(&str, Arg)]) -> String {
    let (id, attribute) = id.split_once('.').unwrap_or((id, ""));
    let text = format_in(locale, plain, id, attribute, args).or_else(|| {
        tracing::warn!(
            locale = locale.code(),
            id,
            "message missing from the catalogue"
        );
        format_in(Locale::En, plain, id, attribute, args)
    });
    let text = text.unwrap_or_else(|| id.to_owned());
    if locale == Locale::Pseudo {
        format!("⟦{text}⟧")
    } else {
        text
    }
}

fn format_in(
    locale: Locale,
    plain: bool,
    id: &str,
    attribute: &str,
    args: &[(&str, Arg)],
) -> Option<String> {
    let bundles = &CATALOGUES.languages[locale as usize];
    let bundle = if plain { &bundles.plain } else { &bundles.html };
    let message = bundle.get_message(id)?;
    let pattern = if attribute.is_empty() {
        message.value()?
    } else {
        message.get_attribute(attribute)?.value()
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        match v {
            Arg::Text(s) => fluent_args.set(*k, FluentValue::from(s.as_ref())),
            Arg::Number(n) => fluent_args.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(
            locale = locale.code(),
            id,
            ?errors,
            "message formatted with errors"
        );
    }
    Some(text.into_owned())
}

type Formatter<M> = fn(&FluentValue, &M) -> Option<String>;

/// Numbers in messages written as CLDR writes them in `locale`.
fn formatter_for<M>(locale: Locale) -> Formatter<M> {
    match locale {
        Locale::En | Locale::Pseudo => number_in::<0, M>,
        Locale::Fr => number_in::<1, M>,
        Locale::Es => number_in::<2, M>,
        Locale::Ar => number_in::<3, M>,
        Locale::Zh => number_in::<4, M>,
        Locale::Ru => number_in::<5, M>,
    }
}

fn number_in<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 => {
            Some(format::integer(Locale::TRANSLATED[L], n.value as i64))
        }
        _ => None,
    }
}

/// The pseudo-language's letters: accented, so that English left in code stands out.
fn accent(s: &str) -> Cow<'_, str> {
    s.chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'A' => 'Á',
            'E' => 'É',
            'I' => 'Í',
            'O' => 'Ó',
            'U' => 'Ú',
            'c' => 'ç',
            'n' => 'ñ',
            other => other,
        })
        .collect::<String>()
        .into()
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    use super::*;

    /// Per message (and `message.attribute`): the variables it uses.
    type Shape = BTreeMap<String, BTreeSet<String>>;

    fn variables(p: &Pattern<&str>, into: &mut BTreeSet<String>) {
        for e in &p.elements {
            if let PatternElement::Placeable { expression } = e {
                expression_variables(expression, into);
            }
        }
    }

    fn expression_variables(e: &Expression<&str>, into: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline_variables(i, into),
            Expression::Select { selector, variants } => {
                inline_variables(selector, into);
                for v in variants {
                    variables(&v.value, into);
                }
            }
        }
    }

    fn inline_variables(i: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
        match i {
            InlineExpression::VariableReference { id } => {
                into.insert(id.name.to_owned());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_variables(a, into);
                }
            }
            InlineExpression::Placeable { expression } => expression_variables(expression, into),
            _ => {}
        }
    }

    /// The shape of a language's catalogue, and what did not parse.
    fn shape(files: &[(&str, &'static str)]) -> (Shape, Vec<String>) {
        let mut shape = Shape::new();
        let mut problems = Vec::new();
        for (area, text) in files {
            let resource = match fluent_syntax::parser::parse(*text) {
                Ok(r) => r,
                Err((r, errors)) => {
                    problems.push(format!("{area}.ftl: {errors:?}"));
                    r
                }
            };
            for entry in resource.body {
                match entry {
                    Entry::Message(m) => {
                        let mut vars = BTreeSet::new();
                        if let Some(v) = &m.value {
                            variables(v, &mut vars);
                        }
                        if shape.insert(m.id.name.to_owned(), vars).is_some() {
                            problems.push(format!("{area}.ftl: {} twice", m.id.name));
                        }
                        for a in &m.attributes {
                            let mut vars = BTreeSet::new();
                            variables(&a.value, &mut vars);
                            shape.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                        }
                    }
                    Entry::Junk { content } => {
                        problems.push(format!("{area}.ftl: cannot read {content:?}"));
                    }
                    _ => {}
                }
            }
        }
        (shape, problems)
    }

    #[test]
    fn every_catalogue_parses_and_has_the_keys_and_placeables_of_english() {
        let all = all_sources();
        let (english, mut problems) = shape(&all[0].1);
        assert!(
            english.len() > 100,
            "English has {} messages",
            english.len()
        );
        for (locale, files) in &all[1..] {
            let (theirs, parse) = shape(files);
            let code = locale.code();
            problems.extend(parse.into_iter().map(|p| format!("{code}/{p}")));
            for (key, vars) in &english {
                match theirs.get(key) {
                    None => problems.push(format!("{code}: {key} is missing")),
                    Some(v) if v != vars => problems.push(format!(
                        "{code}: {key} uses {v:?} where English uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for key in theirs.keys().filter(|k| !english.contains_key(*k)) {
                problems.push(format!("{code}: {key} is not in English"));
            }
        }
        assert!(check_catalogues().is_ok(), "{:?}", check_catalogues());
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn the_pseudo_language_brackets_and_accents_every_message_and_not_its_values() {
        let text = message(
            Locale::Pseudo,
            false,
            "issue-city-taken",
            &[("city", Arg::Text("Cork".into()))],
        );
        assert!(text.starts_with('⟦') && text.ends_with('⟧'), "{text}");
        assert!(text.contains("Cork"), "{text}");
        assert!(text.contains("ápplíçátíóñ"), "{text}");
    }

    #[test]
    fn mail_and_files_get_no_isolation_marks_pages_do() {
        let args = [("city", Arg::Text("Cork".into()))];
        let plain = message(Locale::Ar, true, "issue-city-taken", &args);
        let html = message(Locale::Ar, false, "issue-city-taken", &args);
        assert!(
            !plain.contains('\u{2068}') && !plain.contains('\u{2069}'),
            "{plain:?}"
        );
        assert!(html.contains("\u{2068}Cork\u{2069}"), "{html:?}");
    }

    #[test]
    fn numbers_in_messages_choose_the_plural_and_are_written_by_cldr() {
        let one = message(
            Locale::En,
            true,
            "time-left-days",
            &[("days", Arg::Number(1))],
        );
        let many = message(
            Locale::En,
            true,
            "time-left-days",
            &[("days", Arg::Number(1200))],
        );
        assert_eq!(one, "1 day left");
        assert_eq!(many, "1,200 days left");
    }
}
