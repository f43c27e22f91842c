//! The domain's named values as PostgreSQL text: a stage or a role is read and written as
//! its name, and a name this code does not know is an error, not a panic.

use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArgumentBuffer, PgTypeInfo, PgTypeKind, PgValueRef};
use sqlx::{Decode, Encode, Postgres, Type};

use crate::domain::{Role, Stage};

/// Text, or a domain over text (migration 0012 puts stages in one).
fn is_text(ty: &PgTypeInfo) -> bool {
    <&str as Type<Postgres>>::compatible(ty)
        || matches!(ty.kind(), PgTypeKind::Domain(base) if <&str as Type<Postgres>>::compatible(base))
}

macro_rules! as_text {
    ($name:ty) => {
        impl Type<Postgres> for $name {
            fn type_info() -> PgTypeInfo {
                <&str as Type<Postgres>>::type_info()
            }
            fn compatible(ty: &PgTypeInfo) -> bool {
                is_text(ty)
            }
        }

        impl<'r> Decode<'r, Postgres> for $name {
            fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
                Ok(<&str as Decode<Postgres>>::decode(value)?.parse()?)
            }
        }

        impl Encode<'_, Postgres> for $name {
            fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
                <&str as Encode<Postgres>>::encode(self.as_str(), buf)
            }
        }
    };
}

as_text!(Stage);
as_text!(Role);
