//! One module per capability. Service functions take `&impl ConnectionTrait` (or the state they
//! need), check authorization through `auth::policy`, do their work in a transaction where more
//! than one row changes, and return API view types.

pub mod accounts;
pub mod memberships;
pub mod neighbourhoods;
pub mod organisations;
