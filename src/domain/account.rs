//! What an account's details must be, checked once where they enter ("parse, don't
//! validate"): a value of these types is valid.

use std::fmt;

/// Why an account's detail could not be read. The web layer says it in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountProblem {
    EmailMissing,
    EmailTooLong,
    EmailInvalid,
    NameMissing,
    NameTooLong,
    NameControlCharacters,
    PasswordMissing,
    PasswordTooShort,
    PasswordTooLong,
    PasswordTooEasy,
}

/// An email address in the shape mail systems accept. Compared without regard to case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, AccountProblem> {
        let s = input.trim();
        if s.is_empty() {
            return Err(AccountProblem::EmailMissing);
        }
        // Lower-cased, as accounts are found and attempts counted, some letters grow
        // ("İ" becomes "i̇"): that form must fit too.
        if s.chars().count() > 254 || s.to_lowercase().chars().count() > 254 {
            return Err(AccountProblem::EmailTooLong);
        }
        let valid = s.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                // RFC 2606 keeps ".invalid" for what is no address: the pseudonyms of
                // erased accounts (`db::privacy`), which nobody may take in advance.
                && !domain.to_ascii_lowercase().ends_with(".invalid")
                && !s
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"".contains(c))
        });
        if valid {
            Ok(EmailAddress(s.to_owned()))
        } else {
            Err(AccountProblem::EmailInvalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used to find an account and to count sign-in attempts.
    pub fn normalized(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's name as they write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<Self, AccountProblem> {
        let s = input.trim();
        if s.is_empty() {
            Err(AccountProblem::NameMissing)
        } else if s.chars().count() > 200 {
            Err(AccountProblem::NameTooLong)
        } else if s.chars().any(char::is_control) {
            Err(AccountProblem::NameControlCharacters)
        } else {
            Ok(PersonName(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password good enough to protect an application: long, and not one of the
/// passwords attackers try first.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

pub const MIN_PASSWORD_CHARS: usize = 10;

impl NewPassword {
    pub fn parse(input: &str, email: Option<&str>) -> Result<Self, AccountProblem> {
        let chars = input.chars().count();
        if chars == 0 {
            return Err(AccountProblem::PasswordMissing);
        }
        if chars < MIN_PASSWORD_CHARS {
            return Err(AccountProblem::PasswordTooShort);
        }
        if chars > 200 {
            return Err(AccountProblem::PasswordTooLong);
        }
        let lower = input.to_lowercase();
        if COMMON_PASSWORDS.contains(&lower.as_str())
            || email.is_some_and(|e| lower == e.to_lowercase())
            || lower
                .chars()
                .all(|c| c == lower.chars().next().unwrap_or(' '))
        {
            return Err(AccountProblem::PasswordTooEasy);
        }
        Ok(NewPassword(input.to_owned()))
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// Passwords of ten characters or more that lead the lists of leaked passwords.
const COMMON_PASSWORDS: &[&str] = &[
    "1234567890",
    "12345678910",
    "123456789a",
    "1q2w3e4r5t",
    "1qaz2wsx3edc",
    "0123456789",
    "0987654321",
    "1111111111",
    "qwertyuiop",
    "qwerty1234",
    "qwerty12345",
    "qwerty123456",
    "password1!",
    "password12",
    "password123",
    "password1234",
    "passw0rd123",
    "iloveyou12",
    "abcdefghij",
    "abcd123456",
    "a123456789",
    "aa12345678",
    "asdfghjkl1",
    "zaq12wsxcde",
    "letmein123",
    "welcome123",
    "welcome2023",
    "football12",
    "baseball12",
    "princess12",
    "sunshine12",
    "superman12",
    "trustno1234",
    "changeme123",
    "administrator",
    "admin12345",
    "admin123456",
    "unesco2023",
    "unesco12345",
    "learningcity",
    "learningcities",
    "motdepasse",
    "motdepasse1",
    "motdepasse123",
    "contraseña",
    "contrasena123",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_must_fit_in_254_characters_lower_cased_too() {
        let local = "a".repeat(240);
        assert!(EmailAddress::parse(&format!("{local}@lisboa.pt")).is_ok());
        // 250 characters, of which ten "İ" that lower-case to two characters each.
        let growing = format!("{}{}@lisboa.pt", "İ".repeat(10), "a".repeat(230));
        assert_eq!(growing.chars().count(), 250);
        assert_eq!(
            EmailAddress::parse(&growing),
            Err(AccountProblem::EmailTooLong)
        );
    }

    #[test]
    fn email_addresses_need_a_local_part_and_a_domain() {
        assert_eq!(
            EmailAddress::parse("  Ana.Silva@Lisboa.pt ")
                .unwrap()
                .as_str(),
            "Ana.Silva@Lisboa.pt"
        );
        assert_eq!(
            EmailAddress::parse("Ana.Silva@Lisboa.pt")
                .unwrap()
                .normalized(),
            "ana.silva@lisboa.pt"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@lisboa.pt",
            "ana@lisboa",
            "ana@@lisboa.pt",
            "a b@c.pt",
            "ana@lisboa.pt.",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert!(EmailAddress::parse(&format!("{}@example.org", "a".repeat(250))).is_err());
    }

    #[test]
    fn passwords_must_be_long_and_uncommon() {
        assert!(NewPassword::parse("correct horse battery", None).is_ok());
        assert_eq!(
            NewPassword::parse("short", None).unwrap_err(),
            AccountProblem::PasswordTooShort
        );
        assert!(
            NewPassword::parse("Password123", None).is_err(),
            "common, whatever its case"
        );
        assert!(
            NewPassword::parse("aaaaaaaaaaaa", None).is_err(),
            "one repeated character"
        );
        assert!(
            NewPassword::parse("ana@lisboa.pt", Some("Ana@Lisboa.pt")).is_err(),
            "the email itself"
        );
        assert!(NewPassword::parse(&"x".repeat(10).replace('x', "xy"), None).is_ok());
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            PersonName::parse("  Ana Silva ").unwrap().as_str(),
            "Ana Silva"
        );
        assert!(PersonName::parse("   ").is_err());
        assert!(PersonName::parse(&"n".repeat(201)).is_err());
    }

    #[test]
    fn a_password_never_shows_in_debug_output() {
        let p = NewPassword::parse("correct horse battery", None).unwrap();
        assert!(!format!("{p:?}").contains("horse"));
    }
}
