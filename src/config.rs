//! Typed settings: built-in defaults, then an optional TOML file (`--config`), then environment
//! variables (`COMMONGROUND_*`, plus the conventional `DATABASE_URL` and `REDIS_URL`).

use std::path::{Path, PathBuf};

use anyhow::Context;
use figment::{
    providers::{Env, Format, Serialized, Toml},
    Figment,
};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

/// Everything the application needs to start. `Debug` never prints a secret: the JWT secret and
/// the database and Redis URLs (which may carry passwords) are `SecretString`s.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Address to listen on; port 0 picks a free port (tests use this).
    pub bind: String,
    /// Folder for the SQLite database, the generated JWT secret and later uploads.
    pub data_dir: PathBuf,
    /// `postgres://...` or `sqlite://...`; SQLite under `data_dir` when unset.
    #[serde(serialize_with = "serialize_secret_opt")]
    pub database_url: Option<SecretString>,
    /// `redis://...`; when set, live events and shared limits go through Redis.
    #[serde(serialize_with = "serialize_secret_opt")]
    pub redis_url: Option<SecretString>,
    /// `s3://bucket/prefix`: photos go to this S3-compatible bucket, shared by every instance,
    /// instead of the data folder's `photos/`. Endpoint, region and credentials come from the
    /// usual `AWS_*` variables (`AWS_ENDPOINT_URL`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `AWS_ALLOW_HTTP`), never from this URL, so it holds no secret.
    pub storage_url: Option<String>,
    /// HS256 signing secret for access tokens; generated and stored in `data_dir` when unset.
    #[serde(serialize_with = "serialize_secret_opt")]
    pub jwt_secret: Option<SecretString>,
    /// When set, `/metrics` answers only requests with `Authorization: Bearer <this token>`;
    /// when unset it is open and operators restrict it at the load balancer (docs/architecture.md, Operations).
    #[serde(serialize_with = "serialize_secret_opt")]
    pub metrics_token: Option<SecretString>,
    /// The public address of the site (`https://commonground.example`), for every link the
    /// server builds (calendar feeds, Open311, exports, e-mails); never taken from a request's
    /// `Host`. When unset, `http://{bind}` with the port actually bound.
    pub public_url: Option<String>,
    /// The built front end (`npm run build`); served with a fallback to `index.html`.
    pub frontend_dir: PathBuf,
    /// `text` for people, `json` for log collectors.
    pub log_format: LogFormat,
    /// Largest accepted request body in bytes.
    pub body_limit_bytes: usize,
    pub access_token_ttl_secs: i64,
    pub refresh_token_ttl_days: i64,
    /// Login attempts (and current-password checks) allowed for one account from one client
    /// address within `login_window_secs`; the low limit that slows a guesser.
    pub login_failures_per_account_and_address: u32,
    /// Attempts allowed for one account from all addresses together within the window: a high
    /// backstop against guesses spread over many addresses. Addresses the account signed in from
    /// before are exempt, so strangers cannot lock its owner out (docs/security/limits.md).
    pub login_failures_per_account: u32,
    /// Attempts allowed from one client address, for any accounts, within the window.
    pub login_failures_per_address: u32,
    pub login_window_secs: u64,
    /// Proxies whose forwarding headers are believed (`COMMONGROUND_TRUSTED_PROXIES`, comma-
    /// separated addresses or CIDRs, e.g. `10.0.0.0/8,127.0.0.1`). The client is the right-most
    /// address not in this list; with none, forwarding headers are ignored.
    pub trusted_proxies: crate::domain::forwarded::TrustedProxies,
    /// Which header trusted proxies set: `x-forwarded-for` or `forwarded` (RFC 7239). Only that
    /// one is read, so a client cannot slip in the other.
    pub forwarded_header: crate::domain::forwarded::ForwardedHeader,
    /// Prefix of every rate-limit key in Redis, so deployments (and test runs) sharing one Redis
    /// keep their counts apart; every instance of one deployment must use the same.
    pub rate_limit_namespace: String,
    /// Accounts one client address may register within `registration_window_secs`.
    pub registrations_per_window: u32,
    pub registration_window_secs: u64,
    /// Reports one person may file within `report_window_secs`.
    pub reports_per_window: u32,
    pub report_window_secs: u64,
    /// Open311 service requests one API key may file within `open311_window_secs`.
    pub open311_requests_per_window: u32,
    pub open311_window_secs: u64,
    /// Neighbourhoods one person may create within `neighbourhood_window_secs`.
    pub neighbourhoods_per_window: u32,
    pub neighbourhood_window_secs: u64,
    /// People one coordinator may add or invite by e-mail within `invitation_window_secs`.
    pub invitations_per_window: u32,
    pub invitation_window_secs: u64,
    /// Photos one person may upload within `photo_window_secs`.
    pub photos_per_window: u32,
    pub photo_window_secs: u64,
    /// Flags count towards hiding a post automatically only from accounts at least this old
    /// (seconds) that wrote a post or a report before; 0 counts every flag.
    pub flag_min_account_age_secs: u64,
    /// Messages queued for one live connection before it counts as a slow consumer.
    pub live_queue_per_connection: usize,
    /// How long the live event log is kept; older resumes get `reset`.
    pub event_retention_days: i64,
    /// How often the (single, elected) job deletes live events past `event_retention_days`.
    pub event_prune_secs: u64,
    /// How long inbox notifications are kept, read or not.
    pub notification_retention_days: i64,
    /// Connections in the database pool (SQLite uses one writer regardless; see `db.rs`).
    pub db_max_connections: u32,
    /// A report without a chosen issue joins an active issue of its category this close (metres).
    pub pool_radius_m: f64,
    /// "Is it one of these?" suggests active issues this close to a new report (metres).
    pub suggest_radius_m: f64,
    /// Map tiles for the front end's Leaflet maps (`{z}/{x}/{y}` template).
    pub map_tile_url: String,
    /// Attribution the tile provider's licence requires (plain text).
    pub map_attribution: String,
    /// Open task claims one person may hold at once (stops hoarding).
    pub max_open_claims: u64,
    /// Holders are warned this many hours before a claim they never checked in on lapses.
    pub lease_warning_hours: i64,
    /// The language of people the service knows nothing about: no account choice and no
    /// `Accept-Language` it speaks (`COMMONGROUND_DEFAULT_LOCALE`: `en`, `pl` or `ar`).
    pub default_locale: crate::i18n::Locale,
    /// How often the (single, elected) sweeper looks for lapsing claims.
    pub lease_sweep_secs: u64,
    /// A post flagged by this many distinct members is hidden until a coordinator decides
    /// (`COMMONGROUND_FLAGS_TO_HIDE`; 0 turns automatic hiding off).
    pub flags_to_hide: u32,
    /// New threads and posts one person may write within `post_window_secs`.
    pub posts_per_window: u32,
    pub post_window_secs: u64,
    /// Flags one person may raise within `flag_window_secs`.
    pub flags_per_window: u32,
    pub flag_window_secs: u64,
    /// `smtp://user:pass@host:587` (STARTTLS), `smtps://...:465` (TLS) or `smtp://host:25`
    /// without TLS for a local relay (add `?tls=required` to insist); no e-mail is sent unset.
    #[serde(serialize_with = "serialize_secret_opt")]
    pub smtp_url: Option<SecretString>,
    /// The `From` of notification e-mails.
    pub smtp_from: String,
    /// Minimum time between two digests to one person (a day).
    pub digest_interval_secs: u64,
    /// How often the (single, elected) digest job looks for digests due.
    pub digest_check_secs: u64,
    /// Photos decoded at once (each may take up to 160 MB). As many uploads again may wait for a
    /// turn (up to 30 s, then 503); any beyond those are answered 503 with `Retry-After` before
    /// their body is read, so at most twice this many bodies (8 MiB each) are ever held.
    /// Defaults to the number of CPU cores.
    pub photo_decode_concurrency: usize,
    /// "Someone tried to register with your address" e-mails one account may get within
    /// `account_notice_window_secs`; beyond that they are dropped (the answer is unchanged), so
    /// registering cannot be used to flood someone's mailbox.
    pub account_notices_per_window: u32,
    pub account_notice_window_secs: u64,
    /// Requests to follow an issue by e-mail, per address (whatever the issue), per
    /// `follow_window_secs`: bounds what one address can be signed up for.
    pub follows_per_address_per_window: u32,
    /// The same, per issue: bounds the rows and e-mails one issue can be made to cost.
    pub follows_per_issue_per_window: u32,
    /// The same, per client address: bounds what one client can sign up for.
    pub follows_per_client_per_window: u32,
    pub follow_window_secs: u64,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

fn serialize_secret_opt<S: serde::Serializer>(
    value: &Option<SecretString>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    // Only used to seed figment with defaults, which never hold a secret.
    match value {
        Some(secret) => serializer.serialize_some(secret.expose_secret()),
        None => serializer.serialize_none(),
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("./data"),
            database_url: None,
            redis_url: None,
            storage_url: None,
            jwt_secret: None,
            metrics_token: None,
            public_url: None,
            frontend_dir: PathBuf::from("frontend/dist"),
            log_format: LogFormat::Text,
            body_limit_bytes: 1024 * 1024,
            access_token_ttl_secs: 15 * 60,
            refresh_token_ttl_days: 30,
            login_failures_per_account_and_address: 5,
            login_failures_per_account: 50,
            login_failures_per_address: 20,
            login_window_secs: 15 * 60,
            trusted_proxies: Default::default(),
            forwarded_header: Default::default(),
            rate_limit_namespace: "commonground".into(),
            registrations_per_window: 10,
            registration_window_secs: 3600,
            reports_per_window: 20,
            report_window_secs: 3600,
            open311_requests_per_window: 600,
            open311_window_secs: 3600,
            neighbourhoods_per_window: 3,
            neighbourhood_window_secs: 24 * 3600,
            invitations_per_window: 50,
            invitation_window_secs: 24 * 3600,
            photos_per_window: 30,
            photo_window_secs: 3600,
            flag_min_account_age_secs: 24 * 3600,
            live_queue_per_connection: 256,
            event_retention_days: 30,
            event_prune_secs: 3600,
            notification_retention_days: 365,
            db_max_connections: 10,
            pool_radius_m: crate::domain::issue::DEFAULT_AUTO_POOL_RADIUS_M,
            suggest_radius_m: crate::domain::issue::DEFAULT_SUGGEST_RADIUS_M,
            map_tile_url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png".into(),
            map_attribution: "© OpenStreetMap contributors".into(),
            max_open_claims: 5,
            lease_warning_hours: 12,
            default_locale: crate::i18n::Locale::En,
            lease_sweep_secs: 30,
            flags_to_hide: 3,
            posts_per_window: 10,
            post_window_secs: 60,
            flags_per_window: 20,
            flag_window_secs: 3600,
            smtp_url: None,
            smtp_from: "Commonground <notifications@localhost>".into(),
            digest_interval_secs: 24 * 3600,
            digest_check_secs: 300,
            photo_decode_concurrency: std::thread::available_parallelism().map_or(2, |n| n.get()),
            account_notices_per_window: 3,
            account_notice_window_secs: 24 * 3600,
            follows_per_address_per_window: 10,
            follows_per_issue_per_window: 60,
            follows_per_client_per_window: 30,
            follow_window_secs: 3600,
        }
    }
}

impl Settings {
    /// Defaults, then the TOML file if given, then the environment.
    pub fn load(config_file: Option<&Path>) -> anyhow::Result<Self> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(path) = config_file {
            anyhow::ensure!(
                path.exists(),
                "config file {} does not exist",
                path.display()
            );
            figment = figment.merge(Toml::file(path));
        }
        figment = figment
            .merge(Env::prefixed("COMMONGROUND_"))
            .merge(Env::raw().only(&["DATABASE_URL", "REDIS_URL"]));
        figment.extract().context("Failed to read configuration")
    }

    /// The database to connect to: `DATABASE_URL`, or the SQLite file in the data folder.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.expose_secret().to_owned(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("commonground.db").display()
            ),
        }
    }

    pub fn pooling(&self) -> crate::domain::issue::PoolingRadii {
        crate::domain::issue::PoolingRadii {
            auto_m: self.pool_radius_m,
            suggest_m: self.suggest_radius_m,
        }
    }

    /// The site's public address without a trailing slash, for absolute links (`public_url`,
    /// which `Application::build` fills in from the bound address when unset).
    pub fn base_url(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", self.bind),
        }
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url().starts_with("sqlite:")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_use_sqlite_in_the_data_folder() {
        let settings = Settings::default();
        assert_eq!(settings.bind, "127.0.0.1:8080");
        assert!(settings.is_sqlite());
        assert!(settings.database_url().contains("data/commonground.db"));
    }

    #[test]
    fn debug_output_never_shows_secrets() {
        let settings = Settings {
            jwt_secret: Some(SecretString::from("super-secret-signing-key")),
            database_url: Some(SecretString::from("postgres://app:hunter2@db/cg")),
            smtp_url: Some(SecretString::from("smtp://mailer:swordfish@mail:587")),
            ..Settings::default()
        };
        let printed = format!("{settings:?}");
        assert!(!printed.contains("super-secret-signing-key"));
        assert!(!printed.contains("hunter2"));
        assert!(!printed.contains("swordfish"));
    }

    #[test]
    fn a_toml_file_overrides_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cg.toml");
        std::fs::write(
            &path,
            "bind = \"127.0.0.1:9999\"\nbody_limit_bytes = 2048\n",
        )
        .unwrap();
        let settings = Settings::load(Some(&path)).unwrap();
        assert_eq!(settings.bind, "127.0.0.1:9999");
        assert_eq!(settings.body_limit_bytes, 2048);
    }

    #[test]
    fn trusted_proxies_come_from_a_comma_separated_variable_or_a_toml_list() {
        std::env::set_var("COMMONGROUND_TRUSTED_PROXIES", "10.0.0.0/8,127.0.0.1");
        std::env::set_var("COMMONGROUND_FORWARDED_HEADER", "forwarded");
        let from_env = Settings::load(None);
        std::env::remove_var("COMMONGROUND_TRUSTED_PROXIES");
        std::env::remove_var("COMMONGROUND_FORWARDED_HEADER");
        let from_env = from_env.unwrap();
        assert_eq!(
            from_env.trusted_proxies.to_string(),
            "10.0.0.0/8,127.0.0.1/32"
        );
        assert_eq!(
            from_env.forwarded_header,
            crate::domain::forwarded::ForwardedHeader::Forwarded
        );

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cg.toml");
        std::fs::write(&path, "trusted_proxies = [\"192.168.0.0/16\", \"::1\"]\n").unwrap();
        let from_toml = Settings::load(Some(&path)).unwrap();
        assert_eq!(
            from_toml.trusted_proxies.to_string(),
            "192.168.0.0/16,::1/128"
        );

        std::fs::write(&path, "trusted_proxies = \"not-an-address\"\n").unwrap();
        assert!(
            Settings::load(Some(&path)).is_err(),
            "garbage is refused at start"
        );
    }
}
