//! Following an issue by e-mail without an account (issue 17): double opt-in, then a message for
//! every status change of the issue, in the language the person followed in, until they
//! unsubscribe with one click. The rules and texts are `domain::follow`; sending is `mail`.
//!
//! The address is personal data that no caller may learn back: following answers the same
//! whether the address is new, pending or confirmed, and nothing here returns, emits, exports or
//! logs it. Only issues a signed-out person may see can be followed (a private neighbourhood's
//! issue answers 404, as `GET /issues/{id}` does to outsiders), and messages go out only while
//! the neighbourhood stays public.

pub mod mail;

use chrono::{DateTime, Utc};
use entity::ids::{FollowId, IssueId};
use entity::status::Visibility;
use entity::{issue_follow, issue_follow_mail, neighbourhood};
use sea_orm::{
    sea_query::{Expr, OnConflict, Query},
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    auth::token::{JwtKeys, LinkRefusal},
    domain::{
        account::{Email, TimeZone},
        follow::{
            follow_mail, may_send_confirmation, FollowFrequency, FollowMail, FollowUpdate, Links,
            Locale, CONFIRMATION_COOLDOWN, CONFIRM_LINK_TTL, CONFIRM_PURPOSE, UNSUBSCRIBE_LINK_TTL,
            UNSUBSCRIBE_PURPOSE,
        },
        issue::IssueStatus,
    },
    error::{AppError, AppResult},
    live::Transaction,
    services::{issues, notifications::mail::Mailer},
};

/// What following answers, whatever the address's state: nothing about it.
#[derive(Debug, Serialize, ToSchema)]
pub struct FollowAccepted {
    /// In the request's language.
    pub message: String,
}

fn accepted() -> FollowAccepted {
    FollowAccepted {
        message: crate::msg!("follow-accepted").render(crate::i18n::RequestLocale::current()),
    }
}

/// What confirming answers: the issue now followed (the link's holder knew it already).
#[derive(Debug, Serialize, ToSchema)]
pub struct FollowConfirmed {
    #[schema(value_type = Uuid)]
    pub issue_id: IssueId,
}

/// What someone asks for when they follow: where, in which language, how often, and the time zone
/// a daily message waits for the morning in.
pub struct FollowWish {
    pub email: Email,
    pub locale: Locale,
    pub frequency: FollowFrequency,
    pub time_zone: Option<TimeZone>,
}

/// Asks to follow an issue: records a pending follow (or finds the one there) and sends the
/// confirmation link, unless one went out within the cooldown or the follow is confirmed. The
/// answer never depends on the address's state, and the e-mail leaves from a task of its own.
/// The wishes asked for last before confirming are the ones kept; a confirmed follow changes
/// only from a link in its e-mails (`change_frequency`), so that nobody else can change it.
pub async fn follow(
    db: &impl ConnectionTrait,
    mailer: Option<&Mailer>,
    keys: &JwtKeys,
    issue_id: IssueId,
    wish: FollowWish,
) -> AppResult<FollowAccepted> {
    let FollowWish {
        email,
        locale,
        frequency,
        time_zone,
    } = wish;
    let time_zone = time_zone.map(TimeZone::into_inner);
    // As a signed-out visitor sees it: a private neighbourhood's issue does not exist here.
    let (found, access) = issues::load_issue(db, None, issue_id).await?;
    // A merged issue is followed where its reports went.
    let issue_id = match (found.status, found.duplicate_of) {
        (IssueStatus::Duplicate, Some(target)) => target,
        _ => found.id,
    };
    let now = Utc::now();
    // One statement whatever the race: concurrent requests for the same address make one row.
    issue_follow::Entity::insert(issue_follow::ActiveModel {
        id: Set(FollowId::new()),
        issue_id: Set(issue_id),
        email: Set(email.as_str().to_owned()),
        locale: Set(locale.as_str().to_owned()),
        created_at: Set(now),
        confirmed_at: Set(None),
        confirmation_sent_at: Set(None),
        frequency: Set(frequency.as_str().to_owned()),
        time_zone: Set(time_zone.clone()),
        last_digest_at: Set(None),
    })
    .on_conflict(
        OnConflict::columns([issue_follow::Column::IssueId, issue_follow::Column::Email])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    let Some(row) = issue_follow::Entity::find()
        .filter(issue_follow::Column::IssueId.eq(issue_id))
        .filter(issue_follow::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
    else {
        // Unsubscribed at the same instant: nothing to confirm.
        return Ok(accepted());
    };
    if row.confirmed_at.is_some() || !may_send_confirmation(row.confirmation_sent_at, now) {
        return Ok(accepted());
    }
    // Claim the sending by a conditional write, so of many requests at once one sends. The
    // language and frequency asked for last are the ones the messages follow.
    let claimed = issue_follow::Entity::update_many()
        .col_expr(issue_follow::Column::ConfirmationSentAt, Expr::value(now))
        .col_expr(issue_follow::Column::Locale, Expr::value(locale.as_str()))
        .col_expr(
            issue_follow::Column::Frequency,
            Expr::value(frequency.as_str()),
        )
        .col_expr(issue_follow::Column::TimeZone, Expr::value(time_zone))
        .filter(issue_follow::Column::Id.eq(row.id))
        .filter(issue_follow::Column::ConfirmedAt.is_null())
        .filter(
            Condition::any()
                .add(issue_follow::Column::ConfirmationSentAt.is_null())
                .add(issue_follow::Column::ConfirmationSentAt.lte(now - CONFIRMATION_COOLDOWN)),
        )
        .exec(db)
        .await?
        .rows_affected;
    if claimed == 0 {
        return Ok(accepted());
    }
    if let Some(mailer) = mailer {
        let title = issues::follow_title(db, &found, &access.neighbourhood.name).await?;
        let token = keys
            .sign_link(CONFIRM_PURPOSE, row.id.into_uuid(), CONFIRM_LINK_TTL)
            .map_err(AppError::Internal)?;
        let base = mailer.base_url().trim_end_matches('/');
        let action = format!("{base}/follow/confirm#token={token}");
        let issue = format!("{base}/issues/{issue_id}");
        let body = follow_mail(
            locale,
            &FollowMail::Confirm {
                issue_title: &title,
            },
            &Links {
                issue: &issue,
                action: &action,
            },
        );
        mailer.send_in_background(row.email, body);
    }
    Ok(accepted())
}

fn refused(refusal: LinkRefusal) -> AppError {
    match refusal {
        LinkRefusal::Expired => AppError::Gone(crate::msg!("follow-link-expired").into()),
        LinkRefusal::Invalid => AppError::BadRequest(crate::msg!("follow-link-invalid").into()),
    }
}

/// Confirms a follow from the link in its confirmation e-mail (repeating changes nothing). A
/// follow that no longer exists (unsubscribed, never confirmed in time, its issue deleted) is 410.
pub async fn confirm(
    db: &impl ConnectionTrait,
    keys: &JwtKeys,
    token: &str,
) -> AppResult<FollowConfirmed> {
    let id = FollowId::from(keys.verify_link(CONFIRM_PURPOSE, token).map_err(refused)?);
    issue_follow::Entity::update_many()
        .col_expr(issue_follow::Column::ConfirmedAt, Expr::value(Utc::now()))
        .filter(issue_follow::Column::Id.eq(id))
        .filter(issue_follow::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    let follow = issue_follow::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::Gone(crate::msg!("follow-ended").into()))?;
    Ok(FollowConfirmed {
        issue_id: follow.issue_id,
    })
}

/// What changing how often answers.
#[derive(Debug, Serialize, ToSchema)]
pub struct FollowFrequencyChanged {
    pub frequency: FollowFrequency,
}

/// Changes how often a confirmed follow hears about its issue, from the link in one of its
/// e-mails (the unsubscribe link: whoever may stop the e-mails may space them out). Updates
/// already waiting for a daily message go out at the next check after switching back to a
/// message per change. A follow that ended is 410.
pub async fn change_frequency(
    db: &impl ConnectionTrait,
    keys: &JwtKeys,
    token: &str,
    frequency: FollowFrequency,
) -> AppResult<FollowFrequencyChanged> {
    let id = FollowId::from(
        keys.verify_link(UNSUBSCRIBE_PURPOSE, token)
            .map_err(refused)?,
    );
    let changed = issue_follow::Entity::update_many()
        .col_expr(
            issue_follow::Column::Frequency,
            Expr::value(frequency.as_str()),
        )
        .filter(issue_follow::Column::Id.eq(id))
        .exec(db)
        .await?
        .rows_affected;
    if changed == 0 {
        return Err(AppError::Gone(crate::msg!("follow-ended").into()));
    }
    Ok(FollowFrequencyChanged { frequency })
}

/// Ends a follow from a link in one of its e-mails: the row, the address with it, and any
/// message still waiting are deleted. Repeating it, or using it after the follow ended, is fine.
pub async fn unsubscribe(db: &impl ConnectionTrait, keys: &JwtKeys, token: &str) -> AppResult<()> {
    let id = FollowId::from(
        keys.verify_link(UNSUBSCRIBE_PURPOSE, token)
            .map_err(refused)?,
    );
    // The outbox rows go with the row (ON DELETE CASCADE).
    issue_follow::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// The signed unsubscribe token of a follow (in every update it receives).
pub(crate) fn unsubscribe_token(keys: &JwtKeys, id: FollowId) -> AppResult<String> {
    keys.sign_link(UNSUBSCRIBE_PURPOSE, id.into_uuid(), UNSUBSCRIBE_LINK_TTL)
        .map_err(AppError::Internal)
}

/// Rows per multi-row INSERT (well under either database's bound on parameters).
const CHUNK: usize = 1_000;

/// Called by the issue's writers inside the transaction of a change: writes one outbox row per
/// confirmed follower of `issue_id`. Those of followers who want a message per change are handed
/// to the sender after commit; the rest wait for the daily message (`mail::send_digests`). A
/// private neighbourhood's followers get nothing (it may have become private after they followed).
pub(crate) async fn queue_update(
    tx: &mut Transaction,
    neighbourhood: &neighbourhood::Model,
    update: FollowUpdate,
) -> AppResult<()> {
    if neighbourhood.visibility != Visibility::Public {
        return Ok(());
    }
    let followers: Vec<(FollowId, String)> = issue_follow::Entity::find()
        .select_only()
        .column(issue_follow::Column::Id)
        .column(issue_follow::Column::Frequency)
        .filter(issue_follow::Column::IssueId.eq(update.issue_id))
        .filter(issue_follow::Column::ConfirmedAt.is_not_null())
        .order_by_asc(issue_follow::Column::Id)
        .into_tuple()
        .all(&**tx)
        .await?;
    if followers.is_empty() {
        return Ok(());
    }
    let data = serde_json::to_value(&update).map_err(|e| AppError::Internal(e.into()))?;
    let now = Utc::now();
    let mut queued = Vec::with_capacity(followers.len());
    for chunk in followers.chunks(CHUNK) {
        let mut insert = Query::insert();
        insert.into_table(issue_follow_mail::Entity).columns([
            issue_follow_mail::Column::Id,
            issue_follow_mail::Column::FollowId,
            issue_follow_mail::Column::Data,
            issue_follow_mail::Column::CreatedAt,
        ]);
        for (follow, frequency) in chunk {
            let id = Uuid::now_v7();
            insert
                .values([id.into(), (*follow).into(), data.clone().into(), now.into()])
                .map_err(|e| AppError::Internal(e.into()))?;
            if FollowFrequency::from_stored(frequency) == FollowFrequency::Immediate {
                queued.push(id);
            }
        }
        tx.execute(tx.get_database_backend().build(&insert)).await?;
    }
    tx.queue_outbox(queued);
    Ok(())
}

/// Called by a merge inside its transaction, after the merge's own message was queued: the
/// source's follows move to the target, except addresses that already follow it (they stay on
/// the merged issue, which changes no more).
pub(crate) async fn move_follows(
    db: &impl ConnectionTrait,
    source: IssueId,
    target: IssueId,
) -> AppResult<()> {
    let already = Query::select()
        .column(issue_follow::Column::Email)
        .from(issue_follow::Entity)
        .and_where(issue_follow::Column::IssueId.eq(target))
        .to_owned();
    issue_follow::Entity::update_many()
        .col_expr(issue_follow::Column::IssueId, Expr::value(target))
        .filter(issue_follow::Column::IssueId.eq(source))
        .filter(issue_follow::Column::Email.not_in_subquery(already))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes follows never confirmed whose last confirmation link has lapsed (the address is kept
/// no longer than it can still be confirmed); returns how many.
pub async fn prune_unconfirmed(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<u64> {
    let lapsed = now - CONFIRM_LINK_TTL;
    Ok(issue_follow::Entity::delete_many()
        .filter(issue_follow::Column::ConfirmedAt.is_null())
        .filter(
            Condition::any()
                .add(issue_follow::Column::ConfirmationSentAt.lt(lapsed))
                .add(
                    Condition::all()
                        .add(issue_follow::Column::ConfirmationSentAt.is_null())
                        .add(issue_follow::Column::CreatedAt.lt(lapsed)),
                ),
        )
        .exec(db)
        .await?
        .rows_affected)
}
