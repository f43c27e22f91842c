//! UNESCO Member States and Associate Members.

use std::collections::HashMap;

use sqlx::PgExecutor;

use super::Error;

#[derive(Debug, Clone)]
pub struct MemberState {
    pub iso2: String,
    pub name: String,
    /// Its UNESCO region.
    pub region: String,
}

/// Every Member State by name (as `all` reads them), with an index by ISO code: the
/// form of them the server keeps (`Shared::member_states`). A page of the UIL list looks
/// up fifty codes, one search through 190 names each.
#[derive(Debug)]
pub struct MemberStates {
    by_name: Vec<MemberState>,
    by_code: HashMap<String, usize>,
}

impl MemberStates {
    pub fn new(by_name: Vec<MemberState>) -> Self {
        let by_code = by_name
            .iter()
            .enumerate()
            .map(|(i, s)| (s.iso2.clone(), i))
            .collect();
        MemberStates { by_name, by_code }
    }

    /// The Member State of ISO code `iso2`.
    pub fn by_code(&self, iso2: &str) -> Option<&MemberState> {
        self.by_code.get(iso2).map(|&i| &self.by_name[i])
    }
}

impl std::ops::Deref for MemberStates {
    type Target = [MemberState];

    /// The Member States by name.
    fn deref(&self) -> &[MemberState] {
        &self.by_name
    }
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
