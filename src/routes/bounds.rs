//! Declares, in one place, the constraints the server enforces on request fields and parameters,
//! so the OpenAPI document states them (`minLength`, `maxLength`, `pattern`, `format`, `minimum`,
//! `maximum`, `minItems`, `maxItems`) and fuzzers can check both ways: data that breaks them is
//! refused, data that keeps them is not refused for its shape.
//!
//! utoipa's `#[schema(max_length = ..)]` takes only literals, which would write every number
//! twice; so the tables below name the *constants the checks use* and are applied to the
//! finished document by rule, like `problems`. Each entry names a component schema and property
//! (`"Type.field"`, `"Type.field[]"` for an array's items) or a parameter (`"name"` on every
//! operation, or `"/path name"` on one). `apply` returns the entries that matched nothing, and
//! `tests::every_entry_matches_the_document` fails on them, so a renamed field cannot leave its
//! bound behind; `tests/api/openapi.rs` fails when a request string has no `maxLength`.
//!
//! Lengths count characters (JSON Schema counts code points, as `chars().count()` does). Where a
//! check trims white space first, the document's bound applies to the text as sent, which is the
//! stricter of the two.

use utoipa::openapi::{
    path::{Operation, PathItem},
    schema::{ArrayItems, KnownFormat, SchemaFormat},
    OpenApi, RefOr, Schema,
};
use utoipa::Number;

use crate::{
    auth::token::MAX_OPAQUE_TOKEN_CHARS,
    domain::{
        account::{
            MAX_DISPLAY_NAME_CHARS, MAX_EMAIL_CHARS, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS,
        },
        assisted, category, dashboard, discussion,
        geo::{MAX_COORDINATES_CHARS, MAX_LAT, MAX_LON, MAX_RADIUS_M, MIN_RADIUS_M},
        idempotency, neighbourhood, places,
        task::{MAX_HOURS, MAX_LEASE_HOURS, MAX_SLOTS, MIN_HOURS, MIN_SLOTS},
        text::MAX_SEARCH_CHARS,
    },
    services::{
        issues, issues::triage, neighbourhoods::memberships, neighbourhoods::MAX_EVENTS_PAGE,
        open311, organisations::api_keys, tasks,
    },
    support::pagination::{MAX_CURSOR_CHARS, MAX_LIMIT},
};

/// One enforced constraint.
#[derive(Clone, Copy)]
pub enum Rule {
    /// `min..=max` characters.
    Text { min: usize, max: usize },
    /// At most `max` characters, matching `pattern` (ECMA-262, as JSON Schema reads it).
    Pattern { pattern: &'static str, max: usize },
    /// An e-mail address of at most `MAX_EMAIL_CHARS`.
    Email,
    /// An integer in `min..=max` (`None`: unbounded on that side).
    Integer { min: Option<i64>, max: Option<i64> },
    /// A number in `min..=max`.
    Number { min: f64, max: f64 },
    /// One of these strings.
    OneOf(&'static [&'static str]),
    /// `min..=max` items.
    Items { min: usize, max: usize },
}

const fn text(min: usize, max: usize) -> Rule {
    Rule::Text { min, max }
}

const fn up_to(max: usize) -> Rule {
    Rule::Text { min: 0, max }
}

const fn integer(min: i64, max: i64) -> Rule {
    Rule::Integer {
        min: Some(min),
        max: Some(max),
    }
}

const fn items(max: usize) -> Rule {
    Rule::Items { min: 0, max }
}

/// The `bbox` and `near` shapes: decimal degrees separated by commas, as `f64::from_str` reads
/// them after trimming.
const BBOX: &str = concat!(
    r"^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*",
    r"(,\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*){3}$"
);
const NEAR: &str = concat!(
    r"^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*",
    r",\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$"
);
/// Cursors are base64url without padding (`support::pagination`).
const CURSOR: &str = "^[A-Za-z0-9_-]*$";
/// Visible ASCII, no spaces (`domain::idempotency::IdempotencyKey`).
const IDEMPOTENCY_KEY: &str = "^[!-~]+$";
/// Category and question codes (`domain::category::is_code`); category codes are trimmed and
/// lower-cased before the check.
const CATEGORY_CODE: &str = r"^\s*[A-Za-z0-9_-]+\s*$";
const QUESTION_CODE: &str = "^[A-Za-z0-9_-]+$";
/// A phone number (`domain::assisted::parse_phone`): at least five digits among spaces and
/// `+ ( ) - .`.
const PHONE: &str = r"^[ +().-]*([0-9][ +().-]*){5,}$";

/// Properties of component schemas.
pub const FIELDS: &[(&str, Rule)] = &[
    // Accounts.
    ("RegisterRequest.email", Rule::Email),
    (
        "RegisterRequest.display_name",
        text(1, MAX_DISPLAY_NAME_CHARS),
    ),
    (
        "RegisterRequest.password",
        text(MIN_PASSWORD_CHARS, MAX_PASSWORD_CHARS),
    ),
    ("LoginRequest.email", Rule::Email),
    ("LoginRequest.password", text(0, MAX_PASSWORD_CHARS)),
    (
        "RefreshRequest.refresh_token",
        text(0, MAX_OPAQUE_TOKEN_CHARS),
    ),
    (
        "UpdateMeRequest.display_name",
        text(1, MAX_DISPLAY_NAME_CHARS),
    ),
    (
        "UpdateMeRequest.password",
        text(MIN_PASSWORD_CHARS, MAX_PASSWORD_CHARS),
    ),
    (
        "UpdateMeRequest.current_password",
        text(0, MAX_PASSWORD_CHARS),
    ),
    // Neighbourhoods, members, invitations, organisations.
    (
        "CreateNeighbourhoodRequest.name",
        text(neighbourhood::MIN_NAME_CHARS, neighbourhood::MAX_NAME_CHARS),
    ),
    (
        "CreateNeighbourhoodRequest.description",
        up_to(neighbourhood::MAX_DESCRIPTION_CHARS),
    ),
    (
        "CreateNeighbourhoodRequest.radius_m",
        Rule::Number {
            min: MIN_RADIUS_M,
            max: MAX_RADIUS_M,
        },
    ),
    (
        "UpdateNeighbourhoodRequest.name",
        text(neighbourhood::MIN_NAME_CHARS, neighbourhood::MAX_NAME_CHARS),
    ),
    (
        "UpdateNeighbourhoodRequest.description",
        up_to(neighbourhood::MAX_DESCRIPTION_CHARS),
    ),
    (
        "GeoPoint.lat",
        Rule::Number {
            min: -MAX_LAT,
            max: MAX_LAT,
        },
    ),
    (
        "GeoPoint.lon",
        Rule::Number {
            min: -MAX_LON,
            max: MAX_LON,
        },
    ),
    (
        "SuspendRequest.reason",
        text(1, memberships::MAX_REASON_CHARS),
    ),
    ("InviteRequest.email", Rule::Email),
    ("FollowRequest.email", Rule::Email),
    (
        "ConfirmFollowRequest.token",
        text(1, crate::auth::token::MAX_LINK_TOKEN_CHARS),
    ),
    (
        "FollowFrequencyRequest.token",
        text(1, crate::auth::token::MAX_LINK_TOKEN_CHARS),
    ),
    // Reports for a neighbour without an account.
    (
        "OnBehalfOfRequest.display_name",
        text(1, MAX_DISPLAY_NAME_CHARS),
    ),
    ("OnBehalfOfRequest.email", Rule::Email),
    (
        "OnBehalfOfRequest.phone",
        Rule::Pattern {
            pattern: PHONE,
            max: assisted::MAX_PHONE_CHARS,
        },
    ),
    (
        "CreateOrganisationRequest.name",
        text(neighbourhood::MIN_NAME_CHARS, neighbourhood::MAX_NAME_CHARS),
    ),
    (
        "CreateOrganisationRequest.description",
        up_to(neighbourhood::MAX_DESCRIPTION_CHARS),
    ),
    ("AddStaffRequest.email", Rule::Email),
    (
        "IssueApiKeyRequest.name",
        text(api_keys::MIN_NAME_CHARS, api_keys::MAX_NAME_CHARS),
    ),
    // Categories and their questions.
    (
        "CreateCategoryRequest.code",
        Rule::Pattern {
            pattern: CATEGORY_CODE,
            max: category::MAX_CODE_CHARS,
        },
    ),
    (
        "CreateCategoryRequest.name",
        text(category::MIN_NAME_CHARS, category::MAX_NAME_CHARS),
    ),
    (
        "CreateCategoryRequest.description",
        up_to(category::MAX_DESCRIPTION_CHARS),
    ),
    (
        "CreateCategoryRequest.group",
        up_to(category::MAX_GROUP_CHARS),
    ),
    (
        "CreateCategoryRequest.keywords",
        items(category::MAX_KEYWORDS),
    ),
    (
        "CreateCategoryRequest.keywords[]",
        text(1, category::MAX_KEYWORD_CHARS),
    ),
    (
        "CreateCategoryRequest.target_days",
        integer(category::MIN_TARGET_DAYS, category::MAX_TARGET_DAYS),
    ),
    (
        "CreateCategoryRequest.attributes",
        items(category::MAX_ATTRIBUTES),
    ),
    (
        "UpdateCategoryRequest.name",
        text(category::MIN_NAME_CHARS, category::MAX_NAME_CHARS),
    ),
    (
        "UpdateCategoryRequest.description",
        up_to(category::MAX_DESCRIPTION_CHARS),
    ),
    (
        "UpdateCategoryRequest.group",
        up_to(category::MAX_GROUP_CHARS),
    ),
    (
        "UpdateCategoryRequest.keywords",
        items(category::MAX_KEYWORDS),
    ),
    (
        "UpdateCategoryRequest.keywords[]",
        text(1, category::MAX_KEYWORD_CHARS),
    ),
    (
        "UpdateCategoryRequest.target_days",
        integer(category::MIN_TARGET_DAYS, category::MAX_TARGET_DAYS),
    ),
    (
        "UpdateCategoryRequest.attributes",
        items(category::MAX_ATTRIBUTES),
    ),
    (
        "Attribute.code",
        Rule::Pattern {
            pattern: QUESTION_CODE,
            max: category::MAX_CODE_CHARS,
        },
    ),
    (
        "Attribute.description",
        text(1, category::MAX_QUESTION_CHARS),
    ),
    (
        "Attribute.datatype_description",
        up_to(category::MAX_QUESTION_CHARS),
    ),
    ("Attribute.values", items(category::MAX_ATTRIBUTE_VALUES)),
    ("AttributeValue.key", text(1, category::MAX_VALUE_CHARS)),
    ("AttributeValue.name", text(1, category::MAX_VALUE_CHARS)),
    // Issues.
    ("ReportRequest.address", up_to(issues::MAX_ADDRESS_CHARS)),
    (
        "ReportRequest.description",
        text(1, issues::MAX_DESCRIPTION_CHARS),
    ),
    ("StatusRequest.note", text(1, issues::MAX_NOTE_CHARS)),
    ("ReopenRequest.note", up_to(issues::MAX_NOTE_CHARS)),
    ("MergeRequest.note", text(1, issues::MAX_NOTE_CHARS)),
    (
        "BulkRequest.issue_ids",
        Rule::Items {
            min: 1,
            max: triage::MAX_BULK,
        },
    ),
    ("BulkRequest.note", up_to(issues::MAX_NOTE_CHARS)),
    // Tasks.
    (
        "TaskFields.title",
        text(tasks::MIN_TITLE_CHARS, tasks::MAX_TITLE_CHARS),
    ),
    (
        "TaskFields.description",
        up_to(tasks::MAX_DESCRIPTION_CHARS),
    ),
    ("TaskFields.address", up_to(tasks::MAX_NOTES_CHARS)),
    ("TaskFields.accessibility", up_to(tasks::MAX_NOTES_CHARS)),
    ("TaskFields.equipment", up_to(tasks::MAX_NOTES_CHARS)),
    (
        "TaskFields.slots",
        integer(MIN_SLOTS as i64, MAX_SLOTS as i64),
    ),
    ("TaskFields.lease_hours", integer(1, MAX_LEASE_HOURS as i64)),
    ("TaskFields.skills", items(tasks::MAX_SKILLS)),
    ("TaskFields.skills[]", up_to(tasks::MAX_SKILL_CHARS)),
    ("ReasonRequest.reason", text(1, tasks::MAX_NOTES_CHARS)),
    (
        "DoneRequest.hours",
        Rule::Number {
            min: MIN_HOURS,
            max: MAX_HOURS,
        },
    ),
    ("DoneRequest.note", up_to(tasks::MAX_NOTES_CHARS)),
    // Discussions and moderation.
    (
        "NewThread.title",
        text(discussion::MIN_TITLE_CHARS, discussion::MAX_TITLE_CHARS),
    ),
    ("NewThread.body", text(1, discussion::MAX_BODY_CHARS)),
    ("NewPost.body", text(1, discussion::MAX_BODY_CHARS)),
    ("EditRequest.body", text(1, discussion::MAX_BODY_CHARS)),
    ("PreviewRequest.body", up_to(discussion::MAX_BODY_CHARS)),
    ("PostReason.reason", text(1, discussion::MAX_REASON_CHARS)),
    ("OptionalReason.reason", up_to(discussion::MAX_REASON_CHARS)),
    ("ThreadChange.reason", up_to(discussion::MAX_REASON_CHARS)),
    (
        "ReactionRequest.reaction",
        Rule::OneOf(&discussion::REACTION_SPELLINGS),
    ),
    (
        "ReadRequest.seq",
        Rule::Integer {
            min: Some(0),
            max: None,
        },
    ),
    // Open311 (the form fields `services::open311` reads).
    (
        "ServiceRequestForm.api_key",
        text(1, MAX_OPAQUE_TOKEN_CHARS),
    ),
    (
        "ServiceRequestForm.service_code",
        Rule::Pattern {
            pattern: CATEGORY_CODE,
            max: category::MAX_CODE_CHARS,
        },
    ),
    (
        "ServiceRequestForm.lat",
        Rule::Number {
            min: -MAX_LAT,
            max: MAX_LAT,
        },
    ),
    (
        "ServiceRequestForm.long",
        Rule::Number {
            min: -MAX_LON,
            max: MAX_LON,
        },
    ),
    (
        "ServiceRequestForm.address_string",
        up_to(issues::MAX_ADDRESS_CHARS),
    ),
    (
        "ServiceRequestForm.description",
        up_to(issues::MAX_DESCRIPTION_CHARS),
    ),
    ("ServiceRequestForm.email", Rule::Email),
    (
        "ServiceRequestForm.first_name",
        up_to(open311::MAX_PERSON_NAME_CHARS),
    ),
    (
        "ServiceRequestForm.last_name",
        up_to(open311::MAX_PERSON_NAME_CHARS),
    ),
    ("ServiceRequestForm.phone", up_to(open311::MAX_PHONE_CHARS)),
    (
        "ServiceRequestForm.media_url",
        up_to(open311::MAX_MEDIA_URL_CHARS),
    ),
];

/// Path and query parameters: `"name"` on every operation, or `"/path name"` on one.
pub const PARAMETERS: &[(&str, Rule)] = &[
    (
        "cursor",
        Rule::Pattern {
            pattern: CURSOR,
            max: MAX_CURSOR_CHARS,
        },
    ),
    ("limit", integer(1, MAX_LIMIT as i64)),
    (
        "Idempotency-Key",
        Rule::Pattern {
            pattern: IDEMPOTENCY_KEY,
            max: idempotency::MAX_KEY_CHARS,
        },
    ),
    (
        "/api/v1/neighbourhoods/{id}/events limit",
        integer(1, MAX_EVENTS_PAGE as i64),
    ),
    (
        "/api/v1/neighbourhoods/{id}/events since",
        Rule::Integer {
            min: Some(0),
            max: None,
        },
    ),
    ("/api/v1/neighbourhoods q", up_to(MAX_SEARCH_CHARS)),
    (
        "/api/v1/places/search q",
        Rule::Text {
            min: 1,
            max: places::MAX_QUERY_CHARS,
        },
    ),
    (
        "/api/v1/places/search limit",
        integer(1, places::MAX_RESULTS as i64),
    ),
    (
        "/api/v1/places/search near",
        Rule::Pattern {
            pattern: NEAR,
            max: MAX_COORDINATES_CHARS,
        },
    ),
    (
        "/api/v1/neighbourhoods near",
        Rule::Pattern {
            pattern: NEAR,
            max: MAX_COORDINATES_CHARS,
        },
    ),
    (
        "/api/v1/neighbourhoods covers",
        Rule::Pattern {
            pattern: NEAR,
            max: MAX_COORDINATES_CHARS,
        },
    ),
    (
        "/api/v1/neighbourhoods/{id}/issues q",
        up_to(MAX_SEARCH_CHARS),
    ),
    (
        "/api/v1/neighbourhoods/{id}/issues bbox",
        Rule::Pattern {
            pattern: BBOX,
            max: MAX_COORDINATES_CHARS,
        },
    ),
    (
        "/api/v1/neighbourhoods/{id}/issues/nearby lat",
        Rule::Number {
            min: -MAX_LAT,
            max: MAX_LAT,
        },
    ),
    (
        "/api/v1/neighbourhoods/{id}/issues/nearby lon",
        Rule::Number {
            min: -MAX_LON,
            max: MAX_LON,
        },
    ),
    (
        "/api/v1/neighbourhoods/{id}/members/{user_id} reason",
        up_to(memberships::MAX_REASON_CHARS),
    ),
    (
        "/api/v1/neighbourhoods/{id}/mentions q",
        up_to(discussion::MAX_HANDLE_CHARS),
    ),
    (
        "/api/v1/neighbourhoods/{id}/tasks status",
        up_to(tasks::MAX_STATUS_FILTER_CHARS),
    ),
    (
        "/api/v1/neighbourhoods/{id}/tasks skill",
        up_to(tasks::MAX_SKILL_CHARS),
    ),
    (
        "/api/v1/organisations/{id}/triage assignee",
        up_to(triage::MAX_ASSIGNEE_CHARS),
    ),
    (
        "/api/v1/organisations/{id}/dashboard days",
        integer(1, dashboard::MAX_PERIOD_DAYS),
    ),
    (
        "/api/v1/organisations/{id}/issues/export.csv days",
        integer(1, dashboard::MAX_PERIOD_DAYS),
    ),
    (
        "/api/v1/organisations/{id}/issues/export.geojson days",
        integer(1, dashboard::MAX_PERIOD_DAYS),
    ),
    (
        "/api/v1/me/mutes/{subject} subject",
        up_to(crate::routes::notifications::MAX_SUBJECT_CHARS),
    ),
    (
        "/api/v1/follows/unsubscribe token",
        text(1, crate::auth::token::MAX_LINK_TOKEN_CHARS),
    ),
    (
        "/api/v1/calendar/{token}.ics token",
        text(1, MAX_OPAQUE_TOKEN_CHARS),
    ),
    (
        "/open311/v2/services/{service_code}.{format} service_code",
        Rule::Pattern {
            pattern: CATEGORY_CODE,
            max: category::MAX_CODE_CHARS,
        },
    ),
];

/// Applies both tables; returns the entries that matched nothing in `openapi`.
pub fn apply(openapi: &mut OpenApi) -> Vec<&'static str> {
    let mut unmatched = Vec::new();
    for (target, rule) in FIELDS {
        if !apply_to_field(openapi, target, *rule) {
            unmatched.push(*target);
        }
    }
    for (target, rule) in PARAMETERS {
        let (path, name) = target
            .rsplit_once(' ')
            .map_or((None, *target), |(p, n)| (Some(p), n));
        let mut matched = false;
        for (item_path, item) in openapi.paths.paths.iter_mut() {
            if path.is_some_and(|p| p != item_path) {
                continue;
            }
            for operation in operations(item) {
                for parameter in operation.parameters.iter_mut().flatten() {
                    if parameter.name == name {
                        if let Some(schema) = parameter.schema.as_mut() {
                            matched |= constrain(schema, *rule);
                        }
                    }
                }
            }
        }
        if !matched {
            unmatched.push(*target);
        }
    }
    unmatched
}

fn apply_to_field(openapi: &mut OpenApi, target: &str, rule: Rule) -> bool {
    let Some((schema_name, property)) = target.split_once('.') else {
        return false;
    };
    let (property, of_items) = match property.strip_suffix("[]") {
        Some(property) => (property, true),
        None => (property, false),
    };
    let Some(components) = openapi.components.as_mut() else {
        return false;
    };
    let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(schema_name) else {
        return false;
    };
    let Some(field) = object.properties.get_mut(property) else {
        return false;
    };
    if !of_items {
        return constrain(field, rule);
    }
    match field {
        RefOr::T(Schema::Array(array)) => match &mut array.items {
            ArrayItems::RefOrSchema(items) => constrain(items, rule),
            ArrayItems::False => false,
        },
        _ => false,
    }
}

/// Sets `rule` on a schema (also the non-null branch of a nullable one); false when the schema
/// is not of the kind the rule is for.
fn constrain(schema: &mut RefOr<Schema>, rule: Rule) -> bool {
    let RefOr::T(schema) = schema else {
        return false;
    };
    match (schema, rule) {
        (Schema::Object(object), Rule::Text { min, max }) => {
            object.min_length = (min > 0).then_some(min);
            object.max_length = Some(max);
            true
        }
        (Schema::Object(object), Rule::Pattern { pattern, max }) => {
            object.pattern = Some(pattern.to_owned());
            object.max_length = Some(max);
            true
        }
        (Schema::Object(object), Rule::Email) => {
            object.format = Some(SchemaFormat::KnownFormat(KnownFormat::Email));
            object.max_length = Some(MAX_EMAIL_CHARS);
            true
        }
        (Schema::Object(object), Rule::Integer { min, max }) => {
            object.minimum = min.map(|n| Number::Int(n as isize));
            object.maximum = max.map(|n| Number::Int(n as isize));
            true
        }
        (Schema::Object(object), Rule::Number { min, max }) => {
            object.minimum = Some(Number::Float(min));
            object.maximum = Some(Number::Float(max));
            true
        }
        (Schema::Object(object), Rule::OneOf(values)) => {
            object.enum_values = Some(values.iter().map(|v| (*v).into()).collect());
            true
        }
        (Schema::Array(array), Rule::Items { min, max }) => {
            array.min_items = (min > 0).then_some(min);
            array.max_items = Some(max);
            true
        }
        (Schema::OneOf(one_of), rule) => {
            // Every branch that can take the rule gets it (not only the first).
            let mut matched = false;
            for branch in &mut one_of.items {
                matched |= constrain(branch, rule);
            }
            matched
        }
        _ => false,
    }
}

fn operations(item: &mut PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        item.get.as_mut(),
        item.put.as_mut(),
        item.post.as_mut(),
        item.delete.as_mut(),
        item.patch.as_mut(),
    ]
    .into_iter()
    .flatten()
}

#[cfg(test)]
mod tests {
    use utoipa::OpenApi as _;

    #[test]
    fn every_entry_matches_the_document() {
        use utoipa_actix_web::AppExt;
        let (_, mut document) = actix_web::App::new()
            .into_utoipa_app()
            .openapi(super::super::ApiDoc::openapi())
            .configure(super::super::config)
            .split_for_parts();
        let unmatched = super::apply(&mut document);
        assert!(
            unmatched.is_empty(),
            "bounds that match nothing: {unmatched:?}"
        );
    }
}
