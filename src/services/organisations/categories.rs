//! Categories (service types) per organisation: what its staff handle, and the target time to
//! resolve. A neighbourhood's residents can report in the categories of the organisations that
//! serve it.

use chrono::Utc;
use entity::ids::{CategoryId, NeighbourhoodId, OrganisationId};
use entity::{category, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{
    auth::policy::{require_organisation_staff_or_admin, NeighbourhoodAccess},
    domain::category::{
        validate_attributes, Attribute, MAX_CODE_CHARS, MAX_DESCRIPTION_CHARS, MAX_GROUP_CHARS,
        MAX_KEYWORDS, MAX_KEYWORD_CHARS, MAX_NAME_CHARS, MAX_TARGET_DAYS, MIN_NAME_CHARS,
        MIN_TARGET_DAYS,
    },
    error::{AppError, AppResult},
    support::fields::FieldCheck,
};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CategoryView {
    #[schema(value_type = Uuid)]
    pub id: CategoryId,
    #[schema(value_type = Uuid)]
    pub organisation_id: OrganisationId,
    /// Stable short code (Open311 `service_code`).
    pub code: String,
    pub name: String,
    pub description: String,
    pub group: String,
    pub keywords: Vec<String>,
    /// Days the organisation aims to resolve within.
    pub target_days: Option<i32>,
    /// Extra questions asked with a report.
    pub attributes: Vec<Attribute>,
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
            attributes: serde_json::from_value(c.attributes).unwrap_or_default(),
        }
    }
}

/// The questions stored with a category.
pub fn attributes_of(c: &category::Model) -> Vec<Attribute> {
    serde_json::from_value(c.attributes.clone()).unwrap_or_default()
}

pub struct NewCategory {
    pub code: String,
    pub name: String,
    pub description: Option<String>,
    pub group: Option<String>,
    pub keywords: Vec<String>,
    pub target_days: Option<i32>,
    pub attributes: Vec<Attribute>,
}

/// Changes to a category; absent fields stay as they are.
#[derive(Default)]
pub struct CategoryChange {
    pub name: Option<String>,
    pub description: Option<String>,
    pub group: Option<String>,
    pub keywords: Option<Vec<String>>,
    pub target_days: Option<Option<i32>>,
    pub attributes: Option<Vec<Attribute>>,
}

fn check_keywords(keywords: &[String], check: &mut FieldCheck) {
    if keywords.len() > MAX_KEYWORDS
        || keywords
            .iter()
            .any(|k| k.trim().is_empty() || k.chars().count() > MAX_KEYWORD_CHARS)
    {
        check.add(
            "keywords",
            crate::msg!(
                "organisation-at-most-max-keywords-keywords",
                max_keywords = MAX_KEYWORDS,
                max_keyword_chars = MAX_KEYWORD_CHARS
            ),
        );
    }
}

fn check_target(days: Option<i32>, check: &mut FieldCheck) {
    if days.is_some_and(|d| !(MIN_TARGET_DAYS..=MAX_TARGET_DAYS).contains(&i64::from(d))) {
        check.add(
            "target_days",
            crate::msg!(
                "task-must-between-min-max",
                min = MIN_TARGET_DAYS,
                max = MAX_TARGET_DAYS
            ),
        );
    }
}

fn trimmed(keywords: &[String]) -> serde_json::Value {
    serde_json::json!(keywords
        .iter()
        .map(|k| k.trim().to_owned())
        .collect::<Vec<_>>())
}

/// Organisation staff (or platform admins) edit a category.
pub async fn update(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    id: CategoryId,
    change: CategoryChange,
) -> AppResult<CategoryView> {
    let found = category::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-category")))?;
    require_organisation_staff_or_admin(db, actor, found.organisation_id).await?;
    let mut check = FieldCheck::new();
    let name = change
        .name
        .as_deref()
        .and_then(|n| check.check("name", bounded(n, MIN_NAME_CHARS, MAX_NAME_CHARS)));
    let description = change
        .description
        .as_deref()
        .and_then(|d| check.check("description", bounded(d, 0, MAX_DESCRIPTION_CHARS)));
    let group = change
        .group
        .as_deref()
        .and_then(|g| check.check("group", bounded(g, 0, MAX_GROUP_CHARS)));
    if let Some(keywords) = &change.keywords {
        check_keywords(keywords, &mut check);
    }
    if let Some(days) = change.target_days {
        check_target(days, &mut check);
    }
    if let Some(attributes) = &change.attributes {
        check.check(
            "attributes",
            validate_attributes(attributes).map_err(crate::i18n::Text::plain),
        );
    }
    check.finish()?;
    let mut active: category::ActiveModel = found.into();
    if let Some(name) = name {
        active.name = Set(name);
    }
    if let Some(description) = description {
        active.description = Set(description);
    }
    if let Some(group) = group {
        active.group_name = Set(group);
    }
    if let Some(keywords) = change.keywords {
        active.keywords = Set(trimmed(&keywords));
    }
    if let Some(days) = change.target_days {
        active.target_days = Set(days);
    }
    if let Some(attributes) = change.attributes {
        active.attributes = Set(serde_json::to_value(attributes).unwrap_or_default());
    }
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?.into())
}

fn parse_code(raw: &str) -> Result<String, crate::i18n::Message> {
    let code = raw.trim().to_lowercase();
    let valid = (1..=MAX_CODE_CHARS).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    if valid {
        Ok(code)
    } else {
        Err(crate::msg!(
            "organisation-must-1-max-characters-z",
            max = MAX_CODE_CHARS
        ))
    }
}

fn bounded(raw: &str, min: usize, max: usize) -> Result<String, crate::i18n::Message> {
    let text = raw.trim();
    let chars = text.chars().count();
    if (min..=max).contains(&chars) && !text.chars().any(|c| c.is_control() && c != '\n') {
        Ok(text.to_owned())
    } else {
        Err(crate::msg!(
            "organisation-must-min-max-characters-plain",
            min = min,
            max = max
        ))
    }
}

/// Organisation staff (or platform admins) add a category.
pub async fn create(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    organisation_id: OrganisationId,
    input: NewCategory,
) -> AppResult<CategoryView> {
    require_organisation_staff_or_admin(db, actor, organisation_id).await?;
    let mut check = FieldCheck::new();
    let code = check.check("code", parse_code(&input.code));
    let name = check.check("name", bounded(&input.name, MIN_NAME_CHARS, MAX_NAME_CHARS));
    let description = check.check(
        "description",
        bounded(
            input.description.as_deref().unwrap_or_default(),
            0,
            MAX_DESCRIPTION_CHARS,
        ),
    );
    let group = check.check(
        "group",
        bounded(
            input.group.as_deref().unwrap_or_default(),
            0,
            MAX_GROUP_CHARS,
        ),
    );
    check_keywords(&input.keywords, &mut check);
    check_target(input.target_days, &mut check);
    check.check(
        "attributes",
        validate_attributes(&input.attributes).map_err(crate::i18n::Text::plain),
    );
    check.finish()?;
    let (Some(code), Some(name), Some(description), Some(group)) = (code, name, description, group)
    else {
        return Err(AppError::BadRequest(
            crate::msg!("organisation-invalid-category").into(),
        ));
    };
    let taken = category::Entity::find()
        .filter(category::Column::OrganisationId.eq(organisation_id))
        .filter(category::Column::Code.eq(code.clone()))
        .one(db)
        .await?;
    if taken.is_some() {
        return Err(AppError::Conflict(
            crate::msg!("organisation-organisation-already-has-category-with").into(),
        ));
    }
    let now = Utc::now();
    let created = category::ActiveModel {
        id: Set(CategoryId::new()),
        organisation_id: Set(organisation_id),
        code: Set(code),
        name: Set(name),
        description: Set(description),
        group_name: Set(group),
        keywords: Set(trimmed(&input.keywords)),
        attributes: Set(serde_json::to_value(&input.attributes).unwrap_or_default()),
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
    organisation_id: OrganisationId,
) -> AppResult<Vec<CategoryView>> {
    listed(db, category::Column::OrganisationId.eq(organisation_id)).await
}

/// The categories matching `filter`, by group and name, as the API shows them.
async fn listed(
    db: &impl ConnectionTrait,
    filter: sea_orm::sea_query::SimpleExpr,
) -> AppResult<Vec<CategoryView>> {
    Ok(category::Entity::find()
        .filter(filter)
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
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<Vec<CategoryView>> {
    NeighbourhoodAccess::load(db, viewer, neighbourhood_id).await?;
    let organisations = super::serving(db, neighbourhood_id).await?;
    listed(db, category::Column::OrganisationId.is_in(organisations)).await
}
