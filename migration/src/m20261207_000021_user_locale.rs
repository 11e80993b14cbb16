//! A person's language and time zone: the locale they chose (`en`, `pl`, `ar`; none means "as my
//! browser asks") and the IANA time zone their device reported, which e-mails and digests use.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(
            manager,
            Users::Table,
            [
                string_len_null(Users::Locale, 8),
                string_len_null(Users::TimeZone, 64),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_columns(
            manager,
            Users::Table,
            [Users::Locale.into_iden(), Users::TimeZone.into_iden()],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Locale,
    TimeZone,
}
