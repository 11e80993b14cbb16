//! Creating, finding and editing neighbourhoods.

pub mod invitations;
pub mod memberships;

use entity::ids::{NeighbourhoodId, OrganisationId, UserId};
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use entity::{
    membership, neighbourhood, neighbourhood_service, organisation, organisation_staff, user,
};
use sea_orm::{
    sea_query::Condition, ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QuerySelect, Set, TransactionTrait,
};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    auth::policy::NeighbourhoodAccess,
    domain::{
        geo::{Area, GeoPoint},
        membership::{effective_status, MembershipStatus, Role},
        neighbourhood::{parse_description, parse_name, JoinPolicy, Visibility},
    },
    error::{AppError, AppResult},
    live::{
        event::{self, EventView},
        kinds::{NeighbourhoodCreated, NeighbourhoodUpdated},
        Channel, Live, NeighbourhoodEvent, NewEvent, Transaction,
    },
    services::accounts::OrganisationRef,
    support::{
        fields::FieldCheck,
        pagination::{ascending_page, decode_cursor, page_from, Page},
        sql::{lower_like, search_pattern},
    },
};

/// How far "near me" looks, in metres from the point to a neighbourhood's centre.
pub const NEAR_SEARCH_RADIUS_M: f64 = 50_000.0;
/// Upper bound on candidates ranked in memory for one "near" query.
const NEAR_CANDIDATE_LIMIT: u64 = 2_000;

#[derive(Debug, Serialize, ToSchema)]
pub struct MembershipRef {
    pub role: Role,
    pub status: MembershipStatus,
}

/// What the caller is to this neighbourhood, so the UI can offer the right actions.
#[derive(Debug, Serialize, ToSchema)]
pub struct ViewerRelation {
    pub membership: Option<MembershipRef>,
    pub is_service_manager: bool,
    /// Coordinator (or platform admin): may edit and manage members.
    pub can_manage: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NeighbourhoodView {
    #[schema(value_type = Uuid)]
    pub id: NeighbourhoodId,
    pub name: String,
    pub description: String,
    pub visibility: Visibility,
    pub join_policy: JoinPolicy,
    /// The circle's centre or the polygon's centroid.
    pub center: GeoPoint,
    /// Radius in metres for circular neighbourhoods.
    pub radius_m: Option<f64>,
    /// GeoJSON Polygon for drawn neighbourhoods.
    #[schema(value_type = Option<Object>)]
    pub boundary: Option<serde_json::Value>,
    pub member_count: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Metres from the `near` point to the centre (only in "near" searches).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<f64>,
    /// Public-service bodies serving this neighbourhood.
    pub serving_organisations: Vec<OrganisationRef>,
    pub viewer: ViewerRelation,
}

pub struct NewNeighbourhood {
    pub name: String,
    pub description: Option<String>,
    pub center: Option<GeoPoint>,
    pub radius_m: Option<f64>,
    pub boundary: Option<serde_json::Value>,
    pub visibility: Option<Visibility>,
    pub join_policy: Option<JoinPolicy>,
}

fn parse_area(
    center: Option<GeoPoint>,
    radius_m: Option<f64>,
    boundary: Option<&serde_json::Value>,
    check: &mut FieldCheck,
) -> Option<Area> {
    match (center, radius_m, boundary) {
        (Some(center), Some(radius), None) => {
            let center = check.check("center", GeoPoint::parse(center.lat, center.lon))?;
            check.check("radius_m", Area::circle(center, radius))
        }
        (None, None, Some(boundary)) => check.check("boundary", Area::from_geojson(boundary)),
        (_, _, Some(_)) => {
            check.add(
                "boundary",
                "give either a boundary or a center with radius_m, not both",
            );
            None
        }
        (None, _, None) => {
            check.add(
                "center",
                "is required (with radius_m) unless a boundary is given",
            );
            None
        }
        (Some(_), None, None) => {
            check.add("radius_m", "is required with center");
            None
        }
    }
}

/// Creates a neighbourhood; its creator becomes its first coordinator.
pub async fn create(
    db: &impl TransactionTrait,
    live: &Live,
    creator: &user::Model,
    input: NewNeighbourhood,
) -> AppResult<NeighbourhoodView> {
    let mut check = FieldCheck::new();
    let name = check.check("name", parse_name(&input.name));
    let description = check.check(
        "description",
        parse_description(input.description.as_deref().unwrap_or_default()),
    );
    let area = parse_area(
        input.center,
        input.radius_m,
        input.boundary.as_ref(),
        &mut check,
    );
    check.finish()?;
    let (Some(name), Some(description), Some(area)) = (name, description, area) else {
        return Err(AppError::BadRequest("invalid neighbourhood".into()));
    };

    let now = Utc::now();
    let center = area.center();
    let bbox = area.bbox();
    let id = NeighbourhoodId::new();
    let mut txn = Transaction::begin(db, live).await?;
    let created = neighbourhood::ActiveModel {
        id: Set(id),
        name: Set(name),
        description: Set(description),
        visibility: Set(input.visibility.unwrap_or(Visibility::Public)),
        join_policy: Set(input.join_policy.unwrap_or(JoinPolicy::Open)),
        center_lat: Set(center.lat),
        center_lon: Set(center.lon),
        radius_m: Set(area.radius_m()),
        boundary: Set(area.to_geojson()),
        min_lat: Set(bbox.min_lat),
        max_lat: Set(bbox.max_lat),
        min_lon: Set(bbox.min_lon),
        max_lon: Set(bbox.max_lon),
        member_count: Set(1),
        event_seq: Set(0),
        created_by: Set(Some(creator.id)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&*txn)
    .await?;
    membership::ActiveModel {
        neighbourhood_id: Set(id),
        user_id: Set(creator.id),
        role: Set(Role::Coordinator),
        status: Set(MembershipStatus::Active),
        suspended_until: Set(None),
        suspension_reason: Set(None),
        joined_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&*txn)
    .await?;
    txn.emit(NewEvent::neighbourhood(
        id,
        NeighbourhoodEvent::NeighbourhoodCreated(NeighbourhoodCreated {
            name: created.name.clone(),
            member_count: 1,
        }),
        Some(creator.id),
    ))
    .await?;
    txn.commit(live).await?;
    tracing::info!(neighbourhood_id = %id, "neighbourhood created");

    let access = NeighbourhoodAccess {
        membership: Some((Role::Coordinator, MembershipStatus::Active)),
        is_platform_admin: creator.is_platform_admin,
        ..NeighbourhoodAccess::anonymous(created)
    };
    Ok(view_of(&access, Vec::new(), None))
}

pub async fn get(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    id: NeighbourhoodId,
) -> AppResult<NeighbourhoodView> {
    let access = NeighbourhoodAccess::load(db, viewer, id).await?;
    let serving = serving_organisations(db, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    Ok(view_of(&access, serving, None))
}

pub struct NeighbourhoodChange {
    pub name: Option<String>,
    pub description: Option<String>,
    pub visibility: Option<Visibility>,
    pub join_policy: Option<JoinPolicy>,
}

pub async fn update(
    db: &(impl ConnectionTrait + TransactionTrait),
    live: &Live,
    actor: &user::Model,
    id: NeighbourhoodId,
    change: NeighbourhoodChange,
) -> AppResult<NeighbourhoodView> {
    let access = NeighbourhoodAccess::load(db, Some(actor), id).await?;
    access.require_manage()?;
    let mut check = FieldCheck::new();
    let name = change
        .name
        .as_deref()
        .and_then(|n| check.check("name", parse_name(n)));
    let description = change
        .description
        .as_deref()
        .and_then(|d| check.check("description", parse_description(d)));
    check.finish()?;

    let mut active: neighbourhood::ActiveModel = access.neighbourhood.clone().into();
    if let Some(name) = name {
        active.name = Set(name);
    }
    if let Some(description) = description {
        active.description = Set(description);
    }
    if let Some(visibility) = change.visibility {
        active.visibility = Set(visibility);
    }
    if let Some(policy) = change.join_policy {
        active.join_policy = Set(policy);
    }
    active.updated_at = Set(Utc::now());
    let mut txn = Transaction::begin(db, live).await?;
    let updated = active.update(&*txn).await?;
    txn.emit(NewEvent::neighbourhood(
        id,
        NeighbourhoodEvent::NeighbourhoodUpdated(NeighbourhoodUpdated {
            name: updated.name.clone(),
            visibility: updated.visibility,
            join_policy: updated.join_policy,
        }),
        Some(actor.id),
    ))
    .await?;
    txn.commit(live).await?;
    let access = NeighbourhoodAccess {
        neighbourhood: updated,
        ..access
    };
    let serving = serving_organisations(db, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    Ok(view_of(&access, serving, None))
}

pub struct Search {
    pub q: Option<String>,
    pub near: Option<GeoPoint>,
    /// Only neighbourhoods whose area (circle or boundary) contains this point: the directory's
    /// "which neighbourhoods cover Lock Road?".
    pub covers: Option<GeoPoint>,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// A neighbourhood's area as stored: its boundary, else its circle; None for a row with neither
/// (never written by `create`, which requires one).
pub(crate) fn area_of(n: &neighbourhood::Model) -> Option<Area> {
    match (&n.boundary, n.radius_m) {
        (Some(boundary), _) => Area::from_geojson(boundary).ok(),
        (None, Some(radius)) => Area::circle(
            GeoPoint {
                lat: n.center_lat,
                lon: n.center_lon,
            },
            radius,
        )
        .ok(),
        (None, None) => None,
    }
}

fn covers(n: &neighbourhood::Model, point: Option<GeoPoint>) -> bool {
    point.is_none_or(|p| area_of(n).is_some_and(|area| area.contains(&p)))
}

/// The directory: by name (alphabetical), or by distance from a point with `near`; either only
/// among the neighbourhoods that cover a point with `covers`.
pub async fn list(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    search: Search,
) -> AppResult<Page<NeighbourhoodView>> {
    // Asked once: both who may see what and the viewer relation of each item need it.
    let served: HashSet<NeighbourhoodId> = match viewer {
        Some(user) => served_neighbourhood_ids(db, user.id)
            .await?
            .into_iter()
            .collect(),
        None => HashSet::new(),
    };
    let mut query = neighbourhood::Entity::find().filter(visible_to(db, viewer, &served).await?);
    if let Some(pattern) =
        search_pattern(search.q.as_deref(), crate::domain::text::MAX_SEARCH_CHARS)?
    {
        query = query.filter(lower_like(neighbourhood::Column::Name, pattern));
    }
    if let Some(point) = search.covers {
        // The stored bounding box narrows on an index; `covers` then decides exactly.
        query = query
            .filter(neighbourhood::Column::MinLat.lte(point.lat))
            .filter(neighbourhood::Column::MaxLat.gte(point.lat))
            .filter(neighbourhood::Column::MinLon.lte(point.lon))
            .filter(neighbourhood::Column::MaxLon.gte(point.lon));
    }

    match search.near {
        None if search.covers.is_some() => {
            // Few neighbourhoods contain one point: the candidates whose boxes do are read in
            // name order after the cursor (so paging never skips one), then checked exactly.
            let after: Option<(String, NeighbourhoodId)> = decode_cursor(search.cursor.as_deref())?;
            let mut found: Vec<neighbourhood::Model> = ascending_page(
                query,
                neighbourhood::Column::Name,
                neighbourhood::Column::Id,
                after,
                NEAR_CANDIDATE_LIMIT - 1,
            )
            .all(db)
            .await?
            .into_iter()
            .filter(|n| covers(n, search.covers))
            .collect();
            found.truncate(search.limit as usize + 1);
            let page = page_from(
                found,
                search.limit,
                |n| (n.name.clone(), n.id),
                |n| (n, None),
            );
            views_for(db, viewer, &served, page).await
        }
        None => {
            let after: Option<(String, Uuid)> = decode_cursor(search.cursor.as_deref())?;
            let rows = ascending_page(
                query,
                neighbourhood::Column::Name,
                neighbourhood::Column::Id,
                after,
                search.limit,
            )
            .all(db)
            .await?;
            let page = page_from(
                rows,
                search.limit,
                |n| (n.name.clone(), n.id),
                |n| (n, None),
            );
            views_for(db, viewer, &served, page).await
        }
        Some(point) => {
            let after: Option<(f64, NeighbourhoodId)> = decode_cursor(search.cursor.as_deref())?;
            let bbox = point.bbox_around(NEAR_SEARCH_RADIUS_M);
            let candidates = query
                .filter(neighbourhood::Column::CenterLat.between(bbox.min_lat, bbox.max_lat))
                .filter(neighbourhood::Column::CenterLon.between(bbox.min_lon, bbox.max_lon))
                .limit(NEAR_CANDIDATE_LIMIT)
                .all(db)
                .await?;
            let mut ranked: Vec<(neighbourhood::Model, f64)> = candidates
                .into_iter()
                .map(|n| {
                    let d = point.distance_m(&GeoPoint {
                        lat: n.center_lat,
                        lon: n.center_lon,
                    });
                    (n, d)
                })
                .filter(|(n, d)| *d <= NEAR_SEARCH_RADIUS_M && covers(n, search.covers))
                .filter(|(n, d)| match after {
                    Some((after_d, after_id)) => (*d, n.id) > (after_d, after_id),
                    None => true,
                })
                .collect();
            ranked.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.id.cmp(&b.0.id)));
            ranked.truncate(search.limit as usize + 1);
            let page = page_from(
                ranked,
                search.limit,
                |(n, d)| (*d, n.id),
                |(n, d)| (n, Some(d)),
            );
            views_for(db, viewer, &served, page).await
        }
    }
}

/// Public neighbourhoods, plus private ones the viewer belongs to or serves; admins see all.
async fn visible_to(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    served: &HashSet<NeighbourhoodId>,
) -> AppResult<Condition> {
    let public = neighbourhood::Column::Visibility.eq(Visibility::Public.as_str());
    let Some(user) = viewer else {
        return Ok(Condition::all().add(public));
    };
    if user.is_platform_admin {
        return Ok(Condition::all());
    }
    let mut ids: Vec<NeighbourhoodId> = membership::Entity::find()
        .select_only()
        .column(membership::Column::NeighbourhoodId)
        .filter(membership::Column::UserId.eq(user.id))
        .into_tuple()
        .all(db)
        .await?;
    ids.extend(served.iter().copied());
    Ok(Condition::any()
        .add(public)
        .add(neighbourhood::Column::Id.is_in(ids)))
}

async fn served_neighbourhood_ids(
    db: &impl ConnectionTrait,
    user_id: UserId,
) -> AppResult<Vec<NeighbourhoodId>> {
    let organisations: Vec<OrganisationId> = organisation_staff::Entity::find()
        .select_only()
        .column(organisation_staff::Column::OrganisationId)
        .filter(organisation_staff::Column::UserId.eq(user_id))
        .into_tuple()
        .all(db)
        .await?;
    if organisations.is_empty() {
        return Ok(Vec::new());
    }
    Ok(neighbourhood_service::Entity::find()
        .select_only()
        .column(neighbourhood_service::Column::NeighbourhoodId)
        .filter(neighbourhood_service::Column::OrganisationId.is_in(organisations))
        .into_tuple()
        .all(db)
        .await?)
}

/// Adds the viewer relation and serving organisations to a page, with a fixed number of queries.
async fn views_for(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    served: &HashSet<NeighbourhoodId>,
    page: Page<(neighbourhood::Model, Option<f64>)>,
) -> AppResult<Page<NeighbourhoodView>> {
    let ids: Vec<NeighbourhoodId> = page.items.iter().map(|(n, _)| n.id).collect();
    let mut serving = serving_organisations(db, &ids).await?;
    let memberships: HashMap<NeighbourhoodId, membership::Model> = match viewer {
        None => HashMap::new(),
        Some(user) => membership::Entity::find()
            .filter(membership::Column::UserId.eq(user.id))
            .filter(membership::Column::NeighbourhoodId.is_in(ids.clone()))
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.neighbourhood_id, m))
            .collect(),
    };
    let now = Utc::now();
    let items = page
        .items
        .into_iter()
        .map(|(n, distance)| {
            let id = n.id;
            let membership = memberships
                .get(&id)
                .map(|m| (m.role, effective_status(m.status, m.suspended_until, now)));
            let access = NeighbourhoodAccess {
                neighbourhood: n,
                membership,
                is_service_manager: served.contains(&id),
                is_platform_admin: viewer.is_some_and(|u| u.is_platform_admin),
            };
            view_of(&access, serving.remove(&id).unwrap_or_default(), distance)
        })
        .collect();
    Ok(Page {
        items,
        next_cursor: page.next_cursor,
    })
}

async fn serving_organisations(
    db: &impl ConnectionTrait,
    neighbourhood_ids: &[NeighbourhoodId],
) -> AppResult<HashMap<NeighbourhoodId, Vec<OrganisationRef>>> {
    let mut by_neighbourhood: HashMap<NeighbourhoodId, Vec<OrganisationRef>> = HashMap::new();
    if neighbourhood_ids.is_empty() {
        return Ok(by_neighbourhood);
    }
    let links = neighbourhood_service::Entity::find()
        .filter(neighbourhood_service::Column::NeighbourhoodId.is_in(neighbourhood_ids.to_vec()))
        .find_also_related(organisation::Entity)
        .all(db)
        .await?;
    for (link, org) in links {
        if let Some(org) = org {
            by_neighbourhood
                .entry(link.neighbourhood_id)
                .or_default()
                .push(OrganisationRef {
                    id: org.id,
                    name: org.name,
                });
        }
    }
    Ok(by_neighbourhood)
}

pub fn view_of(
    access: &NeighbourhoodAccess,
    serving_organisations: Vec<OrganisationRef>,
    distance_m: Option<f64>,
) -> NeighbourhoodView {
    let n = &access.neighbourhood;
    NeighbourhoodView {
        id: n.id,
        name: n.name.clone(),
        description: n.description.clone(),
        visibility: access.visibility(),
        join_policy: n.join_policy,
        center: GeoPoint {
            lat: n.center_lat,
            lon: n.center_lon,
        },
        radius_m: n.radius_m,
        boundary: n.boundary.clone(),
        member_count: n.member_count,
        created_at: n.created_at,
        updated_at: n.updated_at,
        distance_m: distance_m.map(f64::round),
        serving_organisations,
        viewer: ViewerRelation {
            membership: access
                .membership
                .map(|(role, status)| MembershipRef { role, status }),
            is_service_manager: access.is_service_manager,
            can_manage: access.can_manage(),
        },
    }
}

/// A page of a neighbourhood's event log (the HTTP side of live updates).
#[derive(Debug, Serialize, ToSchema)]
pub struct EventPage {
    /// Oldest first; `restricted` placeholders for events the caller may not see.
    pub items: Vec<EventView>,
    /// The neighbourhood's newest seq: keep asking with `since` = the last item's seq until reached.
    pub latest_seq: i64,
}

pub const MAX_EVENTS_PAGE: u64 = 500;

/// Events after `since`; 410 Gone when that history has been pruned (reload the state instead).
pub async fn events(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    id: NeighbourhoodId,
    since: i64,
    limit: u64,
) -> AppResult<EventPage> {
    if since < 0 {
        return Err(AppError::invalid("since", "must be 0 or more"));
    }
    if !(1..=MAX_EVENTS_PAGE).contains(&limit) {
        return Err(AppError::invalid(
            "limit",
            format!("must be between 1 and {MAX_EVENTS_PAGE}"),
        ));
    }
    let access = NeighbourhoodAccess::load(db, viewer, id).await?;
    let channel = Channel::Neighbourhood(id);
    let latest_seq = access.neighbourhood.event_seq;
    if !event::can_resume(db, channel, since, latest_seq).await? {
        return Err(AppError::Gone(format!(
            "Events after {since} are no longer kept; reload the neighbourhood (latest seq is {latest_seq})."
        ).into()));
    }
    let level = access.audience();
    let items = event::after(db, channel, since, limit)
        .await?
        .iter()
        .map(|e| EventView::of(e, level))
        .collect();
    Ok(EventPage { items, latest_seq })
}

/// The QR code for the neighbourhood's printable leaflet, leading to its page on this site
/// (`base_url`): for the people who run it (coordinators, platform admins), who print and hand
/// out the leaflet.
pub async fn leaflet_qr(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    id: NeighbourhoodId,
    base_url: &str,
) -> AppResult<String> {
    let access = NeighbourhoodAccess::load(db, Some(actor), id).await?;
    access.require_manage()?;
    crate::domain::leaflet::qr_svg(&crate::domain::leaflet::page_url(base_url, id))
        .map_err(|reason| AppError::Internal(anyhow::anyhow!(reason)))
}
