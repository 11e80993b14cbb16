//! The notification inbox: every `notification` event on a person's channel is also kept here,
//! with its read state; per-person preferences (e-mail mode, digest bookkeeping) and mutes (of a
//! kind of notification or of one subject such as a thread, issue or task).

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(uuid(Notifications::Id).primary_key())
                    .col(uuid(Notifications::UserId))
                    .col(string(Notifications::What))
                    .col(json(Notifications::Data))
                    .col(uuid_null(Notifications::NeighbourhoodId))
                    // `thread:{id}`, `issue:{id}` or `task:{id}`: what a mute matches.
                    .col(string_null(Notifications::Subject))
                    .col(uuid_null(Notifications::ActorId))
                    // Muted notifications are kept (as read) but never pushed or e-mailed.
                    .col(boolean(Notifications::Muted).default(false))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .col(timestamp_with_time_zone_null(Notifications::EmailedAt))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .foreign_key(&mut cascade(Notifications::UserId, "users"))
                    .to_owned(),
            )
            .await?;
        // The inbox, newest first (ids are UUIDv7, so id order is time order), and its unread part.
        for (name, cols) in [
            (
                "idx_notifications_user_id",
                vec![Notifications::UserId, Notifications::Id],
            ),
            (
                "idx_notifications_user_read",
                vec![Notifications::UserId, Notifications::ReadAt],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(Notifications::Table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(NotificationPreferences::Table)
                    .col(uuid(NotificationPreferences::UserId).primary_key())
                    // `off`, `immediate` or `daily_digest`.
                    .col(string(NotificationPreferences::EmailMode))
                    // The digest covers unread notifications created after this.
                    .col(timestamp_with_time_zone_null(
                        NotificationPreferences::LastDigestAt,
                    ))
                    .col(timestamp_with_time_zone(NotificationPreferences::UpdatedAt))
                    .foreign_key(&mut cascade(NotificationPreferences::UserId, "users"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_notification_preferences_email_mode",
            NotificationPreferences::Table,
            [NotificationPreferences::EmailMode],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(NotificationMutes::Table)
                    .col(uuid(NotificationMutes::UserId))
                    // `kind:{what}`, `thread:{id}`, `issue:{id}` or `task:{id}`.
                    .col(string(NotificationMutes::Subject))
                    .col(timestamp_with_time_zone(NotificationMutes::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(NotificationMutes::UserId)
                            .col(NotificationMutes::Subject),
                    )
                    .foreign_key(&mut cascade(NotificationMutes::UserId, "users"))
                    .to_owned(),
            )
            .await?;
        // A fan-out asks "who of these mutes this subject or kind?" by subject.
        create_index(
            manager,
            "idx_notification_mutes_subject",
            NotificationMutes::Table,
            [NotificationMutes::Subject],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                NotificationMutes::Table.into_iden(),
                NotificationPreferences::Table.into_iden(),
                Notifications::Table.into_iden(),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    What,
    Data,
    NeighbourhoodId,
    Subject,
    ActorId,
    Muted,
    ReadAt,
    EmailedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum NotificationPreferences {
    Table,
    UserId,
    EmailMode,
    LastDigestAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum NotificationMutes {
    Table,
    UserId,
    Subject,
    CreatedAt,
}
