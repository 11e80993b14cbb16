//! People's language on the server: which locale a request or a recipient gets, and the texts the
//! server writes for people (problem details, e-mails) from Project Fluent catalogues, the same
//! format as the front end's (`frontend/src/i18n/`). docs/i18n.md describes both.
//!
//! Catalogues live in `src/i18n/locales/<locale>/*.ftl` and are compiled in (`include_str!`, so a
//! changed file rebuilds). English is complete by definition and the fallback; a test fails when
//! Polish or Arabic lacks a message English has, or has one English does not.

mod catalogue;
mod negotiate;

use std::{borrow::Cow, fmt};

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub use catalogue::{render, CATALOGUES};
pub use negotiate::{negotiate, parse_accept_language, RequestLocale};

/// A language the service speaks. Stored on accounts and e-mail follows by its tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    En,
    Pl,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Pl, Locale::Ar];

    /// The BCP 47 tag (`en`, `pl`, `ar`).
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Pl => "pl",
            Locale::Ar => "ar",
        }
    }

    /// Exactly one of our tags (as stored); `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|locale| locale.as_str() == tag)
    }

    /// Arabic is written right to left; e-mails mark their HTML with it.
    pub fn is_right_to_left(self) -> bool {
        self == Locale::Ar
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value filled into a message: text, or a number (which also picks the plural form).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u16, u32, u64, usize, f64);

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

/// A message for people, not yet in a language: a catalogue id and its arguments. It is put into
/// words when the reader's locale is known (a response, an e-mail); `Display` gives English, for
/// logs and tests.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn render(&self, locale: Locale) -> String {
        render(locale, self.id, &self.args)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Locale::En))
    }
}

/// `msg!("issue-not-found")`, `msg!("field-too-long", max = 80)`: a [`Message`] with its arguments.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// Text shown to people: a catalogue message, or text that is already words (what a person wrote,
/// or a message not yet moved into the catalogues, which stays English).
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Message(Message),
    Plain(Cow<'static, str>),
}

impl Text {
    pub fn render(&self, locale: Locale) -> String {
        match self {
            Text::Message(message) => message.render(locale),
            Text::Plain(text) => text.clone().into_owned(),
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Locale::En))
    }
}

impl From<Message> for Text {
    fn from(message: Message) -> Self {
        Text::Message(message)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text::Plain(Cow::Owned(text))
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Self {
        Text::Plain(Cow::Borrowed(text))
    }
}

/// Several texts in the current request's language, joined by `separator`.
pub fn render_all(texts: &[Text], separator: &str) -> String {
    let locale = RequestLocale::current();
    texts
        .iter()
        .map(|text| text.render(locale))
        .collect::<Vec<_>>()
        .join(separator)
}
