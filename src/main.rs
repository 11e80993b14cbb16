//! The `commonground` command: thin on purpose; everything it runs lives in the library.

use std::{io::Write, path::PathBuf};

use anyhow::Context;
use clap::{Parser, Subcommand};
use commonground::{
    config::Settings,
    db, demo,
    live::Live,
    routes,
    services::{accounts, issues, places},
    startup::Application,
    telemetry,
};

/// mimalloc keeps per-connection memory lower and allocation faster than the system allocator
/// under many long-lived WebSocket connections (see docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "commonground",
    version,
    about = "Neighbourhoods and public services, co-producing together"
)]
struct Cli {
    /// A TOML file with settings (environment variables still take precedence).
    #[arg(long, global = true, env = "COMMONGROUND_CONFIG_FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web service (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Load the demo neighbourhoods, organisation and residents.
    Demo,
    /// Print the OpenAPI document (the one `GET /api/v1/openapi.json` serves) and exit; the front
    /// end generates its API types from it without a running server.
    Openapi,
    /// The gazetteer: places people search for and issues are described by.
    Places {
        #[command(subcommand)]
        command: PlacesCommand,
    },
    /// Photo storage.
    Storage {
        #[command(subcommand)]
        command: StorageCommand,
    },
    /// Administrative tasks.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Make an existing account a platform admin.
    GrantAdmin {
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum StorageCommand {
    /// Copy every photo of a local folder into the object store of `COMMONGROUND_STORAGE_URL`
    /// (before switching a deployment to it). Photos already there with the same size are
    /// skipped, so it can be run again to catch up or after an interruption.
    Migrate {
        /// The folder to copy; by default the data folder's `photos/`.
        #[arg(long)]
        from: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum PlacesCommand {
    /// Import streets, addresses, postcodes and named places from an OpenStreetMap extract
    /// (`.osm.pbf`, or OSM XML `.osm`). Importing the same source again replaces its places.
    Import {
        /// The extract, e.g. `area.osm.pbf`.
        file: PathBuf,
        /// The name this source is kept under (a re-import with the same name replaces it);
        /// by default the file's name.
        #[arg(long)]
        source: Option<String>,
        /// What the data's licence asks to be shown wherever its places are; OpenStreetMap's
        /// by default (ODbL). Give another only for data that is not OpenStreetMap's.
        #[arg(long, default_value = places::OSM_ATTRIBUTION)]
        attribution: String,
    },
    /// Compute every located issue's place in words afresh from the imported places (done after
    /// every import too; for issues made before places were imported).
    Relabel,
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if let Some(Command::Openapi) = cli.command {
        // Before settings and logging: the document depends on neither, and log lines on stdout
        // would corrupt it.
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{}", openapi_document().to_pretty_json()?)?;
        return Ok(());
    }
    let settings = Settings::load(cli.config.as_deref())?;
    telemetry::init(settings.log_format);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            Application::build(settings)
                .await?
                .run_until_stopped()
                .await?
        }
        Command::Storage {
            command: StorageCommand::Migrate { from },
        } => {
            anyhow::ensure!(
                settings.storage_url.is_some(),
                "Set COMMONGROUND_STORAGE_URL=s3://bucket/prefix (and the AWS_* settings) to name \
                 the object store to copy the photos into."
            );
            let from = from.unwrap_or_else(|| settings.data_dir.join("photos"));
            let to = commonground::storage::FileStore::from_settings(&settings)?;
            println!(
                "Copying the photos in {} to {} ...",
                from.display(),
                to.describe()
            );
            let done = commonground::storage::migrate(&from, &to).await?;
            println!(
                "{} copied, {} already there, {} other files ignored.",
                done.copied, done.skipped, done.ignored
            );
        }
        Command::Migrate => {
            let conn = db::connect(&settings).await?;
            db::migrate(&conn).await?;
            println!("Migrations applied.");
        }
        Command::Demo => {
            let conn = db::connect(&settings).await?;
            db::migrate(&conn).await?;
            // The demo's events go to the log; nobody is connected to receive them live.
            let live = Live::start(
                conn.clone(),
                None,
                chrono::Duration::days(settings.event_retention_days),
                commonground::startup::live_plugins(),
            );
            let summary = demo::load(&conn, &live, &settings.data_dir)
                .await
                .context("Failed to load the demo")?;
            println!(
                "The demo's streets ({} streets, {} addresses, {} postcodes, {} named places; \
                 made up, not OpenStreetMap data) are in {} and imported: search \"Lock Road\" or \
                 \"RB1 4LR\".",
                summary.places.streets,
                summary.places.addresses,
                summary.places.postcodes,
                summary.places.places,
                settings.data_dir.join(demo::places::FILE_NAME).display(),
            );
            if summary.created {
                println!(
                    "Demo loaded. Every account's password is `{}`:",
                    demo::DEMO_PASSWORD
                );
                for account in summary.accounts {
                    println!("  {account}");
                }
            } else {
                println!("The demo is already loaded.");
            }
        }
        Command::Places {
            command:
                PlacesCommand::Import {
                    file,
                    source,
                    attribution,
                },
        } => {
            let conn = db::connect(&settings).await?;
            db::migrate(&conn).await?;
            let source = match source {
                Some(source) => source,
                None => file
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .context("the file has no name to keep the source under; give --source")?,
            };
            let progress: places::import::Progress =
                std::sync::Arc::new(|line| eprintln!("{line}"));
            let summary =
                places::import::import_file(&conn, &file, &source, &attribution, progress)
                    .await
                    .with_context(|| format!("Failed to import {}", file.display()))?;
            println!(
                "Imported {source}: {} streets, {} addresses, {} postcodes, {} named places \
                 ({} points along streets). Data {}.",
                summary.streets,
                summary.addresses,
                summary.postcodes,
                summary.places,
                summary.street_points,
                attribution,
            );
            let relabelled = issues::placing::relabel_all(&conn).await?;
            println!("Described {relabelled} issues' places in words.");
        }
        Command::Places {
            command: PlacesCommand::Relabel,
        } => {
            let conn = db::connect(&settings).await?;
            db::migrate(&conn).await?;
            let relabelled = issues::placing::relabel_all(&conn).await?;
            println!("Described {relabelled} issues' places in words.");
        }
        Command::Openapi => unreachable!("printed before the settings were loaded"),
        Command::Admin {
            command: AdminCommand::GrantAdmin { email },
        } => {
            let conn = db::connect(&settings).await?;
            db::migrate(&conn).await?;
            let user = accounts::grant_platform_admin(&conn, &email).await?;
            println!("{} is now a platform admin.", user.email);
        }
    }
    Ok(())
}

/// The document the server serves, built the same way (`startup` collects the routes into an
/// app, `routes::document` adds the declared problem answers), without binding a port.
fn openapi_document() -> utoipa::openapi::OpenApi {
    use utoipa::OpenApi;
    use utoipa_actix_web::AppExt;
    let (_app, openapi) = actix_web::App::new()
        .into_utoipa_app()
        .openapi(routes::ApiDoc::openapi())
        .configure(routes::config)
        .split_for_parts();
    routes::document(openapi)
}
