//! A follower by e-mail may ask for one message a day rather than one per change: how often
//! (`immediate` or `daily`), the IANA time zone their browser reported (a daily message waits for
//! the morning there), and when their last daily message went. Their pending updates are found
//! by follow, so the outbox gets an index on it.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(
            manager,
            IssueFollows::Table,
            [
                string_len(IssueFollows::Frequency, 16)
                    .default("immediate")
                    .to_owned(),
                string_len_null(IssueFollows::TimeZone, 64),
                timestamp_with_time_zone_null(IssueFollows::LastDigestAt),
            ],
        )
        .await?;
        create_index(
            manager,
            "idx_issue_follow_mails_follow",
            IssueFollowMails::Table,
            [IssueFollowMails::FollowId],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_issue_follow_mails_follow")
                    .table(IssueFollowMails::Table)
                    .to_owned(),
            )
            .await?;
        drop_columns(
            manager,
            IssueFollows::Table,
            [
                IssueFollows::Frequency.into_iden(),
                IssueFollows::TimeZone.into_iden(),
                IssueFollows::LastDigestAt.into_iden(),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum IssueFollows {
    Table,
    Frequency,
    TimeZone,
    LastDigestAt,
}

#[derive(DeriveIden)]
enum IssueFollowMails {
    Table,
    FollowId,
}
