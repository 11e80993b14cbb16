//! Categories (service types) per organisation: what its staff handle, and the target time to
//! resolve. A neighbourhood's residents can report in the categories of the organisations that
//! serve it.

use chrono::Utc;
use entity::{category, neighbourhood_service, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    auth::policy::{require_organisation_staff_or_admin, NeighbourhoodAccess},
    domain::account::FieldCheck,
    error::{AppError, AppResult},
};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CategoryView {
    pub id: Uuid,
    pub organisation_id: Uuid,
    /// Stable short code (Open311 `service_code`).
    pub code: String,
    pub name: String,
    pub description: String,
    pub group: String,
    pub keywords: Vec<String>,
    /// Days the organisation aims to resolve within.
    pub target_days: Option<i32>,
}

impl From<category::Model> for CategoryView {
    fn from(c: category::Model) -> Self {
        Self {
            id: c.id,
            organisation_id: c.organisation_id,
            code: c.code,
            name: c.name,
            description: c.description,
            group: c.group_name,
            keywords: serde_json::from_value(c.keywords).unwrap_or_default(),
            target_days: c.target_days,
        }
    }
}

pub struct NewCategory {
    pub code: String,
    pub name: String,
    pub description: Option<String>,
    pub group: Option<String>,
    pub keywords: Vec<String>,
    pub target_days: Option<i32>,
}

fn parse_code(raw: &str) -> Result<String, String> {
    let code = raw.trim().to_lowercase();
    let valid = (1..=40).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    if valid {
        Ok(code)
    } else {
        Err("must be 1 to 40 characters of a-z, 0-9, _ and -".into())
    }
}

fn bounded(raw: &str, min: usize, max: usize) -> Result<String, String> {
    let text = raw.trim();
    let chars = text.chars().count();
    if (min..=max).contains(&chars) && !text.chars().any(|c| c.is_control() && c != '\n') {
        Ok(text.to_owned())
    } else {
        Err(format!("must be {min} to {max} characters of plain text"))
    }
}

/// Organisation staff (or platform admins) add a category.
pub async fn create(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    organisation_id: Uuid,
    input: NewCategory,
) -> AppResult<CategoryView> {
    require_organisation_staff_or_admin(db, actor, organisation_id).await?;
    let mut check = FieldCheck::new();
    let code = check.check("code", parse_code(&input.code));
    let name = check.check("name", bounded(&input.name, 2, 80));
    let description = check.check(
        "description",
        bounded(input.description.as_deref().unwrap_or_default(), 0, 1000),
    );
    let group = check.check(
        "group",
        bounded(input.group.as_deref().unwrap_or_default(), 0, 80),
    );
    if input.keywords.len() > 20
        || input
            .keywords
            .iter()
            .any(|k| k.trim().is_empty() || k.chars().count() > 40)
    {
        check.add("keywords", "at most 20 keywords of 1 to 40 characters");
    }
    if input.target_days.is_some_and(|d| !(1..=365).contains(&d)) {
        check.add("target_days", "must be between 1 and 365");
    }
    check.finish()?;
    let (Some(code), Some(name), Some(description), Some(group)) = (code, name, description, group)
    else {
        return Err(AppError::BadRequest("invalid category".into()));
    };
    let taken = category::Entity::find()
        .filter(category::Column::OrganisationId.eq(organisation_id))
        .filter(category::Column::Code.eq(code.clone()))
        .one(db)
        .await?;
    if taken.is_some() {
        return Err(AppError::Conflict(
            "This organisation already has a category with that code.".into(),
        ));
    }
    let keywords: Vec<String> = input.keywords.iter().map(|k| k.trim().to_owned()).collect();
    let now = Utc::now();
    let created = category::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(organisation_id),
        code: Set(code),
        name: Set(name),
        description: Set(description),
        group_name: Set(group),
        keywords: Set(serde_json::json!(keywords)),
        attributes: Set(serde_json::json!([])),
        target_days: Set(input.target_days),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(created.into())
}

pub async fn for_organisation(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> AppResult<Vec<CategoryView>> {
    Ok(category::Entity::find()
        .filter(category::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(category::Column::GroupName)
        .order_by_asc(category::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(CategoryView::from)
        .collect())
}

/// The categories residents of a neighbourhood can report in: those of the organisations
/// serving it.
pub async fn for_neighbourhood(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    neighbourhood_id: Uuid,
) -> AppResult<Vec<CategoryView>> {
    NeighbourhoodAccess::load(db, viewer, neighbourhood_id).await?;
    let organisations: Vec<Uuid> = neighbourhood_service::Entity::find()
        .select_only()
        .column(neighbourhood_service::Column::OrganisationId)
        .filter(neighbourhood_service::Column::NeighbourhoodId.eq(neighbourhood_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(category::Entity::find()
        .filter(category::Column::OrganisationId.is_in(organisations))
        .order_by_asc(category::Column::GroupName)
        .order_by_asc(category::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(CategoryView::from)
        .collect())
}
