//! The one error type handlers return, rendered as `application/problem+json` (RFC 9457).
//!
//! Services return `AppError` directly; database errors become `AppError` through the single
//! `From<DbErr>` below, so "not found", "already exists" and "pool exhausted" map the same way
//! everywhere. A 500 logs its whole cause chain but tells the client only that something failed.

use std::collections::BTreeMap;

use actix_web::{http::StatusCode, HttpResponse, ResponseError};
use sea_orm::{DbErr, SqlErr};
use serde::Serialize;
use utoipa::ToSchema;

pub type FieldErrors = BTreeMap<String, Vec<String>>;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("the request is invalid")]
    Validation(FieldErrors),
    #[error("{0}")]
    BadRequest(String),
    #[error("authentication is required")]
    Unauthenticated(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    /// A known address asked with a method it does not answer; `allow` lists those it does.
    #[error("This address answers only {allow}.")]
    MethodNotAllowed { allow: String },
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Gone(String),
    #[error("{detail}")]
    PayloadTooLarge { detail: String },
    #[error("{detail}")]
    UnsupportedMediaType { detail: String },
    #[error("too many requests; retry in {retry_after_secs} s")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("service temporarily unavailable")]
    Unavailable(#[source] anyhow::Error),
    /// Too much of one kind of work is under way to take more now: 503 with `Retry-After`.
    #[error("{detail}")]
    Busy {
        detail: String,
        retry_after_secs: u64,
    },
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
    pub errors: Option<FieldErrors>,
}

const PROBLEM_BASE: &str = "https://commonground.example/problems/";

impl AppError {
    /// A validation failure on a single field.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::new();
        errors.insert(field.to_owned(), vec![message.into()]);
        AppError::Validation(errors)
    }

    pub fn not_found(what: &str) -> Self {
        AppError::NotFound(format!("{what} not found"))
    }

    fn slug_and_title(&self) -> (&'static str, &'static str) {
        match self {
            AppError::Validation(_) => ("validation", "Your request has invalid fields"),
            AppError::BadRequest(_) => ("bad-request", "Bad request"),
            AppError::Unauthenticated(_) => ("unauthenticated", "Authentication required"),
            AppError::Forbidden(_) => ("forbidden", "Not allowed"),
            AppError::NotFound(_) => ("not-found", "Not found"),
            AppError::MethodNotAllowed { .. } => ("method-not-allowed", "Method not allowed"),
            AppError::Conflict(_) => ("conflict", "Conflict"),
            AppError::Gone(_) => ("gone", "No longer available"),
            AppError::PayloadTooLarge { .. } => ("payload-too-large", "Request body too large"),
            AppError::UnsupportedMediaType { .. } => {
                ("unsupported-media-type", "Unsupported media type")
            }
            AppError::TooManyRequests { .. } => ("too-many-requests", "Too many requests"),
            AppError::Unavailable(_) | AppError::Busy { .. } => {
                ("unavailable", "Service unavailable")
            }
            AppError::Internal(_) => ("internal", "Internal server error"),
        }
    }

    pub fn problem(&self) -> Problem {
        let (slug, title) = self.slug_and_title();
        let detail = match self {
            AppError::Validation(_) => "One or more fields are invalid; see `errors`.".to_owned(),
            AppError::Unauthenticated(reason) => reason.clone(),
            AppError::Unavailable(_) => {
                "The service cannot handle the request right now; try again shortly.".to_owned()
            }
            AppError::Internal(_) => "Something went wrong on our side.".to_owned(),
            other => other.to_string(),
        };
        Problem {
            kind: format!("{PROBLEM_BASE}{slug}"),
            title: title.to_owned(),
            status: self.status_code().as_u16(),
            detail,
            errors: match self {
                AppError::Validation(errors) => Some(errors.clone()),
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
        let mut response = HttpResponse::build(self.status_code());
        response.content_type("application/problem+json");
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
        response.json(self.problem())
    }
}

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                return AppError::Conflict("that already exists".into())
            }
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => {
                return AppError::Conflict("a referenced record does not exist".into())
            }
            _ => {}
        }
        if let Some(reason) = client_fault(&err) {
            // The text policy at the edge should stop such values first; this is the safety net,
            // logged so the gap it covered can be closed.
            tracing::warn!(error = %err, "the database refused a value from the request");
            return AppError::BadRequest(format!(
                "The request contains a value that cannot be stored: {reason}."
            ));
        }
        if is_transient(&err) {
            return AppError::Unavailable(anyhow::Error::new(err).context("database contention"));
        }
        match err {
            DbErr::RecordNotFound(what) => AppError::NotFound(what),
            DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => {
                AppError::Unavailable(anyhow::Error::new(err).context("database unavailable"))
            }
            other => AppError::Internal(anyhow::Error::new(other).context("database error")),
        }
    }
}

/// Database errors caused by a value the client sent (not by us or the database's state), as
/// PostgreSQL SQLSTATE or SQLite result codes, with what to tell the client: they answer 400.
fn client_fault(err: &DbErr) -> Option<&'static str> {
    let code = database_code(err)?;
    Some(match code.as_str() {
        "22021" | "22P05" => "text with a byte sequence the database cannot store (such as NUL)",
        "22P02" => "a value in the wrong format",
        "22003" | "25" => "a number out of range",
        "22001" | "18" => "a value that is too long",
        "22007" | "22008" => "a date or time out of range",
        "54000" => "a value too large for the database to handle",
        "20" => "a value of the wrong type",
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
                            .unwrap_or_else(|| format!("is invalid ({})", error.code)),
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
