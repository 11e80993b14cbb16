//! Issues and places in words (issue 15): an address turned into a point by the gazetteer
//! (`geocode`, for reports and Open311 requests given only an address), the place in words kept
//! on every issue (`relabel_if_moved`, in the transaction that places or moves it; `relabel_all`,
//! the one-off backfill), and the coordinators' action for a report whose address could not be
//! placed (`set_location`). The gazetteer itself is `services::places`; the rules (when to
//! relabel, what to say when nothing is near) are `domain::issue`.

use chrono::Utc;
use entity::{ids::NeighbourhoodId, issue, neighbourhood};
use sea_orm::{
    sea_query::Expr, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};

use super::{area_of, load_issue, lock_issues, one_view, IssueView};
use crate::{
    domain::{
        geo::GeoPoint,
        issue::{needs_place_label, place_label, IssueId},
    },
    error::{AppError, AppResult},
    live::{kinds::IssuePlaced, Live, NeighbourhoodEvent, NewEvent, Transaction},
    services::places,
};

/// How many of the gazetteer's matches are tried against the neighbourhoods' areas: its best
/// matches come first, and an address outside every area served is not placed at all.
const GEOCODE_CANDIDATES: u64 = 20;

/// The first of the gazetteer's matches for `address` that lies inside one of `areas`, with the
/// index of that area: the point a report given only by address is placed at. `None` when no
/// match lies inside ("place not found"). The search is ranked near the first area's centre, so a
/// street name shared by two towns resolves to the one served here.
pub(crate) async fn geocode(
    db: &impl ConnectionTrait,
    address: &str,
    areas: &[neighbourhood::Model],
) -> AppResult<Option<(GeoPoint, usize)>> {
    let Some(first) = areas.first() else {
        return Ok(None);
    };
    let near = Some((first.center_lat, first.center_lon));
    let matches = places::search(db, address, near, GEOCODE_CANDIDATES).await?;
    let shapes: Vec<_> = areas.iter().map(area_of).collect();
    Ok(matches.into_iter().find_map(|m| {
        let point = GeoPoint::parse(m.lat, m.lon).ok()?;
        let inside = shapes
            .iter()
            .position(|area| area.as_ref().is_some_and(|a| a.contains(&point)))?;
        Some((point, inside))
    }))
}

/// The place in words for a point of a neighbourhood: the gazetteer's, else the neighbourhood's
/// name.
pub(crate) async fn label(
    db: &impl ConnectionTrait,
    neighbourhood_name: &str,
    at: GeoPoint,
) -> AppResult<String> {
    let described = places::describe(db, at.lat, at.lon).await?;
    Ok(place_label(described, neighbourhood_name))
}

fn point_of(model: &issue::Model) -> Option<GeoPoint> {
    model
        .lat
        .zip(model.lon)
        .map(|(lat, lon)| GeoPoint { lat, lon })
}

/// Called in the transaction that placed or moved an issue (`before`: its point before the
/// change): stores its place in words when it has none yet or moved far enough
/// (`domain::issue::needs_place_label`), and answers the row as stored.
pub(crate) async fn relabel_if_moved(
    db: &impl ConnectionTrait,
    before: Option<GeoPoint>,
    mut updated: issue::Model,
    neighbourhood_name: &str,
) -> AppResult<issue::Model> {
    let after = point_of(&updated);
    if !needs_place_label(before, updated.place_label.as_deref(), after) {
        return Ok(updated);
    }
    let Some(at) = after else {
        return Ok(updated);
    };
    let words = label(db, neighbourhood_name, at).await?;
    issue::Entity::update_many()
        .col_expr(issue::Column::PlaceLabel, Expr::value(words.clone()))
        .filter(issue::Column::Id.eq(updated.id))
        .exec(db)
        .await?;
    updated.place_label = Some(words);
    Ok(updated)
}

/// A coordinator or service manager places an issue whose address the gazetteer could not
/// ("place not found"): the point must be inside the neighbourhood; its place in words is
/// computed as for any other, and everyone watching the neighbourhood sees `issue.placed`.
/// An issue that has a point already answers 409: its point is the mean of its reports'.
pub async fn set_location<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &entity::user::Model,
    id: IssueId,
    at: GeoPoint,
) -> AppResult<IssueView> {
    let (found, access) = load_issue(db, Some(actor), id).await?;
    if !(access.can_manage() || access.is_service_manager) {
        return Err(AppError::Forbidden(
            crate::msg!("issue-only-neighbourhood-s-coordinators-its").into(),
        ));
    }
    let valid = GeoPoint::parse(at.lat, at.lon).is_ok();
    if !valid || !area_of(&access.neighbourhood).is_some_and(|area| area.contains(&at)) {
        return Err(AppError::invalid(
            "location",
            crate::msg!("task-must-inside-neighbourhood"),
        ));
    }
    let neighbourhood_id = found.neighbourhood_id;
    // Looked up before the transaction: a read of the gazetteer, nothing to lock.
    let words = label(db, &access.neighbourhood.name, at).await?;
    let mut tx = Transaction::begin(db, live).await?;
    // Checked on the locked row: two coordinators placing it at once, one wins, one gets 409.
    let found = lock_issues(&tx, neighbourhood_id, &[id])
        .await?
        .remove(&id)
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-issue")))?;
    if point_of(&found).is_some() {
        return Err(AppError::Conflict(
            crate::msg!("issue-issue-placed-already-its-point").into(),
        ));
    }
    let mut placed = found;
    placed.lat = Some(at.lat);
    placed.lon = Some(at.lon);
    placed.place_label = Some(words.clone());
    placed.updated_at = Utc::now();
    issue::Entity::update_many()
        .col_expr(issue::Column::Lat, Expr::value(at.lat))
        .col_expr(issue::Column::Lon, Expr::value(at.lon))
        .col_expr(issue::Column::PlaceLabel, Expr::value(words.clone()))
        .col_expr(issue::Column::UpdatedAt, Expr::value(placed.updated_at))
        .filter(issue::Column::Id.eq(id))
        .exec(&*tx)
        .await?;
    tx.emit(NewEvent::neighbourhood(
        neighbourhood_id,
        NeighbourhoodEvent::IssuePlaced(IssuePlaced {
            issue_id: id,
            location: at,
            place: words,
        }),
        Some(actor.id),
    ))
    .await?;
    tx.commit(live).await?;
    one_view(db, placed).await
}

/// Issues relabelled per statement batch by `relabel_all`.
const RELABEL_BATCH: u64 = 500;

/// The one-off backfill (`commonground places relabel`, and after every `places import`): every
/// located issue's place in words computed afresh from the gazetteer as it is now. Not an event:
/// it changes no issue's state, only the words derived from its point and the imported places
/// (as a migration would). Returns how many issues were labelled.
pub async fn relabel_all(db: &impl ConnectionTrait) -> AppResult<u64> {
    let mut after: Option<IssueId> = None;
    let mut done = 0;
    loop {
        let mut query = issue::Entity::find()
            .filter(issue::Column::Lat.is_not_null())
            .filter(issue::Column::Lon.is_not_null())
            .order_by_asc(issue::Column::Id)
            .limit(RELABEL_BATCH);
        if let Some(after) = after {
            query = query.filter(issue::Column::Id.gt(after));
        }
        let batch = query.all(db).await?;
        let Some(last) = batch.last() else {
            return Ok(done);
        };
        after = Some(last.id);
        let names = neighbourhood_names(db, &batch).await?;
        for found in batch {
            let Some(at) = point_of(&found) else {
                continue;
            };
            let name = names
                .get(&found.neighbourhood_id)
                .map(String::as_str)
                .unwrap_or_default();
            let words = label(db, name, at).await?;
            if found.place_label.as_deref() != Some(words.as_str()) {
                issue::Entity::update_many()
                    .col_expr(issue::Column::PlaceLabel, Expr::value(words))
                    .filter(issue::Column::Id.eq(found.id))
                    .exec(db)
                    .await?;
            }
            done += 1;
        }
    }
}

/// The names of the issues' neighbourhoods, by id.
pub(crate) async fn neighbourhood_names(
    db: &impl ConnectionTrait,
    issues: &[issue::Model],
) -> AppResult<std::collections::HashMap<NeighbourhoodId, String>> {
    let ids: std::collections::HashSet<NeighbourhoodId> =
        issues.iter().map(|i| i.neighbourhood_id).collect();
    Ok(neighbourhood::Entity::find()
        .select_only()
        .column(neighbourhood::Column::Id)
        .column(neighbourhood::Column::Name)
        .filter(neighbourhood::Column::Id.is_in(ids))
        .into_tuple::<(NeighbourhoodId, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}
