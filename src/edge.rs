//! The request edge: the text policy (`domain::text`) applied to every request before any
//! extractor or handler sees it, so a new route gets it by construction.
//!
//! - **Path**: percent-decoded segments must be UTF-8 and pass the policy (400 otherwise).
//! - **Query string**: every key and value is percent-decoded (invalid UTF-8 is 400), checked
//!   (422 naming the parameter) and, when the policy changed it (CRLF, NFC), re-encoded in place.
//! - **JSON bodies**: read within `body_limit_bytes` (413 beyond, also when `Content-Length`
//!   says so up front), parsed once, every string and key checked (422 with the JSON path of the
//!   field, e.g. `answers.depth` or `values[2].name`); names and titles (`name`,
//!   `display_name`, `title`) must show something once invisible and bidi characters go. A body
//!   that is not JSON is handed on untouched, so the extractor answers it as before (400).
//! - **Form bodies** (`application/x-www-form-urlencoded`, Open311): as the query string.
//!
//! Other bodies (photo uploads) are raw bytes and pass untouched. Errors on `/open311/` paths
//! are answered in Open311's own format (JSON or XML by the path's extension).

use std::borrow::Cow;

use actix_web::{
    body::{EitherBody, MessageBody},
    dev::{Payload, ServiceRequest, ServiceResponse},
    http::{
        header::{self, HeaderValue},
        Uri,
    },
    middleware::Next,
    web, HttpMessage, ResponseError,
};
use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;
use serde_json::Value;

use crate::{
    domain::text::{self, TextProblem},
    error::AppError,
    i18n::{self, Locale, RequestLocale},
    state::AppState,
};

/// JSON properties holding a name or title, which must show something (`text::is_blank_name`).
const NAME_KEYS: [&str; 3] = ["name", "display_name", "title"];

/// The middleware; see the module documentation.
pub async fn text_policy(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let limit = req
        .app_data::<web::Data<AppState>>()
        .map_or(crate::config::Settings::default().body_limit_bytes, |s| {
            s.settings.body_limit_bytes
        });
    match screen(&mut req, limit).await {
        Ok(()) => next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body),
        Err(error) => {
            let response = if req.path().starts_with("/open311/") {
                crate::routes::open311::error_for_path(req.path(), error)
            } else {
                error.error_response()
            };
            Ok(req.into_response(response).map_into_right_body())
        }
    }
}

async fn screen(req: &mut ServiceRequest, limit: usize) -> Result<(), AppError> {
    check_path(req.path())?;
    if let Some(query) = clean_urlencoded(req.query_string(), "query string")? {
        set_query(req, &query)?;
    }
    // Media types are case-insensitive, and so are the extractors that read them after us.
    let kind = match req.content_type().to_ascii_lowercase().as_str() {
        "application/x-www-form-urlencoded" => BodyKind::Form,
        t if t == "application/json" || t.ends_with("+json") => BodyKind::Json,
        _ => return Ok(()),
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(too_large(limit));
    }
    let body = read_limited(req.take_payload(), limit).await?;
    let cleaned = match kind {
        BodyKind::Json => clean_json(&body)?,
        BodyKind::Form => {
            let text = std::str::from_utf8(&body)
                .map_err(|_| AppError::BadRequest("The form is not valid UTF-8.".into()))?;
            clean_urlencoded(text, "form")?.map(Bytes::from)
        }
    };
    let body = match cleaned {
        Some(changed) => {
            req.headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from(changed.len()));
            changed
        }
        None => body,
    };
    req.set_payload(payload_of(body));
    Ok(())
}

enum BodyKind {
    Json,
    Form,
}

fn too_large(limit: usize) -> AppError {
    AppError::PayloadTooLarge {
        detail: format!("The request body is larger than the {limit} byte limit.").into(),
    }
}

/// Reads a body, refusing it (413) as soon as it passes `limit` bytes, before buffering more.
pub async fn read_limited(mut payload: Payload, limit: usize) -> Result<Bytes, AppError> {
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| {
            AppError::BadRequest(format!("The request body could not be read: {e}").into())
        })?;
        if body.len() + chunk.len() > limit {
            return Err(too_large(limit));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// A payload replaying `body` for the extractors after us.
fn payload_of(body: Bytes) -> Payload {
    let (_, mut payload) = actix_http::h1::Payload::create(true);
    payload.unread_data(body);
    payload.into()
}

fn check_path(path: &str) -> Result<(), AppError> {
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .map_err(|_| AppError::BadRequest("The URL path is not valid UTF-8.".into()))?;
    text::problem_in(&decoded).map_or(Ok(()), |problem| {
        Err(AppError::BadRequest(
            format!("The URL path {problem}.").into(),
        ))
    })
}

/// Checks `key=value&...` text; `Some(re-encoded)` only when the policy changed something, so
/// clean input is passed on byte for byte. `what` names it in errors ("query string", "form").
fn clean_urlencoded(encoded: &str, what: &str) -> Result<Option<String>, AppError> {
    let mut pairs = Vec::new();
    let mut changed = false;
    for pair in encoded.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode_form(key, what)?, decode_form(value, what)?);
        let clean_key = text::clean(&key).map_err(|p| invalid(&escaped(&key), p))?;
        let clean_value = text::clean(&value).map_err(|p| invalid(&clean_key, p))?;
        changed |= matches!(clean_key, Cow::Owned(_)) || matches!(clean_value, Cow::Owned(_));
        pairs.push((clean_key.into_owned(), clean_value.into_owned()));
    }
    if !changed {
        return Ok(None);
    }
    serde_urlencoded::to_string(&pairs)
        .map(Some)
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("re-encoding a form")))
}

/// One `application/x-www-form-urlencoded` component: `+` is a space, then percent-decoding,
/// which must give UTF-8 (the lossy decoding most parsers do would hide the fault).
fn decode_form(component: &str, what: &str) -> Result<String, AppError> {
    let spaced = component.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .map(Cow::into_owned)
        .map_err(|_| AppError::BadRequest(format!("The {what} is not valid UTF-8.").into()))
}

fn set_query(req: &mut ServiceRequest, query: &str) -> Result<(), AppError> {
    let path = req.path().to_owned();
    let uri: Uri = format!("{path}?{query}")
        .parse()
        .map_err(|_| AppError::BadRequest("The query string is not valid.".into()))?;
    req.match_info_mut().get_mut().update(&uri);
    req.head_mut().uri = uri;
    Ok(())
}

/// `Some(re-serialised)` when the policy changed a string; `None` when the body is clean or is
/// not JSON at all (the extractor then explains what is wrong with it).
fn clean_json(body: &[u8]) -> Result<Option<Bytes>, AppError> {
    let Ok(mut value) = serde_json::from_slice::<Value>(body) else {
        return Ok(None);
    };
    // Every JSON body the API takes is an object. serde would also fill a struct from an array
    // (`[null, null]` as the first two fields), which the document does not allow.
    if !value.is_object() {
        return Err(AppError::BadRequest(
            "The body must be a JSON object.".into(),
        ));
    }
    if !clean_value(&mut value, "")? {
        return Ok(None);
    }
    serde_json::to_vec(&value)
        .map(|bytes| Some(Bytes::from(bytes)))
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("re-serialising JSON")))
}

/// Applies the policy to every string in `value` (keys too); true when something changed.
/// `path` is the field's JSON path, as validation errors name fields.
fn clean_value(value: &mut Value, path: &str) -> Result<bool, AppError> {
    match value {
        Value::String(s) => {
            let field = if path.is_empty() { "body" } else { path };
            let cleaned = text::clean(s).map_err(|p| invalid(field, p))?;
            let last_key = path.rsplit('.').next().unwrap_or(path);
            // Empty and plain white space are left to the route, which lists them with the
            // request's other invalid fields.
            if NAME_KEYS.contains(&last_key)
                && !cleaned.trim().is_empty()
                && text::is_blank_name(&cleaned)
            {
                return Err(AppError::invalid(
                    field,
                    "must contain visible characters, not only spaces, invisible or direction marks",
                ));
            }
            match cleaned {
                Cow::Borrowed(_) => Ok(false),
                Cow::Owned(new) => {
                    *s = new;
                    Ok(true)
                }
            }
        }
        Value::Array(items) => {
            let mut changed = false;
            for (index, item) in items.iter_mut().enumerate() {
                changed |= clean_value(item, &format!("{path}[{index}]"))?;
            }
            Ok(changed)
        }
        Value::Object(fields) => {
            let mut changed = false;
            let mut cleaned = serde_json::Map::with_capacity(fields.len());
            for (key, mut item) in std::mem::take(fields) {
                let clean_key = text::clean(&key)
                    .map_err(|p| invalid(&join(path, &escaped(&key)), p))?
                    .into_owned();
                changed |= clean_key != key;
                changed |= clean_value(&mut item, &join(path, &clean_key))?;
                cleaned.insert(clean_key, item);
            }
            *fields = cleaned;
            Ok(changed)
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => Ok(false),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// A refused key, shown with its control characters escaped so the answer itself is clean.
fn escaped(key: &str) -> String {
    key.escape_debug().to_string()
}

fn invalid(field: &str, problem: TextProblem) -> AppError {
    AppError::invalid(field, problem.to_string())
}

/// Answers each request in the language it asks for (`Accept-Language`, else the deployment's
/// default): the whole of its handling runs with that locale, so every problem it ends in, from
/// the text policy to a handler's own, is worded in it (`i18n::RequestLocale`). Outermost but for
/// the logging layers, so it covers every answer the application writes.
pub async fn locale(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let default = req
        .app_data::<web::Data<AppState>>()
        .map_or(Locale::En, |s| s.settings.default_locale);
    let asked = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    let chosen = i18n::negotiate(None, asked, default);
    RequestLocale::scope(chosen, next.call(req)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_json_bodies_are_passed_on_as_sent() {
        let body = br#"{"name": "Elm \u00e9", "tags": ["a\nb"], "n": 1.5}"#;
        assert!(clean_json(body).unwrap().is_none());
        assert!(clean_json(b"{not json").unwrap().is_none());
    }

    #[test]
    fn json_strings_and_keys_are_normalised_and_controls_refused_with_their_path() {
        let changed = clean_json(br#"{"description": "a\r\nb", "e\u0301": ["Cafe\u0301"]}"#)
            .unwrap()
            .unwrap();
        let value: Value = serde_json::from_slice(&changed).unwrap();
        assert_eq!(value["description"], "a\nb");
        assert_eq!(value["\u{e9}"][0], "Caf\u{e9}");
        let refused = clean_json(br#"{"answers": {"depth": ["ok", "x\u0000"]}}"#);
        let Err(AppError::Validation(fields)) = refused else {
            panic!("expected a validation error");
        };
        assert!(fields.contains_key("answers.depth[1]"));
    }

    #[test]
    fn json_bodies_other_than_objects_are_refused() {
        for body in [&b"[null, null]"[..], b"\"text\"", b"3", b"null"] {
            assert!(matches!(clean_json(body), Err(AppError::BadRequest(_))));
        }
    }

    #[test]
    fn names_that_show_nothing_are_refused() {
        let refused = clean_json("{\"name\": \"\u{202E}\u{200B}\"}".as_bytes());
        assert!(matches!(refused, Err(AppError::Validation(f)) if f.contains_key("name")));
        assert!(clean_json("{\"description\": \"\u{200B}\"}".as_bytes()).is_ok());
    }

    #[test]
    fn form_fields_are_decoded_strictly_and_re_encoded_only_when_changed() {
        assert_eq!(clean_urlencoded("a=1&b=x+y%21", "form").unwrap(), None);
        let changed = clean_urlencoded("description=one%0D%0Atwo&code=pot", "form")
            .unwrap()
            .unwrap();
        assert_eq!(changed, "description=one%0Atwo&code=pot");
        assert!(matches!(
            clean_urlencoded("q=%00", "query string"),
            Err(AppError::Validation(f)) if f.contains_key("q")
        ));
        assert!(matches!(
            clean_urlencoded("q=%FF", "query string"),
            Err(AppError::BadRequest(_))
        ));
    }

    #[test]
    fn paths_with_controls_are_refused() {
        assert!(check_path("/open311/v2/services/pot%00hole.json").is_err());
        assert!(check_path("/api/v1/x%FF").is_err());
        assert!(check_path("/api/v1/neighbourhoods/caf%C3%A9").is_ok());
    }
}
