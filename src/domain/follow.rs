//! Following an issue by e-mail without an account: the rules with no I/O (when a confirmation
//! may be sent again, how long links live) and every message such a follower receives, in the
//! language they followed in. `follow_mail` words them from the server's catalogues
//! (`src/i18n/locales/<locale>/follows.ftl`).

use chrono::{DateTime, Duration, Utc};
use entity::ids::IssueId;
use serde::{Deserialize, Serialize};

pub use crate::i18n::Locale;

use crate::{
    domain::{
        issue::IssueStatus,
        notification::{escape_html, MailBody},
    },
    msg,
};

/// A second confirmation e-mail for the same pending follow is sent no sooner than this, however
/// often someone submits the address: the form cannot be used to flood a mailbox.
pub const CONFIRMATION_COOLDOWN: Duration = Duration::minutes(15);
/// How long a confirmation link works.
pub const CONFIRM_LINK_TTL: Duration = Duration::days(7);
/// How long an unsubscribe link works: as long as anyone keeps an old message.
pub const UNSUBSCRIBE_LINK_TTL: Duration = Duration::days(3650);
/// The purposes signed into the links, so one kind of link never works as the other.
pub const CONFIRM_PURPOSE: &str = "follow-confirm";
pub const UNSUBSCRIBE_PURPOSE: &str = "follow-unsubscribe";

/// Whether a pending follow may be sent its confirmation now, given the last one sent.
pub fn may_send_confirmation(last_sent: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    last_sent.is_none_or(|at| now - at >= CONFIRMATION_COOLDOWN)
}

/// How often a follower hears about their issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FollowFrequency {
    /// A message for each change, as it happens.
    #[default]
    Immediate,
    /// At most one message a day, in the follower's morning, listing the changes since the last.
    Daily,
}

impl FollowFrequency {
    pub fn as_str(self) -> &'static str {
        match self {
            FollowFrequency::Immediate => "immediate",
            FollowFrequency::Daily => "daily",
        }
    }

    /// The stored value; anything unknown reads as a message per change (nothing is withheld).
    pub fn from_stored(value: &str) -> FollowFrequency {
        match value {
            "daily" => FollowFrequency::Daily,
            _ => FollowFrequency::Immediate,
        }
    }
}

/// What a change of an issue tells its followers; stored in the outbox and rendered at sending
/// time in each follower's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpdate {
    /// The issue the change was made on.
    pub issue_id: IssueId,
    /// "Pothole, 3 Mill Lane": the category and place, as notices name an issue.
    pub issue_title: String,
    pub status: IssueStatus,
    /// The public note that came with the change.
    pub note: String,
    /// Set when the issue was merged: the issue followed from now on.
    pub merged_into: Option<IssueId>,
    /// A supporter said "still a problem".
    pub reopened: bool,
}

/// The links a message carries, already signed and absolute.
pub struct Links<'a> {
    /// The page that shows the issue.
    pub issue: &'a str,
    /// Confirmation (for `Confirm`) or the unsubscribe page (for `Update`).
    pub action: &'a str,
}

/// The messages a follower can receive.
pub enum FollowMail<'a> {
    /// Double opt-in: nothing else is sent until this link is followed.
    Confirm { issue_title: &'a str },
    /// A change of the followed issue.
    Update(&'a FollowUpdate),
    /// The day's changes of the followed issue, oldest first (never empty), for a follower who
    /// asked for one message a day.
    Digest(&'a [FollowUpdate]),
}

/// An issue's status in the follower's language (`follow-status` in `follows.ftl`).
pub fn status_words(locale: Locale, status: IssueStatus) -> String {
    msg!("follow-status", status = status.as_str()).render(locale)
}

/// The paragraphs that tell one change: the new status, a merge or a reopening, the note.
fn what_changed(locale: Locale, update: &FollowUpdate) -> Vec<String> {
    let status = status_words(locale, update.status);
    let mut paragraphs = vec![msg!("follow-update-now", status = &status).render(locale)];
    if update.merged_into.is_some() {
        paragraphs.push(msg!("follow-merged").render(locale));
    }
    if update.reopened {
        paragraphs.push(msg!("follow-reopened").render(locale));
    }
    paragraphs.push(msg!("follow-update-note", note = &update.note).render(locale));
    paragraphs
}

/// One line of bounded length, whatever people wrote into the issue's place or category.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(150)
        .collect()
}

/// The message, in `locale`, with its links. Everything people wrote (the title, the note) is
/// escaped in the HTML part; Arabic pages are marked right to left.
pub fn follow_mail(locale: Locale, mail: &FollowMail<'_>, links: &Links<'_>) -> MailBody {
    let (subject, paragraphs, link_text, link) = match mail {
        FollowMail::Confirm { issue_title } => (
            msg!("follow-confirm-subject", title = *issue_title).render(locale),
            vec![
                msg!("follow-confirm-asked", title = *issue_title).render(locale),
                msg!("follow-confirm-how").render(locale),
            ],
            msg!("follow-confirm-link").render(locale),
            links.action,
        ),
        FollowMail::Update(update) => {
            let status = status_words(locale, update.status);
            (
                msg!(
                    "follow-update-subject",
                    title = &update.issue_title,
                    status = &status
                )
                .render(locale),
                what_changed(locale, update),
                msg!("follow-see-issue").render(locale),
                links.issue,
            )
        }
        FollowMail::Digest(updates) => {
            // Every update is of the one followed issue; its latest title names it.
            let title = updates.last().map_or("", |u| u.issue_title.as_str());
            let mut paragraphs = vec![msg!("follow-digest-intro").render(locale)];
            paragraphs.extend(updates.iter().flat_map(|u| what_changed(locale, u)));
            paragraphs.push(msg!("follow-digest-how-often").render(locale));
            (
                msg!(
                    "follow-digest-subject",
                    title = title,
                    count = updates.len()
                )
                .render(locale),
                paragraphs,
                msg!("follow-see-issue").render(locale),
                links.issue,
            )
        }
    };
    let hello = msg!("follow-hello").render(locale);
    let dir = if locale.is_right_to_left() {
        "rtl"
    } else {
        "ltr"
    };
    let mut text = format!("{hello}\n\n");
    let mut html = format!(
        "<!doctype html><html lang=\"{}\" dir=\"{dir}\"><body><p>{}</p>",
        locale.as_str(),
        escape_html(&hello)
    );
    for paragraph in &paragraphs {
        text.push_str(paragraph);
        text.push_str("\n\n");
        html.push_str(&format!("<p>{}</p>", escape_html(paragraph)));
    }
    text.push_str(&format!("{link_text}: {link}\n"));
    html.push_str(&format!(
        "<p><a href=\"{}\">{}</a></p>",
        escape_html(link),
        escape_html(&link_text)
    ));
    if let FollowMail::Update(_) | FollowMail::Digest(_) = mail {
        let unsubscribe = msg!("follow-unsubscribe").render(locale);
        text.push_str(&format!("\n{unsubscribe} {}\n", links.action));
        html.push_str(&format!(
            "<p>{} <a href=\"{}\">{}</a></p>",
            escape_html(&unsubscribe),
            escape_html(links.action),
            escape_html(&msg!("follow-unsubscribe-link").render(locale))
        ));
    }
    html.push_str("</body></html>");
    MailBody {
        subject: one_line(&subject),
        text,
        html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn update(status: IssueStatus) -> FollowUpdate {
        FollowUpdate {
            issue_id: IssueId::new(),
            issue_title: "Pothole <b>, 3 Mill Lane".into(),
            status,
            note: "Fixed on <script>Tuesday</script>".into(),
            merged_into: None,
            reopened: false,
        }
    }

    const LINKS: Links<'static> = Links {
        issue: "https://cg.example/issues/1",
        action: "https://cg.example/follow/unsubscribe?token=t&x=1",
    };

    #[test]
    fn a_confirmation_is_sent_again_only_after_the_cooldown() {
        let now = Utc::now();
        assert!(may_send_confirmation(None, now));
        assert!(!may_send_confirmation(
            Some(now - Duration::minutes(1)),
            now
        ));
        assert!(may_send_confirmation(
            Some(now - CONFIRMATION_COOLDOWN),
            now
        ));
    }

    #[test]
    fn every_locale_names_every_status_and_each_message_differently() {
        for locale in [Locale::En, Locale::Pl, Locale::Ar] {
            let mut seen = std::collections::HashSet::new();
            for status in [
                IssueStatus::Open,
                IssueStatus::Acknowledged,
                IssueStatus::InProgress,
                IssueStatus::Resolved,
                IssueStatus::Declined,
                IssueStatus::Duplicate,
            ] {
                assert!(
                    seen.insert(status_words(locale, status)),
                    "{locale} {status}"
                );
            }
        }
        let en = follow_mail(
            Locale::En,
            &FollowMail::Update(&update(IssueStatus::Resolved)),
            &LINKS,
        );
        let pl = follow_mail(
            Locale::Pl,
            &FollowMail::Update(&update(IssueStatus::Resolved)),
            &LINKS,
        );
        let ar = follow_mail(
            Locale::Ar,
            &FollowMail::Update(&update(IssueStatus::Resolved)),
            &LINKS,
        );
        assert!(en.text.contains("fixed") && en.html.contains(">Unsubscribe</a>"));
        assert!(pl.text.contains("naprawiona") && pl.html.contains(">Wypisz się</a>"));
        assert!(ar.text.contains("تم إصلاحها") && ar.html.contains("dir=\"rtl\""));
        assert!(!en.html.contains("dir=\"rtl\""));
    }

    #[test]
    fn updates_carry_the_note_escaped_and_both_links() {
        let mail = follow_mail(
            Locale::En,
            &FollowMail::Update(&update(IssueStatus::InProgress)),
            &LINKS,
        );
        assert!(mail.text.contains("Fixed on <script>Tuesday</script>"));
        assert!(!mail.html.contains("<script>") && !mail.html.contains("<b>"));
        assert!(mail.html.contains("Fixed on &lt;script&gt;"));
        assert!(mail.text.contains(LINKS.issue) && mail.text.contains(LINKS.action));
        assert!(mail.html.contains("token=t&amp;x=1"), "attribute escaped");
        assert_eq!(
            mail.subject,
            "Pothole <b>, 3 Mill Lane: now being worked on"
        );
    }

    #[test]
    fn a_confirmation_links_to_confirming_and_has_no_unsubscribe_link() {
        let links = Links {
            issue: "https://cg.example/issues/1",
            action: "https://cg.example/follow/confirm?token=c",
        };
        let mail = follow_mail(
            Locale::Pl,
            &FollowMail::Confirm {
                issue_title: "Dziura\r\nBcc: x",
            },
            &links,
        );
        assert!(mail
            .text
            .contains("https://cg.example/follow/confirm?token=c"));
        assert!(!mail.text.contains("Wypisz"));
        assert!(!mail.subject.contains('\n') && !mail.subject.contains('\r'));
    }

    #[test]
    fn merges_and_reopenings_say_so() {
        let mut merged = update(IssueStatus::Duplicate);
        merged.merged_into = Some(IssueId::new());
        let mail = follow_mail(Locale::En, &FollowMail::Update(&merged), &LINKS);
        assert!(mail.text.contains("joined with another one"));
        let mut reopened = update(IssueStatus::Open);
        reopened.reopened = true;
        let mail = follow_mail(Locale::Ar, &FollowMail::Update(&reopened), &LINKS);
        assert!(mail.text.contains("مفتوحة من جديد"));
    }

    #[test]
    fn a_daily_message_lists_each_change_oldest_first_with_a_plural_subject() {
        let mut seen = update(IssueStatus::Acknowledged);
        seen.note = "We will look on Monday".into();
        let fixed = update(IssueStatus::Resolved);
        let one = follow_mail(Locale::En, &FollowMail::Digest(&[seen.clone()]), &LINKS);
        assert_eq!(one.subject, "Pothole <b>, 3 Mill Lane: 1 change today");
        let two = follow_mail(
            Locale::En,
            &FollowMail::Digest(&[seen.clone(), fixed.clone()]),
            &LINKS,
        );
        assert_eq!(two.subject, "Pothole <b>, 3 Mill Lane: 2 changes today");
        let first = two.text.find("seen by the council").unwrap();
        let second = two.text.find("now fixed").unwrap();
        assert!(first < second, "oldest first: {}", two.text);
        assert!(two.text.contains("We will look on Monday"));
        assert!(two.text.contains("one e-mail a day at most"));
        assert!(two.html.contains(">Unsubscribe</a>") && !two.html.contains("<script>"));
        let pl = follow_mail(
            Locale::Pl,
            &FollowMail::Digest(&[seen.clone(), fixed.clone(), fixed.clone()]),
            &LINKS,
        );
        assert!(pl.subject.ends_with("3 zmiany dzisiaj"), "{}", pl.subject);
        let ar = follow_mail(Locale::Ar, &FollowMail::Digest(&[seen, fixed]), &LINKS);
        assert!(ar.subject.ends_with("تغييران اليوم"), "{}", ar.subject);
        assert!(ar.html.contains("dir=\"rtl\""));
    }

    #[test]
    fn a_stored_frequency_reads_back_and_anything_unknown_means_every_change() {
        for frequency in [FollowFrequency::Immediate, FollowFrequency::Daily] {
            assert_eq!(FollowFrequency::from_stored(frequency.as_str()), frequency);
        }
        assert_eq!(
            FollowFrequency::from_stored("weekly"),
            FollowFrequency::Immediate
        );
    }
}
