//! Collecting per-field validation errors, so one 422 answer lists every problem.

use crate::{
    error::{AppError, FieldErrors},
    i18n::Text,
};

/// Collects per-field errors while parsing a request, so one answer lists every problem.
#[derive(Default)]
pub struct FieldCheck {
    errors: FieldErrors,
}

impl FieldCheck {
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps the parsed value, or records the message under `field`.
    pub fn check<T, M: Into<Text>>(&mut self, field: &str, result: Result<T, M>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }

    pub fn add(&mut self, field: &str, message: impl Into<Text>) {
        self.errors
            .entry(field.to_owned())
            .or_default()
            .push(message.into());
    }

    /// `Ok(())` when nothing was recorded.
    pub fn finish(self) -> Result<(), AppError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_check_collects_every_problem() {
        let mut check = FieldCheck::new();
        check.check::<(), String>("email", Err("bad".into()));
        check.check::<(), String>("password", Err("short".into()));
        match check.finish() {
            Err(AppError::Validation(errors)) => assert_eq!(errors.len(), 2),
            other => panic!("expected validation errors, got {other:?}"),
        }
    }
}
