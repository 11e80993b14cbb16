//! Following an issue by e-mail without an account (double opt-in): one row per issue and
//! address (deleted on unsubscribing, or when never confirmed), and an outbox of the messages a change of the issue owes its confirmed followers.
//! The outbox is written in the change's transaction, so a message survives an instance that
//! stops before sending it (the elected job sends what is left over).

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
                    .table(IssueFollows::Table)
                    .col(uuid(IssueFollows::Id).primary_key())
                    .col(uuid(IssueFollows::IssueId))
                    // Normalised (trimmed, lower case), as accounts store theirs.
                    .col(string(IssueFollows::Email))
                    // `en`, `pl` or `ar`: the language of every message to this address.
                    .col(string(IssueFollows::Locale))
                    .col(timestamp_with_time_zone(IssueFollows::CreatedAt))
                    .col(timestamp_with_time_zone_null(IssueFollows::ConfirmedAt))
                    // The last confirmation message, so repeats within a cooldown send nothing.
                    .col(timestamp_with_time_zone_null(
                        IssueFollows::ConfirmationSentAt,
                    ))
                    .foreign_key(&mut cascade(IssueFollows::IssueId, "issues"))
                    .to_owned(),
            )
            .await?;
        create_unique_index(
            manager,
            "idx_issue_follows_issue_email",
            IssueFollows::Table,
            [IssueFollows::IssueId, IssueFollows::Email],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(IssueFollowMails::Table)
                    .col(uuid(IssueFollowMails::Id).primary_key())
                    .col(uuid(IssueFollowMails::FollowId))
                    // What the message tells (`domain::follow::FollowUpdate` as JSON).
                    .col(json(IssueFollowMails::Data))
                    .col(timestamp_with_time_zone(IssueFollowMails::CreatedAt))
                    .foreign_key(&mut cascade(IssueFollowMails::FollowId, "issue_follows"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                IssueFollowMails::Table.into_iden(),
                IssueFollows::Table.into_iden(),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum IssueFollows {
    Table,
    Id,
    IssueId,
    Email,
    Locale,
    CreatedAt,
    ConfirmedAt,
    ConfirmationSentAt,
}

#[derive(DeriveIden)]
enum IssueFollowMails {
    Table,
    Id,
    FollowId,
    Data,
    CreatedAt,
}
