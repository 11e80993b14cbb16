//! Assisted reports: a member reports for a neighbour who has no account (an elderly neighbour
//! at the door, a shopkeeper on the phone). What the member gives about that neighbour is
//! checked here: a name to call them by, that they agreed, and how they may be reached if they
//! want updates. Pure; stored by `services::issues::assisted`.

use super::account::{DisplayName, Email};

/// The longest phone number kept (also the Open311 contact's bound).
pub const MAX_PHONE_CHARS: usize = 40;
/// Digits a phone number needs at least (an extension alone is not a number to call).
const MIN_PHONE_DIGITS: usize = 5;

/// The neighbour a report is made for, as the member described them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbour {
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// What the member sent, before it is checked.
pub struct NeighbourInput<'a> {
    pub display_name: &'a str,
    /// "They agreed that I report this for them": nobody is named without agreeing.
    pub consent: bool,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
}

/// One refused field: its name under `on_behalf_of` and why.
pub type FieldProblem = (&'static str, String);

impl Neighbour {
    /// Checks everything at once, so the member sees every problem in one answer. A contact not
    /// given is absent: an empty string is refused like any other malformed one.
    pub fn parse(input: NeighbourInput<'_>) -> Result<Self, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        if !input.consent {
            problems.push((
                "consent",
                "record that they agreed to your reporting this for them".to_owned(),
            ));
        }
        let display_name = DisplayName::parse(input.display_name)
            .map(DisplayName::into_inner)
            .map_err(|m| problems.push(("display_name", m)))
            .ok();
        let email = input.email.and_then(|raw| {
            Email::parse(raw)
                .map(|e| e.as_str().to_owned())
                .map_err(|m| problems.push(("email", m)))
                .ok()
        });
        let phone = input.phone.and_then(|raw| {
            parse_phone(raw)
                .map_err(|m| problems.push(("phone", m)))
                .ok()
        });
        match display_name {
            Some(display_name) if problems.is_empty() => Ok(Self {
                display_name,
                email,
                phone,
            }),
            _ => Err(problems),
        }
    }
}

/// A phone number as people write it: digits, spaces and `+ ( ) - .`, with enough digits to
/// call. Kept as written (trimmed): it is read by a person, not dialled by the service.
pub fn parse_phone(raw: &str) -> Result<String, String> {
    let trimmed = raw.trim();
    let allowed = |c: char| c.is_ascii_digit() || " +()-.".contains(c);
    let digits = trimmed.chars().filter(char::is_ascii_digit).count();
    if trimmed.chars().count() > MAX_PHONE_CHARS
        || !trimmed.chars().all(allowed)
        || digits < MIN_PHONE_DIGITS
    {
        return Err(format!(
            "must be a phone number of at most {MAX_PHONE_CHARS} characters: digits, spaces and + ( ) - ."
        ));
    }
    Ok(trimmed.to_owned())
}

/// Whether two names a member typed are the same neighbour: case and spacing aside. A member
/// who reports the same problem twice for "Mrs Patel" adds one supporter, not two.
pub fn same_neighbour(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    key(a) == key(b)
}

/// "Mrs Patel", "Mrs Patel and Mr Jones", "A, B and C"; "a neighbour" when the names were erased.
pub fn names_in_words(names: &[String]) -> String {
    match names {
        [] => "a neighbour".to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(
        name: &'a str,
        consent: bool,
        email: Option<&'a str>,
        phone: Option<&'a str>,
    ) -> NeighbourInput<'a> {
        NeighbourInput {
            display_name: name,
            consent,
            email,
            phone,
        }
    }

    #[test]
    fn a_neighbour_is_named_with_their_consent_and_optional_contact() {
        let n = Neighbour::parse(input(
            "  Mrs Patel ",
            true,
            Some(" Patel@Example.org"),
            Some(" +44 (0)20 7946-0958 "),
        ))
        .unwrap();
        assert_eq!(n.display_name, "Mrs Patel");
        assert_eq!(n.email.as_deref(), Some("patel@example.org"));
        assert_eq!(n.phone.as_deref(), Some("+44 (0)20 7946-0958"));
        let bare = Neighbour::parse(input("Ben", true, None, None)).unwrap();
        assert_eq!((bare.email, bare.phone), (None, None));
        assert!(Neighbour::parse(input("Ben", true, Some(""), None)).is_err());
        assert!(Neighbour::parse(input("Ben", true, None, Some("  "))).is_err());
    }

    #[test]
    fn without_consent_nobody_is_named() {
        let problems = Neighbour::parse(input("Mrs Patel", false, None, None)).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, "consent");
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let problems = Neighbour::parse(input(
            &"x".repeat(81),
            false,
            Some("not an address"),
            Some("call me"),
        ))
        .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.0).collect();
        assert_eq!(fields, ["consent", "display_name", "email", "phone"]);
        assert!(Neighbour::parse(input("   ", true, None, None)).is_err());
        assert!(Neighbour::parse(input("Ana\u{7}", true, None, None)).is_err());
    }

    #[test]
    fn phones_are_digits_with_the_usual_punctuation_and_bounded() {
        assert!(parse_phone("020 7946 0958").is_ok());
        assert!(parse_phone("123").is_err(), "too few digits");
        assert!(parse_phone(&"1".repeat(MAX_PHONE_CHARS + 1)).is_err());
        assert!(parse_phone("0207<script>").is_err());
        assert!(parse_phone("12345\n6").is_err());
    }

    #[test]
    fn the_same_neighbour_is_recognised_whatever_the_case_and_spacing() {
        assert!(same_neighbour("Mrs  Patel", " mrs patel"));
        assert!(!same_neighbour("Mrs Patel", "Mr Patel"));
    }

    #[test]
    fn names_read_as_a_list() {
        let names =
            |n: &[&str]| names_in_words(&n.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(names(&[]), "a neighbour");
        assert_eq!(names(&["Ana"]), "Ana");
        assert_eq!(names(&["Ana", "Ben"]), "Ana and Ben");
        assert_eq!(names(&["Ana", "Ben", "Cy"]), "Ana, Ben and Cy");
    }
}
