//! The web app used to mute mentions as `kind:mention`, while the server names the kind
//! `mentioned`: those mutes muted nothing. Now that only real kinds can be muted, a person who
//! asked to mute mentions gets what they asked for (`kind:mentioned`), once.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // Someone with both keeps one.
        db.execute_unprepared(
            "DELETE FROM notification_mutes WHERE subject = 'kind:mention' AND user_id IN \
             (SELECT user_id FROM notification_mutes WHERE subject = 'kind:mentioned')",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE notification_mutes SET subject = 'kind:mentioned' \
             WHERE subject = 'kind:mention'",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Nothing to undo: `kind:mention` never muted anything.
        Ok(())
    }
}
