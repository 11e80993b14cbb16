//! The neighbourhood's ledger of volunteer hours: verified work only, added up by week or month,
//! per task and per linked issue. Per-person figures go to the person themselves and to
//! coordinators (for thanks and for insurance records) — never to a public leaderboard.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use entity::ids::{IssueId, NeighbourhoodId, TaskId, UserId};
use entity::{task, task_claim, user};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use utoipa::ToSchema;

use crate::services::accounts;
use crate::{
    auth::policy::NeighbourhoodAccess,
    domain::task::{hours_by_period, ClaimStatus, Period},
    error::{AppError, AppResult},
};

#[derive(Debug, Serialize, ToSchema)]
pub struct PeriodHours {
    /// Monday of the week, or the first of the month.
    pub period_start: NaiveDate,
    pub hours: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TaskHours {
    #[schema(value_type = Uuid)]
    pub task_id: TaskId,
    pub title: String,
    pub hours: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IssueHours {
    #[schema(value_type = Uuid)]
    pub issue_id: IssueId,
    pub hours: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NeighbourhoodHours {
    pub total_hours: f64,
    pub series: Vec<PeriodHours>,
    /// Most hours first.
    pub tasks: Vec<TaskHours>,
    /// "This pothole got 14 volunteer hours".
    pub issues: Vec<IssueHours>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PersonHours {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub display_name: String,
    pub hours: f64,
    pub tasks: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyClaimHours {
    #[schema(value_type = Uuid)]
    pub task_id: TaskId,
    pub title: String,
    #[schema(value_type = Uuid)]
    pub neighbourhood_id: NeighbourhoodId,
    pub hours: f64,
    pub verified_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyHours {
    pub total_hours: f64,
    pub claims: Vec<MyClaimHours>,
}

async fn verified_claims(
    db: &impl ConnectionTrait,
    filter: sea_orm::Condition,
) -> AppResult<Vec<task_claim::Model>> {
    Ok(task_claim::Entity::find()
        .filter(task_claim::Column::Status.eq(ClaimStatus::Verified.as_str()))
        .filter(filter)
        .order_by_asc(task_claim::Column::DoneAt)
        .all(db)
        .await?)
}

async fn tasks_by_id(
    db: &impl ConnectionTrait,
    claims: &[task_claim::Model],
) -> AppResult<HashMap<TaskId, task::Model>> {
    Ok(task::Entity::find()
        .filter(task::Column::Id.is_in(claims.iter().map(|c| c.task_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect())
}

fn most_first<K: Ord + Copy>(totals: BTreeMap<K, f64>) -> Vec<(K, f64)> {
    let mut list: Vec<(K, f64)> = totals.into_iter().collect();
    list.sort_by(|a, b| b.1.total_cmp(&a.1));
    list
}

/// The neighbourhood's verified hours (anyone who may see the neighbourhood).
pub async fn for_neighbourhood(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    neighbourhood_id: NeighbourhoodId,
    period: Period,
) -> AppResult<NeighbourhoodHours> {
    NeighbourhoodAccess::load(db, viewer, neighbourhood_id).await?;
    let claims = verified_claims(
        db,
        sea_orm::Condition::all().add(task_claim::Column::NeighbourhoodId.eq(neighbourhood_id)),
    )
    .await?;
    let tasks = tasks_by_id(db, &claims).await?;
    // The week the work was done in, not the week someone got round to verifying it.
    let entries: Vec<(DateTime<Utc>, f64)> = claims
        .iter()
        .filter_map(|c| Some((c.done_at.or(c.verified_at)?, c.hours?)))
        .collect();
    let mut per_task: BTreeMap<TaskId, f64> = BTreeMap::new();
    let mut per_issue: BTreeMap<IssueId, f64> = BTreeMap::new();
    for c in &claims {
        let hours = c.hours.unwrap_or_default();
        *per_task.entry(c.task_id).or_default() += hours;
        if let Some(issue) = tasks.get(&c.task_id).and_then(|t| t.issue_id) {
            *per_issue.entry(issue).or_default() += hours;
        }
    }
    Ok(NeighbourhoodHours {
        total_hours: entries.iter().map(|(_, h)| h).sum(),
        series: hours_by_period(&entries, period)
            .into_iter()
            .map(|(period_start, hours)| PeriodHours {
                period_start,
                hours,
            })
            .collect(),
        tasks: most_first(per_task)
            .into_iter()
            .map(|(task_id, hours)| TaskHours {
                task_id,
                title: tasks
                    .get(&task_id)
                    .map(|t| t.title.clone())
                    .unwrap_or_default(),
                hours,
            })
            .collect(),
        issues: most_first(per_issue)
            .into_iter()
            .map(|(issue_id, hours)| IssueHours { issue_id, hours })
            .collect(),
    })
}

/// Everyone's verified hours in the neighbourhood, by name (coordinators only).
pub async fn by_person(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<Vec<PersonHours>> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    access.require_manage()?;
    let claims = verified_claims(
        db,
        sea_orm::Condition::all().add(task_claim::Column::NeighbourhoodId.eq(neighbourhood_id)),
    )
    .await?;
    let mut totals: BTreeMap<UserId, (f64, usize)> = BTreeMap::new();
    for c in &claims {
        let entry = totals.entry(c.user_id).or_default();
        entry.0 += c.hours.unwrap_or_default();
        entry.1 += 1;
    }
    let names = accounts::display_names(db, totals.keys().copied()).await?;
    let mut people: Vec<PersonHours> = totals
        .into_iter()
        .map(|(user_id, (hours, tasks))| PersonHours {
            display_name: names.get(&user_id).cloned().unwrap_or_default(),
            user_id,
            hours,
            tasks,
        })
        .collect();
    // Alphabetical: a record for the coordinators, not a ranking.
    people.sort_by(|a, b| {
        a.display_name
            .to_lowercase()
            .cmp(&b.display_name.to_lowercase())
    });
    Ok(people)
}

pub use crate::domain::spreadsheet::spreadsheet_safe;

/// The coordinators' export, UTF-8 with a byte-order mark so spreadsheet software reads names
/// correctly.
pub fn people_csv(people: &[PersonHours]) -> AppResult<Vec<u8>> {
    let mut out = csv::Writer::from_writer(crate::domain::spreadsheet::UTF8_BOM.to_vec());
    let write = |out: &mut csv::Writer<Vec<u8>>, row: [String; 4]| {
        out.write_record(row)
            .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("writing CSV")))
    };
    write(
        &mut out,
        ["user_id", "display_name", "verified_hours", "tasks"].map(String::from),
    )?;
    for p in people {
        write(
            &mut out,
            [
                p.user_id.to_string(),
                spreadsheet_safe(&p.display_name),
                p.hours.to_string(),
                p.tasks.to_string(),
            ],
        )?;
    }
    out.into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("finishing CSV: {e}")))
}

/// The caller's own verified hours, everywhere.
pub async fn mine(db: &impl ConnectionTrait, me: &user::Model) -> AppResult<MyHours> {
    let claims = verified_claims(
        db,
        sea_orm::Condition::all().add(task_claim::Column::UserId.eq(me.id)),
    )
    .await?;
    let tasks = tasks_by_id(db, &claims).await?;
    let claims: Vec<MyClaimHours> = claims
        .into_iter()
        .filter_map(|c| {
            let t = tasks.get(&c.task_id)?;
            Some(MyClaimHours {
                task_id: t.id,
                title: t.title.clone(),
                neighbourhood_id: t.neighbourhood_id,
                hours: c.hours.unwrap_or_default(),
                verified_at: c.verified_at,
            })
        })
        .collect();
    Ok(MyHours {
        total_hours: claims.iter().map(|c| c.hours).sum(),
        claims,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_is_utf8_with_a_bom_and_neutral_cells() {
        let people = [PersonHours {
            user_id: UserId(uuid::Uuid::nil()),
            display_name: "=HYPERLINK(\"x\")".into(),
            hours: 2.5,
            tasks: 1,
        }];
        let bytes = people_csv(&people).unwrap();
        assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some("user_id,display_name,verified_hours,tasks")
        );
        assert_eq!(
            lines.next(),
            Some("00000000-0000-0000-0000-000000000000,\"'=HYPERLINK(\"\"x\"\")\",2.5,1")
        );
    }
}
