//! One id type per resource, so the ids of different resources cannot be swapped by accident: a
//! function that takes an `IssueId` does not accept a `TaskId`, though both are UUIDv7s in the
//! database and on the wire.
//!
//! ```
//! use entity::ids::{IssueId, TaskId};
//!
//! fn close(issue: IssueId) -> uuid::Uuid {
//!     issue.into_uuid()
//! }
//! let issue = IssueId::new();
//! assert_eq!(close(issue), issue.0);
//! # let _ = TaskId::new();
//! ```
//!
//! ```compile_fail
//! use entity::ids::{IssueId, TaskId};
//!
//! fn close(issue: IssueId) {}
//! close(TaskId::new()); // a task's id is not an issue's
//! ```
//!
//! ```compile_fail
//! use entity::ids::{NeighbourhoodId, UserId};
//!
//! fn join(neighbourhood: NeighbourhoodId, member: UserId) {}
//! join(UserId::new(), NeighbourhoodId::new()); // the arguments swapped
//! ```
//!
//! ```compile_fail
//! use entity::ids::{PostId, ThreadId};
//!
//! fn reply_in(thread: ThreadId, parent: PostId) {}
//! let post = PostId::new();
//! reply_in(post, post); // a post's id is not its thread's
//! ```
//!
//! Each is stored as the UUID itself (`DeriveValueType`, so `Column::X.eq(id)` works and no
//! schema changes), serialised as the bare UUID string (`serde(transparent)`), and described in
//! the API document as a `uuid` string: it implements utoipa's `PartialSchema` only, so a view
//! field of an id type says `#[schema(value_type = Uuid)]` and the document stays as it was (a
//! field that forgets it does not compile, rather than growing a new component).

use std::{fmt, str::FromStr};

use sea_orm::{DbErr, DeriveValueType, TryFromU64};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Declares id newtypes over `Uuid` with the same conversions each.
macro_rules! id_types {
    ($( $(#[$meta:meta])* $name:ident ),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
            DeriveValueType,
        )]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh time-ordered id (UUIDv7), as every row gets.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }

            pub fn into_uuid(self) -> Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Uuid::from_str(text).map(Self)
            }
        }

        /// Ids are never numbers the database hands out; sea-orm asks only for primary keys.
        impl TryFromU64 for $name {
            fn try_from_u64(_: u64) -> Result<Self, DbErr> {
                Err(DbErr::ConvertFromU64(stringify!($name)))
            }
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
                // What utoipa writes for a `Uuid` field.
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .format(Some(SchemaFormat::KnownFormat(KnownFormat::Uuid)))
                    .into()
            }
        }
    )+};
}

id_types! {
    UserId,
    NeighbourhoodId,
    OrganisationId,
    CategoryId,
    IssueId,
    ReportId,
    PhotoId,
    TaskId,
    /// A claim on a task (`task_claims.id`).
    ClaimId,
    ThreadId,
    PostId,
    NotificationId,
    InvitationId,
    /// Someone following an issue by e-mail (`issue_follows.id`).
    FollowId,
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::Value;

    #[test]
    fn an_id_is_its_uuid_in_the_database_in_json_and_in_text() {
        let uuid = Uuid::now_v7();
        let id = IssueId::from(uuid);
        assert_eq!(Value::from(id), Value::from(uuid));
        assert_eq!(
            serde_json::to_value(id).unwrap(),
            serde_json::to_value(uuid).unwrap()
        );
        assert_eq!(
            serde_json::from_value::<IssueId>(serde_json::to_value(uuid).unwrap()).unwrap(),
            id
        );
        assert_eq!(id.to_string(), uuid.to_string());
        assert_eq!(id.to_string().parse::<IssueId>().unwrap(), id);
        assert!("not-a-uuid".parse::<IssueId>().is_err());
        assert_eq!(Uuid::from(id), uuid);
    }

    #[test]
    fn the_schema_is_a_uuid_string() {
        use utoipa::PartialSchema;
        assert_eq!(
            serde_json::to_value(TaskId::schema()).unwrap(),
            serde_json::json!({"type": "string", "format": "uuid"})
        );
    }

    #[test]
    fn new_ids_are_time_ordered() {
        let first = TaskId::new();
        let second = TaskId::new();
        assert!(first < second);
    }
}
