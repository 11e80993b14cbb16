//! Photos in shared object storage, against moto's real S3-compatible server over HTTP: what one
//! instance stores another serves, `storage migrate` copies a folder once, and the store's own
//! operations (`commonground::storage::FileStore`) behave as the local folder's do. Also the
//! elected pruning of the live event log.

use std::{process::Command, time::Duration};

use commonground::storage::FileStore;
use serde_json::json;

use crate::harness::{Cluster, Person, S3Server};

fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::new_rgb8(width, height)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

#[tokio::test]
async fn the_store_puts_gets_sizes_and_deletes_objects_on_a_real_s3_server() {
    let Some(mut s3) = S3Server::start().await else {
        return;
    };
    let store = s3.store("unit/photos");
    assert!(store.is_shared());
    store.check(Duration::from_secs(5)).await.unwrap();

    assert_eq!(store.get("missing.jpg").await.unwrap(), None);
    assert_eq!(store.size("missing.jpg").await.unwrap(), None);
    store.delete("missing.jpg").await.unwrap();

    store.put("a.jpg", b"first bytes").await.unwrap();
    assert_eq!(store.get("a.jpg").await.unwrap().unwrap(), b"first bytes");
    assert_eq!(store.size("a.jpg").await.unwrap(), Some(11));
    // A prefix keeps deployments sharing a bucket apart.
    assert_eq!(s3.store("other").get("a.jpg").await.unwrap(), None);
    store.put("a.jpg", b"second").await.unwrap();
    assert_eq!(store.get("a.jpg").await.unwrap().unwrap(), b"second");
    store.delete("a.jpg").await.unwrap();
    assert_eq!(store.get("a.jpg").await.unwrap(), None);

    // The key check holds on this backend too: nothing outside the prefix.
    for bad in ["../escape", "a/b", ".hidden", ""] {
        assert!(store.put(bad, b"x").await.is_err(), "{bad:?} refused");
    }

    // Unreachable: readiness says so within its bound, reads fail (never "not found").
    s3.stop();
    assert!(store.check(Duration::from_secs(2)).await.is_err());
    assert!(store.get("a.jpg").await.is_err());
}

/// A resident of a neighbourhood served by an organisation with a category; returns the new
/// report's id.
async fn report_with_photo_rights(cluster: &Cluster) -> (Person, String) {
    let a = cluster.instance(0);
    let admin = a.new_person("Admin").await;
    let db = cluster.database().await;
    commonground::services::accounts::grant_platform_admin(&db, &admin.email)
        .await
        .unwrap();
    let ana = a.new_person("Ana").await;
    let neighbourhood = a.new_neighbourhood(&ana, "Elm Street").await;
    let post = reqwest::Method::POST;
    let org = a
        .call(
            post.clone(),
            "/api/v1/organisations",
            Some(&admin.token),
            Some(json!({"name": "Riverside Council"})),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    a.call(
        post.clone(),
        &format!("/api/v1/organisations/{org}/staff"),
        Some(&admin.token),
        Some(json!({"email": admin.email})),
    )
    .await;
    a.call(
        reqwest::Method::PUT,
        &format!("/api/v1/organisations/{org}/neighbourhoods/{neighbourhood}"),
        Some(&admin.token),
        None,
    )
    .await;
    let category = a
        .call(
            post.clone(),
            &format!("/api/v1/organisations/{org}/categories"),
            Some(&admin.token),
            Some(json!({"code": "pothole", "name": "Pothole", "group": "Streets", "keywords": ["road"], "target_days": 14})),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let made = a
        .call(
            post,
            &format!("/api/v1/neighbourhoods/{neighbourhood}/reports"),
            Some(&ana.token),
            Some(json!({"category_id": category, "location": {"lat": 51.5, "lon": -0.1}, "description": "Deep pothole by the bus stop"})),
        )
        .await;
    (ana, made["report_id"].as_str().unwrap().to_owned())
}

#[tokio::test]
async fn a_photo_uploaded_through_one_instance_is_served_by_the_other() {
    let Some(mut s3) = S3Server::start().await else {
        return;
    };
    let Some(cluster) = Cluster::start_with(s3.env("cluster/photos")).await else {
        return;
    };
    let (a, b) = (cluster.instance(0), cluster.instance(1));
    let ready: serde_json::Value = reqwest::get(format!("{}/readyz", b.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ready["photo_storage"], "ok", "{ready}");

    let (ana, report) = report_with_photo_rights(&cluster).await;
    let (status, body) = a
        .raw(
            reqwest::Method::POST,
            &format!("/api/v1/reports/{report}/photos"),
            Some(&ana.token),
            Some(png(640, 480)),
        )
        .await;
    assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
    let photo: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let id = photo["id"].as_str().unwrap().to_owned();

    for suffix in ["", "/thumbnail"] {
        let path = format!("/api/v1/photos/{id}{suffix}");
        let (on_a, from_a) = a
            .raw(reqwest::Method::GET, &path, Some(&ana.token), None)
            .await;
        let (on_b, from_b) = b
            .raw(reqwest::Method::GET, &path, Some(&ana.token), None)
            .await;
        assert_eq!((on_a, on_b), (200, 200), "{path}");
        assert_eq!(from_a, from_b, "{path}: the same bytes from both instances");
        assert_eq!(&from_b[..2], &[0xFF, 0xD8], "{path}: a JPEG");
    }
    // In the bucket, and on neither instance's disk.
    let store = s3.store("cluster/photos");
    assert!(store.size(&format!("{id}.jpg")).await.unwrap().is_some());
    assert!(store
        .size(&format!("{id}-thumb.jpg"))
        .await
        .unwrap()
        .is_some());
    for n in 0..2 {
        assert!(!cluster.data_dir(n).join("photos").exists());
    }

    // The store down: readiness fails, a photo is a 503 problem, never a 500 or a 404.
    s3.stop();
    let down = reqwest::get(format!("{}/readyz", b.base)).await.unwrap();
    assert_eq!(down.status(), 503);
    let down: serde_json::Value = down.json().await.unwrap();
    assert_eq!(down["photo_storage"], "unavailable", "{down}");
    let (status, body) = b
        .raw(
            reqwest::Method::GET,
            &format!("/api/v1/photos/{id}"),
            Some(&ana.token),
            None,
        )
        .await;
    assert_eq!(status, 503, "{}", String::from_utf8_lossy(&body));
    let problem: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(problem["status"], 503);
    // An upload while it is down is refused the same way and leaves no photo behind.
    let (status, _) = a
        .raw(
            reqwest::Method::POST,
            &format!("/api/v1/reports/{report}/photos"),
            Some(&ana.token),
            Some(png(64, 64)),
        )
        .await;
    assert_eq!(status, 503);
    let db = cluster.database().await;
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(entity::photo::Entity::find().count(&db).await.unwrap(), 1);
}

#[tokio::test]
async fn storage_migrate_copies_a_folder_into_the_bucket_once() {
    let Some(s3) = S3Server::start().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let folder = FileStore::new(dir.path().join("photos"));
    let photos: [(&str, &[u8]); 3] = [
        ("0192a3b4-0000-7000-8000-000000000001.jpg", b"a photo"),
        ("0192a3b4-0000-7000-8000-000000000001-thumb.jpg", b"thumb"),
        ("0192a3b4-0000-7000-8000-000000000002.jpg", b"another photo"),
    ];
    for (key, bytes) in photos {
        folder.put(key, bytes).await.unwrap();
    }
    let migrate = || {
        let out = Command::new(env!("CARGO_BIN_EXE_commonground"))
            .args(["storage", "migrate"])
            .env("COMMONGROUND_DATA_DIR", dir.path())
            .env("RUST_LOG", "warn")
            .envs(s3.env("migrated"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let first = migrate();
    assert!(
        first.contains("3 copied, 0 already there, 0 other files ignored"),
        "{first}"
    );
    let store = s3.store("migrated");
    for (key, bytes) in photos {
        assert_eq!(store.get(key).await.unwrap().unwrap(), bytes);
    }
    let second = migrate();
    assert!(
        second.contains("0 copied, 3 already there"),
        "a second run copies nothing: {second}"
    );
}

/// Who holds the live event log's pruning lease, as the database says.
async fn pruning_lease(db: &sea_orm::DatabaseConnection) -> Vec<String> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    entity::job_lease::Entity::find()
        .filter(entity::job_lease::Column::Name.eq("live-event-pruning"))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|l| l.holder)
        .collect()
}

#[tokio::test]
async fn one_instance_prunes_the_event_log_and_old_events_go() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let a = cluster.instance(0);
    let ana = a.new_person("Ana").await;
    let id = a.new_neighbourhood(&ana, "Elm Street").await;
    let db = cluster.database().await;
    use sea_orm::{sea_query::Expr, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let events = || {
        entity::event::Entity::find()
            .filter(entity::event::Column::Channel.eq(format!("neighbourhood:{id}")))
            .count(&db)
    };
    let before = events().await.unwrap();
    assert!(before >= 1);
    // Age the neighbourhood's first event past the retention (30 days), then write a fresh one.
    entity::event::Entity::update_many()
        .col_expr(
            entity::event::Column::CreatedAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::days(31)),
        )
        .filter(entity::event::Column::Channel.eq(format!("neighbourhood:{id}")))
        .exec(&db)
        .await
        .unwrap();
    a.rename(&ana, &id, "Elm Street North").await;

    // Both instances tick every second: within a few, the leader prunes the aged events.
    let mut left = before + 1;
    for _ in 0..50 {
        left = events().await.unwrap();
        if left == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(left, 1, "only the fresh event is kept");
    let holder = pruning_lease(&db).await;
    assert_eq!(holder.len(), 1, "one lease: {holder:?}");
    for _ in 0..3 {
        tokio::time::sleep(Duration::from_millis(1_100)).await;
        assert_eq!(
            pruning_lease(&db).await,
            holder,
            "one instance keeps the pruning"
        );
    }
}
