//! One module per capability. Service functions take `&impl ConnectionTrait` (or the state they
//! need), check authorization through `auth::policy`, do their work in a transaction where more
//! than one row changes, and return API view types.

pub mod accounts;
pub mod api_keys;
pub mod calendar;
pub mod categories;
pub mod claims;
pub mod dashboard;
pub mod discussions;
pub mod exports;
pub mod invitations;
pub mod issues;
pub mod mail;
pub mod memberships;
pub mod moderation;
pub mod neighbourhoods;
pub mod notifications;
pub mod open311;
pub mod organisations;
pub mod photos;
pub mod tasks;
pub mod triage;
pub mod volunteer_hours;

use sea_orm::{sea_query::Condition, ColumnTrait, Value};

/// Keyset pagination: rows strictly after `(first, second)` in `ORDER BY first, second` order.
pub(crate) fn keyset_after<A, B>(
    first: impl ColumnTrait,
    first_value: A,
    second: impl ColumnTrait,
    second_value: B,
) -> Condition
where
    A: Into<Value> + Clone,
    B: Into<Value>,
{
    Condition::any().add(first.gt(first_value.clone())).add(
        Condition::all()
            .add(first.eq(first_value))
            .add(second.gt(second_value)),
    )
}

/// Takes the neighbourhood's row lock for the rest of the transaction (by touching
/// `updated_at`), so changes that read before they write (pooling a report, membership checks)
/// apply one at a time per neighbourhood.
pub(crate) async fn lock_neighbourhood(
    db: &impl sea_orm::ConnectionTrait,
    id: uuid::Uuid,
) -> crate::error::AppResult<()> {
    use sea_orm::{sea_query::Expr, EntityTrait, QueryFilter};
    entity::neighbourhood::Entity::update_many()
        .col_expr(
            entity::neighbourhood::Column::UpdatedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(entity::neighbourhood::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub(crate) use neighbourhoods::escape_like;
