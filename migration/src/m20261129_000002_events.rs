//! The live event log: one row per state change, written in the same transaction as the change,
//! numbered per channel without gaps. Users get a counter for their own notification channel.

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
                    .table(Events::Table)
                    .col(string(Events::Channel))
                    .col(big_integer(Events::Seq))
                    .col(string(Events::Kind))
                    .col(uuid_null(Events::ActorId))
                    .col(string(Events::Subject))
                    .col(json(Events::Payload))
                    .col(small_integer(Events::Audience))
                    .col(timestamp_with_time_zone(Events::CreatedAt))
                    .primary_key(Index::create().col(Events::Channel).col(Events::Seq))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_events_created_at",
            Events::Table,
            [Events::CreatedAt],
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(big_integer(Users::EventSeq).default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::EventSeq)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Events::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Channel,
    Seq,
    Kind,
    ActorId,
    Subject,
    Payload,
    Audience,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    EventSeq,
}
