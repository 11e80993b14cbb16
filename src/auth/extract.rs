//! Extractors that turn a bearer token into the signed-in user. A handler that takes `AuthUser`
//! cannot run for an anonymous caller; one that takes `MaybeUser` serves both, but a token that
//! is present and invalid is still refused (a client should learn its token expired).

use std::{future::Future, pin::Pin};

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};
use entity::user;
use sea_orm::{ConnectionTrait, EntityTrait};

use super::token::JwtKeys;
use crate::{error::AppError, state::AppState};

/// The signed-in user, loaded fresh for each request so a deleted account stops working at once.
pub struct AuthUser(pub user::Model);

/// The signed-in user, if any.
pub struct MaybeUser(pub Option<user::Model>);

impl FromRequest for AuthUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            match authenticate(&req).await? {
                Some(user) => Ok(AuthUser(user)),
                None => Err(AppError::Unauthenticated(
                    crate::msg!("auth-sign-send-authorization-bearer-access").into(),
                )),
            }
        })
    }
}

impl FromRequest for MaybeUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(MaybeUser(authenticate(&req).await?)) })
    }
}

async fn authenticate(req: &HttpRequest) -> Result<Option<user::Model>, AppError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let token = value
        .to_str()
        .ok()
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
        .ok_or_else(|| {
            AppError::Unauthenticated(
                crate::msg!("auth-authorization-header-must-bearer-token").into(),
            )
        })?;
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("application state missing")))?;
    user_for_token(&state.db, &state.jwt, token).await.map(Some)
}

/// The user an access token belongs to; also used by the WebSocket handshake. A token issued
/// before the user's last sign-out or password change (an older `token_generation`) is refused:
/// the row is loaded anyway, so revocation costs no extra query.
pub async fn user_for_token(
    db: &impl ConnectionTrait,
    jwt: &JwtKeys,
    token: &str,
) -> Result<user::Model, AppError> {
    let invalid =
        || AppError::Unauthenticated(crate::msg!("auth-access-token-invalid-has-expired").into());
    let claims = jwt.verify(token).ok_or_else(invalid)?;
    user::Entity::find_by_id(claims.sub)
        .one(db)
        .await?
        .filter(|user| user.token_generation == claims.generation)
        .ok_or_else(invalid)
}
