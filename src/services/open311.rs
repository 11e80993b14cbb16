//! Open311 GeoReport v2 over our issues: an organisation is a jurisdiction, its categories are
//! the services, and a service request is the shared issue a report pooled into. Requests filed
//! here go through the same pooling as a member's report (`issues::file_report`).
//!
//! Only issues of public neighbourhoods are published; a request in a private neighbourhood does
//! not exist for Open311 readers.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, Utc};
use entity::ids::{CategoryId, IssueId, NeighbourhoodId, OrganisationId, PhotoId};
use entity::{category, issue, neighbourhood, organisation, photo, report, user};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait,
};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::domain::issue::IssueStatusRules;
use crate::{
    domain::{
        account::Email,
        geo::GeoPoint,
        issue::{where_words, IssueStatus, PoolingRadii},
        neighbourhood::Visibility,
        open311::{
            answers_from, attribute_definition, format_datetime, parse_datetime, search_window,
            status_of, statuses_for, Params, MAX_SEARCH_RESULTS,
        },
    },
    error::{AppError, AppResult},
    live::Live,
    services::{
        issues::{
            area_of, file_report,
            placing::{self, geocode},
            NewReport, Open311Contact, ReportOrigin,
        },
        organisations::api_keys,
        organisations::categories::attributes_of,
        organisations::served_neighbourhoods,
    },
};

/// The date our GeoReport interface last changed, as `discovery` reports it.
const CHANGESET: &str = "2026-11-29T00:00:00+00:00";

/// `discovery`: where the endpoint is and what it speaks.
pub fn discovery(base_url: &str) -> Value {
    json!({
        "changeset": CHANGESET,
        "contact": "Ask the organisation that serves your neighbourhood on Commonground.",
        "key_service": "A manager of the organisation issues API keys in Commonground (POST /api/v1/organisations/{id}/api-keys).",
        "endpoints": [{
            "specification": "http://wiki.open311.org/GeoReport_v2",
            "url": format!("{base_url}/open311/v2"),
            "changeset": CHANGESET,
            "type": "production",
            "formats": ["text/xml", "application/json"],
        }],
    })
}

/// The organisation a `jurisdiction_id` names (its id); optional while only one is served here.
pub async fn jurisdiction(
    db: &impl ConnectionTrait,
    jurisdiction_id: Option<&str>,
) -> AppResult<organisation::Model> {
    if let Some(given) = jurisdiction_id {
        let id = Uuid::parse_str(given).ok();
        let found = match id {
            Some(id) => organisation::Entity::find_by_id(id).one(db).await?,
            None => None,
        };
        return found.ok_or_else(|| AppError::NotFound("jurisdiction_id not found".into()));
    }
    let mut organisations = organisation::Entity::find().limit(2).all(db).await?;
    match organisations.len() {
        1 => Ok(organisations.remove(0)),
        0 => Err(AppError::NotFound("no jurisdiction is served here".into())),
        _ => Err(AppError::BadRequest(
            "jurisdiction_id is required: this endpoint serves several jurisdictions".into(),
        )),
    }
}

fn keywords_of(c: &category::Model) -> String {
    serde_json::from_value::<Vec<String>>(c.keywords.clone())
        .unwrap_or_default()
        .join(", ")
}

async fn categories_of(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
) -> AppResult<Vec<category::Model>> {
    Ok(category::Entity::find()
        .filter(category::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(category::Column::GroupName)
        .order_by_asc(category::Column::Name)
        .all(db)
        .await?)
}

/// `services`: the organisation's categories.
pub async fn services(db: &impl ConnectionTrait, org: &organisation::Model) -> AppResult<Value> {
    let list = categories_of(db, org.id)
        .await?
        .iter()
        .map(|c| {
            json!({
                "service_code": c.code,
                "service_name": c.name,
                "description": c.description,
                "metadata": !attributes_of(c).is_empty(),
                "type": "realtime",
                "keywords": keywords_of(c),
                "group": c.group_name,
            })
        })
        .collect();
    Ok(Value::Array(list))
}

async fn category_by_code(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
    code: &str,
) -> AppResult<Option<category::Model>> {
    Ok(category::Entity::find()
        .filter(category::Column::OrganisationId.eq(organisation_id))
        .filter(category::Column::Code.eq(code))
        .one(db)
        .await?)
}

/// `services/{service_code}`: the extra questions of one category.
pub async fn service_definition(
    db: &impl ConnectionTrait,
    org: &organisation::Model,
    code: &str,
) -> AppResult<Value> {
    let category = category_by_code(db, org.id, code)
        .await?
        .ok_or_else(|| AppError::NotFound("service_code not found".into()))?;
    let mut attributes = attributes_of(&category);
    attributes.sort_by_key(|a| a.order);
    Ok(json!({
        "service_code": category.code,
        "attributes": attributes.iter().map(attribute_definition).collect::<Vec<_>>(),
    }))
}

fn parse_coordinate(params: &Params, name: &str) -> AppResult<Option<f64>> {
    params
        .get(name)
        .map(|v| {
            v.parse::<f64>().map_err(|_| {
                AppError::BadRequest(format!("{name} must be a decimal number").into())
            })
        })
        .transpose()
}

/// The served neighbourhood a request belongs in, and its point: the smallest neighbourhood
/// containing the point given; for a request with only `address_string`, the point the gazetteer
/// places it at inside the served areas (`issues::placing::geocode`) and the smallest
/// neighbourhood containing that. An address the gazetteer cannot place files in the only
/// neighbourhood served ("place not found", for its coordinators to place); with several, the
/// client is asked for lat and long.
async fn neighbourhood_for(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
    at: Option<GeoPoint>,
    address: Option<&str>,
) -> AppResult<(neighbourhood::Model, Option<GeoPoint>)> {
    let served = served_neighbourhoods(db, organisation_id).await?;
    let mut query = neighbourhood::Entity::find().filter(neighbourhood::Column::Id.is_in(served));
    if let Some(point) = at {
        query = query
            .filter(neighbourhood::Column::MinLat.lte(point.lat))
            .filter(neighbourhood::Column::MaxLat.gte(point.lat))
            .filter(neighbourhood::Column::MinLon.lte(point.lon))
            .filter(neighbourhood::Column::MaxLon.gte(point.lon));
    }
    let candidates = query
        .order_by_asc(neighbourhood::Column::Id)
        .limit(200)
        .all(db)
        .await?;
    let placed = match (at, address) {
        (Some(point), _) => Some(point),
        (None, Some(address)) => geocode(db, address, &candidates)
            .await?
            .map(|(point, _)| point),
        (None, None) => None,
    };
    if let Some(point) = placed {
        let smallest = candidates
            .into_iter()
            .filter(|n| area_of(n).is_some_and(|area| area.contains(&point)))
            .min_by(|a, b| {
                let size =
                    |n: &neighbourhood::Model| (n.max_lat - n.min_lat) * (n.max_lon - n.min_lon);
                size(a).total_cmp(&size(b))
            })
            .ok_or_else(|| {
                AppError::BadRequest("lat/long is outside the area this jurisdiction serves".into())
            })?;
        return Ok((smallest, Some(point)));
    }
    match candidates.len() {
        0 => Err(AppError::BadRequest(
            "this jurisdiction serves no neighbourhood".into(),
        )),
        1 => Ok((
            candidates.into_iter().next().ok_or_else(|| {
                AppError::BadRequest("this jurisdiction serves no neighbourhood".into())
            })?,
            None,
        )),
        _ => Err(AppError::BadRequest(
            "address_string was not found in the area this jurisdiction serves, which has \
             several neighbourhoods: give lat and long"
                .into(),
        )),
    }
}

/// Lengths of the contact fields Open311 clients send, kept for staff.
pub const MAX_PERSON_NAME_CHARS: usize = 80;
pub use crate::domain::assisted::MAX_PHONE_CHARS;
pub const MAX_MEDIA_URL_CHARS: usize = 2_000;

fn bounded(params: &Params, name: &str, max_chars: usize) -> AppResult<Option<String>> {
    match params.get(name) {
        Some(v)
            if v.chars().count() > max_chars || v.chars().any(|c| c.is_control() && c != '\n') =>
        {
            Err(AppError::BadRequest(
                format!("{name} must be at most {max_chars} characters of plain text").into(),
            ))
        }
        other => Ok(other.map(str::to_owned)),
    }
}

/// `POST requests`: files a report for the key's organisation, pooled like any other.
pub async fn create_request<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    radii: PoolingRadii,
    params: &Params,
) -> AppResult<Value> {
    let key = match params.get("api_key") {
        Some(presented) => api_keys::authenticate(db, presented).await?,
        None => None,
    }
    .ok_or_else(|| AppError::Forbidden("api_key is missing, invalid or revoked".into()))?;
    if let Some(given) = params.get("jurisdiction_id") {
        if jurisdiction(db, Some(given)).await?.id != key.organisation_id {
            return Err(AppError::BadRequest(
                "jurisdiction_id is not the api_key's jurisdiction".into(),
            ));
        }
    }
    let code = params
        .get("service_code")
        .ok_or_else(|| AppError::BadRequest("service_code is required".into()))?;
    let category = category_by_code(db, key.organisation_id, code)
        .await?
        .ok_or_else(|| AppError::BadRequest("service_code not found".into()))?;
    let location = match (
        parse_coordinate(params, "lat")?,
        parse_coordinate(params, "long")?,
    ) {
        (Some(lat), Some(lon)) => Some(
            GeoPoint::parse(lat, lon)
                .map_err(|m| AppError::BadRequest(format!("lat/long: {m}").into()))?,
        ),
        (None, None) => None,
        _ => return Err(AppError::BadRequest("give both lat and long".into())),
    };
    let address = bounded(
        params,
        "address_string",
        crate::services::issues::MAX_ADDRESS_CHARS,
    )?;
    if location.is_none() && address.is_none() {
        return Err(AppError::BadRequest(
            "a location is required: lat and long, or address_string".into(),
        ));
    }
    let answers = answers_from(&attributes_of(&category), &params.attributes())
        .map_err(|m| AppError::BadRequest(m.into()))?;
    let description = bounded(
        params,
        "description",
        crate::services::issues::MAX_DESCRIPTION_CHARS,
    )?
    .unwrap_or_else(|| category.name.clone());
    let email = params
        .get("email")
        .map(|e| Email::parse(e).map_err(|m| AppError::BadRequest(format!("email {m}").into())))
        .transpose()?;
    let media_url = bounded(params, "media_url", MAX_MEDIA_URL_CHARS)?;
    if media_url
        .as_deref()
        .is_some_and(|u| !(u.starts_with("https://") || u.starts_with("http://")))
    {
        return Err(AppError::BadRequest(
            "media_url must be an http(s) URL".into(),
        ));
    }
    let name = [
        bounded(params, "first_name", MAX_PERSON_NAME_CHARS)?,
        bounded(params, "last_name", MAX_PERSON_NAME_CHARS)?,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let (neighbourhood, location) =
        neighbourhood_for(db, key.organisation_id, location, address.as_deref()).await?;

    // Always filed by the key's intake account (which can never sign in), never in the name of
    // a resident an e-mail address seems to point at: anyone can type anyone's address, and
    // doing so must not make that person a supporter, name them or notify them. The contact
    // details stay on the report, for the serving organisation's staff and the coordinators.
    let reporter = user::Entity::find_by_id(key.intake_user_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("intake account missing")))?;
    let outcome = file_report(
        db,
        live,
        radii,
        &neighbourhood,
        &reporter,
        ReportOrigin::Open311(Open311Contact {
            api_key_id: key.id,
            name: Some(name).filter(|n| !n.is_empty()),
            email: email.map(|e| e.as_str().to_owned()),
            phone: bounded(params, "phone", MAX_PHONE_CHARS)?,
            media_url,
        }),
        NewReport {
            category_id: category.id,
            location,
            address,
            description,
            show_name: false,
            issue_id: None,
            answers,
            on_behalf_of: None,
        },
    )
    .await
    .map_err(|error| match error {
        // Field messages become the specification's flat descriptions.
        AppError::Validation(fields) => AppError::BadRequest(
            fields
                .iter()
                .map(|(field, messages)| {
                    format!("{field} {}", crate::i18n::render_all(messages, "; "))
                })
                .collect::<Vec<_>>()
                .join(". ")
                .into(),
        ),
        other => other,
    })?;
    let notice = if outcome.pooled {
        "This problem was already reported; your request joined the existing one."
    } else {
        ""
    };
    Ok(json!([{
        "service_request_id": outcome.issue.id.to_string(),
        "token": outcome.report_id.to_string(),
        "service_notice": notice,
        "account_id": null,
    }]))
}

/// Ids of the organisation's public served neighbourhoods.
async fn public_neighbourhoods(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
) -> AppResult<Vec<NeighbourhoodId>> {
    let served = served_neighbourhoods(db, organisation_id).await?;
    Ok(neighbourhood::Entity::find()
        .select_only()
        .column(neighbourhood::Column::Id)
        .filter(neighbourhood::Column::Id.is_in(served))
        .filter(neighbourhood::Column::Visibility.eq(Visibility::Public.as_str()))
        .into_tuple()
        .all(db)
        .await?)
}

/// `GET requests`: by id list (which overrides every other filter), or by service, status and
/// date window (the latest 90 days by default), newest first, at most 1,000.
pub async fn requests(
    db: &impl ConnectionTrait,
    org: &organisation::Model,
    params: &Params,
    base_url: &str,
) -> AppResult<Value> {
    let categories = categories_of(db, org.id).await?;
    let mut query = issue::Entity::find()
        .filter(issue::Column::NeighbourhoodId.is_in(public_neighbourhoods(db, org.id).await?));
    if let Some(ids) = params.list("service_request_id") {
        let ids: Vec<IssueId> = ids
            .iter()
            .filter_map(|id| id.parse::<IssueId>().ok())
            .collect();
        query = query
            .filter(issue::Column::Id.is_in(ids))
            .filter(issue::Column::CategoryId.is_in(categories.iter().map(|c| c.id)));
    } else {
        let codes = params.list("service_code");
        let wanted = categories
            .iter()
            .filter(|c| {
                codes
                    .as_ref()
                    .is_none_or(|codes| codes.contains(&c.code.as_str()))
            })
            .map(|c| c.id);
        query = query.filter(issue::Column::CategoryId.is_in(wanted));
        let date = |name: &str| {
            params
                .get(name)
                .map(|v| {
                    parse_datetime(v).ok_or_else(|| {
                        AppError::BadRequest(format!(
                            "{name} must be a W3C datetime with a timezone, e.g. 2026-11-29T09:00:00Z"
                        ).into())
                    })
                })
                .transpose()
        };
        let (start, end) = search_window(date("start_date")?, date("end_date")?, Utc::now())
            .map_err(|m| AppError::BadRequest(m.into()))?;
        query = query
            .filter(issue::Column::FirstReportedAt.gte(start))
            .filter(issue::Column::FirstReportedAt.lte(end));
        if let Some(wanted) = params.list("status") {
            let mut statuses = Vec::new();
            for name in wanted {
                let known = statuses_for(name)
                    .ok_or_else(|| AppError::BadRequest("status must be open or closed".into()))?;
                statuses.extend(known.iter().map(|s| s.as_str()));
            }
            query = query.filter(issue::Column::Status.is_in(statuses));
        }
    }
    let issues = query
        .order_by_desc(issue::Column::FirstReportedAt)
        .limit(MAX_SEARCH_RESULTS)
        .all(db)
        .await?;
    service_requests(db, org, &categories, issues, base_url).await
}

/// `GET requests/{id}`: a one-element list.
pub async fn request(
    db: &impl ConnectionTrait,
    org: &organisation::Model,
    id: &str,
    base_url: &str,
) -> AppResult<Value> {
    let not_found = || AppError::NotFound("service_request_id not found".into());
    let id = Uuid::parse_str(id).map_err(|_| not_found())?;
    let found = issue::Entity::find_by_id(id)
        .filter(issue::Column::NeighbourhoodId.is_in(public_neighbourhoods(db, org.id).await?))
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    let categories = categories_of(db, org.id).await?;
    if !categories.iter().any(|c| c.id == found.category_id) {
        return Err(not_found());
    }
    service_requests(db, org, &categories, vec![found], base_url).await
}

/// `GET tokens/{token}`: the request a `POST requests` token (a report) ended up in.
pub async fn token(
    db: &impl ConnectionTrait,
    org: &organisation::Model,
    token: &str,
) -> AppResult<Value> {
    let not_found = || AppError::NotFound("token not found".into());
    let id = Uuid::parse_str(token).map_err(|_| not_found())?;
    let filed = report::Entity::find_by_id(id)
        .filter(report::Column::NeighbourhoodId.is_in(public_neighbourhoods(db, org.id).await?))
        .filter(
            report::Column::CategoryId.is_in(categories_of(db, org.id).await?.iter().map(|c| c.id)),
        )
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    Ok(json!([{
        "service_request_id": filed.issue_id.to_string(),
        "token": filed.id.to_string(),
    }]))
}

/// Issues in the specification's service-request shape, with what they need batch-loaded.
async fn service_requests(
    db: &impl ConnectionTrait,
    org: &organisation::Model,
    categories: &[category::Model],
    issues: Vec<issue::Model>,
    base_url: &str,
) -> AppResult<Value> {
    let ids: Vec<IssueId> = issues.iter().map(|i| i.id).collect();
    // The first report describes the request; later ones only add weight to it.
    let mut first_reports: HashMap<IssueId, report::Model> = HashMap::new();
    for r in report::Entity::find()
        .filter(report::Column::IssueId.is_in(ids.clone()))
        .order_by_asc(report::Column::CreatedAt)
        .all(db)
        .await?
    {
        first_reports.entry(r.issue_id).or_insert(r);
    }
    let mut first_photos: HashMap<IssueId, PhotoId> = HashMap::new();
    for p in photo::Entity::find()
        .filter(photo::Column::IssueId.is_in(ids))
        .order_by_asc(photo::Column::CreatedAt)
        .all(db)
        .await?
    {
        first_photos.entry(p.issue_id).or_insert(p.id);
    }
    let by_id: HashMap<CategoryId, &category::Model> =
        categories.iter().map(|c| (c.id, c)).collect();
    let neighbourhoods = placing::neighbourhood_names(db, &issues).await?;
    let mut seen = HashSet::new();
    let list = issues
        .into_iter()
        .filter(|i| seen.insert(i.id))
        .map(|i| {
            let category = by_id.get(&i.category_id);
            let status = i.status;
            let first = first_reports.get(&i.id);
            let expected = category
                .and_then(|c| c.target_days)
                .filter(|_| status.is_active())
                .map(|days| format_datetime(i.first_reported_at + Duration::days(i64::from(days))));
            let status_notes = match (status, i.duplicate_of) {
                (IssueStatus::Duplicate, Some(target)) => {
                    Some(format!("Duplicate of service request {target}."))
                }
                _ => i.status_note.clone(),
            };
            let media_url = first_photos
                .get(&i.id)
                .map(|photo| format!("{base_url}/api/v1/photos/{photo}"))
                .or_else(|| first.and_then(|r| r.media_url.clone()));
            json!({
                "service_request_id": i.id.to_string(),
                "status": status_of(status),
                "status_notes": status_notes,
                "service_name": category.map(|c| c.name.clone()),
                "service_code": category.map(|c| c.code.clone()),
                "description": first.map(|r| r.description.clone()),
                "agency_responsible": org.name,
                "service_notice": null,
                "requested_datetime": format_datetime(i.first_reported_at),
                "updated_datetime": format_datetime(i.updated_at),
                "expected_datetime": expected,
                // The place in words (OpenStreetMap data, ODbL), else the address typed.
                "address": where_words(
                    i.place_label.as_deref(),
                    i.address.as_deref(),
                    neighbourhoods.get(&i.neighbourhood_id).map(String::as_str).unwrap_or_default(),
                ),
                "address_id": null,
                "zipcode": null,
                "lat": i.lat,
                "long": i.lon,
                "media_url": media_url,
            })
        })
        .collect();
    Ok(Value::Array(list))
}
