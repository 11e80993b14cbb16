//! The one place that decides who may do what. Services load an access value for the caller and
//! ask it; later capabilities (reports, tasks, discussions) reuse the same questions.
//!
//! Private neighbourhoods are invisible to outsiders: every check that fails for someone who may
//! not even see the neighbourhood answers 404, never 403.

use chrono::{DateTime, Utc};
use entity::ids::{NeighbourhoodId, OrganisationId, UserId};
use entity::{membership, neighbourhood, neighbourhood_service, organisation_staff, user};
use sea_orm::{
    sea_query::{Expr, IntoCondition, Query, SelectStatement, SimpleExpr},
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult, JoinType, QueryFilter,
    QueryResult, QuerySelect, RelationTrait, Select,
};

use crate::{
    domain::{
        membership::{effective_status, MembershipStatus, Role},
        neighbourhood::Visibility,
    },
    error::{AppError, AppResult},
    live::Audience,
};

/// What one caller is to one neighbourhood.
#[derive(Debug, Clone)]
pub struct NeighbourhoodAccess {
    pub neighbourhood: neighbourhood::Model,
    /// The caller's membership with its *effective* status (lapsed suspensions count as active).
    pub membership: Option<(Role, MembershipStatus)>,
    /// Staff of an organisation that serves this neighbourhood.
    pub is_service_manager: bool,
    pub is_platform_admin: bool,
}

impl NeighbourhoodAccess {
    /// Loads the neighbourhood and the caller's relation to it; 404 when it does not exist or the
    /// caller may not know it exists.
    pub async fn load(
        db: &impl ConnectionTrait,
        viewer: Option<&user::Model>,
        neighbourhood_id: NeighbourhoodId,
    ) -> AppResult<Self> {
        let access = match viewer {
            None => Self::anonymous(
                neighbourhood::Entity::find_by_id(neighbourhood_id)
                    .one(db)
                    .await?
                    .ok_or_else(|| AppError::not_found(crate::msg!("not-found-neighbourhood")))?,
            ),
            Some(user) => {
                let row = Self::access_select(user.id, neighbourhood_id)
                    .into_model::<AccessRow>()
                    .one(db)
                    .await?
                    .ok_or_else(|| AppError::not_found(crate::msg!("not-found-neighbourhood")))?;
                Self::from_row(row, user)
            }
        };
        access.require_view()
    }

    /// Every request that touches a neighbourhood asks this, so it is one statement: the
    /// neighbourhood, the caller's membership and whether they serve it. Callers may join more to
    /// it (a report adds its category) and read the row with `from_access_row`.
    pub(crate) fn access_select(
        user_id: UserId,
        neighbourhood_id: NeighbourhoodId,
    ) -> Select<neighbourhood::Entity> {
        neighbourhood::Entity::find_by_id(neighbourhood_id)
            .join(
                JoinType::LeftJoin,
                membership::Relation::Neighbourhood
                    .def()
                    .rev()
                    .on_condition(move |_, membership| {
                        Expr::col((membership, membership::Column::UserId))
                            .eq(user_id)
                            .into_condition()
                    }),
            )
            .column_as(membership::Column::Role, "membership_role")
            .column_as(membership::Column::Status, "membership_status")
            .column_as(
                membership::Column::SuspendedUntil,
                "membership_suspended_until",
            )
            .expr_as(
                Expr::exists(serving_staff(user_id, neighbourhood_id)),
                "is_service_manager",
            )
    }

    /// Reads a row of `access_select` (without checking that the caller may see the
    /// neighbourhood: see `require_view`).
    pub(crate) fn from_access_row(row: &QueryResult, user: &user::Model) -> AppResult<Self> {
        Ok(Self::from_row(AccessRow::from_query_result(row, "")?, user))
    }

    fn from_row(row: AccessRow, user: &user::Model) -> Self {
        let membership = row
            .membership_role
            .zip(row.membership_status)
            .map(|(role, status)| {
                (
                    role,
                    effective_status(status, row.membership_suspended_until, Utc::now()),
                )
            });
        Self {
            neighbourhood: row.neighbourhood,
            membership,
            is_service_manager: row.is_service_manager,
            is_platform_admin: user.is_platform_admin,
        }
    }

    /// 404 for a caller who may not know the neighbourhood exists.
    pub(crate) fn require_view(self) -> AppResult<Self> {
        if self.can_view() {
            Ok(self)
        } else {
            Err(AppError::not_found(crate::msg!("not-found-neighbourhood")))
        }
    }

    pub fn anonymous(neighbourhood: neighbourhood::Model) -> Self {
        Self {
            neighbourhood,
            membership: None,
            is_service_manager: false,
            is_platform_admin: false,
        }
    }

    pub fn visibility(&self) -> Visibility {
        self.neighbourhood.visibility
    }

    /// Active or suspended members (suspended members still read along).
    pub fn is_member(&self) -> bool {
        matches!(
            self.membership,
            Some((_, MembershipStatus::Active | MembershipStatus::Suspended))
        )
    }

    /// A member in good standing, who may take part (post, report, claim).
    pub fn is_active_member(&self) -> bool {
        matches!(self.membership, Some((_, MembershipStatus::Active)))
    }

    pub fn is_coordinator(&self) -> bool {
        self.membership == Some((Role::Coordinator, MembershipStatus::Active))
    }

    /// Whether the caller may know this neighbourhood exists and read its public side.
    pub fn can_view(&self) -> bool {
        self.visibility() == Visibility::Public
            || self.membership.is_some()
            || self.is_service_manager
            || self.is_platform_admin
    }

    /// Coordinators run their neighbourhood; platform admins can step in.
    pub fn can_manage(&self) -> bool {
        self.is_coordinator() || self.is_platform_admin
    }

    /// Member lists show names, so only people inside the neighbourhood (and the staff who serve
    /// it) see them.
    pub fn can_see_members(&self) -> bool {
        self.is_member() || self.can_manage() || self.is_service_manager
    }

    /// Reading threads: anyone in a public neighbourhood; in a private one its members
    /// (suspended ones too), the staff serving it and admins (not pending requests).
    pub fn can_read_discussions(&self) -> bool {
        self.visibility() == Visibility::Public
            || self.is_member()
            || self.is_service_manager
            || self.is_platform_admin
    }

    /// Posting, replying, reacting and flagging: members in good standing, the staff of an
    /// organisation serving the neighbourhood, and admins. Suspended members read along only.
    pub fn can_take_part_in_discussions(&self) -> bool {
        self.is_active_member() || self.is_service_manager || self.is_platform_admin
    }

    /// Which live events' data the caller may see (everyone sees every `seq`).
    pub fn audience(&self) -> Audience {
        if self.can_manage() {
            Audience::Coordinators
        } else if self.is_member() || self.is_service_manager {
            Audience::Members
        } else {
            Audience::Everyone
        }
    }

    pub fn require_manage(&self) -> AppResult<()> {
        if self.can_manage() {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                crate::msg!("auth-only-neighbourhood-s-coordinators-can").into(),
            ))
        }
    }

    pub fn require_see_members(&self) -> AppResult<()> {
        if self.can_see_members() {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                crate::msg!("auth-only-members-can-see-who").into(),
            ))
        }
    }
}

/// The caller's row in `NeighbourhoodAccess::load`.
#[derive(Debug, FromQueryResult)]
struct AccessRow {
    #[sea_orm(nested)]
    neighbourhood: neighbourhood::Model,
    membership_role: Option<Role>,
    membership_status: Option<MembershipStatus>,
    membership_suspended_until: Option<DateTime<Utc>>,
    is_service_manager: bool,
}

/// Staff links of the user (an id, or a column of an outer query) to an organisation serving the
/// neighbourhood (for `EXISTS`).
fn serving_staff(
    user: impl Into<SimpleExpr>,
    neighbourhood_id: NeighbourhoodId,
) -> SelectStatement {
    Query::select()
        .expr(Expr::val(1))
        .from(neighbourhood_service::Entity)
        .inner_join(
            organisation_staff::Entity,
            Expr::col((
                organisation_staff::Entity,
                organisation_staff::Column::OrganisationId,
            ))
            .equals((
                neighbourhood_service::Entity,
                neighbourhood_service::Column::OrganisationId,
            )),
        )
        .and_where(
            Expr::col((
                neighbourhood_service::Entity,
                neighbourhood_service::Column::NeighbourhoodId,
            ))
            .eq(neighbourhood_id),
        )
        .and_where(
            Expr::col((
                organisation_staff::Entity,
                organisation_staff::Column::UserId,
            ))
            .eq(user),
        )
        .to_owned()
}

/// Of `people`, those who may still see the neighbourhood: everyone for a public one; for a
/// private one its members (any status), the staff of organisations serving it and platform
/// admins. Notifications about a private neighbourhood go only to them, so someone who left (or
/// was removed, or whose organisation stopped serving it) hears nothing more of it. One statement
/// per 1,000 people, however many there are; the answer keeps the input's order.
pub async fn who_may_see(
    db: &impl ConnectionTrait,
    neighbourhood: &neighbourhood::Model,
    people: &[UserId],
) -> AppResult<Vec<UserId>> {
    if neighbourhood.visibility == Visibility::Public || people.is_empty() {
        return Ok(people.to_vec());
    }
    let mut allowed = std::collections::HashSet::with_capacity(people.len());
    for chunk in people.chunks(1_000) {
        let members = Query::select()
            .expr(Expr::val(1))
            .from(membership::Entity)
            .and_where(
                Expr::col((membership::Entity, membership::Column::NeighbourhoodId))
                    .eq(neighbourhood.id),
            )
            .and_where(
                Expr::col((membership::Entity, membership::Column::UserId))
                    .equals((user::Entity, user::Column::Id)),
            )
            .to_owned();
        let staff = serving_staff(
            Expr::col((user::Entity, user::Column::Id)),
            neighbourhood.id,
        );
        let found: Vec<UserId> = user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .filter(user::Column::Id.is_in(chunk.iter().copied()))
            .filter(
                Condition::any()
                    .add(user::Column::IsPlatformAdmin.eq(true))
                    .add(Expr::exists(members))
                    .add(Expr::exists(staff)),
            )
            .into_tuple()
            .all(db)
            .await?;
        allowed.extend(found);
    }
    Ok(people
        .iter()
        .copied()
        .filter(|p| allowed.contains(p))
        .collect())
}

pub fn require_platform_admin(user: &user::Model) -> AppResult<()> {
    if user.is_platform_admin {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            crate::msg!("auth-only-platform-admins-can-do").into(),
        ))
    }
}

/// Platform admins, and staff of the organisation itself.
pub async fn require_organisation_staff_or_admin(
    db: &impl ConnectionTrait,
    user: &user::Model,
    organisation_id: OrganisationId,
) -> AppResult<()> {
    if user.is_platform_admin {
        return Ok(());
    }
    let staff = organisation_staff::Entity::find_by_id((organisation_id, user.id))
        .one(db)
        .await?;
    if staff.is_some() {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            crate::msg!("auth-only-organisation-s-staff-can").into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::neighbourhood::JoinPolicy;

    fn neighbourhood(visibility: Visibility) -> neighbourhood::Model {
        let now = Utc::now();
        neighbourhood::Model {
            id: NeighbourhoodId::new(),
            name: "Elm Street".into(),
            description: String::new(),
            visibility,
            join_policy: JoinPolicy::Open,
            center_lat: 0.0,
            center_lon: 0.0,
            radius_m: Some(500.0),
            boundary: None,
            min_lat: 0.0,
            max_lat: 0.0,
            min_lon: 0.0,
            max_lon: 0.0,
            member_count: 0,
            event_seq: 0,
            created_by: None,
            created_at: now,
            updated_at: now,
        }
    }

    fn access(
        visibility: Visibility,
        membership: Option<(Role, MembershipStatus)>,
    ) -> NeighbourhoodAccess {
        NeighbourhoodAccess {
            membership,
            ..NeighbourhoodAccess::anonymous(neighbourhood(visibility))
        }
    }

    #[test]
    fn private_neighbourhoods_are_invisible_to_outsiders() {
        assert!(!access(Visibility::Private, None).can_view());
        assert!(access(Visibility::Public, None).can_view());
        assert!(access(
            Visibility::Private,
            Some((Role::Member, MembershipStatus::Pending))
        )
        .can_view());
        let manager = NeighbourhoodAccess {
            is_service_manager: true,
            ..access(Visibility::Private, None)
        };
        assert!(manager.can_view());
    }

    #[test]
    fn only_active_coordinators_manage() {
        assert!(access(
            Visibility::Public,
            Some((Role::Coordinator, MembershipStatus::Active))
        )
        .can_manage());
        assert!(!access(
            Visibility::Public,
            Some((Role::Coordinator, MembershipStatus::Suspended))
        )
        .can_manage());
        assert!(!access(
            Visibility::Public,
            Some((Role::Member, MembershipStatus::Active))
        )
        .can_manage());
        let admin = NeighbourhoodAccess {
            is_platform_admin: true,
            ..access(Visibility::Public, None)
        };
        assert!(admin.can_manage());
    }

    #[test]
    fn suspended_members_read_but_do_not_take_part_in_discussions() {
        let suspended = access(
            Visibility::Private,
            Some((Role::Member, MembershipStatus::Suspended)),
        );
        assert!(suspended.can_read_discussions());
        assert!(!suspended.can_take_part_in_discussions());
        let pending = access(
            Visibility::Private,
            Some((Role::Member, MembershipStatus::Pending)),
        );
        assert!(!pending.can_read_discussions());
        assert!(access(Visibility::Public, None).can_read_discussions());
        assert!(!access(Visibility::Public, None).can_take_part_in_discussions());
        let manager = NeighbourhoodAccess {
            is_service_manager: true,
            ..access(Visibility::Private, None)
        };
        assert!(manager.can_take_part_in_discussions());
    }

    #[test]
    fn pending_requests_do_not_see_members() {
        assert!(!access(
            Visibility::Public,
            Some((Role::Member, MembershipStatus::Pending))
        )
        .can_see_members());
        assert!(access(
            Visibility::Public,
            Some((Role::Member, MembershipStatus::Suspended))
        )
        .can_see_members());
        assert!(!access(Visibility::Public, None).can_see_members());
    }
}
