//! Assisted reports: a member reports for a neighbour who has no account. The report is the
//! member's (authorization, limits and pooling are exactly those of their own reports); what is
//! about the neighbour is one `assisted_reports` row beside it. The neighbour, not the member,
//! counts as a supporter (once per member and name on an issue); their name and contact are shown
//! only to the neighbourhood's coordinators and the serving organisation's staff (and the name to
//! the member who typed it), and a coordinator erases them on request, keeping the row.
//!
//! Where the rules live: the neighbour's details are checked in `domain::assisted`; pooling
//! calls `record` inside its transaction; `set_status` tells the members through
//! `reporters_to_tell`; the issue's supporter count is `supporters_count_expr`.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use entity::ids::{IssueId, ReportId, UserId};
use entity::status::ModerationAction;
use entity::{assisted_report, event, issue_supporter, notification, report};
use sea_orm::{
    sea_query::{Asterisk, Expr, Query, SimpleExpr},
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait, Set, TransactionTrait,
};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use crate::{
    domain::{
        assisted::{same_neighbour, Neighbour},
        notification::{Notice, NotificationKind},
    },
    error::{AppError, AppResult},
    live::{Live, Transaction},
    services::discussions::moderation,
    support::sql::lock_neighbourhood,
};

/// The neighbour a report was made for, as the people allowed to see it see it. Coordinators and
/// the serving organisation's staff get every field; the member who reported sees the name they
/// typed; everyone else sees only the report's `on_behalf_of_neighbour`.
#[derive(Debug, Serialize, ToSchema)]
pub struct NeighbourView {
    /// None once erased on request (or when the caller may not see it).
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The member who recorded that the neighbour agreed (coordinators and staff only).
    #[schema(value_type = Option<Uuid>)]
    pub consent_by: Option<UserId>,
    pub consent_by_name: Option<String>,
    /// When they recorded it.
    pub consent_at: DateTime<Utc>,
    /// When a coordinator erased the name and contact, if they did.
    pub erased_at: Option<DateTime<Utc>>,
}

/// What the caller may see of the neighbours behind an issue's reports.
pub(super) enum Sight {
    /// Coordinators, service managers, admins.
    Everything,
    /// The names of their own assisted reports.
    OwnNames(UserId),
    Nothing,
}

/// The assisted rows of these reports, by report.
pub(super) async fn of_reports(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = ReportId>,
) -> AppResult<HashMap<ReportId, assisted_report::Model>> {
    Ok(assisted_report::Entity::find()
        .filter(assisted_report::Column::ReportId.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.report_id, a))
        .collect())
}

/// The view of one assisted report for a caller, or None when they see nothing of it (they still
/// see that it was made for a neighbour).
pub(super) fn view(
    row: assisted_report::Model,
    reporter_id: UserId,
    sight: &Sight,
    names: &HashMap<UserId, String>,
) -> Option<NeighbourView> {
    match sight {
        Sight::Everything => Some(NeighbourView {
            consent_by_name: row.consent_by.and_then(|id| names.get(&id).cloned()),
            display_name: row.display_name,
            email: row.email,
            phone: row.phone,
            consent_by: row.consent_by,
            consent_at: row.consent_at,
            erased_at: row.erased_at,
        }),
        Sight::OwnNames(me) if *me == reporter_id => Some(NeighbourView {
            display_name: row.display_name,
            email: None,
            phone: None,
            consent_by: None,
            consent_by_name: None,
            consent_at: row.consent_at,
            erased_at: row.erased_at,
        }),
        Sight::OwnNames(_) | Sight::Nothing => None,
    }
}

/// Stores the neighbour of a report just inserted, inside the pooling transaction (which holds
/// the neighbourhood's lock, so concurrent reports see each other's rows). True when the
/// neighbour is a new supporter of the issue: false when the same member already reported it for
/// someone of the same name.
pub(super) async fn record(
    db: &impl ConnectionTrait,
    report_id: ReportId,
    issue_id: IssueId,
    member: UserId,
    neighbour: Neighbour,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let earlier: Vec<Option<String>> = assisted_report::Entity::find()
        .select_only()
        .column(assisted_report::Column::DisplayName)
        .filter(assisted_report::Column::CountsAsSupporter.eq(true))
        .filter(
            assisted_report::Column::ReportId.in_subquery(
                report::Entity::find()
                    .select_only()
                    .column(report::Column::Id)
                    .filter(report::Column::IssueId.eq(issue_id))
                    .filter(report::Column::ReporterId.eq(member))
                    .into_query(),
            ),
        )
        .into_tuple()
        .all(db)
        .await?;
    let counts = !earlier
        .iter()
        .flatten()
        .any(|name| same_neighbour(name, &neighbour.display_name));
    assisted_report::ActiveModel {
        report_id: Set(report_id),
        display_name: Set(Some(neighbour.display_name)),
        email: Set(neighbour.email),
        phone: Set(neighbour.phone),
        consent_by: Set(Some(member)),
        consent_at: Set(now),
        counts_as_supporter: Set(counts),
        erased_at: Set(None),
        erased_by: Set(None),
    }
    .insert(db)
    .await?;
    Ok(counts)
}

/// An issue's supporters as one SQL expression: the people in `issue_supporters` plus the
/// neighbours reported for (each counted once; erasing their details keeps them counted).
pub(super) fn supporters_count_expr(issue_id: IssueId) -> SimpleExpr {
    let count = |query: sea_orm::sea_query::SelectStatement| {
        SimpleExpr::SubQuery(None, Box::new(query.into_sub_query_statement()))
    };
    let people = Query::select()
        .expr(Expr::col(Asterisk).count())
        .from(issue_supporter::Entity)
        .and_where(issue_supporter::Column::IssueId.eq(issue_id))
        .to_owned();
    let neighbours = Query::select()
        .expr(Expr::col(Asterisk).count())
        .from(assisted_report::Entity)
        .and_where(assisted_report::Column::CountsAsSupporter.eq(true))
        .and_where(
            assisted_report::Column::ReportId.in_subquery(
                Query::select()
                    .column(report::Column::Id)
                    .from(report::Entity)
                    .and_where(report::Column::IssueId.eq(issue_id))
                    .to_owned(),
            ),
        )
        .to_owned();
    count(people).add(count(neighbours))
}

/// The members who reported an issue for neighbours, each with the neighbours' names (erased
/// ones left out), in member order: they are told of its status changes.
pub(super) async fn reporters_to_tell(
    db: &impl ConnectionTrait,
    issue_id: IssueId,
) -> AppResult<BTreeMap<UserId, Vec<String>>> {
    let rows: Vec<(UserId, Option<String>)> = report::Entity::find()
        .select_only()
        .column(report::Column::ReporterId)
        .column_as(assisted_report::Column::DisplayName, "display_name")
        .join_rev(
            sea_orm::JoinType::InnerJoin,
            assisted_report::Entity::belongs_to(report::Entity)
                .from(assisted_report::Column::ReportId)
                .to(report::Column::Id)
                .into(),
        )
        .filter(report::Column::IssueId.eq(issue_id))
        .order_by_asc(report::Column::CreatedAt)
        .into_tuple()
        .all(db)
        .await?;
    let mut members: BTreeMap<UserId, Vec<String>> = BTreeMap::new();
    for (member, name) in rows {
        let names = members.entry(member).or_default();
        if let Some(name) = name {
            if !names.iter().any(|n| same_neighbour(n, &name)) {
                names.push(name);
            }
        }
    }
    Ok(members)
}

/// A coordinator erases, on the neighbour's request, their name and contact from a report: the
/// report, the fact that it was made for a neighbour, the consent record and the support count
/// stay. The member's stored notices about the issue stop naming them too. Recorded in the
/// moderation log without the personal data. Repeating it changes nothing.
pub async fn erase<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &entity::user::Model,
    report_id: ReportId,
) -> AppResult<()> {
    let found = report::Entity::find_by_id(report_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-report")))?;
    // A report of a neighbourhood the caller may not see does not exist for them.
    let (_, access) = super::load_issue(db, Some(actor), found.issue_id)
        .await
        .map_err(|_| AppError::not_found(crate::msg!("not-found-report")))?;
    if !access.can_manage() {
        return Err(AppError::Forbidden(
            crate::msg!("forbidden-erase-neighbour").into(),
        ));
    }
    let tx = Transaction::begin(db, live).await?;
    lock_neighbourhood(&*tx, found.neighbourhood_id).await?;
    let row = assisted_report::Entity::find_by_id(report_id)
        .one(&*tx)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-assisted-report")))?;
    if row.erased_at.is_some() {
        return Ok(());
    }
    let name = row.display_name.clone();
    let email = row.email.clone();
    let mut erased = row.into_active_model();
    erased.display_name = Set(None);
    erased.email = Set(None);
    erased.phone = Set(None);
    erased.erased_at = Set(Some(Utc::now()));
    erased.erased_by = Set(Some(actor.id));
    erased.update(&*tx).await?;
    if let Some(name) = name {
        forget_in_notices(&*tx, found.reporter_id, found.issue_id, &name).await?;
    }
    // Their address followed the issue by e-mail from this report (`routes::issues::report`):
    // removing their details ends that too, confirmed or not.
    if let Some(email) = email {
        entity::issue_follow::Entity::delete_many()
            .filter(entity::issue_follow::Column::IssueId.eq(found.issue_id))
            .filter(entity::issue_follow::Column::Email.eq(email))
            .exec(&*tx)
            .await?;
    }
    moderation::record(
        &*tx,
        moderation::Entry {
            neighbourhood_id: found.neighbourhood_id,
            actor_id: Some(actor.id),
            action: ModerationAction::NeighbourDetailsErased,
            thread_id: None,
            post_id: None,
            // The member who reported for the neighbour; the neighbour is not named.
            user_id: Some(found.reporter_id),
            reason: Some(format!("report {report_id}")),
        },
    )
    .await?;
    tx.commit(live).await
}

/// Takes the name out of the member's stored notices about the issue: their inbox and the copy
/// in their live channel's log (what a reconnecting client replays).
async fn forget_in_notices(
    db: &impl ConnectionTrait,
    member: UserId,
    issue_id: IssueId,
    name: &str,
) -> AppResult<()> {
    let what = NotificationKind::AssistedIssueStatusChanged.as_str();
    let stored = notification::Entity::find()
        .filter(notification::Column::UserId.eq(member))
        .filter(notification::Column::What.eq(what))
        .all(db)
        .await?;
    for row in stored {
        if let Some(data) = without_name(&row.data, issue_id, name) {
            let mut changed = row.into_active_model();
            changed.data = Set(data);
            changed.update(db).await?;
        }
    }
    let logged = event::Entity::find()
        .filter(event::Column::Channel.eq(format!("user:{member}")))
        .filter(event::Column::Kind.eq("notification"))
        .all(db)
        .await?;
    for row in logged {
        if let Some(payload) = without_name(&row.payload, issue_id, name) {
            let mut changed = row.into_active_model();
            changed.payload = Set(payload);
            changed.update(db).await?;
        }
    }
    Ok(())
}

/// A stored assisted notice about the issue with the name left out of its neighbours; None when
/// the data is not such a notice or does not name them.
fn without_name(data: &Value, issue_id: IssueId, name: &str) -> Option<Value> {
    let mut data = data.clone();
    let notice = Notice::from_stored(&data)?;
    let Notice::AssistedIssueStatusChanged {
        issue_id: about,
        neighbours,
        ..
    } = notice
    else {
        return None;
    };
    if about != issue_id || !neighbours.iter().any(|n| same_neighbour(n, name)) {
        return None;
    }
    let kept: Vec<String> = neighbours
        .into_iter()
        .filter(|n| !same_neighbour(n, name))
        .collect();
    data["neighbours"] = serde_json::json!(kept);
    Some(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use uuid::Uuid;

    #[test]
    fn an_erased_name_leaves_the_stored_notice_and_only_that_name() {
        let issue = IssueId(Uuid::from_u128(7));
        let stored = json!({"what": "assisted_issue_status_changed", "notification_id": Uuid::nil(),
            "neighbourhood_id": Uuid::nil(), "neighbourhood_name": "Elm", "issue_id": issue,
            "issue_title": "Pothole", "status": "resolved", "note": "done",
            "neighbours": ["Mrs Patel", "Mr Jones"]});
        let scrubbed = without_name(&stored, issue, "mrs  patel").unwrap();
        assert_eq!(scrubbed["neighbours"], json!(["Mr Jones"]));
        assert_eq!(scrubbed["notification_id"], stored["notification_id"]);
        assert_eq!(
            without_name(&stored, IssueId(Uuid::nil()), "Mrs Patel"),
            None
        );
        assert_eq!(without_name(&stored, issue, "Mrs Smith"), None);
        assert_eq!(
            without_name(&json!({"what": "reply"}), issue, "Mrs Patel"),
            None
        );
    }
}
