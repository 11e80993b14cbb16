//! PostgreSQL for the benchmarks: a database dropped and created afresh for each run (only on this
//! machine), and bulk loads with `COPY` in its text format for what would take hours over HTTP.

use anyhow::{bail, Context};
use chrono::{DateTime, Utc};
use sqlx::{postgres::PgPoolOptions, Connection, PgConnection, PgPool, Row};
use uuid::Uuid;

/// Refuses a PostgreSQL server anywhere but this machine: the benchmarks drop databases.
pub fn require_local(server_url: &str) -> anyhow::Result<()> {
    let host = server_url
        .rsplit_once('@')
        .map_or(server_url, |(_, host)| host)
        .trim_start_matches("postgres://")
        .trim_start_matches("postgresql://");
    if !(host.starts_with("127.0.0.1") || host.starts_with("localhost")) {
        bail!("the PostgreSQL server must be on 127.0.0.1 or localhost, not {host}");
    }
    Ok(())
}

/// Drops and creates the database named in `url` (`postgres://.../NAME[?options]`, the name
/// letters, digits and `_`); returns `url`.
pub async fn recreate_database(url: &str) -> anyhow::Result<String> {
    let (path, options) = url.split_once('?').unwrap_or((url, ""));
    let (server, name) = path
        .rsplit_once('/')
        .filter(|(server, _)| server.contains("://") && !server.ends_with('/'))
        .context("the database URL must be postgres://.../DATABASE")?;
    require_local(server)?;
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        bail!("the database name must be letters, digits and _");
    }
    let options = if options.is_empty() {
        String::new()
    } else {
        format!("?{options}")
    };
    let mut conn = PgConnection::connect(&format!("{server}/postgres{options}"))
        .await
        .with_context(|| format!("cannot reach PostgreSQL at {server}"))?;
    sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .execute(&mut conn)
        .await?;
    sqlx::query(&format!("CREATE DATABASE \"{name}\""))
        .execute(&mut conn)
        .await?;
    Ok(url.to_owned())
}

/// A pool of `connections` to the benchmark database, for set-up and the SQL references.
pub async fn pool(url: &str, connections: u32) -> anyhow::Result<PgPool> {
    PgPoolOptions::new()
        .max_connections(connections)
        .connect(url)
        .await
        .context("cannot connect to the benchmark database")
}

/// Sends rows in `COPY ... FROM STDIN` text format, a megabyte at a time.
pub async fn copy_rows(
    conn: &mut PgConnection,
    statement: &str,
    data: &str,
) -> anyhow::Result<u64> {
    let mut copy = conn.copy_in_raw(statement).await?;
    for chunk in data.as_bytes().chunks(1 << 20) {
        copy.send(chunk).await?;
    }
    Ok(copy.finish().await?)
}

/// A value escaped for COPY's text format.
pub fn copy_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
}

/// A timestamp as COPY (and SQL literals) read it.
pub fn copy_timestamp(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M:%S%.6f+00").to_string()
}

/// The columns `user_row` fills.
pub const COPY_USERS: &str = "COPY users (id, email, display_name, password_hash, is_platform_admin, event_seq, created_at, updated_at) FROM STDIN";
/// The columns `membership_row` fills.
pub const COPY_MEMBERSHIPS: &str = "COPY memberships (neighbourhood_id, user_id, role, status, suspended_until, suspension_reason, joined_at, updated_at) FROM STDIN";

/// A person for [`COPY_USERS`]; `password_hash` copied from someone registered over HTTP, so
/// they can sign in with [`super::api::PASSWORD`].
pub fn user_row(id: Uuid, email: &str, name: &str, password_hash: &str, at: &str) -> String {
    format!("{id}\t{email}\t{name}\t{password_hash}\tf\t0\t{at}\t{at}\n")
}

/// An active member for [`COPY_MEMBERSHIPS`].
pub fn membership_row(neighbourhood: Uuid, user: Uuid, at: &str) -> String {
    format!("{neighbourhood}\t{user}\tmember\tactive\t\\N\t\\N\t{at}\t{at}\n")
}

/// The password hash of someone registered over HTTP, for bulk-loaded people to share.
pub async fn password_hash(conn: &mut PgConnection, email: &str) -> anyhow::Result<String> {
    Ok(
        sqlx::query("SELECT password_hash FROM users WHERE email = $1")
            .bind(email)
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?,
    )
}

/// The machine's load average (1, 5, 15 minutes), printed before a run: figures from a busy
/// machine are not comparable.
pub fn print_load_average() {
    let load_average = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "load average before the run: {}",
        load_average
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machine_may_lose_its_databases() {
        assert!(require_local("postgres://postgres@127.0.0.1:5432").is_ok());
        assert!(require_local("postgres://localhost/x").is_ok());
        assert!(require_local("postgres://postgres@db.example.org:5432").is_err());
    }

    #[test]
    fn copy_text_escapes_what_the_text_format_reads_specially() {
        assert_eq!(copy_text("a\tb\nc\\d"), "a\\tb\\nc\\\\d");
    }
}
