//! The one error type handlers return, rendered as `application/problem+json` (RFC 9457).
//!
//! Services return `AppError` directly; database errors become `AppError` through the single
//! `From<DbErr>` below, so "not found", "already exists" and "pool exhausted" map the same way
//! everywhere. A 500 logs its whole cause chain but tells the client only that something failed.
//!
//! Titles, details and field messages are [`Text`]: catalogue messages are put into words in the
//! request's locale (`i18n::RequestLocale`) when the problem is rendered; the `type` URI is the
//! stable, machine-readable part and never depends on the language.

use std::collections::BTreeMap;

use actix_web::{http::StatusCode, HttpResponse, ResponseError};
use sea_orm::{DbErr, SqlErr};
use serde::Serialize;
use utoipa::ToSchema;

use crate::i18n::{Locale, Message, RequestLocale, Text};

/// Per-field messages, keyed by the field's path in the request (`answers.depth`, `values[2]`).
pub type FieldErrors = BTreeMap<String, Vec<Text>>;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("the request is invalid")]
    Validation(FieldErrors),
    #[error("{0}")]
    BadRequest(Text),
    #[error("authentication is required")]
    Unauthenticated(Text),
    #[error("{0}")]
    Forbidden(Text),
    #[error("{0}")]
    NotFound(Text),
    /// A known address asked with a method it does not answer; `allow` lists those it does.
    #[error("This address answers only {allow}.")]
    MethodNotAllowed { allow: String },
    #[error("{0}")]
    Conflict(Text),
    #[error("{0}")]
    Gone(Text),
    #[error("{detail}")]
    PayloadTooLarge { detail: Text },
    #[error("{detail}")]
    UnsupportedMediaType { detail: Text },
    #[error("too many requests; retry in {retry_after_secs} s")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("service temporarily unavailable")]
    Unavailable(#[source] anyhow::Error),
    /// Too much of one kind of work is under way to take more now: 503 with `Retry-After`.
    #[error("{detail}")]
    Busy { detail: Text, retry_after_secs: u64 },
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

/// The body of every error answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Per-field messages on validation failures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<BTreeMap<String, Vec<String>>>,
}

const PROBLEM_BASE: &str = "https://commonground.example/problems/";

impl AppError {
    /// A validation failure on a single field.
    pub fn invalid(field: &str, message: impl Into<Text>) -> Self {
        let mut errors = FieldErrors::new();
        errors.insert(field.to_owned(), vec![message.into()]);
        AppError::Validation(errors)
    }

    pub fn not_found(what: &str) -> Self {
        AppError::NotFound(format!("{what} not found").into())
    }

    /// The problem type's slug and the catalogue id of its title.
    fn slug_and_title(&self) -> (&'static str, &'static str) {
        match self {
            AppError::Validation(_) => ("validation", "problem-validation-title"),
            AppError::BadRequest(_) => ("bad-request", "problem-bad-request-title"),
            AppError::Unauthenticated(_) => ("unauthenticated", "problem-unauthenticated-title"),
            AppError::Forbidden(_) => ("forbidden", "problem-forbidden-title"),
            AppError::NotFound(_) => ("not-found", "problem-not-found-title"),
            AppError::MethodNotAllowed { .. } => {
                ("method-not-allowed", "problem-method-not-allowed-title")
            }
            AppError::Conflict(_) => ("conflict", "problem-conflict-title"),
            AppError::Gone(_) => ("gone", "problem-gone-title"),
            AppError::PayloadTooLarge { .. } => {
                ("payload-too-large", "problem-payload-too-large-title")
            }
            AppError::UnsupportedMediaType { .. } => (
                "unsupported-media-type",
                "problem-unsupported-media-type-title",
            ),
            AppError::TooManyRequests { .. } => {
                ("too-many-requests", "problem-too-many-requests-title")
            }
            AppError::Unavailable(_) | AppError::Busy { .. } => {
                ("unavailable", "problem-unavailable-title")
            }
            AppError::Internal(_) => ("internal", "problem-internal-title"),
        }
    }

    /// What the problem says, before it is put into a language.
    pub fn detail(&self) -> Text {
        match self {
            AppError::Validation(_) => Message::new("problem-validation-detail").into(),
            AppError::BadRequest(text)
            | AppError::Unauthenticated(text)
            | AppError::Forbidden(text)
            | AppError::NotFound(text)
            | AppError::Conflict(text)
            | AppError::Gone(text)
            | AppError::PayloadTooLarge { detail: text }
            | AppError::UnsupportedMediaType { detail: text }
            | AppError::Busy { detail: text, .. } => text.clone(),
            AppError::MethodNotAllowed { allow } => {
                crate::msg!("problem-method-not-allowed-detail", allow = allow.as_str()).into()
            }
            AppError::TooManyRequests { retry_after_secs } => crate::msg!(
                "problem-too-many-requests-detail",
                seconds = *retry_after_secs
            )
            .into(),
            AppError::Unavailable(_) => Message::new("problem-unavailable-detail").into(),
            AppError::Internal(_) => Message::new("problem-internal-detail").into(),
        }
    }

    /// The problem in the language of the request being answered.
    pub fn problem(&self) -> Problem {
        self.problem_in(RequestLocale::current())
    }

    pub fn problem_in(&self, locale: Locale) -> Problem {
        let (slug, title) = self.slug_and_title();
        Problem {
            kind: format!("{PROBLEM_BASE}{slug}"),
            title: Message::new(title).render(locale),
            status: self.status_code().as_u16(),
            detail: self.detail().render(locale),
            errors: match self {
                AppError::Validation(errors) => Some(
                    errors
                        .iter()
                        .map(|(field, messages)| {
                            let words = messages.iter().map(|m| m.render(locale)).collect();
                            (field.clone(), words)
                        })
                        .collect(),
                ),
                _ => None,
            },
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthenticated(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Gone(_) => StatusCode::GONE,
            AppError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) | AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Internal(cause) => tracing::error!(error = ?cause, "request failed"),
            AppError::Unavailable(cause) => {
                tracing::warn!(error = ?cause, "dependency unavailable")
            }
            _ => {}
        }
        let locale = RequestLocale::current();
        let mut response = HttpResponse::build(self.status_code());
        response.content_type("application/problem+json");
        response.insert_header(("Content-Language", locale.as_str()));
        response.insert_header(("Vary", "Accept-Language"));
        if let AppError::TooManyRequests { retry_after_secs }
        | AppError::Busy {
            retry_after_secs, ..
        } = self
        {
            response.insert_header(("Retry-After", retry_after_secs.to_string()));
        }
        if let AppError::Unauthenticated(_) = self {
            response.insert_header(("WWW-Authenticate", "Bearer"));
        }
        if let AppError::MethodNotAllowed { allow } = self {
            response.insert_header(("Allow", allow.as_str()));
        }
        response.json(self.problem_in(locale))
    }
}

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                return AppError::Conflict(Message::new("problem-conflict-exists").into())
            }
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => {
                return AppError::Conflict(
                    Message::new("problem-conflict-missing-reference").into(),
                )
            }
            _ => {}
        }
        if let Some(reason) = client_fault(&err) {
            // The text policy at the edge should stop such values first; this is the safety net,
            // logged so the gap it covered can be closed.
            tracing::warn!(error = %err, "the database refused a value from the request");
            return AppError::BadRequest(Message::new(reason).into());
        }
        if is_transient(&err) {
            return AppError::Unavailable(anyhow::Error::new(err).context("database contention"));
        }
        match err {
            DbErr::RecordNotFound(what) => AppError::NotFound(what.into()),
            DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => {
                AppError::Unavailable(anyhow::Error::new(err).context("database unavailable"))
            }
            other => AppError::Internal(anyhow::Error::new(other).context("database error")),
        }
    }
}

/// Database errors caused by a value the client sent (not by us or the database's state), as
/// PostgreSQL SQLSTATE or SQLite result codes, with the catalogue id of what to tell the client:
/// they answer 400.
fn client_fault(err: &DbErr) -> Option<&'static str> {
    let code = database_code(err)?;
    Some(match code.as_str() {
        "22021" | "22P05" => "db-fault-unstorable-bytes",
        "22P02" => "db-fault-wrong-format",
        "22003" | "25" => "db-fault-number-out-of-range",
        "22001" | "18" => "db-fault-too-long",
        "22007" | "22008" => "db-fault-date-out-of-range",
        "54000" => "db-fault-too-large",
        "20" => "db-fault-wrong-type",
        _ => return None,
    })
}

/// The SQLSTATE (PostgreSQL) or result code (SQLite) of a database error, if it has one.
fn database_code(err: &DbErr) -> Option<String> {
    use sea_orm::RuntimeErr;
    match err {
        DbErr::Exec(RuntimeErr::SqlxError(sqlx::Error::Database(db)))
        | DbErr::Query(RuntimeErr::SqlxError(sqlx::Error::Database(db)))
        | DbErr::Conn(RuntimeErr::SqlxError(sqlx::Error::Database(db))) => {
            db.code().map(|code| code.into_owned())
        }
        _ => None,
    }
}

/// Errors a retry would cure: PostgreSQL deadlocks and serialization failures, SQLite "busy".
/// They answer 503 ("try again shortly"), not 500.
fn is_transient(err: &DbErr) -> bool {
    matches!(
        database_code(err).as_deref(),
        Some("40P01" | "40001" | "5" | "517" | "261")
    )
}

impl From<validator::ValidationErrors> for AppError {
    fn from(errors: validator::ValidationErrors) -> Self {
        let mut fields = FieldErrors::new();
        collect_validation_errors("", &errors, &mut fields);
        AppError::Validation(fields)
    }
}

fn collect_validation_errors(
    prefix: &str,
    errors: &validator::ValidationErrors,
    out: &mut FieldErrors,
) {
    use validator::ValidationErrorsKind;
    for (field, kind) in errors.errors() {
        let name = if prefix.is_empty() {
            field.to_string()
        } else {
            format!("{prefix}.{field}")
        };
        match kind {
            ValidationErrorsKind::Field(list) => {
                let messages = out.entry(name).or_default();
                for error in list {
                    messages.push(
                        error
                            .message
                            .as_ref()
                            .map(|m| m.to_string())
                            .unwrap_or_else(|| format!("is invalid ({})", error.code))
                            .into(),
                    );
                }
            }
            ValidationErrorsKind::Struct(inner) => collect_validation_errors(&name, inner, out),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    collect_validation_errors(&format!("{name}[{index}]"), inner, out);
                }
            }
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_hide_their_cause_from_the_client() {
        let error = AppError::Internal(anyhow::anyhow!("password=hunter2 leaked in a query"));
        let problem = error.problem();
        assert_eq!(problem.status, 500);
        assert!(!problem.detail.contains("hunter2"));
    }

    #[test]
    fn validation_problems_list_fields() {
        let problem = AppError::invalid("email", "must be an email address").problem();
        assert_eq!(problem.status, 422);
        assert!(problem.kind.ends_with("/validation"));
        assert_eq!(
            problem.errors.unwrap()["email"],
            vec!["must be an email address".to_owned()]
        );
    }

    #[test]
    fn pool_exhaustion_is_503_not_500() {
        let error = AppError::from(DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::Timeout));
        assert_eq!(error.status_code(), StatusCode::SERVICE_UNAVAILABLE);
    }
}
