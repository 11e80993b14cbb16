//! The gazetteer (issue 15): places imported from OpenStreetMap, searched by words and looked up
//! by point.
//!
//! - `place_sources`: one row per imported extract (its name, when, how many rows, and the
//!   attribution its licence asks for). A re-import of the same source replaces its rows in one
//!   transaction, so importing twice is the same as importing once.
//! - `places`: what a person can search for: streets (one row per street, not per OSM way),
//!   addresses, postcodes and named places, each with a point, a label and `search_text` (the
//!   label's words normalised by `domain::places::normalise`). `cell_y`/`cell_x` put each point on
//!   a grid of 0.001° (`domain::places::Cell`), so "the nearest address to this point" reads a
//!   few index ranges instead of the table.
//! - `place_street_points`: points along every named street, about every 25 m, for the nearest
//!   street to a point (a street's one row in `places` may be a kilometre away from most of it).
//!
//! Text search differs per database: SQLite keeps an FTS5 index of `search_text` (external
//! content, kept in step by triggers, with prefix indexes for the 2 and 3 letter prefixes people
//! type first); PostgreSQL a stored `search_vector` (`to_tsvector('simple', search_text)`: the
//! text is normalised already, so no language's stemming) with a GIN index, queried with prefix
//! terms (`mill & la:*`). Both are built in: no extension to install.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const SQLITE_UP: &[&str] = &[
    "CREATE TABLE place_sources (
        id integer PRIMARY KEY AUTOINCREMENT,
        name text NOT NULL UNIQUE,
        attribution text NOT NULL,
        imported_at text NOT NULL,
        place_count integer NOT NULL DEFAULT 0,
        street_point_count integer NOT NULL DEFAULT 0
    )",
    "CREATE TABLE places (
        id integer PRIMARY KEY AUTOINCREMENT,
        source_id integer NOT NULL REFERENCES place_sources(id) ON DELETE CASCADE,
        osm_ref text NULL,
        kind text NOT NULL,
        label text NOT NULL,
        housenumber text NULL,
        street text NULL,
        postcode text NULL,
        name text NULL,
        lat real NOT NULL,
        lon real NOT NULL,
        cell_y integer NOT NULL,
        cell_x integer NOT NULL,
        search_text text NOT NULL
    )",
    "CREATE INDEX idx_places_cell ON places (kind, cell_y, cell_x)",
    "CREATE INDEX idx_places_source ON places (source_id)",
    "CREATE TABLE place_street_points (
        id integer PRIMARY KEY AUTOINCREMENT,
        source_id integer NOT NULL REFERENCES place_sources(id) ON DELETE CASCADE,
        name text NOT NULL,
        lat real NOT NULL,
        lon real NOT NULL,
        cell_y integer NOT NULL,
        cell_x integer NOT NULL
    )",
    "CREATE INDEX idx_place_street_points_cell ON place_street_points (cell_y, cell_x)",
    "CREATE INDEX idx_place_street_points_source ON place_street_points (source_id)",
    "CREATE VIRTUAL TABLE places_fts USING fts5(
        search_text, content='places', content_rowid='id', prefix='2 3', tokenize='unicode61'
    )",
    "CREATE TRIGGER places_fts_insert AFTER INSERT ON places BEGIN
        INSERT INTO places_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END",
    "CREATE TRIGGER places_fts_delete AFTER DELETE ON places BEGIN
        INSERT INTO places_fts(places_fts, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
    END",
    "CREATE TRIGGER places_fts_update AFTER UPDATE ON places BEGIN
        INSERT INTO places_fts(places_fts, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
        INSERT INTO places_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END",
];

const POSTGRES_UP: &[&str] = &[
    "CREATE TABLE place_sources (
        id bigserial PRIMARY KEY,
        name text NOT NULL UNIQUE,
        attribution text NOT NULL,
        imported_at timestamptz NOT NULL,
        place_count bigint NOT NULL DEFAULT 0,
        street_point_count bigint NOT NULL DEFAULT 0
    )",
    "CREATE TABLE places (
        id bigserial PRIMARY KEY,
        source_id bigint NOT NULL REFERENCES place_sources(id) ON DELETE CASCADE,
        osm_ref text NULL,
        kind text NOT NULL,
        label text NOT NULL,
        housenumber text NULL,
        street text NULL,
        postcode text NULL,
        name text NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        cell_y integer NOT NULL,
        cell_x integer NOT NULL,
        search_text text NOT NULL,
        search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED
    )",
    "CREATE INDEX idx_places_cell ON places (kind, cell_y, cell_x)",
    "CREATE INDEX idx_places_source ON places (source_id)",
    "CREATE INDEX idx_places_search ON places USING GIN (search_vector)",
    "CREATE TABLE place_street_points (
        id bigserial PRIMARY KEY,
        source_id bigint NOT NULL REFERENCES place_sources(id) ON DELETE CASCADE,
        name text NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        cell_y integer NOT NULL,
        cell_x integer NOT NULL
    )",
    "CREATE INDEX idx_place_street_points_cell ON place_street_points (cell_y, cell_x)",
    "CREATE INDEX idx_place_street_points_source ON place_street_points (source_id)",
];

const SQLITE_DOWN: &[&str] = &[
    "DROP TRIGGER places_fts_update",
    "DROP TRIGGER places_fts_delete",
    "DROP TRIGGER places_fts_insert",
    "DROP TABLE places_fts",
    "DROP TABLE place_street_points",
    "DROP TABLE places",
    "DROP TABLE place_sources",
];

const POSTGRES_DOWN: &[&str] = &[
    "DROP TABLE place_street_points",
    "DROP TABLE places",
    "DROP TABLE place_sources",
];

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
