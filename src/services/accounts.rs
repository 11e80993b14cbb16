//! Registration, sign-in, token refresh with rotation and reuse detection, and the caller's own
//! profile.

use entity::ids::{NeighbourhoodId, OrganisationId, UserId};
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use entity::{membership, neighbourhood, organisation, organisation_staff, refresh_token, user};
use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, SqlErr, TransactionTrait,
};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    auth::{password, throttle, token},
    domain::{
        account::{DisplayName, Email, NewPassword, TimeZone, MAX_PASSWORD_CHARS},
        invitation::registration_attempt_mail,
        membership::{effective_status, MembershipStatus, Role},
    },
    error::{AppError, AppResult},
    i18n::{Locale, RequestLocale},
    rate_limit::{Limit, RateLimiter},
    services::notifications::mail::Mailer,
    support::fields::FieldCheck,
};

/// A person's account as they and admins see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserView {
    #[schema(value_type = Uuid)]
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub is_platform_admin: bool,
    pub created_at: DateTime<Utc>,
}

impl From<user::Model> for UserView {
    fn from(u: user::Model) -> Self {
        Self {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            is_platform_admin: u.is_platform_admin,
            created_at: u.created_at,
        }
    }
}

/// OAuth 2 style token answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenPair {
    pub access_token: String,
    /// Single use: each refresh returns a new one.
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyMembership {
    #[schema(value_type = Uuid)]
    pub neighbourhood_id: NeighbourhoodId,
    pub neighbourhood_name: String,
    pub role: Role,
    pub status: MembershipStatus,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationRef {
    #[schema(value_type = Uuid)]
    pub id: OrganisationId,
    pub name: String,
}

/// The signed-in user with where they belong.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    #[serde(flatten)]
    pub user: UserView,
    pub memberships: Vec<MyMembership>,
    /// Organisations this person works for (as a service manager).
    pub organisations: Vec<OrganisationRef>,
    /// The language they chose; none: pages follow the browser, e-mails the deployment default.
    pub locale: Option<Locale>,
    /// Their IANA time zone ("Europe/Warsaw"), which e-mails and digests are timed in.
    pub time_zone: Option<String>,
}

/// What issuing a token pair needs: the access-token keys and how long a refresh token lasts.
#[derive(Clone, Copy)]
pub struct TokenIssuer<'a> {
    pub jwt: &'a token::JwtKeys,
    pub refresh_ttl_days: i64,
}

pub struct Registration {
    pub email: String,
    pub display_name: String,
    pub password: String,
}

/// What registering did. The HTTP answer is the same either way (see `register`).
pub enum Registered {
    Created(UserView),
    /// The address already has an account: this is its owner.
    Taken(user::Model),
}

/// Registration as the API offers it: the same answer whether the address was new or taken, so
/// registering cannot be used to find out who has an account. The owner of a taken address is
/// told by e-mail (when SMTP is configured), from a task of its own so the answer's timing does
/// not depend on it.
/// `Limit::AccountNotice` bounds how many such e-mails one owner gets; over it they are dropped silently.
pub async fn register(
    db: &impl ConnectionTrait,
    mailer: Option<&Mailer>,
    limits: &RateLimiter,
    input: Registration,
) -> AppResult<()> {
    if let Registered::Taken(owner) = create_account(db, input).await? {
        tracing::info!(user_id = %owner.id, "registration attempted with a taken address");
        if let Some(mailer) = mailer {
            if limits.hit(Limit::AccountNotice, owner.id).await.is_ok() {
                let body = registration_attempt_mail(mailer.locale_of(&owner), mailer.base_url());
                mailer.send_in_background(owner.email, body);
            }
        }
    }
    Ok(())
}

/// Creates an account, or finds that the address is taken. The password is hashed in both cases
/// (the costly step), so the time taken does not tell them apart either.
pub async fn create_account(
    db: &impl ConnectionTrait,
    input: Registration,
) -> AppResult<Registered> {
    let mut check = FieldCheck::new();
    let email = check.check("email", Email::parse(&input.email));
    let display_name = check.check("display_name", DisplayName::parse(&input.display_name));
    let new_password = check.check("password", NewPassword::parse(&input.password));
    check.finish()?;
    let (Some(email), Some(display_name), Some(new_password)) = (email, display_name, new_password)
    else {
        return Err(AppError::BadRequest(
            crate::msg!("account-invalid-registration").into(),
        ));
    };

    let password_hash = password::hash(new_password.expose().to_owned()).await?;
    if let Some(owner) = find_by_email(db, &email).await? {
        return Ok(Registered::Taken(owner));
    }
    let now = Utc::now();
    let created = user::ActiveModel {
        id: Set(UserId::new()),
        email: Set(email.as_str().to_owned()),
        display_name: Set(display_name.into_inner()),
        password_hash: Set(password_hash),
        is_platform_admin: Set(false),
        event_seq: Set(0),
        token_generation: Set(0),
        // They signed up in this language, so e-mails start in it too.
        locale: Set(Some(RequestLocale::current().as_str().to_owned())),
        time_zone: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await;
    match created {
        Ok(created) => Ok(Registered::Created(created.into())),
        // A registration with the same address committed in between: the same as taken.
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            match find_by_email(db, &email).await? {
                Some(owner) => Ok(Registered::Taken(owner)),
                None => Err(error.into()),
            }
        }
        Err(error) => Err(error.into()),
    }
}

async fn find_by_email(db: &impl ConnectionTrait, email: &Email) -> AppResult<Option<user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?)
}

/// Checks credentials. The attempt is reserved in the login throttle before the password is
/// verified, so concurrent guesses cannot outrun the limit (`auth::throttle`).
pub async fn login(
    db: &impl ConnectionTrait,
    limits: &RateLimiter,
    issuer: TokenIssuer<'_>,
    email: &str,
    password_attempt: String,
    client_address: &str,
) -> AppResult<TokenPair> {
    // No account has a longer password, and argon2's cost grows with its length.
    if password_attempt.chars().count() > MAX_PASSWORD_CHARS {
        return Err(AppError::invalid(
            "password",
            crate::msg!(
                "account-must-at-most-max-characters",
                max = MAX_PASSWORD_CHARS
            ),
        ));
    }
    let attempt = throttle::reserve(limits, email, client_address).await?;

    let user = match Email::parse(email) {
        Ok(email) => find_by_email(db, &email).await?,
        Err(_) => None,
    };
    // Verify against a decoy when there is no such account, so timing does not reveal accounts.
    let stored = user
        .as_ref()
        .map(|u| u.password_hash.clone())
        .unwrap_or_else(|| password::decoy_hash().to_owned());
    let verified = password::verify(password_attempt, stored).await?;

    match user {
        Some(user) if verified => {
            attempt.succeeded().await;
            tracing::info!(user_id = %user.id, "signed in");
            issue_tokens(db, issuer, &user, Uuid::now_v7()).await
        }
        // The reserved attempt stays counted.
        _ => Err(AppError::Unauthenticated(
            crate::msg!("account-e-mail-address-password-incorrect").into(),
        )),
    }
}

async fn issue_tokens(
    db: &impl ConnectionTrait,
    issuer: TokenIssuer<'_>,
    user: &user::Model,
    family_id: Uuid,
) -> AppResult<TokenPair> {
    let refresh = store_refresh_token(db, issuer, user.id, family_id).await?;
    Ok(TokenPair {
        access_token: issuer.jwt.issue(user.id, user.token_generation)?,
        refresh_token: refresh,
        token_type: "Bearer",
        expires_in: issuer.jwt.ttl_secs(),
    })
}

async fn store_refresh_token(
    db: &impl ConnectionTrait,
    issuer: TokenIssuer<'_>,
    user_id: UserId,
    family_id: Uuid,
) -> AppResult<String> {
    let raw = token::new_opaque_token();
    let now = Utc::now();
    refresh_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        family_id: Set(family_id),
        token_hash: Set(token::digest_opaque_token(&raw)),
        expires_at: Set(now + Duration::days(issuer.refresh_ttl_days)),
        used_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(raw)
}

/// Exchanges a refresh token for a new pair. Each token works once: presenting a spent token
/// means it was copied, so the whole family (every token from that sign-in) is revoked.
pub async fn refresh(
    db: &impl TransactionTrait,
    issuer: TokenIssuer<'_>,
    presented: &str,
) -> AppResult<TokenPair> {
    let rejected = || {
        AppError::Unauthenticated(
            crate::msg!("account-refresh-token-invalid-expired-revoked").into(),
        )
    };
    if presented.len() > token::MAX_OPAQUE_TOKEN_CHARS {
        return Err(rejected());
    }
    let txn = db.begin().await?;
    let Some(stored) = refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(token::digest_opaque_token(presented)))
        .one(&txn)
        .await?
    else {
        return Err(rejected());
    };
    let now = Utc::now();
    if stored.revoked_at.is_some() || stored.expires_at <= now {
        return Err(rejected());
    }
    // Conditional write: of two concurrent uses of one token, exactly one wins.
    let claimed = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::UsedAt, Expr::value(now))
        .filter(refresh_token::Column::Id.eq(stored.id))
        .filter(refresh_token::Column::UsedAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    if !claimed {
        revoke_family(&txn, stored.family_id).await?;
        txn.commit().await?;
        tracing::warn!(user_id = %stored.user_id, family_id = %stored.family_id, "refresh token reused; family revoked");
        return Err(rejected());
    }
    // The current generation: a sign-out elsewhere refused the old access tokens, and this
    // still-valid refresh token earns one that works.
    let owner = user::Entity::find_by_id(stored.user_id)
        .one(&txn)
        .await?
        .ok_or_else(rejected)?;
    let refresh = store_refresh_token(&txn, issuer, stored.user_id, stored.family_id).await?;
    txn.commit().await?;
    Ok(TokenPair {
        access_token: issuer.jwt.issue(owner.id, owner.token_generation)?,
        refresh_token: refresh,
        token_type: "Bearer",
        expires_in: issuer.jwt.ttl_secs(),
    })
}

async fn revoke_family(db: &impl ConnectionTrait, family_id: Uuid) -> AppResult<()> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(refresh_token::Column::FamilyId.eq(family_id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends the sign-in the refresh token belongs to, and refuses every access token issued so far
/// to its owner (other devices get a fresh one with their own refresh token, without noticing).
/// Unknown tokens are ignored: signing out is idempotent and must not reveal which tokens exist.
pub async fn logout(db: &impl ConnectionTrait, presented: &str) -> AppResult<()> {
    // Unknown tokens are a quiet no-op, but text longer than any token is not one at all.
    if presented.len() > token::MAX_OPAQUE_TOKEN_CHARS {
        return Err(AppError::invalid(
            "refresh_token",
            crate::msg!(
                "account-must-at-most-max-characters",
                max = token::MAX_OPAQUE_TOKEN_CHARS
            ),
        ));
    }
    let stored = refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(token::digest_opaque_token(presented)))
        .one(db)
        .await?;
    if let Some(stored) = stored {
        revoke_family(db, stored.family_id).await?;
        revoke_access_tokens(db, stored.user_id).await?;
    }
    Ok(())
}

/// Bumps the user's token generation, which every access token carries: all issued so far are
/// refused from the next request on, on every instance. One conditional-free increment, so
/// concurrent sign-outs never lose a bump.
async fn revoke_access_tokens(db: &impl ConnectionTrait, user_id: UserId) -> AppResult<()> {
    user::Entity::update_many()
        .col_expr(
            user::Column::TokenGeneration,
            Expr::col(user::Column::TokenGeneration).add(1),
        )
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn me(db: &impl ConnectionTrait, user: user::Model) -> AppResult<Me> {
    let now = Utc::now();
    let memberships = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user.id))
        .find_also_related(neighbourhood::Entity)
        .order_by_asc(membership::Column::JoinedAt)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(m, n)| {
            Some(MyMembership {
                neighbourhood_id: m.neighbourhood_id,
                neighbourhood_name: n?.name,
                role: m.role,
                status: effective_status(m.status, m.suspended_until, now),
            })
        })
        .collect();
    let organisations = organisation_staff::Entity::find()
        .filter(organisation_staff::Column::UserId.eq(user.id))
        .find_also_related(organisation::Entity)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(_, o)| {
            o.map(|o| OrganisationRef {
                id: o.id,
                name: o.name,
            })
        })
        .collect();
    Ok(Me {
        locale: user.locale.as_deref().and_then(Locale::from_tag),
        time_zone: user.time_zone.clone(),
        user: user.into(),
        memberships,
        organisations,
    })
}

pub struct ProfileChange {
    pub display_name: Option<String>,
    pub password: Option<String>,
    pub current_password: Option<String>,
    pub locale: Option<Locale>,
    pub time_zone: Option<String>,
}

/// Changes the caller's display name and/or password. A new password needs the current one
/// (checked under the same throttle as sign-in, so a stolen access token does not buy unlimited
/// guesses), and signs out every session, this one included (all refresh tokens are revoked and
/// all access tokens refused): whoever knew the old password may hold a token.
pub async fn update_me(
    db: &impl ConnectionTrait,
    limits: &RateLimiter,
    client_address: &str,
    user: user::Model,
    change: ProfileChange,
) -> AppResult<Me> {
    let mut check = FieldCheck::new();
    let display_name = change
        .display_name
        .as_deref()
        .and_then(|raw| check.check("display_name", DisplayName::parse(raw)));
    let new_password = change
        .password
        .as_deref()
        .and_then(|raw| check.check("password", NewPassword::parse(raw)));
    if change.password.is_some() && change.current_password.is_none() {
        check.add(
            "current_password",
            crate::msg!("account-required-set-new-password"),
        );
    }
    if change
        .current_password
        .as_ref()
        .is_some_and(|p| p.chars().count() > MAX_PASSWORD_CHARS)
    {
        check.add(
            "current_password",
            crate::msg!(
                "account-must-at-most-max-characters",
                max = MAX_PASSWORD_CHARS
            ),
        );
    }
    let time_zone = change
        .time_zone
        .as_deref()
        .and_then(|raw| check.check("time_zone", TimeZone::parse(raw)));
    check.finish()?;

    let mut active: user::ActiveModel = user.clone().into();
    if let Some(name) = display_name {
        active.display_name = Set(name.into_inner());
    }
    if let Some(locale) = change.locale {
        active.locale = Set(Some(locale.as_str().to_owned()));
    }
    if let Some(zone) = time_zone {
        active.time_zone = Set(Some(zone.into_inner()));
    }
    if let (Some(new_password), Some(current)) = (new_password, change.current_password) {
        let attempt = throttle::reserve(limits, &user.email, client_address).await?;
        if !password::verify(current, user.password_hash.clone()).await? {
            return Err(AppError::invalid(
                "current_password",
                crate::msg!("account-not-current-password"),
            ));
        }
        attempt.succeeded().await;
        active.password_hash = Set(password::hash(new_password.expose().to_owned()).await?);
        refresh_token::Entity::update_many()
            .col_expr(refresh_token::Column::RevokedAt, Expr::value(Utc::now()))
            .filter(refresh_token::Column::UserId.eq(user.id))
            .filter(refresh_token::Column::RevokedAt.is_null())
            .exec(db)
            .await?;
        revoke_access_tokens(db, user.id).await?;
    }
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    me(db, updated).await
}

/// Grants platform admin rights (the `admin grant-admin` command).
pub async fn grant_platform_admin(db: &impl ConnectionTrait, email: &str) -> AppResult<UserView> {
    let email = Email::parse(email).map_err(|m| AppError::invalid("email", m))?;
    let user = find_by_email(db, &email)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-account")))?;
    let mut active: user::ActiveModel = user.into();
    active.is_platform_admin = Set(true);
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?.into())
}

/// The display names of these people (for lists that show who did what); unknown ids are left out.
pub async fn display_names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = UserId>,
) -> AppResult<HashMap<UserId, String>> {
    let ids: HashSet<UserId> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::DisplayName)
        .filter(user::Column::Id.is_in(ids))
        .into_tuple::<(UserId, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}
