//! A person's claimed tasks as an iCalendar feed (RFC 5545) at a secret link, for calendar apps.
//! The link is 256 random bits; only its SHA-256 is stored, so a new link replaces the old one
//! and turning it off deletes it.

use chrono::Utc;
use entity::{calendar_feed, membership, task, task_claim, user};
use icalendar::{Calendar, Component, Event, EventLike, Todo};
use sea_orm::{
    sea_query::Query, ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set,
};

use crate::{
    auth::token,
    domain::{membership::MembershipStatus, task::ClaimStatus},
    error::{AppError, AppResult},
};

/// A new secret link token for the person (the previous one stops working).
pub async fn rotate(db: &impl ConnectionTrait, me: &user::Model) -> AppResult<String> {
    let secret = token::new_opaque_token();
    calendar_feed::Entity::delete_by_id(me.id).exec(db).await?;
    calendar_feed::ActiveModel {
        user_id: Set(me.id),
        token_hash: Set(token::digest_opaque_token(&secret)),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(secret)
}

pub async fn revoke(db: &impl ConnectionTrait, me: &user::Model) -> AppResult<()> {
    calendar_feed::Entity::delete_by_id(me.id).exec(db).await?;
    Ok(())
}

/// The calendar behind a link: scheduled tasks as events, open-ended ones as to-dos due when the
/// claim lapses.
pub async fn feed(db: &impl ConnectionTrait, presented: &str, base_url: &str) -> AppResult<String> {
    let owner = calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(token::digest_opaque_token(presented)))
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-calendar")))?;
    let claims = task_claim::Entity::find()
        .filter(task_claim::Column::UserId.eq(owner.user_id))
        .filter(task_claim::Column::Status.is_in([
            ClaimStatus::Active.as_str(),
            ClaimStatus::CheckedIn.as_str(),
            ClaimStatus::Done.as_str(),
            ClaimStatus::Verified.as_str(),
        ]))
        .all(db)
        .await?;
    // Only tasks of neighbourhoods the person still belongs to: once they leave or are removed,
    // the feed stops showing that neighbourhood's tasks (done work included).
    let still_member = Query::select()
        .column(membership::Column::NeighbourhoodId)
        .from(membership::Entity)
        .and_where(membership::Column::UserId.eq(owner.user_id))
        .and_where(membership::Column::Status.is_in([
            MembershipStatus::Active.as_str(),
            MembershipStatus::Suspended.as_str(),
        ]))
        .to_owned();
    let tasks = task::Entity::find()
        .filter(task::Column::Id.is_in(claims.iter().map(|c| c.task_id)))
        .filter(task::Column::NeighbourhoodId.in_subquery(still_member))
        .all(db)
        .await?;
    let mut calendar = Calendar::new();
    calendar.name("Commonground: my volunteer tasks");
    for t in &tasks {
        let claim = claims.iter().find(|c| c.task_id == t.id);
        let url = format!("{base_url}/tasks/{}", t.id);
        let description = format!("{}\n\n{url}", t.description);
        let uid = format!("{}@commonground", t.id);
        match (t.starts_at, t.ends_at) {
            (Some(starts), Some(ends)) => {
                let mut event = Event::new();
                event
                    .uid(&uid)
                    .summary(&t.title)
                    .description(&description)
                    .starts(starts)
                    .ends(ends)
                    .add_property("URL", &url);
                if let Some(address) = &t.address {
                    event.location(address);
                }
                calendar.push(event.done());
            }
            _ => {
                let mut todo = Todo::new();
                todo.uid(&uid)
                    .summary(&t.title)
                    .description(&description)
                    .add_property("URL", &url);
                if let Some(due) = claim.and_then(|c| c.expires_at) {
                    todo.due(due);
                }
                calendar.push(todo.done());
            }
        }
    }
    Ok(calendar.done().to_string())
}

/// The feed's path for a token.
pub fn path_for(secret: &str) -> String {
    format!("/api/v1/calendar/{secret}.ics")
}
