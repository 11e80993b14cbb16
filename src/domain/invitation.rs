//! Invitations to a neighbourhood and the account notices that must not reveal accounts: their
//! states, when one can still be answered, and the e-mail bodies sent to an address whether or not
//! an account uses it. Pure; storage is `services::neighbourhoods::invitations`.

use chrono::{DateTime, Duration, Utc};

pub use entity::status::InvitationStatus;

use super::notification::{escape_html, MailBody};
use crate::{
    i18n::{Locale, Message},
    msg,
};

/// How long an invitation can be answered.
pub const INVITATION_TTL: Duration = Duration::days(14);

/// The status as of `now`: a pending invitation past its expiry is expired even before a write
/// records it.
pub fn effective_status(
    stored: InvitationStatus,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> InvitationStatus {
    if stored == InvitationStatus::Pending && expires_at <= now {
        InvitationStatus::Expired
    } else {
        stored
    }
}

/// Why an invitation cannot be answered (accepted, declined or revoked) any more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unanswerable {
    /// Already accepted, declined or revoked.
    Answered,
    Expired,
}

/// Whether an invitation in this state can still be answered.
pub fn can_answer(
    stored: InvitationStatus,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), Unanswerable> {
    match effective_status(stored, expires_at, now) {
        InvitationStatus::Pending => Ok(()),
        InvitationStatus::Expired => Err(Unanswerable::Expired),
        _ => Err(Unanswerable::Answered),
    }
}

fn page(
    locale: Locale,
    subject: String,
    paragraphs: &[String],
    link_text: &str,
    url: &str,
) -> MailBody {
    let hello = msg!("mail-hello").render(locale);
    let (dir, lang) = (
        if locale.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        },
        locale.as_str(),
    );
    let mut text = format!("{hello}\n\n");
    let mut html = format!(
        "<!doctype html><html dir=\"{dir}\" lang=\"{lang}\"><body><p>{}</p>",
        escape_html(&hello)
    );
    for paragraph in paragraphs {
        text.push_str(paragraph);
        text.push_str("\n\n");
        html.push_str(&format!("<p>{}</p>", escape_html(paragraph)));
    }
    text.push_str(&format!("{link_text}: {url}\n"));
    html.push_str(&format!(
        "<p><a href=\"{}\">{}</a></p></body></html>",
        escape_html(url),
        escape_html(link_text)
    ));
    // A subject is one line of bounded length.
    let subject = subject
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(150)
        .collect();
    MailBody {
        subject,
        text,
        html,
    }
}

/// The e-mail to an invited address. It names the neighbourhood but not who invited, and reads
/// the same whether or not an account uses the address: the link leads to sign-in or sign-up.
/// In the invited account's language, or, for an address without an account, the coordinator's.
pub fn invitation_mail(locale: Locale, neighbourhood_name: &str, base_url: &str) -> MailBody {
    let base = base_url.trim_end_matches('/');
    let words = |message: Message| message.render(locale);
    page(
        locale,
        words(msg!(
            "mail-invitation-subject",
            neighbourhood = neighbourhood_name
        )),
        &[
            words(msg!(
                "mail-invitation-body",
                neighbourhood = neighbourhood_name
            )),
            words(msg!("mail-invitation-next")),
        ],
        &words(msg!("mail-invitation-link")),
        &format!("{base}/invitations"),
    )
}

/// The e-mail to an account's owner when someone tries to register with their address: the
/// registration answer itself says nothing, so the owner is the only one told.
/// In the owner's language.
pub fn registration_attempt_mail(locale: Locale, base_url: &str) -> MailBody {
    let base = base_url.trim_end_matches('/');
    let words = |message: Message| message.render(locale);
    page(
        locale,
        words(msg!("mail-registration-attempt-subject")),
        &[
            words(msg!("mail-registration-attempt-body")),
            words(msg!("mail-registration-attempt-next")),
        ],
        &words(msg!("mail-registration-attempt-link")),
        &format!("{base}/signin"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pending_invitation_expires_by_time_and_answered_ones_stay_answered() {
        let now = Utc::now();
        let later = now + Duration::days(1);
        let past = now - Duration::seconds(1);
        assert_eq!(can_answer(InvitationStatus::Pending, later, now), Ok(()));
        assert_eq!(
            can_answer(InvitationStatus::Pending, past, now),
            Err(Unanswerable::Expired)
        );
        assert_eq!(
            can_answer(InvitationStatus::Pending, now, now),
            Err(Unanswerable::Expired),
            "the expiry instant itself is too late"
        );
        for answered in [
            InvitationStatus::Accepted,
            InvitationStatus::Declined,
            InvitationStatus::Revoked,
        ] {
            assert_eq!(
                can_answer(answered, later, now),
                Err(Unanswerable::Answered)
            );
            assert_eq!(effective_status(answered, past, now), answered);
        }
    }

    #[test]
    fn statuses_round_trip() {
        for status in [
            InvitationStatus::Pending,
            InvitationStatus::Accepted,
            InvitationStatus::Declined,
            InvitationStatus::Revoked,
            InvitationStatus::Expired,
        ] {
            assert_eq!(InvitationStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(InvitationStatus::parse("maybe"), None);
    }

    #[test]
    fn the_invitation_mail_escapes_the_name_and_links_to_the_invitations() {
        let mail = invitation_mail(
            Locale::En,
            "Elm <b>Street</b>\r\nBcc: x",
            "https://cg.example/",
        );
        assert!(!mail.html.contains("<b>"));
        assert!(mail.html.contains("Elm &lt;b&gt;Street"));
        assert!(mail.text.contains("https://cg.example/invitations"));
        assert!(!mail.subject.contains('\n') && !mail.subject.contains('\r'));
    }

    #[test]
    fn the_registration_notice_says_no_account_was_made_and_links_to_sign_in() {
        let mail = registration_attempt_mail(Locale::En, "http://x");
        assert!(mail.text.contains("No new account was made"));
        assert!(mail.text.contains("http://x/signin"));
    }

    #[test]
    fn account_mails_are_in_the_readers_language_and_direction() {
        let polish = registration_attempt_mail(Locale::Pl, "http://x");
        assert!(polish.text.starts_with("Dzień dobry,"), "{}", polish.text);
        assert!(polish.text.contains("Nowe konto nie powstało"));
        let arabic = invitation_mail(Locale::Ar, "Elm Street", "http://x");
        assert!(
            arabic.html.contains("dir=\"rtl\" lang=\"ar\""),
            "{}",
            arabic.html
        );
        assert!(arabic.subject.contains("Elm Street") && arabic.subject.contains("Commonground"));
        assert_ne!(
            arabic.subject,
            invitation_mail(Locale::En, "Elm Street", "http://x").subject
        );
    }
}
