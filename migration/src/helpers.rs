//! The pieces that almost every migration spells out: a foreign key to another table's `id`, a
//! named index, dropping tables in reverse order. Written once here so that each migration reads
//! as its columns and keys; the statements they build are the ones the migrations wrote by hand,
//! so the schema is the same on SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;

/// A foreign key, inside `CREATE TABLE`, from `column` of the table being created to the table
/// named `target`, by its `id` (every table here is keyed by `id`).
fn references(
    column: impl IntoIden + 'static,
    target: &str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from_col(column)
        .to(Alias::new(target), Alias::new("id"))
        .on_delete(on_delete)
        .to_owned()
}

/// The row goes with the row it points at.
pub fn cascade(column: impl IntoIden + 'static, target: &str) -> ForeignKeyCreateStatement {
    references(column, target, ForeignKeyAction::Cascade)
}

/// The row stays, forgetting the row it pointed at (an author who deleted their account).
pub fn set_null(column: impl IntoIden + 'static, target: &str) -> ForeignKeyCreateStatement {
    references(column, target, ForeignKeyAction::SetNull)
}

fn index<C: IntoIndexColumn>(
    name: &str,
    table: impl IntoIden + 'static,
    columns: impl IntoIterator<Item = C>,
) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(column);
    }
    index
}

/// `CREATE INDEX name ON table (columns…)`, the columns in the order given.
pub async fn create_index<C: IntoIndexColumn>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden + 'static,
    columns: impl IntoIterator<Item = C>,
) -> Result<(), DbErr> {
    manager.create_index(index(name, table, columns)).await
}

/// `CREATE UNIQUE INDEX name ON table (columns…)`.
pub async fn create_unique_index<C: IntoIndexColumn>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden + 'static,
    columns: impl IntoIterator<Item = C>,
) -> Result<(), DbErr> {
    manager
        .create_index(index(name, table, columns).unique().to_owned())
        .await
}

/// Drops the tables in the order given (dependants first).
pub async fn drop_tables(
    manager: &SchemaManager<'_>,
    tables: impl IntoIterator<Item = DynIden>,
) -> Result<(), DbErr> {
    for table in tables {
        manager
            .drop_table(Table::drop().table(table).to_owned())
            .await?;
    }
    Ok(())
}

/// Adds the columns to an existing table, one statement each: SQLite alters one thing at a time.
pub async fn add_columns(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    columns: impl IntoIterator<Item = ColumnDef>,
) -> Result<(), DbErr> {
    let table = table.into_iden();
    for mut column in columns {
        manager
            .alter_table(
                Table::alter()
                    .table(table.clone())
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
    }
    Ok(())
}

/// Drops the columns, one statement each (as `add_columns` added them).
pub async fn drop_columns(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    columns: impl IntoIterator<Item = DynIden>,
) -> Result<(), DbErr> {
    let table = table.into_iden();
    for column in columns {
        manager
            .alter_table(
                Table::alter()
                    .table(table.clone())
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
    }
    Ok(())
}
