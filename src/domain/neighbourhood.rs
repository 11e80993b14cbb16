//! Neighbourhood settings and the rules for creating and editing one.

/// The stored enums are sea-orm active enums in `entity`, so rows are typed when they are read.
pub use entity::status::{JoinPolicy, Visibility};

pub const MIN_NAME_CHARS: usize = 3;
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_DESCRIPTION_CHARS: usize = 2_000;

pub fn parse_name(raw: &str) -> Result<String, crate::i18n::Message> {
    let trimmed = raw.trim();
    let chars = trimmed.chars().count();
    if !(MIN_NAME_CHARS..=MAX_NAME_CHARS).contains(&chars) {
        return Err(crate::msg!(
            "neighbourhood-must-between-min-max-characters",
            min = MIN_NAME_CHARS,
            max = MAX_NAME_CHARS
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(crate::msg!("account-must-not-contain-control-characters"));
    }
    Ok(trimmed.to_owned())
}

/// Plain text; stored as given (trimmed) and escaped by whoever renders it.
pub fn parse_description(raw: &str) -> Result<String, crate::i18n::Message> {
    let trimmed = raw.trim();
    if trimmed.chars().count() > MAX_DESCRIPTION_CHARS {
        return Err(crate::msg!(
            "account-must-at-most-max-characters",
            max = MAX_DESCRIPTION_CHARS
        ));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(parse_name("  Elm Street ").unwrap(), "Elm Street");
        assert!(parse_name("ab").is_err());
        assert!(parse_name(&"x".repeat(81)).is_err());
        assert!(parse_name("Elm\nStreet").is_err());
    }

    #[test]
    fn descriptions_are_bounded() {
        assert!(parse_description(&"x".repeat(2_000)).is_ok());
        assert!(parse_description(&"x".repeat(2_001)).is_err());
    }

    #[test]
    fn enums_round_trip_through_their_stored_form() {
        for v in [Visibility::Public, Visibility::Private] {
            assert_eq!(Visibility::parse(v.as_str()), Some(v));
        }
        for p in [JoinPolicy::Open, JoinPolicy::Approval] {
            assert_eq!(JoinPolicy::parse(p.as_str()), Some(p));
        }
        assert_eq!(Visibility::parse("secret"), None);
    }
}
