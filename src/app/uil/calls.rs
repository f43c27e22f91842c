//! Calls are data (SPEC §2): UIL coordinators create the next one and change them.

use chrono::NaiveDate;

use super::super::{App, Error, Issue, Issues, Rejected, Visit, entering};
use crate::db;
use crate::db::calls::CallInput;
use crate::domain::access::Area;
use crate::domain::form;
use crate::domain::{Call, DeadlineZone};

/// The call form's fields as typed.
#[derive(Debug, Default, Clone)]
pub struct CallTyped {
    pub title: String,
    pub body: String,
    pub opens_on: String,
    pub city_deadline: String,
    pub natcom_deadline: String,
    pub endorsement_quota: String,
    pub deadline_zone: String,
    /// How many months after the call's last decision the personal data of the
    /// applications it did not accept is erased.
    pub retention_months: String,
    /// The title and text in each language other than English, as typed (empty: none).
    pub translations: Vec<TranslationTyped>,
}

/// A call's title and text in one language other than English, as typed.
#[derive(Debug, Default, Clone)]
pub struct TranslationTyped {
    /// A code of `i18n::Locale`.
    pub locale: &'static str,
    pub title: String,
    pub body: String,
}

/// The languages a call's text can be given in besides English.
pub fn translated_locales() -> impl Iterator<Item = &'static str> {
    crate::i18n::Locale::OFFERED
        .into_iter()
        .filter(|l| *l != crate::i18n::Locale::En)
        .map(|l| l.code())
}

impl TranslationTyped {
    pub fn title_field(&self) -> &'static str {
        translation_fields(self.locale).0
    }

    pub fn body_field(&self) -> &'static str {
        translation_fields(self.locale).1
    }

    /// Every language, blank.
    pub fn blank_all() -> Vec<Self> {
        translated_locales()
            .map(|locale| TranslationTyped {
                locale,
                ..TranslationTyped::default()
            })
            .collect()
    }
}

impl CallTyped {
    /// A call as it is, to change it.
    pub fn of(
        call: &Call,
        body: String,
        saved: &[db::calls::Translation],
        retention_months: i32,
    ) -> Self {
        let translations = TranslationTyped::blank_all()
            .into_iter()
            .map(
                |blank| match saved.iter().find(|t| t.locale == blank.locale) {
                    Some(t) => TranslationTyped {
                        title: t.title.clone(),
                        body: t.body.clone(),
                        ..blank
                    },
                    None => blank,
                },
            )
            .collect();
        CallTyped {
            translations,
            title: call.title.clone(),
            body,
            opens_on: call.opens_on.to_string(),
            city_deadline: call.city_deadline.to_string(),
            natcom_deadline: call.natcom_deadline.to_string(),
            endorsement_quota: call.endorsement_quota.to_string(),
            deadline_zone: call.zone.to_string(),
            retention_months: retention_months.to_string(),
        }
    }

    /// What a new call starts with.
    pub fn blank() -> Self {
        CallTyped {
            endorsement_quota: "3".into(),
            deadline_zone: "AoE".into(),
            retention_months: DEFAULT_RETENTION_MONTHS.to_string(),
            translations: TranslationTyped::blank_all(),
            ..CallTyped::default()
        }
    }

    /// The call and its translations, or what is wrong with them.
    pub fn parse(&self) -> Result<(CallInput, Vec<db::calls::Translation>), Issues> {
        let mut issues = Issues::default();
        let mut translations = Vec::new();
        for t in &self.translations {
            let (title_field, body_field) = translation_fields(t.locale);
            if t.title.trim().is_empty() && t.body.trim().is_empty() {
                translations.push(db::calls::Translation {
                    locale: t.locale.to_owned(),
                    title: String::new(),
                    body: String::new(),
                });
                continue;
            }
            // A text without its title, or a title without its text, is half a translation.
            let title = issues.check(title_field, form::required_text(&t.title, 300, false));
            let body = issues.check(body_field, form::required_text(&t.body, 100_000, true));
            if let (Some(title), Some(body)) = (title, body) {
                translations.push(db::calls::Translation {
                    locale: t.locale.to_owned(),
                    title,
                    body,
                });
            }
        }
        let title = issues.check("title", form::required_text(&self.title, 300, false));
        let body = issues.check("body", form::plain_text(&self.body, 100_000, true));
        let date = |issues: &mut Issues, field: &'static str, raw: &str| {
            let date = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok();
            if date.is_none() {
                issues.add(field, Issue::NotADate);
            }
            date
        };
        let opens = date(&mut issues, "opens_on", &self.opens_on);
        let city = date(&mut issues, "city_deadline", &self.city_deadline);
        let natcom = date(&mut issues, "natcom_deadline", &self.natcom_deadline);
        if opens.zip(city).is_some_and(|(o, c)| c < o) {
            issues.add("city_deadline", Issue::DatesOutOfOrder);
        }
        if city.zip(natcom).is_some_and(|(c, n)| n < c) {
            issues.add("natcom_deadline", Issue::DatesOutOfOrder);
        }
        let quota = match self.endorsement_quota.trim().parse::<i32>() {
            Ok(q) if (1..=100).contains(&q) => Some(q),
            _ => {
                issues.add("endorsement_quota", Issue::OutOfRange { min: 1, max: 100 });
                None
            }
        };
        // Left empty (a form of an older page, a script): the usual period.
        let retention = match self.retention_months.trim() {
            "" => Ok(DEFAULT_RETENTION_MONTHS),
            m => m.parse::<i32>(),
        };
        let retention = match retention {
            Ok(m) if RETENTION_MONTHS.contains(&m) => Some(m),
            _ => {
                issues.add(
                    "retention_months",
                    Issue::OutOfRange {
                        min: i64::from(*RETENTION_MONTHS.start()),
                        max: i64::from(*RETENTION_MONTHS.end()),
                    },
                );
                None
            }
        };
        let zone = match self.deadline_zone.trim() {
            "" => Some(DeadlineZone::AnywhereOnEarth),
            z => z.parse().ok(),
        };
        if zone.is_none() {
            issues.add("deadline_zone", Issue::UnknownZone);
        }
        match (title, body, opens, city, natcom, quota, zone, retention) {
            (
                Some(title),
                Some(body),
                Some(opens_on),
                Some(city_deadline),
                Some(natcom_deadline),
                Some(endorsement_quota),
                Some(zone),
                Some(retention_months),
            ) if issues.is_empty() => Ok((
                CallInput {
                    title,
                    body,
                    opens_on,
                    city_deadline,
                    natcom_deadline,
                    endorsement_quota,
                    zone,
                    retention_months,
                },
                translations,
            )),
            _ => Err(issues),
        }
    }
}

/// What a new call keeps, unless UIL says otherwise: two years after its last decision.
pub const DEFAULT_RETENTION_MONTHS: i32 = 24;
/// The periods a call may keep personal data for (the schema's bounds).
const RETENTION_MONTHS: std::ops::RangeInclusive<i32> = 1..=240;

/// Every call, newest first.
pub async fn all(visit: &mut Visit) -> Result<Vec<Call>, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    let mut calls = db::calls::all(&mut *visit.conn).await?;
    calls.reverse();
    Ok(calls)
}

/// A call and its text, to change them.
pub async fn to_change(visit: &mut Visit, id: i64) -> Result<CallTyped, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    let calls = db::calls::all(&mut *visit.conn).await?;
    let call = calls.iter().find(|c| c.id == id).ok_or(Error::NotFound)?;
    let body = db::calls::text(&mut *visit.conn, id)
        .await?
        .ok_or(Error::NotFound)?;
    let translations = db::calls::translations(&mut *visit.conn, id).await?;
    let retention = db::calls::retention_months(&mut *visit.conn, id).await?;
    Ok(CallTyped::of(call, body, &translations, retention))
}

/// The form's fields of the title and text in `locale`: `title_fr`, `body_fr`, …
pub fn translation_fields(locale: &str) -> (&'static str, &'static str) {
    match locale {
        "fr" => ("title_fr", "body_fr"),
        "es" => ("title_es", "body_es"),
        "ar" => ("title_ar", "body_ar"),
        "zh" => ("title_zh", "body_zh"),
        _ => ("title_ru", "body_ru"),
    }
}

/// Creates a call (`id` none) or changes one, with its texts in other languages, in one
/// transaction.
pub async fn save(
    app: &App,
    visit: &mut Visit,
    id: Option<i64>,
    (call, translations): (CallInput, Vec<db::calls::Translation>),
) -> Result<(), Rejected> {
    entering(&visit.user, Area::UilAdmin)?;
    let mut tx = sqlx::Connection::begin(&mut *visit.conn)
        .await
        .map_err(db::Error::from)?;
    let saved = match id {
        None => db::calls::create(&mut tx, &call).await?,
        Some(id) => {
            let calls = db::calls::all(&mut *tx).await?;
            if !calls.iter().any(|c| c.id == id) {
                return Err(Error::NotFound.into());
            }
            db::calls::update(&mut tx, id, &call).await?.then_some(id)
        }
    };
    let Some(saved) = saved else {
        let mut issues = Issues::default();
        issues.add("title", Issue::Taken);
        return Err(Rejected::Invalid(issues));
    };
    for t in &translations {
        db::calls::set_translation(&mut tx, saved, t).await?;
    }
    tx.commit().await.map_err(db::Error::from)?;
    // The calls changed: this server's next page shows it.
    app.site.refresh(&app.db).await?;
    Ok(())
}
