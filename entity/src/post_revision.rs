use sea_orm::entity::prelude::*;

use crate::ids::PostId;

/// An earlier version of an edited post (seen by coordinators only).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "post_revisions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub post_id: PostId,
    pub body_source: String,
    pub body_html: String,
    /// When this version was written.
    pub written_at: DateTimeUtc,
    /// When an edit replaced it.
    pub replaced_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
