//! Declares, in one place, the error answers every operation can give, so the OpenAPI document
//! says exactly what the server does without each handler repeating the same eight lines.
//!
//! The rules follow from how requests are handled rather than from each handler:
//! - a body or a query string can be malformed (400), fail validation (422), and a body can be
//!   too large (413) or of the wrong media type (415);
//! - a path with an id can name nothing, or something the caller may not see (404);
//! - every `/api/v1` operation reads an `Authorization` header when one is sent, and an invalid or
//!   revoked token is refused (401) even where signing in is optional; secured operations also
//!   answer 403 when the caller lacks the role;
//! - writes can conflict with the current state (409) and are limited per person, address or key
//!   (429, with `Retry-After`);
//! - any operation can answer 503 when the database pool or Redis is exhausted.
//!
//! Errors are `application/problem+json` (`crate::error::Problem`), except under `/open311`,
//! where the GeoReport v2 specification fixes the error format (a list of `{code, description}`
//! in JSON or XML, by the path's extension).

use utoipa::{
    openapi::{
        path::{Operation, PathItem},
        ContentBuilder, ObjectBuilder, RefOr, ResponseBuilder, Schema, Type,
    },
    Modify,
};

pub struct ProblemResponses;

/// Status, and the description given when the handler did not document it itself.
const BAD_REQUEST: (u16, &str) = (
    400,
    "The request is malformed (JSON, query string, path or cursor)",
);
const UNAUTHENTICATED: (u16, &str) = (401, "The access token is missing, invalid or revoked");
const FORBIDDEN: (u16, &str) = (403, "The caller may not do this");
const NOT_FOUND: (u16, &str) = (404, "Nothing with that id, or nothing the caller may see");
const CONFLICT: (u16, &str) = (409, "The current state does not allow this change");
const TOO_LARGE: (u16, &str) = (413, "The request body is over the configured limit");
const MEDIA_TYPE: (u16, &str) = (415, "The body is not of the media type the operation takes");
const INVALID: (u16, &str) = (422, "One or more fields are invalid; see `errors`");
const TOO_MANY: (u16, &str) = (429, "Over a rate limit; retry after `Retry-After` seconds");
const UNAVAILABLE: (u16, &str) = (
    503,
    "The service cannot handle the request right now; retry shortly",
);

impl Modify for ProblemResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for (path, item) in openapi.paths.paths.iter_mut() {
            let open311 = path.starts_with("/open311/");
            let api = path.starts_with("/api/v1/");
            let path_has_ids = path.contains('{');
            for (method, operation) in operations(item) {
                let shape = Shape {
                    open311,
                    api,
                    write: method != "get",
                    path_params: path_has_ids,
                    query_params: has_query_params(operation),
                    body: operation.request_body.is_some(),
                    secured: operation.security.as_ref().is_some_and(|s| !s.is_empty()),
                };
                declare(operation, &shape);
            }
        }
    }
}

/// What about an operation decides which errors it can answer.
struct Shape {
    open311: bool,
    api: bool,
    write: bool,
    path_params: bool,
    query_params: bool,
    body: bool,
    secured: bool,
}

impl Shape {
    fn statuses(&self) -> Vec<(u16, &'static str)> {
        let mut statuses = Vec::new();
        if self.body || self.query_params || self.path_params {
            statuses.push(BAD_REQUEST);
        }
        if self.api {
            statuses.push(UNAUTHENTICATED);
        }
        if self.secured {
            statuses.push(FORBIDDEN);
        }
        if self.path_params {
            statuses.push(NOT_FOUND);
        }
        if self.write && (self.api || self.open311) {
            statuses.push(CONFLICT);
            statuses.push(TOO_MANY);
        }
        if self.body {
            statuses.push(TOO_LARGE);
            statuses.push(MEDIA_TYPE);
        }
        if self.body || self.query_params {
            statuses.push(INVALID);
        }
        if self.api || self.open311 {
            statuses.push(UNAVAILABLE);
        }
        statuses
    }
}

fn operations(item: &mut PathItem) -> Vec<(&'static str, &mut Operation)> {
    [
        ("get", item.get.as_mut()),
        ("put", item.put.as_mut()),
        ("post", item.post.as_mut()),
        ("delete", item.delete.as_mut()),
        ("patch", item.patch.as_mut()),
    ]
    .into_iter()
    .filter_map(|(method, operation)| operation.map(|o| (method, o)))
    .collect()
}

fn has_query_params(operation: &Operation) -> bool {
    operation.parameters.as_ref().is_some_and(|parameters| {
        parameters
            .iter()
            .any(|p| matches!(p.parameter_in, utoipa::openapi::path::ParameterIn::Query))
    })
}

/// Adds the statuses the handler did not document, and gives every error answer its real
/// media type and body.
fn declare(operation: &mut Operation, shape: &Shape) {
    let responses = &mut operation.responses.responses;
    for (status, description) in shape.statuses() {
        responses
            .entry(status.to_string())
            .or_insert_with(|| RefOr::T(ResponseBuilder::new().description(description).build()));
    }
    for (status, response) in responses.iter_mut() {
        let is_error = status.parse::<u16>().is_ok_and(|code| code >= 400);
        let RefOr::T(response) = response else {
            continue;
        };
        if !is_error {
            if shape.open311 && response.content.is_empty() && status != "204" {
                response.content.extend(open311_success_content());
            }
            continue;
        }
        response.content.clear();
        let content = if shape.open311 {
            open311_error_content()
        } else {
            problem_content()
        };
        response.content.extend(content);
        if status == "429" || (shape.open311 && status == "503") {
            response.headers.insert(
                "Retry-After".into(),
                utoipa::openapi::header::HeaderBuilder::new()
                    .schema(
                        ObjectBuilder::new()
                            .schema_type(Type::Integer)
                            .minimum(Some(1)),
                    )
                    .description(Some("Seconds to wait before trying again"))
                    .build(),
            );
        }
        if response.description.is_empty() {
            response.description = default_description(status);
        }
    }
}

fn default_description(status: &str) -> String {
    [
        BAD_REQUEST,
        UNAUTHENTICATED,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        TOO_LARGE,
        MEDIA_TYPE,
        INVALID,
        TOO_MANY,
        UNAVAILABLE,
    ]
    .iter()
    .find(|(code, _)| code.to_string() == status)
    .map_or("Error", |(_, description)| description)
    .to_owned()
}

fn problem_content() -> Vec<(String, utoipa::openapi::Content)> {
    vec![(
        "application/problem+json".into(),
        ContentBuilder::new()
            .schema(Some(RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
                "Problem",
            ))))
            .build(),
    )]
}

/// GeoReport v2 answers: a JSON document or the same as XML, by the path's extension.
fn open311_success_content() -> Vec<(String, utoipa::openapi::Content)> {
    vec![
        ("application/json".into(), ContentBuilder::new().build()),
        (
            "text/xml".into(),
            ContentBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                .build(),
        ),
    ]
}

/// GeoReport v2 errors: `[{"code": 404, "description": "..."}]`, or the same as XML.
fn open311_error_content() -> Vec<(String, utoipa::openapi::Content)> {
    let error = ObjectBuilder::new()
        .property("code", ObjectBuilder::new().schema_type(Type::Integer))
        .property(
            "description",
            ObjectBuilder::new().schema_type(Type::String),
        )
        .required("code")
        .required("description");
    let list = Schema::Array(
        utoipa::openapi::schema::ArrayBuilder::new()
            .items(error)
            .build(),
    );
    vec![
        (
            "application/json".into(),
            ContentBuilder::new().schema(Some(list)).build(),
        ),
        (
            "text/xml".into(),
            ContentBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                .build(),
        ),
    ]
}
