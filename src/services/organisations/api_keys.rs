//! API keys an organisation issues to the apps that file Open311 service requests for it.
//!
//! A key is 256 random bits shown once when issued; only its SHA-256 is stored. Each key has an
//! intake account that files every request the key sends (never a resident named only by an
//! e-mail in the request), so every report still has a reporter and supporter rows stay one per
//! person.

use chrono::{DateTime, Utc};
use entity::ids::{OrganisationId, UserId};
use entity::{api_key, organisation, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    auth::{password, policy::require_organisation_staff_or_admin, token},
    error::{AppError, AppResult},
};

/// Keys start with this, so a leaked one is easy to recognise (and to grep for).
const KEY_PREFIX: &str = "cg311_";
/// How much of the key is kept in clear to tell keys apart.
const SHOWN_PREFIX_CHARS: usize = 12;

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiKeyView {
    pub id: Uuid,
    pub name: String,
    /// The key's first characters.
    pub prefix: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<api_key::Model> for ApiKeyView {
    fn from(k: api_key::Model) -> Self {
        Self {
            id: k.id,
            name: k.name,
            prefix: k.key_prefix,
            created_at: k.created_at,
            last_used_at: k.last_used_at,
            revoked_at: k.revoked_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IssuedApiKey {
    #[serde(flatten)]
    pub key: ApiKeyView,
    /// The key itself: shown this once, never again.
    pub api_key: String,
}

pub const MIN_NAME_CHARS: usize = 2;
pub const MAX_NAME_CHARS: usize = 80;

fn parse_name(name: &str) -> AppResult<String> {
    let name = name.trim();
    if (MIN_NAME_CHARS..=MAX_NAME_CHARS).contains(&name.chars().count())
        && !name.chars().any(char::is_control)
    {
        Ok(name.to_owned())
    } else {
        Err(AppError::invalid(
            "name",
            format!("must be {MIN_NAME_CHARS} to {MAX_NAME_CHARS} characters of plain text"),
        ))
    }
}

/// Issues a key (the organisation's staff, platform admins).
pub async fn issue<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor: &user::Model,
    organisation_id: OrganisationId,
    name: &str,
) -> AppResult<IssuedApiKey> {
    require_organisation_staff_or_admin(db, actor, organisation_id).await?;
    let name = parse_name(name)?;
    let organisation = organisation::Entity::find_by_id(organisation_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("organisation"))?;
    let id = Uuid::now_v7();
    let secret = format!("{KEY_PREFIX}{}", token::new_opaque_token());
    // The intake account can never sign in: its password is random and thrown away.
    let unusable_password = password::hash(token::new_opaque_token()).await?;
    let now = Utc::now();
    let tx = db.begin().await?;
    let intake = user::ActiveModel {
        id: Set(UserId::new()),
        email: Set(format!("open311-{id}@intake.invalid")),
        display_name: Set(intake_name(&organisation.name, &name)),
        password_hash: Set(unusable_password),
        is_platform_admin: Set(false),
        event_seq: Set(0),
        token_generation: Set(0),
        locale: Set(None),
        time_zone: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&tx)
    .await?;
    let key = api_key::ActiveModel {
        id: Set(id),
        organisation_id: Set(organisation_id),
        name: Set(name),
        key_hash: Set(token::digest_opaque_token(&secret)),
        key_prefix: Set(secret.chars().take(SHOWN_PREFIX_CHARS).collect()),
        intake_user_id: Set(intake.id),
        created_by: Set(Some(actor.id)),
        created_at: Set(now),
        last_used_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(&tx)
    .await?;
    tx.commit().await?;
    Ok(IssuedApiKey {
        key: key.into(),
        api_key: secret,
    })
}

/// "Open311: Bristol City Council (FixMyStreet)", within the 80 characters a name may have.
fn intake_name(organisation: &str, key: &str) -> String {
    format!("Open311: {organisation} ({key})")
        .chars()
        .take(80)
        .collect()
}

/// The organisation's keys, newest first, revoked ones included (for the audit trail).
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    organisation_id: OrganisationId,
) -> AppResult<Vec<ApiKeyView>> {
    require_organisation_staff_or_admin(db, actor, organisation_id).await?;
    Ok(api_key::Entity::find()
        .filter(api_key::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(api_key::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(ApiKeyView::from)
        .collect())
}

/// Revokes a key at once; requests presenting it are refused from then on.
pub async fn revoke(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    organisation_id: OrganisationId,
    key_id: Uuid,
) -> AppResult<ApiKeyView> {
    require_organisation_staff_or_admin(db, actor, organisation_id).await?;
    let key = api_key::Entity::find_by_id(key_id)
        .one(db)
        .await?
        .filter(|k| k.organisation_id == organisation_id)
        .ok_or_else(|| AppError::not_found("API key"))?;
    if key.revoked_at.is_some() {
        return Ok(key.into());
    }
    let mut active: api_key::ActiveModel = key.into();
    active.revoked_at = Set(Some(Utc::now()));
    Ok(active.update(db).await?.into())
}

/// The live key matching what a client presented, if any; notes when it was last used.
pub async fn authenticate(
    db: &impl ConnectionTrait,
    presented: &str,
) -> AppResult<Option<api_key::Model>> {
    if !presented.starts_with(KEY_PREFIX) {
        return Ok(None);
    }
    let Some(key) = api_key::Entity::find()
        .filter(api_key::Column::KeyHash.eq(token::digest_opaque_token(presented)))
        .filter(api_key::Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let now = Utc::now();
    // At most one write a minute per key, so busy integrations do not contend on this row.
    if key
        .last_used_at
        .is_none_or(|at| now - at > chrono::Duration::minutes(1))
    {
        let mut active: api_key::ActiveModel = key.clone().into();
        active.last_used_at = Set(Some(now));
        active.update(db).await?;
    }
    Ok(Some(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_plain_and_bounded() {
        assert_eq!(parse_name("  FixMyStreet  ").unwrap(), "FixMyStreet");
        assert!(parse_name("x").is_err());
        assert!(parse_name(&"x".repeat(81)).is_err());
        assert!(parse_name("line\nbreak").is_err());
    }

    #[test]
    fn intake_names_fit_a_display_name() {
        let long = intake_name(&"Council ".repeat(20), "app");
        assert_eq!(long.chars().count(), 80);
        assert_eq!(
            intake_name("Bristol City Council", "FixMyStreet"),
            "Open311: Bristol City Council (FixMyStreet)"
        );
    }
}
