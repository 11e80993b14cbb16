//! `commonground demo`: a small, realistic world to explore — a council, two neighbourhoods
//! (one open, one that approves members), a dozen residents with memberships, a coordinator
//! each, a service manager and a platform admin, and the streets of both neighbourhoods in the
//! gazetteer (`places`: made up, written as OpenStreetMap XML and imported like an extract).
//! Every account's password is [`DEMO_PASSWORD`]. Later capabilities add their own demo data here.

pub mod places;

use std::path::Path;

use entity::{organisation, user};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::{
    domain::{
        geo::GeoPoint,
        neighbourhood::{JoinPolicy, Visibility},
    },
    error::AppResult,
    live::Live,
    services::{
        accounts, issues, neighbourhoods, neighbourhoods::memberships, organisations,
        organisations::categories, places::import::ImportSummary,
    },
};

pub const DEMO_PASSWORD: &str = "commonground-demo";
const COUNCIL: &str = "Riverside Borough Council";
pub const MILL_LANE_NAME: &str = "Mill Lane & Canal Side";
pub const MILL_LANE_CENTER: GeoPoint = GeoPoint {
    lat: 51.4545,
    lon: -2.5879,
};
pub const MILL_LANE_RADIUS_M: f64 = 600.0;
pub const ORCHARD_NAME: &str = "Orchard Estate";

/// Orchard Estate's drawn boundary (a GeoJSON Polygon).
pub fn orchard_boundary() -> serde_json::Value {
    serde_json::json!({
        "type": "Polygon",
        "coordinates": [[[-2.6010, 51.4600], [-2.5950, 51.4600], [-2.5950, 51.4640], [-2.6010, 51.4640], [-2.6010, 51.4600]]]
    })
}

/// (display name, e-mail local part)
const RESIDENTS: [(&str, &str); 12] = [
    ("Amina Okafor", "amina"),
    ("Tom Hughes", "tom"),
    ("Priya Nair", "priya"),
    ("Jonas Weber", "jonas"),
    ("Grace Mensah", "grace"),
    ("Luis Fernández", "luis"),
    ("Hannah Kowalski", "hannah"),
    ("Yusuf Demir", "yusuf"),
    ("Mei Lin", "mei"),
    ("Oliver Brown", "oliver"),
    ("Fatima Rahman", "fatima"),
    ("Sean Murphy", "sean"),
];

pub struct DemoSummary {
    pub created: bool,
    pub accounts: Vec<String>,
    /// What the demo's streets gave the gazetteer (imported again on every run).
    pub places: ImportSummary,
}

/// Loads the demo once; its streets are written into `data_dir` and imported on every run (an
/// import replaces its source, so running again changes nothing, and a demo loaded before the
/// gazetteer existed gets its streets).
pub async fn load(db: &DatabaseConnection, live: &Live, data_dir: &Path) -> AppResult<DemoSummary> {
    // Streets first, so the demo's issues are put into words as they are reported.
    let places = load_places(db, data_dir).await?;
    let existing = organisation::Entity::find()
        .filter(organisation::Column::Name.eq(COUNCIL))
        .one(db)
        .await?;
    let mut accounts_made = Vec::new();
    if existing.is_some() {
        return Ok(DemoSummary {
            created: false,
            accounts: accounts_made,
            places,
        });
    }

    let admin = make_user(db, "Platform Admin", "admin", &mut accounts_made).await?;
    let admin = promote(db, admin).await?;
    let manager = make_user(
        db,
        "Dana Whitfield (Council)",
        "dana.council",
        &mut accounts_made,
    )
    .await?;
    let mut residents = Vec::new();
    for (name, local) in RESIDENTS {
        residents.push(make_user(db, name, local, &mut accounts_made).await?);
    }

    let council = organisations::create(
        db,
        &admin,
        COUNCIL,
        Some("Highways, street lighting, waste and parks for the Riverside area."),
    )
    .await?;
    organisations::add_staff(db, &admin, council.id, &manager.email).await?;

    let mill_lane = neighbourhoods::create(
        db,
        live,
        &residents[0],
        neighbourhoods::NewNeighbourhood {
            name: MILL_LANE_NAME.into(),
            description: Some("The streets between the old mill and the canal towpath. Potholes, litter picks, and the summer street party.".into()),
            center: Some(MILL_LANE_CENTER),
            radius_m: Some(MILL_LANE_RADIUS_M),
            boundary: None,
            visibility: Some(Visibility::Public),
            join_policy: Some(JoinPolicy::Open),
        },
    )
    .await?;
    let orchard = neighbourhoods::create(
        db,
        live,
        &residents[6],
        neighbourhoods::NewNeighbourhood {
            name: ORCHARD_NAME.into(),
            description: Some("Residents of the Orchard Estate tower blocks and gardens. New members are welcomed by a coordinator.".into()),
            center: None,
            radius_m: None,
            boundary: Some(orchard_boundary()),
            visibility: Some(Visibility::Public),
            join_policy: Some(JoinPolicy::Approval),
        },
    )
    .await?;
    for id in [mill_lane.id, orchard.id] {
        organisations::serve(db, live, &admin, council.id, id).await?;
    }

    for resident in &residents[1..6] {
        memberships::join(db, live, resident, mill_lane.id).await?;
    }
    for resident in &residents[7..12] {
        memberships::join(db, live, resident, orchard.id).await?;
    }
    // Two of Orchard's requests approved; the rest wait for the coordinator.
    for resident in &residents[7..9] {
        memberships::approve(db, live, &residents[6], orchard.id, resident.id).await?;
    }
    let categories = [
        ("pothole", "Pothole", "Roads", 14),
        ("streetlight", "Broken streetlight", "Street lighting", 7),
        ("fly-tipping", "Fly-tipping", "Waste", 3),
        ("graffiti", "Graffiti", "Street cleaning", 10),
        ("overgrown-path", "Overgrown path", "Parks and paths", 21),
    ];
    let mut pothole = None;
    for (code, name, group, days) in categories {
        let created = categories::create(
            db,
            &manager,
            council.id,
            categories::NewCategory {
                code: code.into(),
                name: name.into(),
                description: Some(format!(
                    "Report a {} to Riverside Borough Council.",
                    name.to_lowercase()
                )),
                group: Some(group.into()),
                keywords: vec![code.replace('-', " ")],
                target_days: Some(days),
                attributes: if code == "pothole" {
                    serde_json::from_value(serde_json::json!([{
                        "code": "where",
                        "datatype": "singlevaluelist",
                        "description": "Where is it?",
                        "values": [{"key": "road", "name": "Road"}, {"key": "cycle-lane", "name": "Cycle lane"}, {"key": "pavement", "name": "Pavement"}]
                    }]))
                    .unwrap_or_default()
                } else {
                    Vec::new()
                },
            },
        )
        .await?;
        pothole.get_or_insert(created.id);
    }
    // Two neighbours report the same pothole: one shared issue with two supporters.
    if let Some(pothole) = pothole {
        for (resident, lat) in [(&residents[1], 51.4546), (&residents[2], 51.45465)] {
            let report = issues::NewReport {
                category_id: pothole,
                location: Some(GeoPoint { lat, lon: -2.5879 }),
                address: None,
                description: "Deep pothole outside the bakery; cyclists swerve into traffic."
                    .into(),
                show_name: false,
                issue_id: None,
                answers: serde_json::Map::from_iter([(
                    "where".to_owned(),
                    serde_json::json!("road"),
                )]),
                on_behalf_of: None,
            };
            issues::report(db, live, Default::default(), resident, mill_lane.id, report).await?;
        }
    }
    memberships::set_role(
        db,
        live,
        &residents[0],
        mill_lane.id,
        residents[1].id,
        crate::domain::membership::Role::Coordinator,
    )
    .await?;
    seed_tasks(db, live, &residents[0], &residents[2], mill_lane.id).await?;

    Ok(DemoSummary {
        created: true,
        accounts: accounts_made,
        places,
    })
}

/// Writes the demo's streets as OpenStreetMap XML into `data_dir` and imports them the way
/// `commonground places import` does (`import_file`, then every issue's words afresh), under
/// their own made-up source and attribution.
async fn load_places(db: &DatabaseConnection, data_dir: &Path) -> AppResult<ImportSummary> {
    let file = data_dir.join(places::FILE_NAME);
    std::fs::create_dir_all(data_dir)
        .and_then(|()| std::fs::write(&file, places::osm_xml()))
        .map_err(|e| anyhow::Error::new(e).context(format!("writing {}", file.display())))?;
    let summary = crate::services::places::import::import_file(
        db,
        &file,
        places::SOURCE,
        places::ATTRIBUTION,
        std::sync::Arc::new(|_| {}),
    )
    .await?;
    issues::placing::relabel_all(db).await?;
    Ok(summary)
}

/// A scheduled litter pick that needs eight people (one place already taken) and an open-ended
/// job with a lease, so the task board has something on it.
async fn seed_tasks(
    db: &DatabaseConnection,
    live: &crate::live::Live,
    coordinator: &user::Model,
    volunteer: &user::Model,
    neighbourhood_id: entity::ids::NeighbourhoodId,
) -> AppResult<()> {
    use crate::services::{
        tasks::claims::{ClaimDesk, ClaimLimits},
        tasks::{self, TaskFields},
    };
    let saturday = chrono::Utc::now() + chrono::Duration::days(5);
    let litter_pick = tasks::create(
        db,
        live,
        coordinator,
        neighbourhood_id,
        TaskFields {
            title: Some("Canal towpath litter pick".into()),
            description: Some(
                "Meet at the lock gates. Bags, grabbers and gloves provided; wear boots.".into(),
            ),
            starts_at: Some(saturday),
            ends_at: Some(saturday + chrono::Duration::hours(3)),
            slots: Some(8),
            skills: Some(vec!["outdoors".into()]),
            accessibility: Some("Flat, but the towpath is muddy after rain.".into()),
            equipment: Some("Grabbers, bags, gloves".into()),
            address: Some("Lock gates, Canal Side".into()),
            ..TaskFields::default()
        },
    )
    .await?;
    ClaimDesk::new(db.clone(), live.clone(), ClaimLimits { max_open_claims: 5 })
        .claim(volunteer, litter_pick.id, chrono::Utc::now())
        .await?;
    tasks::create(
        db,
        live,
        coordinator,
        neighbourhood_id,
        TaskFields {
            title: Some("Weed the planters on Mill Lane".into()),
            description: Some("Any time this week; tools are in the community shed.".into()),
            slots: Some(2),
            skills: Some(vec!["gardening".into()]),
            ..TaskFields::default()
        },
    )
    .await?;
    Ok(())
}

async fn make_user(
    db: &DatabaseConnection,
    name: &str,
    local: &str,
    made: &mut Vec<String>,
) -> AppResult<user::Model> {
    let email = format!("{local}@demo.commonground.example");
    let registered = accounts::create_account(
        db,
        accounts::Registration {
            email: email.clone(),
            display_name: name.into(),
            password: DEMO_PASSWORD.into(),
        },
    )
    .await?;
    let accounts::Registered::Created(view) = registered else {
        return Err(crate::error::AppError::Conflict(
            format!("{email} already has an account").into(),
        ));
    };
    made.push(format!("{email} ({name})"));
    user::Entity::find_by_id(view.id)
        .one(db)
        .await?
        .ok_or_else(|| crate::error::AppError::not_found("account"))
}

async fn promote(db: &DatabaseConnection, admin: user::Model) -> AppResult<user::Model> {
    accounts::grant_platform_admin(db, &admin.email).await?;
    Ok(user::Model {
        is_platform_admin: true,
        ..admin
    })
}
