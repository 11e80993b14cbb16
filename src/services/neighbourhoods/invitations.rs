//! Invitations: how a coordinator brings someone into a neighbourhood with their consent. An
//! invitation is addressed to an e-mail address, not an account, and creating one answers the
//! same whether an account uses the address, no account does, or its owner is already a member:
//! the coordinator learns nothing about who has an account. The invited person sees it (matched
//! by their account's address, so someone who registers later sees it too), and accepts (joining
//! through `memberships::accept_invitation`, the joining path and its events) or declines.
//! Account holders get an inbox notification; with SMTP configured the address gets an e-mail
//! either way (never when its owner is already a member), sent after commit from a task of its
//! own so the answer's timing does not depend on it.

use chrono::{DateTime, Utc};
use entity::ids::{InvitationId, NeighbourhoodId, UserId};
use entity::{invitation, membership, neighbourhood, user};
use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Select, Set, TransactionTrait,
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{
    auth::policy::NeighbourhoodAccess,
    domain::{
        account::Email,
        invitation::{
            can_answer, effective_status, invitation_mail, InvitationStatus, Unanswerable,
            INVITATION_TTL,
        },
        membership::MembershipStatus,
        notification::Notice,
    },
    error::{AppError, AppResult},
    live::{kinds::InvitationRef, Live, NeighbourhoodEvent, NewEvent, Transaction},
    services::{neighbourhoods::memberships, notifications::mail::Mailer},
    support::{
        pagination::{decode_cursor, page_from, Page},
        sql::lock_neighbourhood,
    },
};

use super::memberships::MemberView;

/// An invitation as the coordinators see it: the address and its state; never an account, a
/// name or whether one exists.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationView {
    #[schema(value_type = Uuid)]
    pub id: InvitationId,
    #[schema(value_type = Uuid)]
    pub neighbourhood_id: NeighbourhoodId,
    pub email: String,
    pub status: InvitationStatus,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

fn view(m: invitation::Model) -> InvitationView {
    let stored = m.status;
    InvitationView {
        id: m.id,
        neighbourhood_id: m.neighbourhood_id,
        email: m.email,
        status: effective_status(stored, m.expires_at, Utc::now()),
        created_at: m.created_at,
        expires_at: m.expires_at,
    }
}

/// An invitation as the invited person sees it. The neighbourhood's name is shown even when it is
/// private: the invitation is the one place it may be seen from outside.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyInvitation {
    #[schema(value_type = Uuid)]
    pub id: InvitationId,
    #[schema(value_type = Uuid)]
    pub neighbourhood_id: NeighbourhoodId,
    pub neighbourhood_name: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

fn pending(now: DateTime<Utc>) -> Select<invitation::Entity> {
    invitation::Entity::find()
        .filter(invitation::Column::Status.eq(InvitationStatus::Pending.as_str()))
        .filter(invitation::Column::ExpiresAt.gt(now))
}

/// Oldest first, keyset-paged by id (UUIDv7, so by time).
async fn paged<T>(
    db: &impl ConnectionTrait,
    query: Select<invitation::Entity>,
    cursor: Option<&str>,
    limit: u64,
    into_item: impl FnMut(invitation::Model) -> T,
) -> AppResult<Page<T>> {
    let mut query = query;
    if let Some(after) = decode_cursor::<InvitationId>(cursor)? {
        query = query.filter(invitation::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(invitation::Column::Id)
        .limit(limit + 1)
        .all(db)
        .await?;
    Ok(page_from(rows, limit, |m| m.id, into_item))
}

/// Invites `email` to the neighbourhood (its coordinators and admins). The answer is the same for
/// any valid address; inviting an address with a pending invitation answers that one again and
/// sends nothing new.
pub async fn create<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    mailer: Option<&Mailer>,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    email: &str,
) -> AppResult<InvitationView> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    access.require_manage()?;
    let email = Email::parse(email).map_err(|m| AppError::invalid("email", m))?;
    let neighbourhood = access.neighbourhood;
    let now = Utc::now();
    // The neighbourhood's lock orders invitations with membership changes, so the "already a
    // member" check below and the one pending invitation per address hold under concurrency.
    let mut tx = Transaction::begin(db, live).await?;
    lock_neighbourhood(&*tx, neighbourhood.id).await?;
    // A lapsed invitation gives way to a new one (the unique index covers pending rows only).
    invitation::Entity::update_many()
        .col_expr(
            invitation::Column::Status,
            Expr::value(InvitationStatus::Expired.as_str()),
        )
        .filter(invitation::Column::NeighbourhoodId.eq(neighbourhood.id))
        .filter(invitation::Column::Email.eq(email.as_str()))
        .filter(invitation::Column::Status.eq(InvitationStatus::Pending.as_str()))
        .filter(invitation::Column::ExpiresAt.lte(now))
        .exec(&*tx)
        .await?;
    if let Some(existing) = pending(now)
        .filter(invitation::Column::NeighbourhoodId.eq(neighbourhood.id))
        .filter(invitation::Column::Email.eq(email.as_str()))
        .one(&*tx)
        .await?
    {
        tx.commit(live).await?;
        return Ok(view(existing));
    }
    let created = invitation::ActiveModel {
        id: Set(InvitationId::new()),
        neighbourhood_id: Set(neighbourhood.id),
        email: Set(email.as_str().to_owned()),
        invited_by: Set(Some(actor.id)),
        status: Set(InvitationStatus::Pending),
        created_at: Set(now),
        expires_at: Set(now + INVITATION_TTL),
        answered_at: Set(None),
    }
    .insert(&*tx)
    .await?;
    let invitee = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(&*tx)
        .await?;
    let already_member = match &invitee {
        None => false,
        Some(invitee) => membership::Entity::find_by_id((neighbourhood.id, invitee.id))
            .one(&*tx)
            .await?
            .is_some_and(|m| m.status != MembershipStatus::Pending),
    };
    if let Some(invitee) = invitee.as_ref().filter(|_| !already_member) {
        let invited = Notice::InvitationReceived {
            neighbourhood_id: neighbourhood.id,
            neighbourhood_name: neighbourhood.name.clone(),
            invitation_id: created.id,
        };
        tx.notify(invitee.id, Some(actor.id), invited).await?;
    }
    tx.emit(NewEvent::neighbourhood(
        neighbourhood.id,
        NeighbourhoodEvent::InvitationCreated(InvitationRef {
            invitation_id: created.id,
        }),
        Some(actor.id),
    ))
    .await?;
    tx.commit(live).await?;
    if let Some(mailer) = mailer.filter(|_| !already_member) {
        // The invited account's language; an address without one gets the coordinator's.
        let locale = invitee
            .as_ref()
            .map_or_else(crate::i18n::RequestLocale::current, |person| {
                mailer.locale_of(person)
            });
        let body = invitation_mail(locale, &neighbourhood.name, mailer.base_url());
        mailer.send_in_background(created.email.clone(), body);
    }
    Ok(view(created))
}

/// The neighbourhood's pending invitations (its coordinators and admins).
pub async fn list_pending(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    cursor: Option<&str>,
    limit: u64,
) -> AppResult<Page<InvitationView>> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    access.require_manage()?;
    let query =
        pending(Utc::now()).filter(invitation::Column::NeighbourhoodId.eq(neighbourhood_id));
    paged(db, query, cursor, limit, view).await
}

/// Withdraws a pending invitation (its neighbourhood's coordinators and admins).
pub async fn revoke<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    invitation_id: InvitationId,
) -> AppResult<()> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    access.require_manage()?;
    let found = invitation::Entity::find_by_id(invitation_id)
        .filter(invitation::Column::NeighbourhoodId.eq(neighbourhood_id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-invitation")))?;
    answerable(&found)?;
    close(db, live, &found, InvitationStatus::Revoked, Some(actor.id)).await
}

/// The caller's pending invitations, matched by their account's address; not those to
/// neighbourhoods they already belong to.
pub async fn mine(
    db: &impl ConnectionTrait,
    user: &user::Model,
    cursor: Option<&str>,
    limit: u64,
) -> AppResult<Page<MyInvitation>> {
    let belongs = sea_orm::sea_query::Query::select()
        .column(membership::Column::NeighbourhoodId)
        .from(membership::Entity)
        .and_where(membership::Column::UserId.eq(user.id))
        .and_where(membership::Column::Status.ne(MembershipStatus::Pending.as_str()))
        .to_owned();
    let query = pending(Utc::now())
        .filter(invitation::Column::Email.eq(user.email.as_str()))
        .filter(invitation::Column::NeighbourhoodId.not_in_subquery(belongs));
    let page = paged(db, query, cursor, limit, |m| m).await?;
    let ids: Vec<NeighbourhoodId> = page.items.iter().map(|m| m.neighbourhood_id).collect();
    let names: std::collections::HashMap<NeighbourhoodId, String> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    Ok(Page {
        items: page
            .items
            .into_iter()
            .map(|m| MyInvitation {
                id: m.id,
                neighbourhood_name: names.get(&m.neighbourhood_id).cloned().unwrap_or_default(),
                neighbourhood_id: m.neighbourhood_id,
                created_at: m.created_at,
                expires_at: m.expires_at,
            })
            .collect(),
        next_cursor: page.next_cursor,
    })
}

/// The caller's own invitation; 404 for anyone else's, so ids reveal nothing.
async fn own(
    db: &impl ConnectionTrait,
    user: &user::Model,
    invitation_id: InvitationId,
) -> AppResult<invitation::Model> {
    let found = invitation::Entity::find_by_id(invitation_id)
        .filter(invitation::Column::Email.eq(user.email.as_str()))
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-invitation")))?;
    answerable(&found)?;
    Ok(found)
}

fn answerable(found: &invitation::Model) -> AppResult<()> {
    let stored = found.status;
    can_answer(stored, found.expires_at, Utc::now()).map_err(refusal)
}

fn refusal(why: Unanswerable) -> AppError {
    match why {
        Unanswerable::Answered => AppError::Conflict(
            crate::msg!("neighbourhood-invitation-has-already-been-answered").into(),
        ),
        Unanswerable::Expired => AppError::Gone(
            crate::msg!("neighbourhood-invitation-has-lapsed-ask-neighbourhood").into(),
        ),
    }
}

/// Accepts: the caller becomes an active member.
pub async fn accept<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    user: &user::Model,
    invitation_id: InvitationId,
) -> AppResult<MemberView> {
    let found = own(db, user, invitation_id).await?;
    memberships::accept_invitation(db, live, user, &found).await
}

/// Declines. The coordinators' event names nobody: declining is not a way to be identified.
pub async fn decline<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    user: &user::Model,
    invitation_id: InvitationId,
) -> AppResult<()> {
    let found = own(db, user, invitation_id).await?;
    close(db, live, &found, InvitationStatus::Declined, None).await
}

/// Ends a pending invitation without a membership (declined or revoked), with its event.
async fn close<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    found: &invitation::Model,
    status: InvitationStatus,
    actor: Option<UserId>,
) -> AppResult<()> {
    let mut tx = Transaction::begin(db, live).await?;
    lock_neighbourhood(&*tx, found.neighbourhood_id).await?;
    mark_answered(&*tx, found.id, status).await?;
    let answered = InvitationRef {
        invitation_id: found.id,
    };
    let event = match status {
        InvitationStatus::Declined => NeighbourhoodEvent::InvitationDeclined(answered),
        _ => NeighbourhoodEvent::InvitationRevoked(answered),
    };
    tx.emit(NewEvent::neighbourhood(
        found.neighbourhood_id,
        event,
        actor,
    ))
    .await?;
    tx.commit(live).await
}

/// Records the answer, only while the invitation is still pending and unexpired: of concurrent
/// answers exactly one takes effect, and the others are refused.
pub(crate) async fn mark_answered(
    db: &impl ConnectionTrait,
    invitation_id: InvitationId,
    status: InvitationStatus,
) -> AppResult<()> {
    let now = Utc::now();
    let done = invitation::Entity::update_many()
        .col_expr(invitation::Column::Status, Expr::value(status.as_str()))
        .col_expr(invitation::Column::AnsweredAt, Expr::value(now))
        .filter(invitation::Column::Id.eq(invitation_id))
        .filter(invitation::Column::Status.eq(InvitationStatus::Pending.as_str()))
        .filter(invitation::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?
        .rows_affected;
    if done == 1 {
        Ok(())
    } else {
        Err(refusal(Unanswerable::Answered))
    }
}
