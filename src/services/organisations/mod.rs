//! Public-service bodies, their staff, and the neighbourhoods they serve. Platform admins manage
//! all three; serving a neighbourhood makes the organisation's staff its service managers.

pub mod api_keys;
pub mod categories;

use entity::ids::{NeighbourhoodId, OrganisationId, UserId};
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{neighbourhood, neighbourhood_service, organisation, organisation_staff, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{
    auth::policy::{require_organisation_staff_or_admin, require_platform_admin},
    domain::{
        account::Email,
        neighbourhood::{parse_description, parse_name},
    },
    error::{AppError, AppResult},
    live::{
        kinds::{StaffRemoved, StartedServing, StoppedServing},
        Live, NeighbourhoodEvent, NewEvent, Transaction,
    },
    support::{
        fields::FieldCheck,
        pagination::{ascending_page, decode_cursor, page_from, Page},
    },
};

#[derive(Debug, Serialize, ToSchema)]
pub struct NeighbourhoodRef {
    #[schema(value_type = Uuid)]
    pub id: NeighbourhoodId,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationView {
    #[schema(value_type = Uuid)]
    pub id: OrganisationId,
    pub name: String,
    pub description: String,
    pub created_at: DateTime<Utc>,
    /// Neighbourhoods this organisation serves (private ones only to those allowed to see them).
    pub neighbourhoods: Vec<NeighbourhoodRef>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StaffView {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub display_name: String,
    pub email: String,
    pub added_at: DateTime<Utc>,
}

pub async fn create(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    name: &str,
    description: Option<&str>,
) -> AppResult<OrganisationView> {
    require_platform_admin(actor)?;
    let mut check = FieldCheck::new();
    let name = check.check("name", parse_name(name));
    let description = check.check(
        "description",
        parse_description(description.unwrap_or_default()),
    );
    check.finish()?;
    let (Some(name), Some(description)) = (name, description) else {
        return Err(AppError::BadRequest(
            crate::msg!("organisation-invalid-organisation").into(),
        ));
    };
    let now = Utc::now();
    let created = organisation::ActiveModel {
        id: Set(OrganisationId::new()),
        name: Set(name),
        description: Set(description),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(view(created, Vec::new()))
}

fn view(o: organisation::Model, neighbourhoods: Vec<NeighbourhoodRef>) -> OrganisationView {
    OrganisationView {
        id: o.id,
        name: o.name,
        description: o.description,
        created_at: o.created_at,
        neighbourhoods,
    }
}

/// The organisations serving a neighbourhood (whose categories residents report in and whose
/// staff act on its issues).
pub async fn serving(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<Vec<OrganisationId>> {
    Ok(neighbourhood_service::Entity::find()
        .select_only()
        .column(neighbourhood_service::Column::OrganisationId)
        .filter(neighbourhood_service::Column::NeighbourhoodId.eq(neighbourhood_id))
        .into_tuple()
        .all(db)
        .await?)
}

/// Served neighbourhoods as anyone may see them (public ones only), for several organisations
/// in two queries. Staff and admins use the neighbourhood directory, which shows them the private
/// ones they serve.
async fn served_public_neighbourhoods(
    db: &impl ConnectionTrait,
    organisation_ids: &[OrganisationId],
) -> AppResult<HashMap<OrganisationId, Vec<NeighbourhoodRef>>> {
    let links: Vec<(OrganisationId, NeighbourhoodId)> = neighbourhood_service::Entity::find()
        .select_only()
        .column(neighbourhood_service::Column::OrganisationId)
        .column(neighbourhood_service::Column::NeighbourhoodId)
        .filter(neighbourhood_service::Column::OrganisationId.is_in(organisation_ids.to_vec()))
        .into_tuple()
        .all(db)
        .await?;
    let public: Vec<neighbourhood::Model> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(links.iter().map(|(_, n)| *n)))
        .filter(neighbourhood::Column::Visibility.eq("public"))
        .order_by_asc(neighbourhood::Column::Name)
        .all(db)
        .await?;
    let mut served: HashMap<OrganisationId, Vec<NeighbourhoodRef>> = HashMap::new();
    for n in public {
        for (organisation, _) in links.iter().filter(|(_, id)| *id == n.id) {
            served
                .entry(*organisation)
                .or_default()
                .push(NeighbourhoodRef {
                    id: n.id,
                    name: n.name.clone(),
                });
        }
    }
    Ok(served)
}

pub async fn get(db: &impl ConnectionTrait, id: OrganisationId) -> AppResult<OrganisationView> {
    let found = organisation::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-organisation")))?;
    let neighbourhoods = served_public_neighbourhoods(db, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    Ok(view(found, neighbourhoods))
}

pub async fn list(
    db: &impl ConnectionTrait,
    cursor: Option<&str>,
    limit: u64,
) -> AppResult<Page<OrganisationView>> {
    let after: Option<(String, OrganisationId)> = decode_cursor(cursor)?;
    let rows = ascending_page(
        organisation::Entity::find(),
        organisation::Column::Name,
        organisation::Column::Id,
        after,
        limit,
    )
    .all(db)
    .await?;
    let page = page_from(rows, limit, |o| (o.name.clone(), o.id), |o| o);
    let ids: Vec<OrganisationId> = page.items.iter().map(|o| o.id).collect();
    let mut served = served_public_neighbourhoods(db, &ids).await?;
    let items = page
        .items
        .into_iter()
        .map(|o| {
            let neighbourhoods = served.remove(&o.id).unwrap_or_default();
            view(o, neighbourhoods)
        })
        .collect();
    Ok(Page {
        items,
        next_cursor: page.next_cursor,
    })
}

async fn require_exists(db: &impl ConnectionTrait, id: OrganisationId) -> AppResult<()> {
    organisation::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|_| ())
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-organisation")))
}

pub async fn list_staff(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    organisation_id: OrganisationId,
    cursor: Option<&str>,
    limit: u64,
) -> AppResult<Page<StaffView>> {
    require_exists(db, organisation_id).await?;
    require_organisation_staff_or_admin(db, actor, organisation_id).await?;
    let mut query = organisation_staff::Entity::find()
        .filter(organisation_staff::Column::OrganisationId.eq(organisation_id))
        .find_also_related(user::Entity);
    if let Some(after) = decode_cursor::<UserId>(cursor)? {
        query = query.filter(organisation_staff::Column::UserId.gt(after));
    }
    let rows = query
        .order_by_asc(organisation_staff::Column::UserId)
        .limit(limit + 1)
        .all(db)
        .await?;
    Ok(page_from(
        rows,
        limit,
        |(s, _)| s.user_id,
        |(s, u)| {
            let (display_name, email) = u.map(|u| (u.display_name, u.email)).unwrap_or_default();
            StaffView {
                user_id: s.user_id,
                display_name,
                email,
                added_at: s.added_at,
            }
        },
    ))
}

pub async fn add_staff(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    organisation_id: OrganisationId,
    email: &str,
) -> AppResult<StaffView> {
    require_platform_admin(actor)?;
    require_exists(db, organisation_id).await?;
    let email = Email::parse(email).map_err(|m| AppError::invalid("email", m))?;
    let person = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::invalid("email", crate::msg!("organisation-no-account-uses-e-mail"))
        })?;
    if organisation_staff::Entity::find_by_id((organisation_id, person.id))
        .one(db)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict(
            crate::msg!("organisation-that-person-already-staff").into(),
        ));
    }
    let added = organisation_staff::ActiveModel {
        organisation_id: Set(organisation_id),
        user_id: Set(person.id),
        added_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(StaffView {
        user_id: person.id,
        display_name: person.display_name,
        email: person.email,
        added_at: added.added_at,
    })
}

/// Takes someone off the staff. Access ends everywhere at once: each neighbourhood the
/// organisation serves gets an `organisation.staff_removed` event about them in the same
/// transaction, which makes every instance re-check their live subscriptions there (a private
/// neighbourhood's ends with `unsubscribed`) and end their dashboard subscription.
pub async fn remove_staff<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    organisation_id: OrganisationId,
    user_id: UserId,
) -> AppResult<()> {
    require_platform_admin(actor)?;
    let mut tx = Transaction::begin(db, live).await?;
    let deleted = organisation_staff::Entity::delete_by_id((organisation_id, user_id))
        .exec(&*tx)
        .await?;
    if deleted.rows_affected == 0 {
        return Err(AppError::not_found(crate::msg!("not-found-staff-member")));
    }
    let mut served = served_neighbourhoods(&*tx, organisation_id).await?;
    // Neighbourhood rows are locked by their events: in id order, like every fan-out.
    served.sort_unstable();
    for neighbourhood_id in served {
        let removed = StaffRemoved {
            organisation_id,
            user_id,
        };
        let event = NewEvent::neighbourhood(
            neighbourhood_id,
            NeighbourhoodEvent::OrganisationStaffRemoved(removed),
            Some(actor.id),
        )
        .about_user(user_id);
        tx.emit(event).await?;
    }
    tx.commit(live).await
}

/// Ids of the neighbourhoods the organisation serves.
pub(crate) async fn served_neighbourhoods(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
) -> AppResult<Vec<NeighbourhoodId>> {
    Ok(neighbourhood_service::Entity::find()
        .select_only()
        .column(neighbourhood_service::Column::NeighbourhoodId)
        .filter(neighbourhood_service::Column::OrganisationId.eq(organisation_id))
        .into_tuple()
        .all(db)
        .await?)
}

/// Records that the organisation serves the neighbourhood. Idempotent. A new link writes the
/// neighbourhood's `organisation.started_serving` event in the same transaction: the mirror of
/// `stop_serving`, it has the organisation's open dashboards follow the neighbourhood and its
/// staff's open subscriptions to it widen at once, without reconnecting.
pub async fn serve<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    organisation_id: OrganisationId,
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<()> {
    require_platform_admin(actor)?;
    require_exists(db, organisation_id).await?;
    neighbourhood::Entity::find_by_id(neighbourhood_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-neighbourhood")))?;
    let mut tx = Transaction::begin(db, live).await?;
    // The event first: taking the neighbourhood's seq locks its row, so of two admins linking
    // it at once the second sees the first's link, and rolls back (event and all) having
    // changed nothing.
    let event = NewEvent::neighbourhood(
        neighbourhood_id,
        NeighbourhoodEvent::OrganisationStartedServing(StartedServing { organisation_id }),
        Some(actor.id),
    );
    tx.emit(event).await?;
    let existing = neighbourhood_service::Entity::find_by_id((neighbourhood_id, organisation_id))
        .one(&*tx)
        .await?;
    if existing.is_some() {
        return Ok(());
    }
    neighbourhood_service::ActiveModel {
        neighbourhood_id: Set(neighbourhood_id),
        organisation_id: Set(organisation_id),
        created_at: Set(Utc::now()),
    }
    .insert(&*tx)
    .await?;
    tx.commit(live).await
}

/// Ends the link. The neighbourhood's `organisation.stopped_serving` event, in the same
/// transaction, makes every instance re-check the subscriptions that rested on being staff of a
/// serving organisation (a private neighbourhood's end with `unsubscribed`) and has the
/// organisation's open dashboards drop the neighbourhood at once.
pub async fn stop_serving<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    organisation_id: OrganisationId,
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<()> {
    require_platform_admin(actor)?;
    let mut tx = Transaction::begin(db, live).await?;
    let deleted = neighbourhood_service::Entity::delete_by_id((neighbourhood_id, organisation_id))
        .exec(&*tx)
        .await?;
    if deleted.rows_affected == 0 {
        return Err(AppError::not_found(crate::msg!("not-found-service-link")));
    }
    let event = NewEvent::neighbourhood(
        neighbourhood_id,
        NeighbourhoodEvent::OrganisationStoppedServing(StoppedServing { organisation_id }),
        Some(actor.id),
    );
    tx.emit(event).await?;
    tx.commit(live).await
}
