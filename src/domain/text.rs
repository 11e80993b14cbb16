//! The one text policy every user-supplied string passes before anything else reads it.
//!
//! `clean` is applied at the edge (`crate::edge`) to every JSON string (keys too), form field,
//! query parameter and path segment, so no route can forget it:
//! - NUL and the other C0/C1 control characters (and DEL) are **refused**, not stripped: a
//!   string that silently loses characters is a worse surprise than a clear 422 naming the
//!   field, and PostgreSQL cannot store NUL at all. Newline and tab are ordinary text.
//! - `\r\n` and a lone `\r` become `\n`, so text typed in an HTML form (which sends CRLF) is
//!   stored the same as text from the API.
//! - The noncharacters U+FFFE and U+FFFF are refused: XML 1.0 cannot carry them.
//! - Everything is put in Unicode NFC, so "é" typed as one code point or as "e" + combining
//!   accent is the same name, the same search and the same uniqueness check.
//!
//! `is_blank_name` is the stricter rule for names and titles: a name made only of white space,
//! invisible characters (zero-width space, soft hyphen, word joiner...) and bidi controls shows
//! as nothing, so it is refused even though it is not the empty string.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// The longest search text (`q`) a list accepts.
pub const MAX_SEARCH_CHARS: usize = 100;

/// Why a string was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    Nul,
    Control(char),
    Noncharacter(char),
}

impl TextProblem {
    /// What is wrong, as a catalogue message (the character's code point as a hex string).
    pub fn message(self) -> crate::i18n::Message {
        match self {
            TextProblem::Nul => crate::msg!("text-nul"),
            TextProblem::Control(c) => {
                crate::msg!("text-control", code = format!("{:04X}", u32::from(c)))
            }
            TextProblem::Noncharacter(c) => {
                crate::msg!("text-noncharacter", code = format!("{:04X}", u32::from(c)))
            }
        }
    }

    /// The same, as a sentence about the request's URL path.
    pub fn in_url_path(self) -> crate::i18n::Message {
        match self {
            TextProblem::Nul => crate::msg!("text-url-path-nul"),
            TextProblem::Control(c) => {
                crate::msg!(
                    "text-url-path-control",
                    code = format!("{:04X}", u32::from(c))
                )
            }
            TextProblem::Noncharacter(c) => {
                crate::msg!(
                    "text-url-path-noncharacter",
                    code = format!("{:04X}", u32::from(c))
                )
            }
        }
    }
}

impl std::fmt::Display for TextProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextProblem::Nul => f.write_str("must not contain NUL characters (U+0000)"),
            TextProblem::Control(c) => write!(
                f,
                "must not contain control characters (U+{:04X}); only line breaks and tabs are allowed",
                u32::from(*c)
            ),
            TextProblem::Noncharacter(c) => write!(
                f,
                "must not contain the noncharacter U+{:04X}",
                u32::from(*c)
            ),
        }
    }
}

/// The first character the policy refuses, if any.
pub fn problem_in(text: &str) -> Option<TextProblem> {
    text.chars().find_map(|c| match c {
        '\0' => Some(TextProblem::Nul),
        '\n' | '\t' | '\r' => None,
        // C0, DEL and C1 (U+0080..=U+009F) are exactly `char::is_control`.
        c if c.is_control() => Some(TextProblem::Control(c)),
        '\u{FFFE}' | '\u{FFFF}' => Some(TextProblem::Noncharacter(c)),
        _ => None,
    })
}

/// Applies the policy: refuses NUL, controls and XML-forbidden noncharacters; turns `\r\n` and
/// a lone `\r` into `\n`; normalises to NFC. Borrows when the text is already clean, which is
/// the common case, so clean requests cost one scan.
pub fn clean(text: &str) -> Result<Cow<'_, str>, TextProblem> {
    if let Some(problem) = problem_in(text) {
        return Err(problem);
    }
    let text: Cow<'_, str> = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    };
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return Ok(text);
    }
    let normalised: String = text.nfc().collect();
    if normalised == text {
        Ok(text)
    } else {
        Ok(Cow::Owned(normalised))
    }
}

/// Characters that take no space and show nothing: format characters, fillers and bidi
/// controls. A name made of these (and white space) looks empty.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'               // soft hyphen
        | '\u{034F}'             // combining grapheme joiner
        | '\u{061C}'             // Arabic letter mark (bidi)
        | '\u{115F}' | '\u{1160}' // Hangul fillers
        | '\u{17B4}' | '\u{17B5}' // Khmer inherent vowels
        | '\u{180B}'..='\u{180F}' // Mongolian variation selectors and vowel separator
        | '\u{200B}'..='\u{200F}' // zero-width space, joiners, LRM, RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2060}'..='\u{206F}' // word joiner, invisible operators, bidi isolates
        | '\u{2800}'             // braille blank
        | '\u{3164}'             // Hangul filler
        | '\u{FE00}'..='\u{FE0F}' // variation selectors
        | '\u{FEFF}'             // zero-width no-break space (BOM)
        | '\u{FFA0}'             // halfwidth Hangul filler
        | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
        | '\u{1D173}'..='\u{1D17A}' // musical format characters
        | '\u{E0000}'..='\u{E007F}' // tags
        | '\u{E0100}'..='\u{E01EF}' // variation selectors supplement
    )
}

/// True when nothing would show: only white space, invisible characters and bidi controls.
pub fn is_blank_name(name: &str) -> bool {
    name.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        for text in [
            "Bins on Elm Street",
            "Zażółć gęślą jaźń",
            "حي الزيتون",
            "🚲 broken 🚦",
            "line one\nline two\twith a tab",
            "",
        ] {
            assert!(matches!(clean(text), Ok(Cow::Borrowed(t)) if t == text));
        }
    }

    #[test]
    fn nul_and_control_characters_are_refused() {
        assert_eq!(clean("a\0b"), Err(TextProblem::Nul));
        assert_eq!(clean("bell\u{7}"), Err(TextProblem::Control('\u{7}')));
        assert_eq!(clean("esc\u{1b}[31m"), Err(TextProblem::Control('\u{1b}')));
        assert_eq!(clean("del\u{7f}"), Err(TextProblem::Control('\u{7f}')));
        assert_eq!(clean("c1\u{85}"), Err(TextProblem::Control('\u{85}')));
        assert_eq!(clean("c1\u{9f}"), Err(TextProblem::Control('\u{9f}')));
        assert_eq!(
            clean("x\u{FFFE}"),
            Err(TextProblem::Noncharacter('\u{FFFE}'))
        );
        assert!(TextProblem::Control('\u{1b}')
            .to_string()
            .contains("U+001B"));
    }

    #[test]
    fn carriage_returns_become_newlines() {
        assert_eq!(clean("a\r\nb\r\nc").unwrap(), "a\nb\nc");
        assert_eq!(clean("a\rb").unwrap(), "a\nb");
        assert_eq!(clean("a\r\r\nb").unwrap(), "a\n\nb");
    }

    #[test]
    fn text_is_normalised_to_nfc() {
        let decomposed = "Cafe\u{301}";
        assert_eq!(clean(decomposed).unwrap(), "Caf\u{e9}");
        // Combining marks with no precomposed form pass through unchanged.
        let stacked = "q\u{307}\u{323}";
        assert_eq!(
            clean(stacked).unwrap(),
            "q\u{323}\u{307}".nfc().collect::<String>()
        );
        assert_eq!(clean("ñ").unwrap(), "ñ");
    }

    #[test]
    fn names_of_only_invisible_or_bidi_characters_are_blank() {
        assert!(is_blank_name(""));
        assert!(is_blank_name(" \u{200B}\u{200D} "));
        assert!(is_blank_name("\u{202E}\u{2066}\u{2069}"));
        assert!(is_blank_name("\u{00AD}\u{2060}\u{FEFF}\u{3000}"));
        assert!(!is_blank_name("\u{202E}Ana"));
        assert!(!is_blank_name("حي"));
        assert!(!is_blank_name("👍"));
    }
}
