//! SQL helpers shared by capabilities: a statement builder that binds values with one
//! placeholder style on SQLite and PostgreSQL, LIKE escaping and free-text search patterns, and
//! the neighbourhood row lock.

use sea_orm::{
    sea_query::{Expr, Func, IntoColumnRef, LikeExpr, SimpleExpr},
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, Statement, Value,
};

use crate::error::{AppError, AppResult};

/// A raw SQL statement written with `$1, $2, ...` placeholders (numbered `?1, ?2, ...` on SQLite)
/// and its values.
pub(crate) struct Sql {
    values: Vec<Value>,
}

impl Sql {
    pub(crate) fn new() -> Self {
        Self { values: Vec::new() }
    }

    /// Adds a value; returns its placeholder.
    pub(crate) fn bind(&mut self, value: impl Into<Value>) -> String {
        self.values.push(value.into());
        format!("${}", self.values.len())
    }

    /// Adds values; returns their comma-separated placeholders.
    pub(crate) fn list<V: Into<Value>>(&mut self, values: impl IntoIterator<Item = V>) -> String {
        values
            .into_iter()
            .map(|v| self.bind(v))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub(crate) fn statement(self, backend: DatabaseBackend, text: &str) -> Statement {
        let text = match backend {
            DatabaseBackend::Sqlite => text.replace('$', "?"),
            _ => text.to_owned(),
        };
        Statement::from_sql_and_values(backend, text, self.values)
    }
}

/// Escapes LIKE wildcards so a search for "50%" matches the text "50%".
pub(crate) fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// The LIKE pattern for a free-text `?q=` search (`%term%`: trimmed, lower-cased, wildcards
/// escaped), or `None` when there is nothing to search for. A term longer than `max_chars`
/// (the text policy's `MAX_SEARCH_CHARS`) is a 422, not a slow scan.
pub(crate) fn search_pattern(q: Option<&str>, max_chars: usize) -> AppResult<Option<String>> {
    let Some(q) = q.map(str::trim).filter(|q| !q.is_empty()) else {
        return Ok(None);
    };
    if q.chars().count() > max_chars {
        return Err(AppError::invalid(
            "q",
            crate::i18n::Message::new("support-must-at-most-max-chars").arg("max_chars", max_chars),
        ));
    }
    Ok(Some(format!("%{}%", escape_like(&q.to_lowercase()))))
}

/// `LOWER(column) LIKE pattern`, with the escape character `escape_like` uses.
pub(crate) fn lower_like(column: impl IntoColumnRef, pattern: String) -> SimpleExpr {
    Expr::expr(Func::lower(Expr::col(column))).like(LikeExpr::new(pattern).escape('\\'))
}

/// Takes the neighbourhood's row lock for the rest of the transaction (by touching
/// `updated_at`), so changes that read before they write (pooling a report, membership checks)
/// apply one at a time per neighbourhood.
pub(crate) async fn lock_neighbourhood(
    db: &impl ConnectionTrait,
    id: entity::ids::NeighbourhoodId,
) -> AppResult<()> {
    entity::neighbourhood::Entity::update_many()
        .col_expr(
            entity::neighbourhood::Column::UpdatedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(entity::neighbourhood::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_wildcards_are_escaped() {
        assert_eq!(escape_like("50%_off\\"), "50\\%\\_off\\\\");
    }

    #[test]
    fn search_patterns_are_trimmed_lower_cased_escaped_and_bounded() {
        assert_eq!(search_pattern(None, 10).unwrap(), None);
        assert_eq!(search_pattern(Some("   "), 10).unwrap(), None);
        assert_eq!(
            search_pattern(Some(" Elm_50% "), 10).unwrap().as_deref(),
            Some("%elm\\_50\\%%")
        );
        // Counted in characters, not bytes.
        let longest = "é".repeat(10);
        assert!(search_pattern(Some(&longest), 10).unwrap().is_some());
        assert!(matches!(
            search_pattern(Some(&format!("{longest}e")), 10),
            Err(AppError::Validation(_))
        ));
    }

    #[test]
    fn placeholders_are_numbered_in_each_dialect() {
        let mut sql = Sql::new();
        let one = sql.bind(7_i64);
        let list = sql.list(["a", "b"]);
        assert_eq!((one.as_str(), list.as_str()), ("$1", "$2, $3"));
        let text = format!("SELECT {one} WHERE x IN ({list})");
        let sqlite = Sql {
            values: sql.values.clone(),
        }
        .statement(DatabaseBackend::Sqlite, &text);
        assert_eq!(sqlite.sql, "SELECT ?1 WHERE x IN (?2, ?3)");
        let postgres = sql.statement(DatabaseBackend::Postgres, &text);
        assert_eq!(postgres.sql, "SELECT $1 WHERE x IN ($2, $3)");
        assert_eq!(postgres.values.map(|v| v.0.len()), Some(3));
    }
}
