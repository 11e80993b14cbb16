//! A text index of the gazetteer's names alone (streets, named places, postcodes: everything but
//! single addresses), for `services::places::search` (issue 15, `make bench-places`).
//!
//! Why: a short query ("ch", "mill", "st") matches tens of thousands of addresses in a city of
//! 500,000, and ranking them all (bm25 on SQLite, `ts_rank` on PostgreSQL) before keeping the best
//! 200 took 40 ms and more; yet what such a query is after is a street or a place, which rank
//! before addresses anyway. Search now reads the names first through this small index, and the
//! addresses (through the full index) only when the query has a house number or the names do not
//! fill the answer.
//!
//! - SQLite: a second FTS5 table, `place_names_fts`, over the same external content (`places`),
//!   kept in step by triggers that index only rows whose kind is not `address`; filled from the
//!   rows already there. (Never `'rebuild'` it: that would index every row of `places`.)
//! - PostgreSQL: a partial GIN index on `search_vector` for those rows; a query that says
//!   `kind <> 'address'` in its text uses it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const SQLITE_UP: &[&str] = &[
    "CREATE VIRTUAL TABLE place_names_fts USING fts5(
        search_text, content='places', content_rowid='id', prefix='2 3', tokenize='unicode61'
    )",
    "CREATE TRIGGER place_names_fts_insert AFTER INSERT ON places WHEN new.kind <> 'address' BEGIN
        INSERT INTO place_names_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END",
    "CREATE TRIGGER place_names_fts_delete AFTER DELETE ON places WHEN old.kind <> 'address' BEGIN
        INSERT INTO place_names_fts(place_names_fts, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
    END",
    "CREATE TRIGGER place_names_fts_update AFTER UPDATE ON places BEGIN
        INSERT INTO place_names_fts(place_names_fts, rowid, search_text)
            SELECT 'delete', old.id, old.search_text WHERE old.kind <> 'address';
        INSERT INTO place_names_fts(rowid, search_text)
            SELECT new.id, new.search_text WHERE new.kind <> 'address';
    END",
    "INSERT INTO place_names_fts(rowid, search_text)
        SELECT id, search_text FROM places WHERE kind <> 'address'",
];

const POSTGRES_UP: &[&str] = &["CREATE INDEX idx_places_name_search ON places \
     USING GIN (search_vector) WHERE kind <> 'address'"];

const SQLITE_DOWN: &[&str] = &[
    "DROP TRIGGER place_names_fts_update",
    "DROP TRIGGER place_names_fts_delete",
    "DROP TRIGGER place_names_fts_insert",
    "DROP TABLE place_names_fts",
];

const POSTGRES_DOWN: &[&str] = &["DROP INDEX idx_places_name_search"];

async fn run(manager: &SchemaManager<'_>, sqlite: &[&str], postgres: &[&str]) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let statements = match manager.get_database_backend() {
        DatabaseBackend::Sqlite => sqlite,
        _ => postgres,
    };
    for statement in statements {
        db.execute_unprepared(statement).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run(manager, SQLITE_UP, POSTGRES_UP).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run(manager, SQLITE_DOWN, POSTGRES_DOWN).await
    }
}
