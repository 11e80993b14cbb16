//! The closed sets of values stored in status-like text columns. Each is a sea-orm active enum, so
//! a row is typed when it is read and a stored value this code does not know is an error (a
//! `DbErr::Type`), never a silent default. The stored text, the JSON name and `as_str` come from
//! one literal per variant, so they cannot drift apart. The columns stay plain `varchar`s: no
//! migration, and raw SQL compares them with `as_str()` bound as a value.
//!
//! The rules about these states (which issue status may follow which, whether a task takes claims)
//! are the main crate's `domain`; these types only say what can be stored.

use sea_orm::{entity::prelude::*, Iterable};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Declares a status enum: the active-enum mapping, serde names and `as_str` from one list.
macro_rules! status_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $ty:ident {
            // `tt`, not `literal`: a `literal` fragment reaches the derives wrapped in an invisible
            // group, and utoipa then ignores the `serde(rename)` (the API document would change).
            $( $(#[$vmeta:meta])* $variant:ident = $text:tt ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize,
            Deserialize, ToSchema,
        )]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
        $vis enum $ty {
            $(
                $(#[$vmeta])*
                #[sea_orm(string_value = $text)]
                #[serde(rename = $text)]
                $variant,
            )+
        }

        impl $ty {
            /// The stored (and JSON) form, for SQL the code builds itself.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $text),+ }
            }

            /// Reads the stored form from text that did not come through a typed column (a query
            /// parameter, a raw SQL row); `None` for text this code does not know.
            pub fn parse(text: &str) -> Option<Self> {
                <Self as Iterable>::iter().find(|value| value.as_str() == text)
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

status_enum! {
    /// Who can see a neighbourhood.
    pub enum Visibility {
        /// Anyone can find it and read its public activity.
        Public = "public",
        /// Only members know it exists: everyone else gets 404.
        Private = "private",
    }
}

status_enum! {
    /// How people become members.
    pub enum JoinPolicy {
        /// Joining takes effect at once.
        Open = "open",
        /// A coordinator approves each request.
        Approval = "approval",
    }
}

status_enum! {
    pub enum Role {
        Member = "member",
        /// Moderates, approves members, creates and verifies tasks.
        Coordinator = "coordinator",
    }
}

status_enum! {
    pub enum MembershipStatus {
        /// Asked to join a neighbourhood with the approval policy; not a member yet.
        Pending = "pending",
        Active = "active",
        /// A member who may read but not take part until `suspended_until`.
        Suspended = "suspended",
    }
}

status_enum! {
    pub enum InvitationStatus {
        Pending = "pending",
        Accepted = "accepted",
        Declined = "declined",
        Revoked = "revoked",
        /// Never answered within `INVITATION_TTL` (stored once a new invitation replaces it).
        Expired = "expired",
    }
}

status_enum! {
    pub enum IssueStatus {
        Open = "open",
        Acknowledged = "acknowledged",
        InProgress = "in_progress",
        Resolved = "resolved",
        /// Will not be done; always with a public reason.
        Declined = "declined",
        /// Merged into another issue, which it points to.
        Duplicate = "duplicate",
    }
}

status_enum! {
    pub enum TaskStatus {
        /// Suggested by a member; a coordinator approves it before anyone can claim.
        Proposed = "proposed",
        /// Has free slots.
        Open = "open",
        /// Every slot claimed; a release opens it again.
        Staffed = "staffed",
        /// Someone has checked in. Places still free stay open to others: a check-in says the work
        /// has begun, not that the task is full.
        InProgress = "in_progress",
        /// Every claimant has reported their part.
        Done = "done",
        /// Every part has been verified: the hours count.
        Verified = "verified",
        Cancelled = "cancelled",
    }
}

status_enum! {
    pub enum ClaimStatus {
        /// Holds a slot; lapses at `expires_at` unless checked in.
        Active = "active",
        CheckedIn = "checked_in",
        /// Work reported, awaiting verification.
        Done = "done",
        Verified = "verified",
        Released = "released",
        /// Lapsed without a check-in.
        Expired = "expired",
    }
}

status_enum! {
    pub enum PostStatus {
        Visible = "visible",
        /// Hidden by enough flags or by a coordinator: shown as a placeholder to everyone else.
        Hidden = "hidden",
        /// Deleted by its author or a coordinator: the body is gone, the placeholder keeps the
        /// thread's shape (replies still point at it).
        Deleted = "deleted",
    }
}

status_enum! {
    /// What a thread is about: a general thread of the neighbourhood, or the discussion of one issue
    /// or task.
    pub enum SubjectType {
        General = "general",
        Issue = "issue",
        Task = "task",
    }
}

status_enum! {
    /// How a person hears about notifications beyond the inbox and the live push.
    #[derive(Default)]
    pub enum EmailMode {
        /// No e-mail (the default: e-mail is opt-in).
        #[default]
        Off = "off",
        /// One message per notification, sent right after the change commits.
        Immediate = "immediate",
        /// One message a day with the unread notifications since the last one.
        DailyDigest = "daily_digest",
    }
}

status_enum! {
    /// What a gazetteer entry is.
    pub enum PlaceKind {
        /// A named street (its ways merged into one entry per street).
        Street = "street",
        /// A house number on a street.
        Address = "address",
        /// A postcode, at the middle of the addresses that carry it.
        Postcode = "postcode",
        /// A named place: a district, village, square, neighbourhood.
        Place = "place",
    }
}

status_enum! {
    /// Where a report came from.
    pub enum ReportSource {
        /// A member, in the app.
        Web = "web",
        /// An organisation's app, through its Open311 API key.
        Open311 = "open311",
    }
}

status_enum! {
    /// What a moderation log entry records.
    pub enum ModerationAction {
        PostHidden = "post_hidden",
        /// Hidden by enough flags, with no one deciding.
        PostAutoHidden = "post_auto_hidden",
        PostRestored = "post_restored",
        /// A visible post's flags cleared by a coordinator.
        FlagsDismissed = "flags_dismissed",
        PostDeleted = "post_deleted",
        ThreadLocked = "thread_locked",
        ThreadUnlocked = "thread_unlocked",
        ThreadPinned = "thread_pinned",
        ThreadUnpinned = "thread_unpinned",
        MemberSuspended = "member_suspended",
        MemberReinstated = "member_reinstated",
        MemberRemoved = "member_removed",
        /// A coordinator erased, on request, the name and contact of a neighbour a member
        /// reported for (the entry names the member and the report, not the neighbour).
        NeighbourDetailsErased = "neighbour_details_erased",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::ActiveEnum;

    /// Every value survives the trip through its stored text, JSON uses the same text, and text
    /// this code does not know is an error.
    fn round_trips<E>()
    where
        E: ActiveEnum<Value = String> + Iterable + Serialize + Copy + PartialEq + std::fmt::Debug,
    {
        let mut count = 0;
        for value in <E as Iterable>::iter() {
            let stored = value.to_value();
            assert_eq!(E::try_from_value(&stored).unwrap(), value);
            assert_eq!(
                serde_json::to_value(value).unwrap(),
                serde_json::Value::String(stored)
            );
            count += 1;
        }
        assert!(count >= 2);
        assert!(matches!(
            E::try_from_value(&"no-such-status".to_owned()),
            Err(DbErr::Type(_))
        ));
    }

    #[test]
    fn every_status_round_trips_through_its_stored_text() {
        round_trips::<Visibility>();
        round_trips::<JoinPolicy>();
        round_trips::<Role>();
        round_trips::<MembershipStatus>();
        round_trips::<InvitationStatus>();
        round_trips::<IssueStatus>();
        round_trips::<TaskStatus>();
        round_trips::<ClaimStatus>();
        round_trips::<PostStatus>();
        round_trips::<SubjectType>();
        round_trips::<EmailMode>();
        round_trips::<PlaceKind>();
        round_trips::<ReportSource>();
        round_trips::<ModerationAction>();
    }

    #[test]
    fn as_str_and_parse_agree_with_the_stored_text() {
        for status in TaskStatus::iter() {
            assert_eq!(status.as_str(), status.to_value());
            assert_eq!(TaskStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(IssueStatus::InProgress.as_str(), "in_progress");
        assert_eq!(IssueStatus::parse("In_Progress"), None);
        assert_eq!(EmailMode::default(), EmailMode::Off);
        assert_eq!(ModerationAction::iter().count(), 12);
        assert_eq!(
            ModerationAction::parse("flags_dismissed"),
            Some(ModerationAction::FlagsDismissed)
        );
        assert_eq!(ReportSource::Open311.as_str(), "open311");
    }
}
