//! Database migrations, run at start-up (`commonground serve`), by `commonground migrate`, and by
//! every test before it touches the database. The same migrations serve SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod helpers;

mod m20261129_000001_foundation;
mod m20261129_000002_events;
mod m20261129_000003_issues;
mod m20261129_000004_photos;
mod m20261129_000005_open311;
mod m20261129_000006_tasks;
mod m20261129_000007_issue_indexes;
mod m20261129_000008_notifications;
mod m20261129_000009_discussions;
mod m20261129_000010_dashboard;
mod m20261129_000011_first_answers;
mod m20261205_000012_token_generation;
mod m20261205_000013_invitations;
mod m20261205_000014_mention_mutes;
mod m20261206_000015_idempotency_keys;
mod m20261206_000016_places;
mod m20261206_000017_issue_places;
mod m20261206_000018_place_names_search;
mod m20261207_000019_assisted_reports;
mod m20261207_000020_issue_follows;
mod m20261207_000021_user_locale;
mod m20261207_000022_content_language;
mod m20261207_000023_follow_digests;

pub use m20261129_000011_first_answers::FILL_FIRST_ANSWERS;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_foundation::Migration),
            Box::new(m20261129_000002_events::Migration),
            Box::new(m20261129_000003_issues::Migration),
            Box::new(m20261129_000004_photos::Migration),
            Box::new(m20261129_000005_open311::Migration),
            Box::new(m20261129_000006_tasks::Migration),
            Box::new(m20261129_000007_issue_indexes::Migration),
            Box::new(m20261129_000008_notifications::Migration),
            Box::new(m20261129_000009_discussions::Migration),
            Box::new(m20261129_000010_dashboard::Migration),
            Box::new(m20261129_000011_first_answers::Migration),
            Box::new(m20261205_000012_token_generation::Migration),
            Box::new(m20261205_000013_invitations::Migration),
            Box::new(m20261205_000014_mention_mutes::Migration),
            Box::new(m20261206_000015_idempotency_keys::Migration),
            Box::new(m20261206_000016_places::Migration),
            Box::new(m20261206_000017_issue_places::Migration),
            Box::new(m20261206_000018_place_names_search::Migration),
            Box::new(m20261207_000019_assisted_reports::Migration),
            Box::new(m20261207_000020_issue_follows::Migration),
            Box::new(m20261207_000021_user_locale::Migration),
            Box::new(m20261207_000022_content_language::Migration),
            Box::new(m20261207_000023_follow_digests::Migration),
        ]
    }
}
