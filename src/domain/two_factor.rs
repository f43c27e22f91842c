//! Two-factor sign-in (RFC 6238): who must have it, what a typed code is, and whether it
//! is right. Codes are time-based: the time here is the real one (authenticator apps know
//! no other), passed in as seconds since 1970 so that the rule stays pure and testable.

use chrono::TimeDelta;
use totp_rs::{Algorithm, TOTP};

use super::Role;

/// Seconds a code lasts, and its digits: what every authenticator app assumes.
pub const STEP_SECONDS: u64 = 30;
pub const DIGITS: usize = 6;
/// How many recovery codes an account gets at enrolment.
pub const RECOVERY_CODES: usize = 10;
/// How long a browser may be remembered, so that it is not asked for a code.
pub const REMEMBER_DEVICE: TimeDelta = TimeDelta::days(30);
/// How long the password alone keeps a sign-in waiting for its code.
pub const CODE_WAIT: TimeDelta = TimeDelta::minutes(10);

/// Whether accounts of `role` must have a second factor before they reach their pages:
/// every staff account decides something (a country's three places, membership).
pub fn required(role: Role) -> bool {
    role != Role::Applicant
}

/// Whether the UIL admin `admin` may take away the second factor of account `target` of
/// `role`: a staff member's, not their own (which would let a stolen session of one
/// admin turn off the factor that guards it).
pub fn may_reset(admin: i64, target: i64, role: Role) -> bool {
    admin != target && required(role)
}

/// A code as typed: six digits from the app, or one of the recovery codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Code {
    Totp(String),
    Recovery(String),
}

/// Reads what was typed in the `code` field, forgiving spaces and dashes (people copy
/// `123 456` as shown); `None` when it can be neither kind.
pub fn read_code(typed: &str) -> Option<Code> {
    let plain: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_lowercase();
    if plain.len() == DIGITS && plain.bytes().all(|b| b.is_ascii_digit()) {
        Some(Code::Totp(plain))
    } else if plain.len() == RECOVERY_CODE_CHARS
        && plain.bytes().all(|b| RECOVERY_ALPHABET.contains(&b))
    {
        Some(Code::Recovery(plain))
    } else {
        None
    }
}

/// Recovery codes: ten letters and digits, without those read alike (0/o, 1/l/i).
pub const RECOVERY_CODE_CHARS: usize = 10;
const RECOVERY_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// A recovery code made of random bytes, as it is stored (the person sees it grouped, see
/// `group_recovery_code`).
pub fn recovery_code_from(random: &[u8; RECOVERY_CODE_CHARS]) -> String {
    random
        .iter()
        .map(|b| RECOVERY_ALPHABET[usize::from(*b) % RECOVERY_ALPHABET.len()] as char)
        .collect()
}

/// A recovery code as shown: two groups of five, easier to copy by hand.
pub fn group_recovery_code(code: &str) -> String {
    let (a, b) = code.split_at(code.len() / 2);
    format!("{a}-{b}")
}

/// Why a code was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not the code of now (nor of the step before or after, for a clock a little off).
    Wrong,
    /// The code of a step already used: seen, perhaps, by someone else.
    Replayed,
}

/// The time step of `code` for the secret, if it is the code of the step of `unix_time`
/// or of one step either side, and later than `last_used`; a code of a step already used
/// is refused as replayed.
pub fn matching_step(
    secret: &[u8],
    code: &str,
    unix_time: u64,
    last_used: Option<i64>,
) -> Result<i64, CodeProblem> {
    let totp = TOTP::new_unchecked(Algorithm::SHA1, DIGITS, 0, STEP_SECONDS, secret.to_vec());
    let now = unix_time / STEP_SECONDS;
    let matched = [now.saturating_sub(1), now, now + 1]
        .into_iter()
        .find(|step| {
            let expected = totp.generate(step * STEP_SECONDS);
            crate::security::constant_time_eq(expected.as_bytes(), code.as_bytes())
        })
        .ok_or(CodeProblem::Wrong)?;
    let matched = i64::try_from(matched).map_err(|_| CodeProblem::Wrong)?;
    match last_used {
        Some(last) if matched <= last => Err(CodeProblem::Replayed),
        _ => Ok(matched),
    }
}

/// The code an app shows at `unix_time` (for the demo's instructions and the tests).
pub fn code_at(secret: &[u8], unix_time: u64) -> String {
    TOTP::new_unchecked(Algorithm::SHA1, DIGITS, 0, STEP_SECONDS, secret.to_vec())
        .generate(unix_time)
}

/// A secret as base32 text, as apps take it, from its bytes.
pub fn secret_text(secret: &[u8]) -> String {
    match totp_rs::Secret::Raw(secret.to_vec()).to_encoded() {
        totp_rs::Secret::Encoded(text) => text,
        totp_rs::Secret::Raw(_) => unreachable!("to_encoded encodes"),
    }
}

/// The bytes of a secret kept as base32 text; `None` if it is not base32.
pub fn secret_bytes(text: &str) -> Option<Vec<u8>> {
    totp_rs::Secret::Encoded(text.to_owned()).to_bytes().ok()
}

/// The secret as shown beside the QR code: groups of four letters.
pub fn group_secret(text: &str) -> String {
    text.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `otpauth://` address a QR code carries: the app learns the secret, the site's
/// name and the account's address from it.
pub fn provisioning_uri(issuer: &str, account: &str, secret_text: &str) -> String {
    let enc = |s: &str| {
        url::form_urlencoded::byte_serialize(s.as_bytes())
            .collect::<String>()
            .replace('+', "%20")
    };
    format!(
        "otpauth://totp/{}:{}?secret={secret_text}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        enc(issuer),
        enc(account),
        enc(issuer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890". Its eight-digit
    /// codes end in these six digits.
    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn codes_are_those_of_rfc_6238() {
        assert_eq!(code_at(RFC_SECRET, 59), "287082");
        assert_eq!(code_at(RFC_SECRET, 1_111_111_109), "081804");
        assert_eq!(code_at(RFC_SECRET, 1_234_567_890), "005924");
        assert_eq!(code_at(RFC_SECRET, 2_000_000_000), "279037");
    }

    #[test]
    fn a_code_of_now_or_a_step_either_side_is_taken_once() {
        let t = 1_234_567_890;
        let step = (t / STEP_SECONDS) as i64;
        assert_eq!(
            matching_step(RFC_SECRET, &code_at(RFC_SECRET, t), t, None),
            Ok(step)
        );
        let before = code_at(RFC_SECRET, t - STEP_SECONDS);
        assert_eq!(matching_step(RFC_SECRET, &before, t, None), Ok(step - 1));
        let after = code_at(RFC_SECRET, t + STEP_SECONDS);
        assert_eq!(matching_step(RFC_SECRET, &after, t, None), Ok(step + 1));
        let stale = code_at(RFC_SECRET, t - 2 * STEP_SECONDS);
        assert_eq!(
            matching_step(RFC_SECRET, &stale, t, None),
            Err(CodeProblem::Wrong)
        );
        assert_eq!(
            matching_step(RFC_SECRET, "000000", t, None),
            Err(CodeProblem::Wrong)
        );
        // Used once, the code of this step (or an earlier one) is refused.
        let now = code_at(RFC_SECRET, t);
        assert_eq!(
            matching_step(RFC_SECRET, &now, t, Some(step)),
            Err(CodeProblem::Replayed)
        );
        assert_eq!(
            matching_step(RFC_SECRET, &before, t, Some(step)),
            Err(CodeProblem::Replayed)
        );
        assert_eq!(
            matching_step(RFC_SECRET, &after, t, Some(step)),
            Ok(step + 1)
        );
    }

    #[test]
    fn typed_codes_are_read_forgivingly() {
        assert_eq!(read_code(" 123 456 "), Some(Code::Totp("123456".into())));
        assert_eq!(
            read_code("ABCDE-FGH23"),
            Some(Code::Recovery("abcdefgh23".into()))
        );
        assert_eq!(read_code("12345"), None);
        assert_eq!(read_code("1234567"), None);
        assert_eq!(read_code("abcde-fgh2o"), None, "o is not in the alphabet");
        assert_eq!(read_code(""), None);
    }

    #[test]
    fn recovery_codes_are_made_of_the_alphabet_and_read_back() {
        let code = recovery_code_from(&[0, 1, 2, 30, 31, 200, 255, 7, 8, 9]);
        assert_eq!(code.len(), RECOVERY_CODE_CHARS);
        assert_eq!(
            read_code(&group_recovery_code(&code)),
            Some(Code::Recovery(code))
        );
    }

    #[test]
    fn secrets_go_to_base32_and_back() {
        let text = secret_text(RFC_SECRET);
        assert_eq!(text, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(secret_bytes(&text).as_deref(), Some(RFC_SECRET));
        assert_eq!(group_secret("ABCDEFGHIJ"), "ABCD EFGH IJ");
        assert_eq!(
            provisioning_uri("GNLC Call", "ana@x.example", "ABC"),
            "otpauth://totp/GNLC%20Call:ana%40x.example?secret=ABC&issuer=GNLC%20Call&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn an_admin_resets_other_staff_only() {
        assert!(may_reset(1, 2, Role::Natcom));
        assert!(may_reset(1, 2, Role::UilAdmin));
        assert!(!may_reset(1, 1, Role::UilAdmin), "not one's own");
        assert!(
            !may_reset(1, 2, Role::Applicant),
            "a city's is its own business"
        );
    }

    #[test]
    fn every_staff_role_needs_a_second_factor_and_cities_may_choose() {
        assert!(!required(Role::Applicant));
        for role in [Role::Natcom, Role::UilReviewer, Role::UilAdmin] {
            assert!(required(role));
        }
    }
}
