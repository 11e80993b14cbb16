use sea_orm::entity::prelude::*;

use crate::ids::UserId;

use crate::status::EmailMode;

/// How a person wants to hear about notifications beyond the inbox. No row means the defaults.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_preferences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: UserId,
    /// `off`, `immediate` or `daily_digest`.
    pub email_mode: EmailMode,
    /// The last digest sent; the next covers unread notifications created after it.
    pub last_digest_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
