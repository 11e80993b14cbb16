//! The `commonground` command: thin on purpose; everything it runs lives in the library.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use commonground::{
    config::Settings, db, demo, live::Live, services::accounts, startup::Application, telemetry,
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

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let settings = Settings::load(cli.config.as_deref())?;
    telemetry::init(settings.log_format);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            Application::build(settings)
                .await?
                .run_until_stopped()
                .await?
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
            );
            let summary = demo::load(&conn, &live)
                .await
                .context("Failed to load the demo")?;
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
