//! Discussion rules: Markdown rendered to safe HTML, `@mentions`, the fixed set of reactions, post
//! states and the auto-hide rule.
//!
//! Rendering is two layers deep on purpose. pulldown-cmark parses CommonMark and every piece of
//! raw HTML in the source is turned into plain text before rendering (so `<script>` shows as
//! text); then ammonia cleans the result against a small allowlist of tags and attributes, keeps
//! only `http`, `https` and `mailto` links and gives every link `rel="nofollow ugc noopener"`.
//! Either layer alone would stop the corpus in the tests below; together a mistake in one is not
//! enough.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, TextMergeStream};

pub const MIN_TITLE_CHARS: usize = 3;
pub const MAX_TITLE_CHARS: usize = 150;
pub const MAX_BODY_CHARS: usize = 10_000;
pub const MAX_REASON_CHARS: usize = 500;
/// Mentions beyond this many in one post are not notified (stops mass pinging).
pub const MAX_MENTIONS: usize = 20;
pub const MAX_HANDLE_CHARS: usize = 80;

/// The reactions a post can get, one of each per person.
pub const REACTIONS: [&str; 5] = ["👍", "❤️", "🎉", "😮", "🙏"];

/// The heart as many keyboards type it, without the emoji variation selector.
const HEART_WITHOUT_SELECTOR: &str = "\u{2764}";
/// Every spelling `parse_reaction` accepts.
pub const REACTION_SPELLINGS: [&str; 6] = [
    REACTIONS[0],
    REACTIONS[1],
    REACTIONS[2],
    REACTIONS[3],
    REACTIONS[4],
    HEART_WITHOUT_SELECTOR,
];

/// The canonical form of a reaction, accepting the heart without its emoji variation selector.
pub fn parse_reaction(raw: &str) -> Option<&'static str> {
    let raw = raw.trim();
    if raw == HEART_WITHOUT_SELECTOR {
        return Some(REACTIONS[1]);
    }
    REACTIONS.into_iter().find(|r| *r == raw)
}

pub use entity::status::{PostStatus, SubjectType};

/// A visible post flagged by `threshold` distinct members (open flags) is hidden until a
/// coordinator decides. A threshold of 0 turns automatic hiding off.
pub fn should_auto_hide(status: PostStatus, open_flags: i64, threshold: u32) -> bool {
    status == PostStatus::Visible && threshold > 0 && open_flags >= i64::from(threshold)
}

/// Whether a flag counts towards hiding a post automatically: only from accounts at least
/// `min_account_age` old that wrote a post or a report before, so fresh or idle accounts
/// (cheap to make in numbers) cannot hide anyone's post on their own; a coordinator still sees
/// every flag. A zero age counts every flag.
pub fn flag_counts_to_hide(
    account_created_at: chrono::DateTime<chrono::Utc>,
    has_written: bool,
    now: chrono::DateTime<chrono::Utc>,
    min_account_age: chrono::Duration,
) -> bool {
    min_account_age <= chrono::Duration::zero()
        || (now - account_created_at >= min_account_age && has_written)
}

fn plain_text(raw: &str, min: usize, max: usize) -> Result<String, crate::i18n::Message> {
    let text = raw.trim();
    let chars = text.chars().count();
    if chars < min || chars > max {
        return Err(crate::msg!(
            "task-must-min-max-characters",
            min = min,
            max = max
        ));
    }
    if text.chars().any(char::is_control) {
        return Err(crate::msg!("discussion-must-plain-text-one-line"));
    }
    Ok(text.to_owned())
}

pub fn parse_title(raw: &str) -> Result<String, crate::i18n::Message> {
    plain_text(raw, MIN_TITLE_CHARS, MAX_TITLE_CHARS)
}

/// A reason for a flag or a moderation decision: 1 to 500 characters of plain text.
pub fn parse_reason(raw: &str) -> Result<String, crate::i18n::Message> {
    plain_text(raw, 1, MAX_REASON_CHARS)
}

/// A post's Markdown source: not blank, at most 10,000 characters, no control characters other
/// than line breaks and tabs.
pub fn parse_body(raw: &str) -> Result<String, crate::i18n::Message> {
    let body = raw.trim_end();
    let body = body.trim_start_matches(['\n', '\r']);
    if body.trim().is_empty() {
        return Err(crate::msg!("account-must-not-empty"));
    }
    if body.chars().count() > MAX_BODY_CHARS {
        return Err(crate::msg!(
            "account-must-at-most-max-characters",
            max = MAX_BODY_CHARS
        ));
    }
    if body
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(crate::msg!("account-must-not-contain-control-characters"));
    }
    Ok(body.to_owned())
}

/// The handle a member is mentioned by: the display name lower-cased, spaces as `_`, other
/// punctuation dropped ("Ana María Ruiz" is `@ana_maría_ruiz`).
pub fn handle_of(display_name: &str) -> String {
    let mut handle = String::new();
    for word in display_name.split_whitespace() {
        let word: String = word
            .chars()
            .filter(|c| is_handle_char(*c))
            .flat_map(char::to_lowercase)
            .collect();
        if word.is_empty() {
            continue;
        }
        if !handle.is_empty() {
            handle.push('_');
        }
        handle.push_str(&word);
    }
    handle
        .trim_matches(|c| matches!(c, '.' | '-' | '_'))
        .chars()
        .take(MAX_HANDLE_CHARS)
        .collect()
}

fn is_handle_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.')
}

/// `@handle` occurrences in one run of text: byte range of the whole mention and the lower-cased
/// handle. An `@` inside a word (an e-mail address) is not a mention.
fn mentions_in(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let mut out = Vec::new();
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let starts_mention = c == '@' && !previous.is_some_and(|p| is_handle_char(p) || p == '@');
        previous = Some(c);
        if !starts_mention {
            continue;
        }
        let start = at + c.len_utf8();
        let mut end = start;
        while let Some((i, next)) = chars.peek().copied() {
            if !is_handle_char(next) {
                break;
            }
            end = i + next.len_utf8();
            previous = Some(next);
            chars.next();
        }
        // A full stop or dash ending a sentence is not part of the name.
        let handle = text[start..end].trim_end_matches(['.', '-']);
        if !handle.is_empty() && handle.chars().count() <= MAX_HANDLE_CHARS {
            out.push((at..start + handle.len(), handle.to_lowercase()));
        }
    }
    out
}

/// The parser with raw HTML turned into text and adjacent text merged, which both rendering and
/// mention extraction walk. Tracks whether text is inside a code block or a link, where `@` is
/// never a mention.
fn events(source: &str) -> Vec<(Event<'_>, bool)> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TABLES);
    let parser = Parser::new_ext(source, options).map(|event| match event {
        // No raw HTML: whatever looked like a tag is shown as the text it is.
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        // Images would load from anywhere (tracking, data: URLs): show them as links instead.
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }),
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        other => other,
    });
    let mut code_or_link = 0_usize;
    TextMergeStream::new(parser)
        .map(|event| {
            match &event {
                Event::Start(Tag::CodeBlock(_) | Tag::Link { .. }) => code_or_link += 1,
                Event::End(TagEnd::CodeBlock | TagEnd::Link) => {
                    code_or_link = code_or_link.saturating_sub(1)
                }
                _ => {}
            }
            let mentionable = code_or_link == 0 && matches!(event, Event::Text(_));
            (event, mentionable)
        })
        .collect()
}

/// The distinct handles mentioned in a post (outside code and links), at most `MAX_MENTIONS`.
pub fn mention_handles(source: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (event, mentionable) in events(source) {
        if let (Event::Text(text), true) = (event, mentionable) {
            for (_, handle) in mentions_in(&text) {
                if out.len() < MAX_MENTIONS && seen.insert(handle.clone()) {
                    out.push(handle);
                }
            }
        }
    }
    out
}

/// The only elements a rendered post may contain (Markdown's own, plus the mention span).
const ALLOWED_TAGS: [&str; 26] = [
    "a",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
];

static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = ALLOWED_TAGS.into();
    let attributes: HashMap<&str, HashSet<&str>> = [
        ("a", HashSet::from(["href", "title"])),
        ("ol", HashSet::from(["start"])),
    ]
    .into();
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(tags)
        .tag_attributes(attributes)
        .allowed_classes([("span", HashSet::from(["mention"]))].into())
        .clean_content_tags(HashSet::from(["script", "style"]))
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("nofollow ugc noopener"))
        .strip_comments(true);
    builder
});

/// Renders a post's Markdown to sanitised HTML. Mentions of the given (resolved, lower-cased)
/// handles become `<span class="mention">@handle</span>`.
pub fn render(source: &str, mentioned: &HashSet<String>) -> String {
    let mut out: Vec<Event<'_>> = Vec::new();
    for (event, mentionable) in events(source) {
        match (event, mentionable) {
            (Event::Text(text), true) if !mentioned.is_empty() => {
                let mut last = 0;
                for (range, handle) in mentions_in(&text) {
                    if !mentioned.contains(&handle) {
                        continue;
                    }
                    if range.start > last {
                        out.push(Event::Text(CowStr::from(
                            text[last..range.start].to_owned(),
                        )));
                    }
                    // Handles are letters, digits, `_`, `-` and `.`: nothing to escape.
                    let span = format!("<span class=\"mention\">{}</span>", &text[range.clone()]);
                    out.push(Event::InlineHtml(CowStr::from(span)));
                    last = range.end;
                }
                if last < text.len() {
                    out.push(Event::Text(CowStr::from(text[last..].to_owned())));
                }
            }
            (event, _) => out.push(event),
        }
    }
    let mut html = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    SANITISER.clean(&html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_plain(source: &str) -> String {
        render(source, &HashSet::new())
    }

    /// Every tag in the output is on the allowlist with allowed attributes only; every link is
    /// http(s) or mailto with the right `rel`. The serialiser escapes `<` in text, so any `<`
    /// that starts a tag here is a real element.
    fn assert_inert(source: &str, html: &str) {
        let tag = regex::Regex::new(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>").unwrap();
        let attribute = regex::Regex::new(r#"([^\s=/]+)(?:="([^"]*)")?"#).unwrap();
        for found in tag.captures_iter(html) {
            let name = found[2].to_lowercase();
            assert!(
                ALLOWED_TAGS.contains(&name.as_str()),
                "{source:?} produced a <{name}> element: {html}"
            );
            let mut has_rel = false;
            for attr in attribute.captures_iter(&found[3]) {
                let (key, value) = (
                    attr[1].to_lowercase(),
                    attr.get(2).map_or("", |v| v.as_str()),
                );
                match (name.as_str(), key.as_str()) {
                    ("a", "href") => assert!(
                        ["http://", "https://", "mailto:"]
                            .iter()
                            .any(|scheme| value.to_lowercase().starts_with(scheme)),
                        "{source:?} produced a link to {value:?}: {html}"
                    ),
                    ("a", "rel") => {
                        assert_eq!(value, "nofollow ugc noopener");
                        has_rel = true;
                    }
                    ("a", "title") | ("ol", "start") => {}
                    ("span", "class") => assert_eq!(value, "mention"),
                    _ => panic!("{source:?} produced attribute {key} on <{name}>: {html}"),
                }
            }
            if name == "a" && found[1].is_empty() {
                assert!(has_rel, "links carry rel: {html}");
            }
        }
        let lower = html.to_lowercase();
        for never in [
            "<script", "<svg", "<iframe", "<img", "<style", "<object", "<embed", "<math", "<form",
            "<input", "<base", "<meta", "<link",
        ] {
            assert!(
                !lower.contains(never),
                "{source:?} produced {never}: {html}"
            );
        }
    }

    const XSS_CORPUS: &[&str] = &[
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<body onload=alert(1)>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;avascript&#x3A;alert(1))",
        "[click]( javascript:alert(1) )",
        "[click](<javascript:alert(1)>)",
        "<javascript:alert(1)>",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](javascript:alert(1))",
        "![x](https://evil.example/pixel.gif \"title\")",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "<svg onload=alert(1)><circle r=10></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"data:text/html,<script>alert(1)</script>\">",
        "<form action=\"https://evil.example\"><input type=submit></form>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<!--<script>alert(1)</script>-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<b><i>unclosed <script>alert(1)",
        "</p><script>alert(1)</script><p>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
        "<a href=\"https://ok.example\"<script>alert(1)</script>>x</a>",
        "<<script>script>alert(1)<</script>/script>",
        "<div><p><span>nested <em>deeply</p></div></span></em><script>alert(1)</script>",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "    <script>alert(1)</script>",
        "> <script>alert(1)</script>",
        "* <img src=x onerror=alert(1)>",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
        "[x](https://ok.example \"\\\" onmouseover=\\\"alert(1)\")",
        "[x](https://ok.example/\" onmouseover=\"alert(1))",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">x</a>",
        "<x onclick=alert(1)>custom</x>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<input autofocus onfocus=alert(1)>",
        "<a href=\"//evil.example\">protocol-relative</a>",
        "[relative](/api/v1/me)",
        "[relative](//evil.example/x)",
        "\u{0}<script>alert(1)</script>",
        "@<script>alert(1)</script>",
    ];

    #[test]
    fn the_xss_corpus_comes_out_inert() {
        for source in XSS_CORPUS {
            let html = render_plain(source);
            assert_inert(source, &html);
            // With mentions resolved too, the extra spans change nothing.
            let mentioned = HashSet::from(["script".to_owned(), "ana".to_owned()]);
            assert_inert(source, &render(source, &mentioned));
        }
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = render_plain("Hello <b>bold</b> <script>alert(1)</script>");
        assert!(html.contains("&lt;b&gt;bold&lt;/b&gt;"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn markdown_renders_and_links_get_rel_and_safe_schemes() {
        let html = render_plain("**bold** _em_ ~~gone~~\n\n- one\n- two\n\n[site](https://example.org) <mailto:a@b.org>");
        assert!(html.contains("<strong>bold</strong>"), "{html}");
        assert!(html.contains("<em>em</em>"), "{html}");
        assert!(html.contains("<del>gone</del>"), "{html}");
        assert!(html.contains("<li>one</li>"), "{html}");
        assert!(
            html.contains(r#"<a href="https://example.org" rel="nofollow ugc noopener">site</a>"#),
            "{html}"
        );
        assert!(html.contains(r#"href="mailto:a@b.org""#), "{html}");
        let js = render_plain("[x](javascript:alert(1))");
        assert!(!js.contains("href"), "{js}");
        assert!(js.contains(">x</a>"), "the text stays: {js}");
    }

    #[test]
    fn images_become_links() {
        let html = render_plain("![a cat](https://example.org/cat.png)");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains(
                r#"<a href="https://example.org/cat.png" rel="nofollow ugc noopener">a cat</a>"#
            ),
            "{html}"
        );
    }

    #[test]
    fn mentions_are_found_outside_code_links_and_email_addresses() {
        let source = "Hi @Ana_Smith and @ben. Mail ana@example.org, see `@code` and\n\n```\n@block\n```\n\n[@link](https://x.org) @Ana_Smith again";
        assert_eq!(mention_handles(source), vec!["ana_smith", "ben"]);
        let html = render(source, &HashSet::from(["ana_smith".to_owned()]));
        assert!(
            html.contains(r#"Hi <span class="mention">@Ana_Smith</span> and @ben."#),
            "{html}"
        );
        assert!(html.contains("<code>@code</code>"), "{html}");
        assert!(
            !html.contains(r#"mention">@ben"#),
            "unresolved handles stay text"
        );
    }

    #[test]
    fn mentions_are_capped() {
        let source: String = (0..30).map(|n| format!("@m{n} ")).collect();
        assert_eq!(mention_handles(&source).len(), MAX_MENTIONS);
    }

    #[test]
    fn handles_follow_display_names() {
        assert_eq!(handle_of("Ana Smith"), "ana_smith");
        assert_eq!(handle_of("  Ana   María  Ruiz "), "ana_maría_ruiz");
        assert_eq!(handle_of("Seán O'Brien"), "seán_obrien");
        assert_eq!(mention_handles("@Seán_OBrien!"), vec!["seán_obrien"]);
    }

    #[test]
    fn reactions_are_a_fixed_set() {
        assert_eq!(parse_reaction("👍"), Some("👍"));
        assert_eq!(parse_reaction("❤"), Some("❤️"));
        assert_eq!(parse_reaction("💩"), None);
        assert_eq!(parse_reaction("thumbs up"), None);
    }

    #[test]
    fn only_flags_from_established_writers_count_to_hide() {
        let now = chrono::Utc::now();
        let day = chrono::Duration::hours(24);
        let old = now - chrono::Duration::days(3);
        assert!(flag_counts_to_hide(old, true, now, day));
        assert!(!flag_counts_to_hide(old, false, now, day), "never wrote");
        assert!(
            !flag_counts_to_hide(now - chrono::Duration::hours(23), true, now, day),
            "young"
        );
        assert!(
            flag_counts_to_hide(now, false, now, chrono::Duration::zero()),
            "rule off"
        );
    }

    #[test]
    fn enough_distinct_flags_hide_a_visible_post() {
        assert!(!should_auto_hide(PostStatus::Visible, 2, 3));
        assert!(should_auto_hide(PostStatus::Visible, 3, 3));
        assert!(should_auto_hide(PostStatus::Visible, 4, 3));
        assert!(
            !should_auto_hide(PostStatus::Hidden, 5, 3),
            "already hidden"
        );
        assert!(!should_auto_hide(PostStatus::Deleted, 5, 3));
        assert!(
            !should_auto_hide(PostStatus::Visible, 100, 0),
            "0 turns it off"
        );
    }

    #[test]
    fn bodies_and_titles_are_checked() {
        assert!(parse_body("   \n ").is_err());
        assert!(parse_body(&"x".repeat(MAX_BODY_CHARS + 1)).is_err());
        assert!(parse_body("tab\tand\nnewline").is_ok());
        assert!(parse_body("bell\u{7}").is_err());
        assert!(parse_title("Hi").is_err());
        assert!(parse_title("Two\nlines").is_err());
        assert_eq!(parse_title("  Bins on Elm St  ").unwrap(), "Bins on Elm St");
    }
}
