use sea_orm::entity::prelude::*;

use crate::ids::{FollowId, IssueId};

/// Someone without an account following an issue by e-mail. Pending until the address confirms
/// (`confirmed_at`); unsubscribing deletes the row. The address is personal data: it appears in no
/// view, export, event or log.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "issue_follows")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: FollowId,
    pub issue_id: IssueId,
    /// Normalised (trimmed, lower case).
    pub email: String,
    /// `en`, `pl` or `ar` (the main crate's `i18n::Locale` tags).
    pub locale: String,
    pub created_at: DateTimeUtc,
    pub confirmed_at: Option<DateTimeUtc>,
    pub confirmation_sent_at: Option<DateTimeUtc>,
    /// `immediate` (a message per change) or `daily` (one message a day with the day's changes):
    /// the main crate's `domain::follow::FollowFrequency`.
    pub frequency: String,
    /// The IANA time zone the follower's browser reported: a daily message waits for their morning.
    pub time_zone: Option<String>,
    /// When the last daily message was claimed (sent, or being sent).
    pub last_digest_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::issue::Entity",
        from = "Column::IssueId",
        to = "super::issue::Column::Id",
        on_delete = "Cascade"
    )]
    Issue,
}

impl Related<super::issue::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Issue.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
