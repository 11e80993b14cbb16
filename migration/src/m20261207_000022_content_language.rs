//! The language people's own text was written in (`en`, `pl`, `ar`), so the page can mark it with
//! a `lang` attribute and screen readers read it with the right voice. Set from the writer's
//! request language; rows written before this have none (shown without a `lang`, never guessed).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [Tables; 4] = [
    Tables::Reports,
    Tables::Posts,
    Tables::Threads,
    Tables::Tasks,
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        for table in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(string_len_null(Tables::Lang, 8))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .drop_column(Tables::Lang)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Tables {
    Reports,
    Posts,
    Threads,
    Tasks,
    Lang,
}
