//! Notifications: what a stored notification is about (for mutes), the e-mail modes, which kinds
//! and subjects can be muted, and the plain-text and HTML e-mail bodies. Pure; storage and
//! delivery are `services::notifications` and `services::mail`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use uuid::Uuid;

use super::neighbourhood::string_enum;

/// The event kind every notification on a `user:{id}` channel has.
pub const EVENT_KIND: &str = "notification";
/// The event kind that tells a person's other tabs what was marked read.
pub const READ_EVENT_KIND: &str = "notifications.read";

/// How a person hears about notifications beyond the inbox and the live push.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EmailMode {
    /// No e-mail (the default: e-mail is opt-in).
    #[default]
    Off,
    /// One message per notification, sent right after the change commits.
    Immediate,
    /// One message a day with the unread notifications since the last one.
    DailyDigest,
}

string_enum!(EmailMode {
    Off => "off",
    Immediate => "immediate",
    DailyDigest => "daily_digest",
});

/// What a notification is about, by the ids in its data: a thread before an issue before a task
/// (a reply in an issue's discussion is about the thread). An explicit string `subject` wins.
pub fn subject_of(data: &Value) -> Option<String> {
    if let Some(subject) = data.get("subject").and_then(Value::as_str) {
        return MuteSubject::parse(subject).ok().map(|s| s.to_string());
    }
    for (key, kind) in [
        ("thread_id", SubjectKind::Thread),
        ("issue_id", SubjectKind::Issue),
        ("task_id", SubjectKind::Task),
    ] {
        if let Some(id) = data
            .get(key)
            .and_then(Value::as_str)
            .and_then(|id| Uuid::parse_str(id).ok())
        {
            return Some(MuteSubject { kind, id }.to_string());
        }
    }
    None
}

/// The mute key of a kind of notification.
pub fn kind_key(what: &str) -> String {
    format!("kind:{what}")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectKind {
    Thread,
    Issue,
    Task,
}

/// A thing whose notifications can be muted: `thread:{uuid}`, `issue:{uuid}` or `task:{uuid}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MuteSubject {
    pub kind: SubjectKind,
    pub id: Uuid,
}

impl MuteSubject {
    pub fn parse(text: &str) -> Result<Self, String> {
        let error = || "must be thread:{id}, issue:{id} or task:{id}".to_owned();
        let (kind, id) = text.split_once(':').ok_or_else(error)?;
        let kind = match kind {
            "thread" => SubjectKind::Thread,
            "issue" => SubjectKind::Issue,
            "task" => SubjectKind::Task,
            _ => return Err(error()),
        };
        let id = Uuid::parse_str(id).map_err(|_| error())?;
        Ok(Self { kind, id })
    }
}

impl std::fmt::Display for MuteSubject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            SubjectKind::Thread => "thread",
            SubjectKind::Issue => "issue",
            SubjectKind::Task => "task",
        };
        write!(f, "{kind}:{}", self.id)
    }
}

pub const MAX_MUTED_KINDS: usize = 50;

/// A notification kind as named in `what`: lower-case words joined by `_`, at most 64 bytes.
pub fn parse_kind(raw: &str) -> Result<String, String> {
    let ok = !raw.is_empty()
        && raw.len() <= 64
        && raw.starts_with(|c: char| c.is_ascii_lowercase())
        && raw.chars().all(|c| c.is_ascii_lowercase() || c == '_');
    if ok {
        Ok(raw.to_owned())
    } else {
        Err(format!("`{raw}` is not a notification kind"))
    }
}

/// One notification as an e-mail shows it.
#[derive(Debug, Clone)]
pub struct MailItem {
    pub what: String,
    pub data: Value,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A one-line human summary of a notification (plain text; escaped by the HTML renderer).
pub fn summary(what: &str, data: &Value) -> String {
    let text = |key: &str| data.get(key).and_then(Value::as_str).unwrap_or_default();
    let place = text("neighbourhood_name");
    let task = text("task_title");
    let line = match what {
        "issue_status_changed" => format!(
            "An issue you support is now {}: {}",
            text("status").replace('_', " "),
            text("note")
        ),
        "issue_merged" => "An issue you support was merged into another one".to_owned(),
        "issue_reopened" => format!("An issue was reopened: {}", text("note")),
        "membership_added" => "You were added as a member".to_owned(),
        "invitation_received" => "You are invited to join; accept or decline".to_owned(),
        "membership_approved" => "Your request to join was approved".to_owned(),
        "membership_rejected" => "Your request to join was declined".to_owned(),
        "role_changed" => format!("Your role is now {}", text("role")),
        "suspended" => "Your membership was suspended".to_owned(),
        "reinstated" => "Your membership was reinstated".to_owned(),
        "removed" => "You were removed from the neighbourhood".to_owned(),
        "task_lease_expiring" => format!("Your claim on “{task}” lapses soon; check in"),
        "task_lease_expired" => format!("Your claim on “{task}” lapsed"),
        "task_cancelled" => format!("“{task}” was cancelled: {}", text("reason")),
        "task_work_verified" => format!("Your work on “{task}” was verified"),
        "task_work_rejected" => format!("Your work on “{task}” was not verified"),
        other => format!("New notification: {}", other.replace('_', " ")),
    };
    if place.is_empty() {
        line
    } else {
        format!("{line} ({place})")
    }
}

/// Where a notification leads in the web app, relative to its root.
pub fn link(data: &Value) -> String {
    let id = |key: &str| data.get(key).and_then(Value::as_str);
    if let Some(thread) = id("thread_id") {
        return format!("/threads/{thread}");
    }
    if let Some(into) = id("into") {
        return format!("/issues/{into}");
    }
    if let Some(issue) = id("issue_id") {
        return format!("/issues/{issue}");
    }
    if let Some(task) = id("task_id") {
        return format!("/tasks/{task}");
    }
    // Before the neighbourhood: a private one cannot be opened until the invitation is accepted.
    if id("invitation_id").is_some() {
        return "/invitations".to_owned();
    }
    if let Some(n) = id("neighbourhood_id") {
        return format!("/neighbourhoods/{n}");
    }
    "/notifications".to_owned()
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An e-mail's subject and its plain-text and HTML bodies.
#[derive(Debug, Clone, PartialEq)]
pub struct MailBody {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The message for one notification (immediate mode) or several (a digest).
pub fn render(display_name: &str, base_url: &str, items: &[MailItem], digest: bool) -> MailBody {
    let base = base_url.trim_end_matches('/');
    let subject = match (digest, items) {
        (false, [one]) => summary(&one.what, &one.data),
        _ => format!(
            "Commonground: {} new notification{}",
            items.len(),
            if items.len() == 1 { "" } else { "s" }
        ),
    };
    // A subject is one line of bounded length.
    let subject: String = subject
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(150)
        .collect();
    let mut text = format!("Hello {display_name},\n\n");
    let mut html = format!(
        "<!doctype html><html><body><p>Hello {},</p><ul>",
        escape_html(display_name)
    );
    for item in items {
        let line = summary(&item.what, &item.data);
        let url = format!("{base}{}", link(&item.data));
        text.push_str(&format!("- {line}\n  {url}\n"));
        html.push_str(&format!(
            "<li><a href=\"{}\">{}</a></li>",
            escape_html(&url),
            escape_html(&line)
        ));
    }
    let settings = format!("{base}/notifications/preferences");
    text.push_str(&format!(
        "\nYour inbox: {base}/notifications\nChange what you receive: {settings}\n"
    ));
    html.push_str(&format!(
        "</ul><p><a href=\"{}\">Your inbox</a> · <a href=\"{}\">Change what you receive</a></p></body></html>",
        escape_html(&format!("{base}/notifications")),
        escape_html(&settings)
    ));
    MailBody {
        subject,
        text,
        html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_subject_is_the_thread_then_the_issue_then_the_task() {
        let (t, i, k) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        assert_eq!(
            subject_of(&json!({"thread_id": t, "issue_id": i})),
            Some(format!("thread:{t}"))
        );
        assert_eq!(
            subject_of(&json!({"issue_id": i, "task_id": k})),
            Some(format!("issue:{i}"))
        );
        assert_eq!(
            subject_of(&json!({"task_id": k})),
            Some(format!("task:{k}"))
        );
        assert_eq!(subject_of(&json!({"neighbourhood_id": t})), None);
        assert_eq!(subject_of(&json!({"issue_id": "nope"})), None);
        assert_eq!(
            subject_of(&json!({"subject": format!("task:{k}"), "issue_id": i})),
            Some(format!("task:{k}"))
        );
    }

    #[test]
    fn mute_subjects_parse_only_known_kinds_with_uuids() {
        let id = Uuid::now_v7();
        for text in [
            format!("thread:{id}"),
            format!("issue:{id}"),
            format!("task:{id}"),
        ] {
            assert_eq!(MuteSubject::parse(&text).unwrap().to_string(), text);
        }
        for bad in ["thread", "user:x", &format!("kind:{id}"), "issue:123", ""] {
            assert!(MuteSubject::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn kinds_are_snake_case_words() {
        assert!(parse_kind("issue_status_changed").is_ok());
        for bad in ["", "Issue", "a-b", "1abc", "x y", &"a".repeat(65)] {
            assert!(parse_kind(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_invitation_leads_to_the_invitations_not_the_neighbourhood_it_may_not_open_yet() {
        let data = json!({"invitation_id": Uuid::nil(), "neighbourhood_id": Uuid::nil(), "neighbourhood_name": "Hidden Court"});
        assert_eq!(link(&data), "/invitations");
        assert_eq!(
            summary("invitation_received", &data),
            "You are invited to join; accept or decline (Hidden Court)"
        );
    }

    #[test]
    fn email_modes_round_trip() {
        for mode in [EmailMode::Off, EmailMode::Immediate, EmailMode::DailyDigest] {
            assert_eq!(EmailMode::from_db(mode.as_str()), Some(mode));
        }
        assert_eq!(EmailMode::default(), EmailMode::Off);
    }

    #[test]
    fn html_bodies_escape_everything_people_wrote() {
        let items = [MailItem {
            what: "issue_status_changed".into(),
            data: json!({"status": "resolved", "note": "<script>alert(1)</script> & \"more\"", "issue_id": Uuid::nil(), "neighbourhood_name": "Elm <b>"}),
            created_at: chrono::Utc::now(),
        }];
        let body = render(
            "Ana <img src=x onerror=alert(1)>",
            "https://cg.example/",
            &items,
            false,
        );
        assert!(!body.html.contains("<script>"));
        assert!(!body.html.contains("<img"));
        assert!(!body.html.contains("<b>"));
        assert!(body
            .html
            .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"));
        assert!(
            body.text.contains("<script>alert(1)</script>"),
            "plain text stays as written"
        );
        assert!(body
            .text
            .contains(&format!("https://cg.example/issues/{}", Uuid::nil())));
        assert!(body
            .subject
            .starts_with("An issue you support is now resolved"));
    }

    #[test]
    fn a_digest_counts_its_items_and_subjects_stay_one_line() {
        let item = |note: &str| MailItem {
            what: "issue_status_changed".into(),
            data: json!({"status": "open", "note": note}),
            created_at: chrono::Utc::now(),
        };
        let digest = render("Ben", "http://x", &[item("a"), item("b")], true);
        assert_eq!(digest.subject, "Commonground: 2 new notifications");
        assert_eq!(digest.text.matches("\n- ").count(), 2);
        let one = render("Ben", "http://x", &[item("line\r\nBcc: evil@x")], false);
        assert!(!one.subject.contains('\n') && !one.subject.contains('\r'));
    }
}
