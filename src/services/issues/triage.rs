//! The triage queue: an organisation's issues over every neighbourhood it serves, by collective
//! impact by default, and bulk actions on a selection. The actions reuse `services::issues`
//! (status with one public note, merge) so every rule, event and notification stays in one
//! place; assignment is the organisation's own record (`issue_assignments`).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use entity::ids::{CategoryId, IssueId, NeighbourhoodId, OrganisationId, UserId};
use entity::{issue, issue_assignment, organisation_staff, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::issue::IssueStatusRules;
use crate::services::accounts;
use crate::{
    domain::issue::{impact_score, IssueStatus},
    error::{AppError, AppResult},
    live::{kinds::IssueAssigned, Live, NeighbourhoodEvent, NewEvent, Transaction},
    services::{
        dashboard::{status_list, Scope, ACTIVE},
        issues::{self, views, IssueView},
    },
    support::{
        pagination::{decode_cursor, page_from, Page},
        sql::{lock_neighbourhood, Sql},
    },
};

/// Most issues one bulk action may name.
pub const MAX_BULK: usize = 100;
/// `me`, `none` or a user id in any of the forms `Uuid` parses (the longest is the 45-character
/// `urn:uuid:` form).
pub const MAX_ASSIGNEE_CHARS: usize = 45;
/// Most issues ranked in memory for one queue page.
const CANDIDATES: usize = 20_000;
/// The public note of an acknowledgement when the manager gives none.
pub const DEFAULT_ACK_NOTE: &str = "Thank you: we have seen this and will look into it.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TriageSort {
    /// Collective impact, highest first (docs/impact-score.md).
    #[default]
    Impact,
    Newest,
    Oldest,
}

/// `me`, `none` or a staff member's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssigneeFilter {
    Me,
    Nobody,
    Person(UserId),
}

impl AssigneeFilter {
    pub fn parse(text: &str) -> AppResult<Self> {
        match text {
            "me" => Ok(Self::Me),
            "none" => Ok(Self::Nobody),
            other => other
                .parse()
                .map(Self::Person)
                .map_err(|_| AppError::invalid("assignee", crate::msg!("issue-me-none-user-id"))),
        }
    }
}

#[derive(Debug, Clone)]
pub struct TriageFilter {
    /// Default: the active statuses (open, acknowledged, in progress).
    pub status: Option<IssueStatus>,
    pub assignee: Option<AssigneeFilter>,
    pub sort: TriageSort,
    pub cursor: Option<String>,
    pub limit: u64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Assignee {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub display_name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TriageItem {
    #[serde(flatten)]
    pub issue: IssueView,
    pub neighbourhood_name: String,
    pub assignee: Option<Assignee>,
}

/// The queue's page for a filter.
pub async fn queue(
    db: &impl ConnectionTrait,
    scope: &Scope,
    me: &user::Model,
    filter: &TriageFilter,
) -> AppResult<Page<TriageItem>> {
    if scope.neighbourhoods.is_empty() || scope.categories.is_empty() {
        return Ok(Page {
            items: Vec::new(),
            next_cursor: None,
        });
    }
    let mut sql = Sql::new();
    let organisation = sql.bind(scope.organisation_id);
    let mut conditions = vec![scope.issues_in(&mut sql)];
    match filter.status {
        Some(status) => conditions.push(format!("i.status = {}", sql.bind(status.as_str()))),
        None => conditions.push(format!("i.status IN ({})", status_list(&ACTIVE))),
    }
    match filter.assignee {
        None => {}
        Some(AssigneeFilter::Nobody) => conditions.push("a.assignee_id IS NULL".into()),
        Some(AssigneeFilter::Me) => {
            conditions.push(format!("a.assignee_id = {}", sql.bind(me.id)));
        }
        Some(AssigneeFilter::Person(id)) => {
            conditions.push(format!("a.assignee_id = {}", sql.bind(id)));
        }
    }
    let order = match filter.sort {
        TriageSort::Oldest => "i.first_reported_at ASC, i.id ASC",
        _ => "i.first_reported_at DESC, i.id DESC",
    };
    let text = format!(
        "SELECT i.id, i.category_id, i.supporters_count, i.first_reported_at, i.status FROM issues i \
         LEFT JOIN issue_assignments a ON a.issue_id = i.id AND a.organisation_id = {organisation} \
         WHERE {} ORDER BY {order} LIMIT {CANDIDATES}",
        conditions.join(" AND ")
    );
    let rows = db
        .query_all(sql.statement(db.get_database_backend(), &text))
        .await?;
    let targets: HashMap<CategoryId, Option<i64>> = scope
        .categories
        .iter()
        .map(|c| (c.id, c.target_days.map(i64::from)))
        .collect();
    let now = Utc::now();
    let mut light: Vec<(IssueId, f64, DateTime<Utc>)> = Vec::with_capacity(rows.len());
    for row in &rows {
        let id: IssueId = row.try_get_by_index(0)?;
        let category: CategoryId = row.try_get_by_index(1)?;
        let supporters: i64 = row.try_get_by_index::<Option<i64>>(2)?.unwrap_or(0);
        let first: DateTime<Utc> = row.try_get_by_index(3)?;
        let status: IssueStatus = row.try_get_by_index(4)?;
        let active = status.is_active();
        let score = if active {
            impact_score(
                supporters,
                first,
                targets.get(&category).copied().flatten(),
                now,
            )
        } else {
            0.0
        };
        light.push((id, score, first));
    }
    let page = match filter.sort {
        TriageSort::Impact => {
            let after: Option<(f64, IssueId)> = decode_cursor(filter.cursor.as_deref())?;
            light.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let rest: Vec<_> = light
                .into_iter()
                .filter(|(id, score, _)| match after {
                    Some((s, i)) => *score < s || (*score == s && *id > i),
                    None => true,
                })
                .take(filter.limit as usize + 1)
                .collect();
            page_from(rest, filter.limit, |r| (r.1, r.0), |r| r.0)
        }
        TriageSort::Newest | TriageSort::Oldest => {
            let after: Option<(DateTime<Utc>, IssueId)> = decode_cursor(filter.cursor.as_deref())?;
            let newest = filter.sort == TriageSort::Newest;
            let rest: Vec<_> = light
                .into_iter()
                .filter(|(id, _, first)| match after {
                    Some((t, i)) if newest => *first < t || (*first == t && *id < i),
                    Some((t, i)) => *first > t || (*first == t && *id > i),
                    None => true,
                })
                .take(filter.limit as usize + 1)
                .collect();
            page_from(rest, filter.limit, |r| (r.2, r.0), |r| r.0)
        }
    };
    let ids = page.items;
    let models = issue::Entity::find()
        .filter(issue::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    let mut loaded: HashMap<IssueId, IssueView> = views(db, models)
        .await?
        .into_iter()
        .map(|v| (v.id, v))
        .collect();
    let assignments: HashMap<IssueId, UserId> = issue_assignment::Entity::find()
        .filter(issue_assignment::Column::OrganisationId.eq(scope.organisation_id))
        .filter(issue_assignment::Column::IssueId.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.issue_id, a.assignee_id))
        .collect();
    let names = accounts::display_names(db, assignments.values().copied()).await?;
    let neighbourhoods: HashMap<NeighbourhoodId, &str> = scope
        .neighbourhoods
        .iter()
        .map(|n| (n.id, n.name.as_str()))
        .collect();
    let items = ids
        .into_iter()
        .filter_map(|id| {
            let issue = loaded.remove(&id)?;
            let assignee = assignments.get(&id).map(|user_id| Assignee {
                user_id: *user_id,
                display_name: names.get(user_id).cloned().unwrap_or_default(),
            });
            Some(TriageItem {
                neighbourhood_name: neighbourhoods
                    .get(&issue.neighbourhood_id)
                    .map(|n| (*n).to_owned())
                    .unwrap_or_default(),
                issue,
                assignee,
            })
        })
        .collect();
    Ok(Page {
        items,
        next_cursor: page.next_cursor,
    })
}

/// One action on a selection of issues.
#[derive(Debug, Clone)]
pub enum BulkAction {
    Acknowledge {
        note: String,
    },
    SetStatus {
        status: IssueStatus,
        note: String,
    },
    /// `None` takes the issue off anyone's list.
    Assign {
        assignee: Option<UserId>,
    },
    Merge {
        into: IssueId,
        note: String,
    },
}

/// What happened to one issue of a bulk action.
#[derive(Debug, Serialize, ToSchema)]
pub struct BulkOutcome {
    #[schema(value_type = Uuid)]
    pub issue_id: IssueId,
    /// The HTTP status the single action would have answered (200 done, 404, 409, 422 ...).
    pub status: u16,
    pub detail: Option<String>,
}

/// Applies the action to each issue in turn (each is its own transaction, so one refusal does
/// not undo the others); issues outside the organisation's scope answer 404.
pub async fn bulk<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    scope: &Scope,
    actor: &user::Model,
    issue_ids: &[IssueId],
    action: &BulkAction,
) -> AppResult<Vec<BulkOutcome>> {
    if issue_ids.is_empty() || issue_ids.len() > MAX_BULK {
        return Err(AppError::invalid(
            "issue_ids",
            crate::msg!("issue-name-1-max-issues", max = MAX_BULK),
        ));
    }
    if let BulkAction::Assign {
        assignee: Some(person),
    } = action
    {
        let staff = organisation_staff::Entity::find_by_id((scope.organisation_id, *person))
            .one(db)
            .await?;
        if staff.is_none() {
            return Err(AppError::invalid(
                "assignee_id",
                crate::msg!("issue-not-organisation-s-staff"),
            ));
        }
    }
    let neighbourhoods: HashSet<NeighbourhoodId> =
        scope.neighbourhoods.iter().map(|n| n.id).collect();
    let categories: HashSet<CategoryId> = scope.categories.iter().map(|c| c.id).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(issue_ids.len());
    for id in issue_ids.iter().copied().filter(|id| seen.insert(*id)) {
        let found = issue::Entity::find_by_id(id)
            .one(db)
            .await?
            .filter(|i| neighbourhoods.contains(&i.neighbourhood_id))
            .filter(|i| categories.contains(&i.category_id));
        let result = match found {
            None => Err(AppError::not_found(crate::msg!("not-found-issue"))),
            Some(found) => match action {
                BulkAction::Acknowledge { note } => {
                    issues::set_status(db, live, actor, id, IssueStatus::Acknowledged, note)
                        .await
                        .map(|_| ())
                }
                BulkAction::SetStatus { status, note } => {
                    issues::set_status(db, live, actor, id, *status, note)
                        .await
                        .map(|_| ())
                }
                BulkAction::Merge { into, note } => issues::merge(db, live, actor, id, *into, note)
                    .await
                    .map(|_| ()),
                BulkAction::Assign { assignee } => {
                    assign(db, live, scope.organisation_id, actor, &found, *assignee).await
                }
            },
        };
        out.push(match result {
            Ok(()) => BulkOutcome {
                issue_id: id,
                status: 200,
                detail: None,
            },
            Err(error @ AppError::Internal(_)) => return Err(error),
            Err(error) => {
                use actix_web::ResponseError;
                BulkOutcome {
                    issue_id: id,
                    status: error.status_code().as_u16(),
                    detail: Some(error.to_string()),
                }
            }
        });
    }
    Ok(out)
}

/// Records (or clears) who looks after the issue; tells the neighbourhood's managers with an
/// `issue.assigned` event (coordinators' audience: staff names are not public).
async fn assign<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    organisation_id: OrganisationId,
    actor: &user::Model,
    found: &issue::Model,
    assignee: Option<UserId>,
) -> AppResult<()> {
    let mut tx = Transaction::begin(db, live).await?;
    lock_neighbourhood(&*tx, found.neighbourhood_id).await?;
    issue_assignment::Entity::delete_by_id((found.id, organisation_id))
        .exec(&*tx)
        .await?;
    if let Some(assignee) = assignee {
        issue_assignment::ActiveModel {
            issue_id: Set(found.id),
            organisation_id: Set(organisation_id),
            assignee_id: Set(assignee),
            assigned_by: Set(Some(actor.id)),
            assigned_at: Set(Utc::now()),
        }
        .insert(&*tx)
        .await?;
    }
    tx.emit(NewEvent::neighbourhood(
        found.neighbourhood_id,
        NeighbourhoodEvent::IssueAssigned(IssueAssigned {
            issue_id: found.id,
            organisation_id,
            assignee_id: assignee,
        }),
        Some(actor.id),
    ))
    .await?;
    tx.commit(live).await
}
