//! Which locale a request is answered in: the `Accept-Language` header (the front end sends the
//! locale the page is shown in, which is the account's choice once signed in), then the
//! deployment's default (`COMMONGROUND_DEFAULT_LOCALE`). E-mails use the recipient's stored locale
//! instead (`negotiate` with the account's choice first).

use std::future::Future;

use super::Locale;

/// `Accept-Language` headers longer than this are not read (no one prefers 40 languages).
const MAX_HEADER_BYTES: usize = 512;
const MAX_RANGES: usize = 16;

/// Our locales in the order an `Accept-Language` header prefers them (by q-value, then position).
/// A range matches by its primary language (`pl-PL` → Polish); `*` and unknown ones are skipped.
pub fn parse_accept_language(header: &str) -> Vec<Locale> {
    if header.len() > MAX_HEADER_BYTES {
        return Vec::new();
    }
    let mut ranked: Vec<(f32, usize, Locale)> = header
        .split(',')
        .take(MAX_RANGES)
        .enumerate()
        .filter_map(|(position, range)| {
            let mut parts = range.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            if !(quality > 0.0 && quality <= 1.0) {
                return None;
            }
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            Locale::from_tag(&primary).map(|locale| (quality, position, locale))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out = Vec::new();
    for (_, _, locale) in ranked {
        if !out.contains(&locale) {
            out.push(locale);
        }
    }
    out
}

/// The locale for someone: their account's choice, else the first of ours their header asks for,
/// else the deployment's default.
pub fn negotiate(
    account: Option<Locale>,
    accept_language: Option<&str>,
    default: Locale,
) -> Locale {
    account
        .or_else(|| accept_language.and_then(|h| parse_accept_language(h).into_iter().next()))
        .unwrap_or(default)
}

tokio::task_local! {
    static REQUEST_LOCALE: Locale;
}

/// The locale of the request being answered (set by the `edge::locale` middleware for the whole
/// of its handling, errors included); English outside a request.
pub struct RequestLocale;

impl RequestLocale {
    pub fn current() -> Locale {
        REQUEST_LOCALE
            .try_with(|locale| *locale)
            .unwrap_or(Locale::En)
    }

    /// The tag stored as the `lang` of text a person writes in this request (a report, post,
    /// thread title, task): the language of the page they wrote it in is the best signal we have
    /// of the language they wrote in. We do not guess from the text itself.
    pub fn of_written_text() -> Option<String> {
        Some(Self::current().as_str().to_owned())
    }

    /// Runs `work` (a request's handling) with `locale` as its locale.
    pub async fn scope<F: Future>(locale: Locale, work: F) -> F::Output {
        REQUEST_LOCALE.scope(locale, work).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_read_by_quality_then_position_and_primary_language() {
        assert_eq!(
            parse_accept_language("pl-PL,pl;q=0.9,en;q=0.8"),
            [Locale::Pl, Locale::En]
        );
        assert_eq!(
            parse_accept_language("de, ar-EG;q=0.5, en;q=0.7"),
            [Locale::En, Locale::Ar]
        );
        assert_eq!(parse_accept_language("en;q=0, pl"), [Locale::Pl]);
        assert_eq!(parse_accept_language("*"), []);
        assert_eq!(parse_accept_language("pl;q=banana, ar"), [Locale::Ar]);
        assert_eq!(parse_accept_language(&"de,".repeat(400)), []);
    }

    #[test]
    fn the_account_wins_then_the_header_then_the_default() {
        assert_eq!(
            negotiate(Some(Locale::Ar), Some("pl"), Locale::En),
            Locale::Ar
        );
        assert_eq!(
            negotiate(None, Some("fr, pl;q=0.2"), Locale::En),
            Locale::Pl
        );
        assert_eq!(negotiate(None, Some("fr"), Locale::Pl), Locale::Pl);
        assert_eq!(negotiate(None, None, Locale::Ar), Locale::Ar);
    }
}
