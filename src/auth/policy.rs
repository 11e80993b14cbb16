//! The one place that decides who may do what. Services load an access value for the caller and
//! ask it; later capabilities (reports, tasks, discussions) reuse the same questions.
//!
//! Private neighbourhoods are invisible to outsiders: every check that fails for someone who may
//! not even see the neighbourhood answers 404, never 403.

use chrono::{DateTime, Utc};
use entity::{membership, neighbourhood, neighbourhood_service, organisation_staff, user};
use sea_orm::{
    sea_query::{Alias, Condition, Expr, Query, SelectStatement},
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, IdenStatic, Iterable, QueryFilter,
    QueryResult, QuerySelect, StatementBuilder,
};
use uuid::Uuid;

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
    /// caller may not know it exists. One statement (`access_query`) for a signed-in caller.
    pub async fn load(
        db: &impl ConnectionTrait,
        viewer: Option<&user::Model>,
        neighbourhood_id: Uuid,
    ) -> AppResult<Self> {
        let access = match viewer {
            None => Self::anonymous(
                neighbourhood::Entity::find_by_id(neighbourhood_id)
                    .one(db)
                    .await?
                    .ok_or_else(|| AppError::not_found("neighbourhood"))?,
            ),
            Some(user) => {
                let query = Self::access_query(user.id, neighbourhood_id);
                let row = db
                    .query_one(StatementBuilder::build(&query, &db.get_database_backend()))
                    .await?
                    .ok_or_else(|| AppError::not_found("neighbourhood"))?;
                Self::from_access_row(&row, user)?
            }
        };
        access.require_view()
    }

    /// The neighbourhood (columns prefixed `n_`), the user's membership (`m_role`, `m_status`,
    /// `m_suspended_until`, null without one) and whether they are staff of an organisation
    /// serving it (`is_service_manager`), in one row; none when the neighbourhood does not
    /// exist. Callers may join more to it (reporting adds the category) and read the row with
    /// `from_access_row`.
    pub(crate) fn access_query(user_id: Uuid, neighbourhood_id: Uuid) -> SelectStatement {
        let mut serving = Query::select();
        serving
            .expr(Expr::val(1))
            .from(organisation_staff::Entity)
            .inner_join(
                neighbourhood_service::Entity,
                Expr::col((
                    neighbourhood_service::Entity,
                    neighbourhood_service::Column::OrganisationId,
                ))
                .equals((
                    organisation_staff::Entity,
                    organisation_staff::Column::OrganisationId,
                )),
            )
            .and_where(
                Expr::col((
                    organisation_staff::Entity,
                    organisation_staff::Column::UserId,
                ))
                .eq(user_id),
            )
            .and_where(
                Expr::col((
                    neighbourhood_service::Entity,
                    neighbourhood_service::Column::NeighbourhoodId,
                ))
                .eq(neighbourhood_id),
            );
        let mut query = Query::select();
        for column in neighbourhood::Column::iter() {
            query.expr_as(
                Expr::col((neighbourhood::Entity, column)),
                Alias::new(format!("n_{}", column.as_str())),
            );
        }
        for (column, name) in [
            (membership::Column::Role, "m_role"),
            (membership::Column::Status, "m_status"),
            (membership::Column::SuspendedUntil, "m_suspended_until"),
        ] {
            query.expr_as(Expr::col((membership::Entity, column)), Alias::new(name));
        }
        query
            .expr_as(Expr::exists(serving), Alias::new("is_service_manager"))
            .from(neighbourhood::Entity)
            .left_join(
                membership::Entity,
                Condition::all()
                    .add(
                        Expr::col((membership::Entity, membership::Column::NeighbourhoodId))
                            .equals((neighbourhood::Entity, neighbourhood::Column::Id)),
                    )
                    .add(Expr::col((membership::Entity, membership::Column::UserId)).eq(user_id)),
            )
            .and_where(
                Expr::col((neighbourhood::Entity, neighbourhood::Column::Id)).eq(neighbourhood_id),
            );
        query
    }

    /// Reads a row of `access_query` (without checking that the user may see the neighbourhood;
    /// see `require_view`).
    pub(crate) fn from_access_row(row: &QueryResult, user: &user::Model) -> AppResult<Self> {
        let neighbourhood = neighbourhood::Model::from_query_result(row, "n_")?;
        let role: Option<String> = row.try_get("", "m_role")?;
        let status: Option<String> = row.try_get("", "m_status")?;
        let suspended_until: Option<DateTime<Utc>> = row.try_get("", "m_suspended_until")?;
        let membership = role.zip(status).and_then(|(role, status)| {
            let role = Role::from_db(&role)?;
            let status = MembershipStatus::from_db(&status)?;
            Some((role, effective_status(status, suspended_until, Utc::now())))
        });
        Ok(Self {
            neighbourhood,
            membership,
            is_service_manager: row.try_get("", "is_service_manager")?,
            is_platform_admin: user.is_platform_admin,
        })
    }

    /// 404 for a caller who may not know the neighbourhood exists.
    pub(crate) fn require_view(self) -> AppResult<Self> {
        if self.can_view() {
            Ok(self)
        } else {
            Err(AppError::not_found("neighbourhood"))
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
        Visibility::from_db(&self.neighbourhood.visibility).unwrap_or(Visibility::Private)
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
                "Only the neighbourhood's coordinators can do this.".into(),
            ))
        }
    }

    pub fn require_see_members(&self) -> AppResult<()> {
        if self.can_see_members() {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                "Only members can see who belongs to this neighbourhood.".into(),
            ))
        }
    }
}

/// Whether the user is staff of an organisation serving the neighbourhood.
pub async fn serves(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    neighbourhood_id: Uuid,
) -> AppResult<bool> {
    let organisations: Vec<Uuid> = organisation_staff::Entity::find()
        .select_only()
        .column(organisation_staff::Column::OrganisationId)
        .filter(organisation_staff::Column::UserId.eq(user_id))
        .into_tuple()
        .all(db)
        .await?;
    if organisations.is_empty() {
        return Ok(false);
    }
    let link = neighbourhood_service::Entity::find()
        .filter(neighbourhood_service::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(neighbourhood_service::Column::OrganisationId.is_in(organisations))
        .one(db)
        .await?;
    Ok(link.is_some())
}

pub fn require_platform_admin(user: &user::Model) -> AppResult<()> {
    if user.is_platform_admin {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "Only platform admins can do this.".into(),
        ))
    }
}

/// Platform admins, and staff of the organisation itself.
pub async fn require_organisation_staff_or_admin(
    db: &impl ConnectionTrait,
    user: &user::Model,
    organisation_id: Uuid,
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
            "Only this organisation's staff can do this.".into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn neighbourhood(visibility: Visibility) -> neighbourhood::Model {
        let now = Utc::now();
        neighbourhood::Model {
            id: Uuid::now_v7(),
            name: "Elm Street".into(),
            description: String::new(),
            visibility: visibility.as_str().into(),
            join_policy: "open".into(),
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
