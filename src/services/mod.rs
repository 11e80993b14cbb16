//! One module per capability. Service functions take `&impl ConnectionTrait` (or the state they
//! need), check authorization through `auth::policy`, do their work in a transaction where more
//! than one row changes, and return API view types.

pub mod accounts;
pub mod memberships;
pub mod neighbourhoods;
pub mod organisations;

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
