//! Account input rules: e-mail normalisation, display names and passwords.

use validator::ValidateEmail;

pub const MIN_PASSWORD_CHARS: usize = 10;
/// Argon2 cost is per byte; an upper bound stops a megabyte "password" tying up a worker.
pub const MAX_PASSWORD_CHARS: usize = 256;
pub const MAX_DISPLAY_NAME_CHARS: usize = 80;
/// The longest address SMTP can deliver to (RFC 5321 path limit less the brackets).
pub const MAX_EMAIL_CHARS: usize = 254;

/// An e-mail address, trimmed and lower-cased so `Ana@Example.org` and `ana@example.org` are the
/// same account on every database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, crate::i18n::Message> {
        let normalised = raw.trim().to_lowercase();
        if normalised.chars().count() > MAX_EMAIL_CHARS || !normalised.validate_email() {
            return Err(crate::msg!("account-must-valid-e-mail-address"));
        }
        Ok(Self(normalised))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name neighbours see. Trimmed, 1 to 80 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self, crate::i18n::Message> {
        let trimmed = raw.trim();
        let chars = trimmed.chars().count();
        if chars == 0 {
            return Err(crate::msg!("account-must-not-empty"));
        }
        if chars > MAX_DISPLAY_NAME_CHARS {
            return Err(crate::msg!(
                "account-must-at-most-max-characters",
                max = MAX_DISPLAY_NAME_CHARS
            ));
        }
        if trimmed.chars().any(char::is_control) {
            return Err(crate::msg!("account-must-not-contain-control-characters"));
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// An IANA time zone name ("Europe/Warsaw"), as browsers report it: one the server knows, so
/// e-mails can be timed in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeZone(String);

impl TimeZone {
    pub fn parse(raw: &str) -> Result<Self, crate::i18n::Message> {
        let name = raw.trim();
        if name.len() > 64 || name.parse::<chrono_tz::Tz>().is_err() {
            return Err(crate::msg!("account-must-iana-time-zone-name"));
        }
        Ok(Self(name.to_owned()))
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// The local hour from which a person's daily digest may go: mornings, not 3 a.m.
pub const DIGEST_LOCAL_HOUR: u32 = 7;

/// Whether a daily digest may be sent now to someone in `time_zone` (an IANA name, as stored):
/// from `DIGEST_LOCAL_HOUR` to midnight their time. Without a (valid) zone, any time: nothing is
/// known to wait for.
pub fn digest_hour_reached(now: chrono::DateTime<chrono::Utc>, time_zone: Option<&str>) -> bool {
    use chrono::Timelike;
    match time_zone.and_then(|name| name.parse::<chrono_tz::Tz>().ok()) {
        Some(zone) => now.with_timezone(&zone).hour() >= DIGEST_LOCAL_HOUR,
        None => true,
    }
}

/// A new password, checked for length only: length is what resists guessing, and composition
/// rules push people towards predictable patterns (NIST SP 800-63B).
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(raw: &str) -> Result<Self, crate::i18n::Message> {
        let chars = raw.chars().count();
        if chars < MIN_PASSWORD_CHARS {
            return Err(crate::msg!(
                "account-must-at-least-min-characters",
                min = MIN_PASSWORD_CHARS
            ));
        }
        if chars > MAX_PASSWORD_CHARS {
            return Err(crate::msg!(
                "account-must-at-most-max-characters",
                max = MAX_PASSWORD_CHARS
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_digest_waits_for_the_morning_where_the_person_is() {
        use chrono::TimeZone;
        let at = |h| chrono::Utc.with_ymd_and_hms(2026, 12, 7, h, 30, 0).unwrap();
        // 05:30 UTC is 06:30 in Warsaw (too early) and 08:30 in Riyadh (fine).
        assert!(!digest_hour_reached(at(5), Some("Europe/Warsaw")));
        assert!(digest_hour_reached(at(5), Some("Asia/Riyadh")));
        assert!(digest_hour_reached(at(6), Some("Europe/Warsaw")));
        // 23:30 UTC is 00:30 in Warsaw: a new day, too early again.
        assert!(!digest_hour_reached(at(23), Some("Europe/Warsaw")));
        assert!(digest_hour_reached(at(3), None));
        assert!(digest_hour_reached(at(3), Some("Not/AZone")));
    }

    use super::*;

    #[test]
    fn emails_are_normalised_for_case_insensitive_uniqueness() {
        assert_eq!(
            Email::parse("  Ana@Example.ORG ").unwrap().as_str(),
            "ana@example.org"
        );
    }

    #[test]
    fn malformed_emails_are_rejected() {
        for bad in ["", "ana", "ana@", "@example.org", "a b@example.org"] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn display_names_are_trimmed_and_bounded() {
        assert_eq!(DisplayName::parse("  Ana  ").unwrap().into_inner(), "Ana");
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"x".repeat(81)).is_err());
        assert!(DisplayName::parse("Ana\u{0007}").is_err());
    }

    #[test]
    fn passwords_need_ten_characters() {
        assert!(NewPassword::parse("123456789").is_err());
        assert!(NewPassword::parse("1234567890").is_ok());
        // Characters, not bytes: ten accented letters are ten characters.
        assert!(NewPassword::parse("éééééééééé").is_ok());
        assert!(NewPassword::parse(&"x".repeat(257)).is_err());
    }

    #[test]
    fn passwords_never_show_in_debug_output() {
        let password = NewPassword::parse("correct horse battery").unwrap();
        assert!(!format!("{password:?}").contains("horse"));
    }
}
