//! Connecting to the database and running migrations.
//!
//! SQLite is tuned for a web server: WAL (readers never block the writer), foreign keys on, and a
//! busy timeout so a writer waits for the lock instead of failing. SQLite allows one writer at a
//! time, and a transaction that reads before it writes cannot wait for the lock (it fails with
//! `SQLITE_BUSY` if another writer committed meanwhile); with a single pooled connection every
//! transaction runs in turn, which is correct and fast enough for the embedded default. PostgreSQL,
//! for production, gets a real pool.

use std::{str::FromStr, time::Duration};

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, SqlxSqliteConnector};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::config::Settings;

pub async fn connect(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    let url = settings.database_url();
    if url.starts_with("sqlite:") {
        crate::storage::ensure_private_dir(&settings.data_dir)?;
        connect_sqlite(&url).await
    } else {
        let mut options = ConnectOptions::new(url);
        options
            .max_connections(settings.db_max_connections)
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(5))
            // sqlx pings every connection it hands out by default: one extra round trip per
            // statement outside a transaction (a claim paid 7). A dead connection still shows up,
            // as an error on its next query, and the pool replaces it.
            .test_before_acquire(false)
            .sqlx_logging(false);
        Database::connect(options)
            .await
            .context("Failed to connect to PostgreSQL")
    }
}

async fn connect_sqlite(url: &str) -> anyhow::Result<DatabaseConnection> {
    let options = SqliteConnectOptions::from_str(url)
        .context("DATABASE_URL is not a valid SQLite URL")?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10));
    let file = options.get_filename();
    let in_memory = file.to_str().is_some_and(|name| {
        name.starts_with(":memory:") || name.starts_with("file:sqlx-in-memory")
    });
    if !in_memory {
        // Created private before SQLite opens it: SQLite never loosens an existing file's mode
        // and gives its -wal and -shm files the database's own, so all three stay 0600.
        crate::storage::ensure_private_file(file)?;
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(30))
        .connect_with(options)
        .await
        .context("Failed to open the SQLite database")?;
    Ok(SqlxSqliteConnector::from_sqlx_sqlite_pool(pool))
}

pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None)
        .await
        .context("Failed to run database migrations")
}
