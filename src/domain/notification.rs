//! Notifications: one `Notice` variant per kind, and what each one means: its inbox summary,
//! where it links, what it is about (for mutes), and its e-mail. Every one of those is an
//! exhaustive `match`, so a kind added without saying what it means does not compile. Also the
//! e-mail modes and the plain-text and HTML e-mail bodies. Pure; storage and delivery are
//! `services::notifications` and `services::notifications::mail`.

use chrono::{DateTime, Utc};
use entity::ids::{InvitationId, IssueId, NeighbourhoodId, PostId, TaskId, ThreadId};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{
    issue::{IssueStatus, IssueStatusRules},
    membership::Role,
};

/// Something a person is told about: stored in their inbox, pushed live as a `notification`
/// event on `user:{id}` and perhaps e-mailed. Tagged by `what` (the kind, also the mute key
/// `kind:{what}`); the other fields are the event's data. Wire names never change: stored rows
/// and muted kinds use them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema, strum::EnumDiscriminants)]
#[serde(tag = "what", rename_all = "snake_case")]
#[strum_discriminants(
    name(NotificationKind),
    derive(
        Hash,
        PartialOrd,
        Ord,
        Serialize,
        Deserialize,
        ToSchema,
        strum::EnumIter,
        strum::EnumString,
        strum::IntoStaticStr
    ),
    serde(rename_all = "snake_case"),
    strum(serialize_all = "snake_case")
)]
pub enum Notice {
    /// An issue the person supports changed status (sent to every supporter), with the
    /// council's public note.
    IssueStatusChanged {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        #[schema(value_type = Uuid)]
        issue_id: IssueId,
        /// Which issue ("Pothole, outside 3 Mill Lane": `domain::issue::issue_title`); empty on
        /// rows stored before it was sent.
        #[serde(default)]
        issue_title: String,
        status: IssueStatus,
        note: String,
        /// Where the issue is, in words ("outside 3 Mill Lane"); absent when it has no point
        /// and on rows stored before it was sent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<String>,
    },
    /// An issue the person reported for a neighbour without an account changed status (sent to
    /// that member, besides any `issue_status_changed` they get as a supporter): it names the
    /// neighbours so the member passes the update on.
    AssistedIssueStatusChanged {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        #[schema(value_type = Uuid)]
        issue_id: IssueId,
        issue_title: String,
        status: IssueStatus,
        note: String,
        /// The neighbours' names as the member typed them; empty once a coordinator erased them
        /// (then it says "a neighbour").
        neighbours: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<String>,
    },
    /// An issue the person supports was merged into another one (`into`).
    IssueMerged {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        #[schema(value_type = Uuid)]
        issue_id: IssueId,
        #[schema(value_type = Uuid)]
        into: IssueId,
        #[serde(default)]
        note: String,
        /// Where the issue is, in words ("outside 3 Mill Lane"); absent when it has no point
        /// and on rows stored before it was sent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<String>,
    },
    /// A resident reopened an issue (to coordinators and service managers).
    IssueReopened {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        #[schema(value_type = Uuid)]
        issue_id: IssueId,
        note: String,
        /// Where the issue is, in words ("outside 3 Mill Lane"); absent when it has no point
        /// and on rows stored before it was sent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<String>,
    },
    /// An account holder was invited by e-mail; leads to `/invitations`.
    InvitationReceived {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        #[schema(value_type = Uuid)]
        invitation_id: InvitationId,
    },
    /// Added as a member directly (sent before invitations existed; kept for stored rows).
    MembershipAdded {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
    },
    MembershipApproved {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
    },
    MembershipRejected {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
    },
    RoleChanged {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        role: Role,
    },
    Suspended {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        until: DateTime<Utc>,
        reason: String,
    },
    Reinstated {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
    },
    Removed {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
    },
    /// The person's claim lapses at `expires_at` unless they check in.
    TaskLeaseExpiring {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        #[schema(value_type = Uuid)]
        task_id: TaskId,
        task_title: String,
        expires_at: Option<DateTime<Utc>>,
    },
    TaskLeaseExpired {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        #[schema(value_type = Uuid)]
        task_id: TaskId,
        task_title: String,
    },
    /// A task the person had claimed was cancelled.
    TaskCancelled {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        #[schema(value_type = Uuid)]
        task_id: TaskId,
        task_title: String,
        reason: String,
    },
    TaskWorkVerified {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        #[schema(value_type = Uuid)]
        task_id: TaskId,
        task_title: String,
        hours: Option<f64>,
    },
    TaskWorkRejected {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        #[schema(value_type = Uuid)]
        task_id: TaskId,
        task_title: String,
        reason: String,
    },
    /// Someone (`by`, their display name) mentioned the person in a post.
    Mentioned {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        #[schema(value_type = Uuid)]
        thread_id: ThreadId,
        #[schema(value_type = Uuid)]
        post_id: PostId,
        seq: i64,
        by: String,
    },
    /// Someone (`by`) replied to the person's post `parent_id`.
    Reply {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        #[schema(value_type = Uuid)]
        thread_id: ThreadId,
        #[schema(value_type = Uuid)]
        post_id: PostId,
        seq: i64,
        by: String,
        #[schema(value_type = Option<Uuid>)]
        parent_id: Option<PostId>,
    },
    /// The person's post was hidden, by a coordinator or `automatic`ally after flags.
    PostHidden {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        #[schema(value_type = Uuid)]
        thread_id: ThreadId,
        #[schema(value_type = Uuid)]
        post_id: PostId,
        seq: i64,
        reason: String,
        automatic: bool,
    },
    PostRestored {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        #[schema(value_type = Uuid)]
        thread_id: ThreadId,
        #[schema(value_type = Uuid)]
        post_id: PostId,
        seq: i64,
        reason: Option<String>,
    },
    /// A post in a neighbourhood the person coordinates was flagged for review: sent to its
    /// coordinators (not the flagger) once per post until it is reviewed, however many flag it.
    PostFlagged {
        #[schema(value_type = Uuid)]
        neighbourhood_id: NeighbourhoodId,
        neighbourhood_name: String,
        #[schema(value_type = Uuid)]
        thread_id: ThreadId,
        #[schema(value_type = Uuid)]
        post_id: PostId,
        seq: i64,
        /// The first flag's reason ("spam", "abuse"...).
        reason: String,
    },
}

impl NotificationKind {
    /// The wire name (`what`), e.g. `mentioned`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Every kind, in declaration order.
    pub fn all() -> impl Iterator<Item = NotificationKind> {
        <Self as strum::IntoEnumIterator>::iter()
    }
}

impl Notice {
    pub fn kind(&self) -> NotificationKind {
        self.into()
    }

    /// Reads a stored notification's data (which carries `what`); `None` for a row this code
    /// cannot read (it predates or postdates it).
    pub fn from_stored(data: &Value) -> Option<Self> {
        Notice::deserialize(data).ok()
    }

    /// The neighbourhood it happened in (every notice has one).
    pub fn neighbourhood_id(&self) -> NeighbourhoodId {
        self.place().0
    }

    /// What it is about, for mutes: a thread before an issue before a task (a reply in an
    /// issue's discussion is about the thread).
    pub fn mute_subject(&self) -> Option<MuteSubject> {
        let about = |kind, id: Uuid| Some(MuteSubject { kind, id });
        match self {
            Notice::IssueStatusChanged { issue_id, .. }
            | Notice::AssistedIssueStatusChanged { issue_id, .. }
            | Notice::IssueMerged { issue_id, .. }
            | Notice::IssueReopened { issue_id, .. } => {
                about(SubjectKind::Issue, issue_id.into_uuid())
            }
            Notice::TaskLeaseExpiring { task_id, .. }
            | Notice::TaskLeaseExpired { task_id, .. }
            | Notice::TaskCancelled { task_id, .. }
            | Notice::TaskWorkVerified { task_id, .. }
            | Notice::TaskWorkRejected { task_id, .. } => {
                about(SubjectKind::Task, task_id.into_uuid())
            }
            Notice::Mentioned { thread_id, .. }
            | Notice::Reply { thread_id, .. }
            | Notice::PostHidden { thread_id, .. }
            | Notice::PostRestored { thread_id, .. }
            | Notice::PostFlagged { thread_id, .. } => {
                about(SubjectKind::Thread, thread_id.into_uuid())
            }
            Notice::InvitationReceived { .. }
            | Notice::MembershipAdded { .. }
            | Notice::MembershipApproved { .. }
            | Notice::MembershipRejected { .. }
            | Notice::RoleChanged { .. }
            | Notice::Suspended { .. }
            | Notice::Reinstated { .. }
            | Notice::Removed { .. } => None,
        }
    }

    /// A one-line human summary (plain text; escaped by the HTML renderer): the inbox line and
    /// an immediate e-mail's subject.
    pub fn summary(&self) -> String {
        let line = match self {
            Notice::IssueStatusChanged {
                issue_title,
                status,
                note,
                ..
            } => {
                let which = if issue_title.is_empty() {
                    "An issue you support".to_owned()
                } else {
                    format!("“{issue_title}”")
                };
                format!("{which} is now {}: {note}", status.words())
            }
            Notice::AssistedIssueStatusChanged {
                issue_title,
                status,
                note,
                neighbours,
                ..
            } => format!(
                "“{issue_title}”, which you reported for {}, is now {}: {note}",
                super::assisted::names_in_words(neighbours),
                status.words()
            ),
            Notice::IssueMerged { place, .. } => format!(
                "An issue you support{} was merged into another one",
                where_words(place.as_deref())
            ),
            Notice::IssueReopened { note, place, .. } => format!(
                "An issue{} was reopened: {note}",
                where_words(place.as_deref())
            ),
            Notice::InvitationReceived { .. } => {
                "You are invited to join; accept or decline".to_owned()
            }
            Notice::MembershipAdded { .. } => "You were added as a member".to_owned(),
            Notice::MembershipApproved { .. } => "Your request to join was approved".to_owned(),
            Notice::MembershipRejected { .. } => "Your request to join was declined".to_owned(),
            Notice::RoleChanged { role, .. } => format!("Your role is now {}", role.as_str()),
            Notice::Suspended { .. } => "Your membership was suspended".to_owned(),
            Notice::Reinstated { .. } => "Your membership was reinstated".to_owned(),
            Notice::Removed { .. } => "You were removed from the neighbourhood".to_owned(),
            Notice::TaskLeaseExpiring { task_title, .. } => {
                format!("Your claim on “{task_title}” lapses soon; check in")
            }
            Notice::TaskLeaseExpired { task_title, .. } => {
                format!("Your claim on “{task_title}” lapsed")
            }
            Notice::TaskCancelled {
                task_title, reason, ..
            } => format!("“{task_title}” was cancelled: {reason}"),
            Notice::TaskWorkVerified { task_title, .. } => {
                format!("Your work on “{task_title}” was verified")
            }
            Notice::TaskWorkRejected { task_title, .. } => {
                format!("Your work on “{task_title}” was not verified")
            }
            Notice::Mentioned { by, .. } => format!("{by} mentioned you in a discussion"),
            Notice::Reply { by, .. } => format!("{by} replied to your post"),
            Notice::PostHidden {
                automatic: true, ..
            } => "Your post was hidden after members flagged it; a coordinator will review it"
                .to_owned(),
            Notice::PostHidden { reason, .. } => {
                format!("A coordinator hid your post: {reason}")
            }
            Notice::PostRestored {
                reason: Some(reason),
                ..
            } if !reason.is_empty() => format!("Your post is visible again: {reason}"),
            Notice::PostRestored { .. } => "Your post is visible again".to_owned(),
            Notice::PostFlagged { reason, .. } => {
                format!("A post was flagged for review: {reason}")
            }
        };
        match self.place().1 {
            Some(place) if !place.is_empty() => format!("{line} ({place})"),
            _ => line,
        }
    }

    /// What the e-mail says beyond the summary: the next step, or why it matters.
    pub fn detail(&self) -> &'static str {
        match self {
            Notice::IssueStatusChanged { .. } => "The issue's page shows its whole history.",
            Notice::AssistedIssueStatusChanged { .. } => {
                "They have no account, so they hear it from you: please pass the update on."
            }
            Notice::IssueMerged { .. } => {
                "Your support now counts for the issue it was merged into."
            }
            Notice::IssueReopened { .. } => "It needs looking at again.",
            Notice::InvitationReceived { .. } => "Open your invitations to accept or decline.",
            Notice::MembershipAdded { .. } | Notice::MembershipApproved { .. } => {
                "You can now take part in the neighbourhood."
            }
            Notice::MembershipRejected { .. } => "You can ask a coordinator why.",
            Notice::RoleChanged { .. } => "What you may do there has changed.",
            Notice::Suspended { .. } => "You can still read, but not take part, until it ends.",
            Notice::Reinstated { .. } => "You can take part again.",
            Notice::Removed { .. } => "You no longer take part in the neighbourhood.",
            Notice::TaskLeaseExpiring { .. } => {
                "Check in or extend your claim, or it goes back to the others."
            }
            Notice::TaskLeaseExpired { .. } => "The slot is open again for someone else.",
            Notice::TaskCancelled { .. } => "Your claim on it has ended.",
            Notice::TaskWorkVerified { .. } => "Your hours count for the neighbourhood.",
            Notice::TaskWorkRejected { .. } => "See what is missing, then report it done again.",
            Notice::Mentioned { .. } => "Open the discussion to read the post.",
            Notice::Reply { .. } => "Open the discussion to read the reply.",
            Notice::PostHidden { .. } => "Only you and the coordinators can still read it.",
            Notice::PostRestored { .. } => "Everyone can read it again.",
            Notice::PostFlagged { .. } => {
                "Open the moderation queue to keep it or hide it; you are told once per post."
            }
        }
    }

    /// The neighbourhood's id and, except on task notices (which name the task), its name.
    fn place(&self) -> (NeighbourhoodId, Option<&str>) {
        match self {
            Notice::IssueStatusChanged {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::AssistedIssueStatusChanged {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::IssueMerged {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::IssueReopened {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::InvitationReceived {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::MembershipAdded {
                neighbourhood_id,
                neighbourhood_name,
            }
            | Notice::MembershipApproved {
                neighbourhood_id,
                neighbourhood_name,
            }
            | Notice::MembershipRejected {
                neighbourhood_id,
                neighbourhood_name,
            }
            | Notice::RoleChanged {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::Suspended {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::Reinstated {
                neighbourhood_id,
                neighbourhood_name,
            }
            | Notice::Removed {
                neighbourhood_id,
                neighbourhood_name,
            }
            | Notice::Mentioned {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::Reply {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::PostHidden {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::PostRestored {
                neighbourhood_id,
                neighbourhood_name,
                ..
            }
            | Notice::PostFlagged {
                neighbourhood_id,
                neighbourhood_name,
                ..
            } => (*neighbourhood_id, Some(neighbourhood_name)),
            Notice::TaskLeaseExpiring {
                neighbourhood_id, ..
            }
            | Notice::TaskLeaseExpired {
                neighbourhood_id, ..
            }
            | Notice::TaskCancelled {
                neighbourhood_id, ..
            }
            | Notice::TaskWorkVerified {
                neighbourhood_id, ..
            }
            | Notice::TaskWorkRejected {
                neighbourhood_id, ..
            } => (*neighbourhood_id, None),
        }
    }

    /// Where it leads in the web app, relative to its root.
    pub fn link(&self) -> String {
        match self {
            Notice::IssueStatusChanged { issue_id, .. }
            | Notice::AssistedIssueStatusChanged { issue_id, .. }
            | Notice::IssueReopened { issue_id, .. } => {
                format!("/issues/{issue_id}")
            }
            Notice::IssueMerged { into, .. } => format!("/issues/{into}"),
            // Not the neighbourhood: a private one cannot be opened until the invitation is
            // accepted.
            Notice::InvitationReceived { .. } => "/invitations".to_owned(),
            Notice::MembershipAdded {
                neighbourhood_id, ..
            }
            | Notice::MembershipApproved {
                neighbourhood_id, ..
            }
            | Notice::MembershipRejected {
                neighbourhood_id, ..
            }
            | Notice::RoleChanged {
                neighbourhood_id, ..
            }
            | Notice::Suspended {
                neighbourhood_id, ..
            }
            | Notice::Reinstated {
                neighbourhood_id, ..
            }
            | Notice::Removed {
                neighbourhood_id, ..
            } => {
                format!("/neighbourhoods/{neighbourhood_id}")
            }
            Notice::TaskLeaseExpiring { task_id, .. }
            | Notice::TaskLeaseExpired { task_id, .. }
            | Notice::TaskCancelled { task_id, .. }
            | Notice::TaskWorkVerified { task_id, .. }
            | Notice::TaskWorkRejected { task_id, .. } => format!("/tasks/{task_id}"),
            Notice::Mentioned { thread_id, .. }
            | Notice::Reply { thread_id, .. }
            | Notice::PostHidden { thread_id, .. }
            | Notice::PostRestored { thread_id, .. } => format!("/threads/{thread_id}"),
            // The queue, where a coordinator acts on it (the thread may hide it already).
            Notice::PostFlagged {
                neighbourhood_id, ..
            } => format!("/neighbourhoods/{neighbourhood_id}/moderation"),
        }
    }
}

pub use entity::status::EmailMode;

/// The mute key of a kind of notification.
pub fn kind_key(kind: NotificationKind) -> String {
    format!("kind:{}", kind.as_str())
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

/// A notification kind as named in `what`, e.g. `mentioned`; only the kinds there are.
pub fn parse_kind(raw: &str) -> Result<NotificationKind, String> {
    raw.parse().map_err(|_| {
        let known: Vec<&str> = NotificationKind::all()
            .map(NotificationKind::as_str)
            .collect();
        format!(
            "`{raw}` is not a notification kind; the kinds are {}",
            known.join(", ")
        )
    })
}

/// One notification as an e-mail shows it.
#[derive(Debug, Clone)]
pub struct MailItem {
    pub notice: Notice,
    pub created_at: chrono::DateTime<chrono::Utc>,
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
        (false, [one]) => one.notice.summary(),
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
        let line = item.notice.summary();
        let url = format!("{base}{}", item.notice.link());
        text.push_str(&format!("- {line}\n  {url}\n"));
        html.push_str(&format!(
            "<li><a href=\"{}\">{}</a></li>",
            escape_html(&url),
            escape_html(&line)
        ));
    }
    html.push_str("</ul>");
    // A message about one thing also says what it means for them.
    if let (false, [one]) = (digest, items) {
        let detail = one.notice.detail();
        text.push_str(&format!("\n{detail}\n"));
        html.push_str(&format!("<p>{}</p>", escape_html(detail)));
    }
    let settings = format!("{base}/notifications/preferences");
    text.push_str(&format!(
        "\nYour inbox: {base}/notifications\nChange what you receive: {settings}\n"
    ));
    html.push_str(&format!(
        "<p><a href=\"{}\">Your inbox</a> · <a href=\"{}\">Change what you receive</a></p></body></html>",
        escape_html(&format!("{base}/notifications")),
        escape_html(&settings)
    ));
    MailBody {
        subject,
        text,
        html,
    }
}

/// " (outside 3 Mill Lane)" for a summary, or nothing when the issue has no place in words.
fn where_words(place: Option<&str>) -> String {
    match place.map(str::trim).filter(|p| !p.is_empty()) {
        Some(place) => format!(" ({place})"),
        None => String::new(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    /// One notice of each kind, with the same ids and names, built by an exhaustive `match` so
    /// that a new kind cannot be left out of the tests below.
    pub(crate) fn sample(kind: NotificationKind) -> Notice {
        let (n, name) = (NeighbourhoodId(Uuid::from_u128(1)), "Elm Street".to_owned());
        let (thing, other) = (Uuid::from_u128(2), Uuid::from_u128(3));
        let title = "Paint the bench".to_owned();
        let at = DateTime::parse_from_rfc3339("2026-11-29T10:00:00Z")
            .unwrap()
            .to_utc();
        match kind {
            NotificationKind::IssueStatusChanged => Notice::IssueStatusChanged {
                neighbourhood_id: n,
                neighbourhood_name: name,
                issue_id: thing.into(),
                issue_title: "Pothole, outside 3 Mill Lane".into(),
                status: IssueStatus::InProgress,
                note: "crew booked".into(),
                place: Some("outside 3 Mill Lane".into()),
            },
            NotificationKind::AssistedIssueStatusChanged => Notice::AssistedIssueStatusChanged {
                neighbourhood_id: n,
                neighbourhood_name: name,
                issue_id: thing.into(),
                issue_title: "Broken streetlight, Canal Side".into(),
                status: IssueStatus::Resolved,
                note: "lamp replaced".into(),
                neighbours: vec!["Mrs Patel".into()],
                place: Some("Canal Side".into()),
            },
            NotificationKind::IssueMerged => Notice::IssueMerged {
                neighbourhood_id: n,
                neighbourhood_name: name,
                issue_id: thing.into(),
                into: other.into(),
                note: "same pothole".into(),
                place: Some("outside 3 Mill Lane".into()),
            },
            NotificationKind::IssueReopened => Notice::IssueReopened {
                neighbourhood_id: n,
                neighbourhood_name: name,
                issue_id: thing.into(),
                note: "still broken".into(),
                place: Some("Canal Side, near Lock Road".into()),
            },
            NotificationKind::InvitationReceived => Notice::InvitationReceived {
                neighbourhood_id: n,
                neighbourhood_name: name,
                invitation_id: thing.into(),
            },
            NotificationKind::MembershipAdded => Notice::MembershipAdded {
                neighbourhood_id: n,
                neighbourhood_name: name,
            },
            NotificationKind::MembershipApproved => Notice::MembershipApproved {
                neighbourhood_id: n,
                neighbourhood_name: name,
            },
            NotificationKind::MembershipRejected => Notice::MembershipRejected {
                neighbourhood_id: n,
                neighbourhood_name: name,
            },
            NotificationKind::RoleChanged => Notice::RoleChanged {
                neighbourhood_id: n,
                neighbourhood_name: name,
                role: Role::Coordinator,
            },
            NotificationKind::Suspended => Notice::Suspended {
                neighbourhood_id: n,
                neighbourhood_name: name,
                until: at,
                reason: "spam".into(),
            },
            NotificationKind::Reinstated => Notice::Reinstated {
                neighbourhood_id: n,
                neighbourhood_name: name,
            },
            NotificationKind::Removed => Notice::Removed {
                neighbourhood_id: n,
                neighbourhood_name: name,
            },
            NotificationKind::TaskLeaseExpiring => Notice::TaskLeaseExpiring {
                neighbourhood_id: n,
                task_id: thing.into(),
                task_title: title,
                expires_at: Some(at),
            },
            NotificationKind::TaskLeaseExpired => Notice::TaskLeaseExpired {
                neighbourhood_id: n,
                task_id: thing.into(),
                task_title: title,
            },
            NotificationKind::TaskCancelled => Notice::TaskCancelled {
                neighbourhood_id: n,
                task_id: thing.into(),
                task_title: title,
                reason: "rain".into(),
            },
            NotificationKind::TaskWorkVerified => Notice::TaskWorkVerified {
                neighbourhood_id: n,
                task_id: thing.into(),
                task_title: title,
                hours: Some(2.5),
            },
            NotificationKind::TaskWorkRejected => Notice::TaskWorkRejected {
                neighbourhood_id: n,
                task_id: thing.into(),
                task_title: title,
                reason: "no photo".into(),
            },
            NotificationKind::Mentioned => Notice::Mentioned {
                neighbourhood_id: n,
                neighbourhood_name: name,
                thread_id: thing.into(),
                post_id: other.into(),
                seq: 4,
                by: "Ana".into(),
            },
            NotificationKind::Reply => Notice::Reply {
                neighbourhood_id: n,
                neighbourhood_name: name,
                thread_id: thing.into(),
                post_id: other.into(),
                seq: 5,
                by: "Ana".into(),
                parent_id: Some(other.into()),
            },
            NotificationKind::PostHidden => Notice::PostHidden {
                neighbourhood_id: n,
                neighbourhood_name: name,
                thread_id: thing.into(),
                post_id: other.into(),
                seq: 4,
                reason: "off topic".into(),
                automatic: false,
            },
            NotificationKind::PostRestored => Notice::PostRestored {
                neighbourhood_id: n,
                neighbourhood_name: name,
                thread_id: thing.into(),
                post_id: other.into(),
                seq: 4,
                reason: Some("on reflection, fine".into()),
            },
            NotificationKind::PostFlagged => Notice::PostFlagged {
                neighbourhood_id: n,
                neighbourhood_name: name,
                thread_id: thing.into(),
                post_id: other.into(),
                seq: 4,
                reason: "spam".into(),
            },
        }
    }

    fn every_notice() -> Vec<Notice> {
        NotificationKind::all().map(sample).collect()
    }

    #[test]
    fn every_kind_has_its_own_email_subject_and_body() {
        let mut subjects = std::collections::HashSet::new();
        for notice in every_notice() {
            let what = notice.kind().as_str();
            let item = MailItem {
                notice: notice.clone(),
                created_at: chrono::Utc::now(),
            };
            let mail = render("Ben", "https://cg.example", &[item], false);
            assert!(
                !mail.subject.to_lowercase().contains("notification"),
                "{what}: generic subject {:?}",
                mail.subject
            );
            assert!(
                subjects.insert(mail.subject.clone()),
                "{what}: subject shared"
            );
            for body in [&mail.text, &mail.html] {
                assert!(
                    body.contains(&escape_html(notice.detail())) || body.contains(notice.detail()),
                    "{what}: the body says what it means"
                );
                assert!(
                    body.contains(&notice.link()),
                    "{what}: the body links to it"
                );
            }
            assert!(mail.text.contains(&notice.summary()), "{what}");
        }
        assert_eq!(subjects.len(), NotificationKind::all().count());
    }

    #[test]
    fn replies_mentions_and_hidden_posts_say_what_happened() {
        let mail = |kind| {
            let item = MailItem {
                notice: sample(kind),
                created_at: chrono::Utc::now(),
            };
            render("Ben", "http://x", &[item], false).subject
        };
        assert_eq!(
            mail(NotificationKind::Reply),
            "Ana replied to your post (Elm Street)"
        );
        assert_eq!(
            mail(NotificationKind::Mentioned),
            "Ana mentioned you in a discussion (Elm Street)"
        );
        assert_eq!(
            mail(NotificationKind::PostHidden),
            "A coordinator hid your post: off topic (Elm Street)"
        );
        assert_eq!(
            mail(NotificationKind::PostFlagged),
            "A post was flagged for review: spam (Elm Street)"
        );
    }

    #[test]
    fn kinds_serialise_as_their_wire_names_and_notices_round_trip() {
        for notice in every_notice() {
            let data = serde_json::to_value(&notice).unwrap();
            let kind = notice.kind();
            assert_eq!(data["what"], json!(kind.as_str()));
            assert_eq!(serde_json::to_value(kind).unwrap(), json!(kind.as_str()));
            assert_eq!(parse_kind(kind.as_str()), Ok(kind));
            assert_eq!(Notice::from_stored(&data), Some(notice.clone()));
            assert_eq!(notice.neighbourhood_id().into_uuid(), Uuid::from_u128(1));
        }
        assert_eq!(NotificationKind::Mentioned.as_str(), "mentioned");
    }

    #[test]
    fn the_mute_subject_is_the_thread_then_the_issue_then_the_task() {
        let thing = Uuid::from_u128(2);
        let subject = |kind| sample(kind).mute_subject().map(|s| s.to_string());
        assert_eq!(
            subject(NotificationKind::Reply),
            Some(format!("thread:{thing}"))
        );
        assert_eq!(
            subject(NotificationKind::IssueMerged),
            Some(format!("issue:{thing}"))
        );
        assert_eq!(
            subject(NotificationKind::TaskCancelled),
            Some(format!("task:{thing}"))
        );
        assert_eq!(subject(NotificationKind::RoleChanged), None);
        assert_eq!(kind_key(NotificationKind::Mentioned), "kind:mentioned");
    }

    #[test]
    fn stored_rows_of_every_era_read_back() {
        let n = Uuid::from_u128(1);
        // As the discussions code stored a mention (with its notification id) before the enum.
        let mention = json!({"what": "mentioned", "neighbourhood_id": n, "neighbourhood_name": "Elm", "thread_id": n, "post_id": n, "seq": 3, "by": "Ana", "notification_id": n});
        assert!(matches!(
            Notice::from_stored(&mention),
            Some(Notice::Mentioned { seq: 3, .. })
        ));
        // A merge stored before it carried the note.
        let merged = json!({"what": "issue_merged", "issue_id": n, "into": n, "neighbourhood_id": n, "neighbourhood_name": "Elm"});
        assert!(Notice::from_stored(&merged).is_some());
        assert_eq!(Notice::from_stored(&json!({"what": "nonsense"})), None);
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
    fn only_real_kinds_can_be_muted() {
        assert_eq!(
            parse_kind("issue_status_changed"),
            Ok(NotificationKind::IssueStatusChanged)
        );
        for bad in ["", "mention", "Issue", "a-b", "x y", &"a".repeat(65)] {
            assert!(parse_kind(bad).is_err(), "{bad}");
        }
        assert!(parse_kind("mention").unwrap_err().contains("mentioned"));
    }

    #[test]
    fn a_status_change_names_the_issue_and_carries_the_councils_note() {
        let notice = sample(NotificationKind::IssueStatusChanged);
        assert_eq!(
            notice.summary(),
            "“Pothole, outside 3 Mill Lane” is now in progress: crew booked (Elm Street)"
        );
        let mail = render(
            "Ana",
            "https://cg.example/",
            &[MailItem {
                notice,
                created_at: Utc::now(),
            }],
            false,
        );
        assert!(mail.subject.contains("Pothole, outside 3 Mill Lane"));
        assert!(mail.text.contains("crew booked") && mail.html.contains("crew booked"));
        // A row stored before titles were sent still reads.
        let old: Notice = serde_json::from_value(json!({"what": "issue_status_changed", "neighbourhood_id": Uuid::nil(), "neighbourhood_name": "Elm Street", "issue_id": Uuid::nil(), "status": "in_progress", "note": "soon"})).unwrap();
        assert_eq!(
            old.summary(),
            "An issue you support is now in progress: soon (Elm Street)"
        );
    }

    #[test]
    fn an_assisted_reporter_is_told_whom_to_pass_the_update_to() {
        let notice = sample(NotificationKind::AssistedIssueStatusChanged);
        assert_eq!(
            notice.summary(),
            "“Broken streetlight, Canal Side”, which you reported for Mrs Patel, is now resolved: lamp replaced (Elm Street)"
        );
        assert!(notice.detail().contains("pass the update on"));
        // Once a coordinator erased the neighbour's details the notice names nobody.
        let mut erased = notice;
        if let Notice::AssistedIssueStatusChanged { neighbours, .. } = &mut erased {
            neighbours.clear();
        }
        assert!(erased
            .summary()
            .contains("which you reported for a neighbour,"));
    }

    #[test]
    fn merged_and_reopened_issues_say_where_they_are_in_the_inbox_and_the_email_subject() {
        let merged = sample(NotificationKind::IssueMerged);
        assert_eq!(
            merged.summary(),
            "An issue you support (outside 3 Mill Lane) was merged into another one (Elm Street)"
        );
        let reopened = sample(NotificationKind::IssueReopened);
        let mail = render(
            "Ana",
            "https://cg.example/",
            &[MailItem {
                notice: reopened,
                created_at: Utc::now(),
            }],
            false,
        );
        assert!(
            mail.subject.contains("(Canal Side, near Lock Road)"),
            "{}",
            mail.subject
        );
        // Rows stored before the place was sent still read, without it.
        let old: Notice = serde_json::from_value(json!({"what": "issue_merged", "neighbourhood_id": Uuid::nil(), "neighbourhood_name": "Elm Street", "issue_id": Uuid::nil(), "into": Uuid::nil()})).unwrap();
        assert_eq!(
            old.summary(),
            "An issue you support was merged into another one (Elm Street)"
        );
    }

    #[test]
    fn an_invitation_leads_to_the_invitations_not_the_neighbourhood_it_may_not_open_yet() {
        let notice = sample(NotificationKind::InvitationReceived);
        assert_eq!(notice.link(), "/invitations");
        assert_eq!(
            notice.summary(),
            "You are invited to join; accept or decline (Elm Street)"
        );
    }

    #[test]
    fn email_modes_round_trip() {
        for mode in [EmailMode::Off, EmailMode::Immediate, EmailMode::DailyDigest] {
            assert_eq!(EmailMode::parse(mode.as_str()), Some(mode));
        }
        assert_eq!(EmailMode::default(), EmailMode::Off);
    }

    fn status_change(note: &str, place: &str) -> MailItem {
        MailItem {
            notice: Notice::IssueStatusChanged {
                neighbourhood_id: NeighbourhoodId(Uuid::nil()),
                neighbourhood_name: place.into(),
                issue_id: IssueId(Uuid::nil()),
                issue_title: String::new(),
                status: IssueStatus::Resolved,
                note: note.into(),
                place: None,
            },
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn html_bodies_escape_everything_people_wrote() {
        let items = [status_change(
            "<script>alert(1)</script> & \"more\"",
            "Elm <b>",
        )];
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
        let digest = render(
            "Ben",
            "http://x",
            &[status_change("a", "Elm"), status_change("b", "Elm")],
            true,
        );
        assert_eq!(digest.subject, "Commonground: 2 new notifications");
        assert_eq!(digest.text.matches("\n- ").count(), 2);
        let one = render(
            "Ben",
            "http://x",
            &[status_change("line\r\nBcc: evil@x", "Elm")],
            false,
        );
        assert!(!one.subject.contains('\n') && !one.subject.contains('\r'));
    }
}
