//! The command line: `server [serve]`, `server migrate`, `server seed-demo`,
//! `server rebuild-tallies`, `server grant-role`.

use std::path::PathBuf;
use std::process::ExitCode;

use app::domain::user::Role;
use app::server::rankings::{Rankings, RedisRankings};
use clap::{Parser, Subcommand};

use crate::config::{Settings, leptos_options};
use crate::startup::Application;
use crate::{db, telemetry};

/// The Ideas and Apps platform server.
#[derive(Debug, Parser)]
#[command(
    name = "server",
    version,
    about = "The Ideas and Apps platform server."
)]
pub struct Cli {
    /// A TOML file of settings; environment variables override it.
    #[arg(long, env = "IDEAS_CONFIG", global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the site (the default).
    Serve {
        /// Do not seed the demo campaign, even into an empty database.
        #[arg(long)]
        no_seed: bool,
    },
    /// Apply pending database migrations, then exit.
    Migrate,
    /// Write the static files' compressed copies (`.br`, `.gz`) before serving; the
    /// server also writes any missing ones in the background as it starts.
    Precompress,
    /// Add the demo campaign with sample ideas and votes (does nothing if it is there).
    SeedDemo,
    /// Build the large load-test campaign the benchmarks run against (see `bench/`).
    SeedLoad {
        #[arg(long, default_value_t = 100_000)]
        ideas: u64,
        #[arg(long, default_value_t = 1_000_000)]
        votes: u64,
        #[arg(long, default_value_t = 100_000)]
        accounts: u64,
    },
    /// Add a generated practice campaign for the vote-integrity review: an honest crowd
    /// with planted rings of accounts (does nothing if the slug is taken).
    SeedIntegritySample {
        #[arg(long, default_value = "integrity-practice")]
        slug: String,
        /// The honest crowd's size (default: about "Maps and Apps").
        #[arg(long, default_value_t = 500)]
        ideas: u64,
        #[arg(long, default_value_t = 10_000)]
        accounts: u64,
        #[arg(long, default_value_t = 42)]
        days: i64,
        /// Plant no rings: an honest crowd only.
        #[arg(long)]
        honest: bool,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Check every idea's cached vote and comment counts and trending rank against the
    /// vote and comment rows, and repair any that drifted (with a progress bar).
    RebuildTallies {
        /// Recount every idea, not only those that drifted.
        #[arg(long)]
        all: bool,
    },
    /// Give an account a role: public, developer, moderator or admin. Giving `public`
    /// takes the others away.
    GrantRole {
        /// The account's number (shown on its account page and in the admin screens).
        account: i64,
        /// The role to give.
        #[arg(value_parser = parse_role)]
        role: Role,
    },
}

/// The rankings every server instance shares, when Redis is configured (without it, each
/// server keeps its own in memory, which a command cannot reach).
fn shared_rankings(settings: &Settings) -> anyhow::Result<Option<Rankings>> {
    use secrecy::ExposeSecret;
    let Some(url) = &settings.redis_url else {
        return Ok(None);
    };
    let redis = crate::startup::redis_link(url.expose_secret())?;
    Ok(Some(Rankings::new(std::sync::Arc::new(
        RedisRankings::new(redis, &settings.redis_prefix),
    ))))
}

/// Copies every idea to the shared rankings, with a progress bar; with `forget_first`,
/// after clearing them.
async fn rebuild_rankings(
    db: &sea_orm::DatabaseConnection,
    rankings: &Rankings,
    forget_first: bool,
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let bar = indicatif::ProgressBar::new(0).with_style(indicatif::ProgressStyle::with_template(
        "Rebuilding rankings in Redis {bar:40} {pos}/{len} ideas ({eta} left)",
    )?);
    let rebuilt = app::server::rankings::rebuild(db, rankings, forget_first, |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await?;
    bar.finish_and_clear();
    if !rebuilt.complete {
        anyhow::bail!("Redis failed while the rankings were being rebuilt; run this again");
    }
    println!(
        "Rebuilt the rankings of {} ideas in Redis in {:.1} s.",
        rebuilt.ideas,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn parse_role(value: &str) -> Result<Role, String> {
    Role::from_key(value).ok_or_else(|| {
        let keys: Vec<&str> = Role::ALL.iter().map(|r| r.key()).collect();
        format!("unknown role {value:?}; choose one of {}", keys.join(", "))
    })
}

impl Cli {
    /// Runs the command; on failure prints the cause (naming the setting at fault) and
    /// exits non-zero.
    pub async fn run(self) -> ExitCode {
        match self.try_run().await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                tracing::error!("{e:#}");
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            }
        }
    }

    async fn try_run(self) -> anyhow::Result<()> {
        let mut settings = Settings::load(self.config.as_deref())?;
        telemetry::init(settings.log_format);
        match self.command.unwrap_or(Command::Serve { no_seed: false }) {
            Command::Serve { no_seed } => {
                if no_seed {
                    settings.seed_demo = false;
                }
                let app = Application::build(settings, leptos_options()?).await?;
                app.run_until_stopped().await?;
            }
            Command::Precompress => {
                let options = leptos_options()?;
                let root = std::path::PathBuf::from(options.site_root.to_string());
                let done = crate::assets::precompress(&root)?;
                println!(
                    "{} files compressed, {} already current: {} bytes, {} with Brotli.",
                    done.written, done.current, done.original_bytes, done.brotli_bytes
                );
            }
            Command::Migrate => {
                let db = db::connect(&settings).await?;
                db::migrate(&db).await?;
                println!("The database schema is up to date.");
            }
            Command::SeedDemo => {
                let db = db::connect(&settings).await?;
                db::migrate(&db).await?;
                match app::server::seed::seed_demo(&db, chrono::Utc::now()).await? {
                    app::server::seed::SeedOutcome::Seeded {
                        campaigns,
                        ideas,
                        votes,
                    } => {
                        println!("Seeded {campaigns} campaigns, {ideas} ideas and {votes} votes.");
                    }
                    app::server::seed::SeedOutcome::AlreadyPresent => {
                        println!("The demo campaign is already there; nothing was changed.");
                    }
                }
            }
            Command::SeedLoad {
                ideas,
                votes,
                accounts,
            } => {
                let db = db::connect(&settings).await?;
                db::migrate(&db).await?;
                let started = std::time::Instant::now();
                let bar = indicatif::ProgressBar::new(0).with_style(
                    indicatif::ProgressStyle::with_template(
                        "{msg:>9} {bar:40} {pos}/{len} ({eta} left)",
                    )?,
                );
                let sizes = app::server::load_seed::LoadSizes {
                    ideas,
                    votes,
                    accounts,
                };
                let rankings = shared_rankings(&settings)?;
                let seeded = app::server::load_seed::seed_load(
                    &db,
                    rankings.as_ref().unwrap_or(&Rankings::in_process()),
                    sizes,
                    chrono::Utc::now(),
                    |step, done, total| {
                        bar.set_message(step);
                        bar.set_length(total);
                        bar.set_position(done);
                    },
                )
                .await?;
                bar.finish_and_clear();
                if let Some(rankings) = &rankings {
                    rebuild_rankings(&db, rankings, false).await?;
                }
                match seeded {
                    Some(made) => println!(
                        "Seeded {} accounts, {} ideas and {} votes in {:.1} s.",
                        made.accounts,
                        made.ideas,
                        made.votes,
                        started.elapsed().as_secs_f64()
                    ),
                    None => {
                        println!("The load-test campaign is already there; nothing was changed.")
                    }
                }
            }
            Command::SeedIntegritySample {
                slug,
                ideas,
                accounts,
                days,
                honest,
                seed,
            } => {
                use app::domain::integrity::sample::{Crowd, Plant};
                let db = db::connect(&settings).await?;
                db::migrate(&db).await?;
                let rankings = shared_rankings(&settings)?;
                let crowd = Crowd {
                    ideas,
                    accounts,
                    days,
                };
                let plants: &[Plant] = if honest {
                    &[]
                } else {
                    &[
                        Plant::Swarm { accounts: 30 },
                        Plant::FanClub { accounts: 12 },
                        Plant::OneNetwork { accounts: 15 },
                    ]
                };
                let seeded = app::server::integrity_sample::seed(
                    &db,
                    rankings.as_ref().unwrap_or(&Rankings::in_process()),
                    &slug,
                    (seed, crowd, plants),
                    chrono::Utc::now(),
                )
                .await?;
                match seeded {
                    Some(made) => println!(
                        "Seeded {slug}: {} accounts, {} ideas, {} supports, {} planted rings.",
                        made.accounts,
                        made.ideas,
                        made.supports,
                        made.rings.len()
                    ),
                    None => println!("A campaign {slug} is already there; nothing was changed."),
                }
            }
            Command::RebuildTallies { all } => {
                let db = db::connect(&settings).await?;
                db::migrate(&db).await?;
                let started = std::time::Instant::now();
                let bar = indicatif::ProgressBar::new(0).with_style(
                    indicatif::ProgressStyle::with_template(
                        "{msg} {bar:40} {pos}/{len} ideas ({eta} left)",
                    )?,
                );
                bar.set_message("Checking tallies");
                let rankings = shared_rankings(&settings)?;
                let report = app::server::tallies::reconcile(
                    &db,
                    rankings.as_ref().unwrap_or(&Rankings::in_process()),
                    all,
                    |done, total| {
                        bar.set_length(total);
                        bar.set_position(done);
                    },
                )
                .await?;
                bar.finish_and_clear();
                println!(
                    "Checked {} ideas in {:.1} s; repaired {}.",
                    report.ideas_checked,
                    started.elapsed().as_secs_f64(),
                    report.repaired
                );
                match &rankings {
                    Some(rankings) => rebuild_rankings(&db, rankings, all).await?,
                    None => println!(
                        "Without Redis the rankings live in the server's memory; a running \
                         server copies the repairs within {} s.",
                        settings.tallies.full_every_secs
                    ),
                }
            }
            Command::GrantRole { account, role } => {
                let db = db::connect(&settings).await?;
                db::migrate(&db).await?;
                let user = app::server::accounts::set_role(&db, None, account, role)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("there is no account number {account}"))?;
                println!(
                    "Account {} ({}) now has the role {}.",
                    user.id,
                    user.display_name,
                    role.key()
                );
            }
        }
        Ok(())
    }
}
