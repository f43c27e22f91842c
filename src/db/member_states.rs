//! UNESCO Member States and Associate Members.

use sqlx::PgExecutor;

use crate::error::Error;

#[derive(Debug, Clone)]
pub struct MemberState {
    pub iso2: String,
    pub name: String,
    /// Its UNESCO region.
    pub region: String,
}

/// The Member State of ISO code `iso2` among `states` (the cached list of `all`).
pub fn by_code<'a>(states: &'a [MemberState], iso2: &str) -> Option<&'a MemberState> {
    states.iter().find(|s| s.iso2 == iso2)
}

/// Every Member State, by name, for choosing one in a form.
pub async fn all(db: impl PgExecutor<'_>) -> Result<Vec<MemberState>, Error> {
    Ok(sqlx::query_as!(
        MemberState,
        r#"SELECT iso2 AS "iso2!", name, unesco_region AS region FROM member_states ORDER BY name"#
    )
    .fetch_all(db)
    .await?)
}

pub async fn name_of(db: impl PgExecutor<'_>, iso2: &str) -> Result<Option<String>, Error> {
    Ok(
        sqlx::query_scalar!("SELECT name FROM member_states WHERE iso2 = $1", iso2)
            .fetch_optional(db)
            .await?,
    )
}
