//! The `server` binary's command line and start-up checks, run as a separate process.

use std::process::{Command, Output};

use crate::support::postgres_admin_url;

/// Runs the server binary with a clean environment (apart from `extra`), in a fresh
/// data directory.
fn server(args: &[&str], extra: &[(&str, &str)], data_dir: &std::path::Path) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    command
        .env("DATA_DIR", data_dir)
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0");
    for (key, value) in extra {
        command.env(key, value);
    }
    command.output().expect("the server binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn an_invalid_setting_stops_start_up_naming_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &str, &str); 6] = [
        ("LEPTOS_SITE_ADDR", "not-an-address", "LEPTOS_SITE_ADDR"),
        ("LEPTOS_ENV", "staging", "LEPTOS_ENV"),
        (
            "DATABASE_URL",
            "mysql://root@localhost/ideas",
            "DATABASE_URL",
        ),
        ("REDIS_URL", "nonsense://", "REDIS_URL"),
        ("IDEAS_SEED_DEMO", "maybe", "IDEAS_SEED_DEMO"),
        (
            "IDEAS_DATABASE_MAX_CONNECTIONS",
            "0",
            "IDEAS_DATABASE_MAX_CONNECTIONS",
        ),
    ];
    for (key, value, named) in cases {
        let output = server(&["serve"], &[(key, value)], dir.path());
        assert!(!output.status.success(), "{key}={value} was accepted");
        assert!(
            stderr(&output).contains(named),
            "{key}={value}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn a_config_file_is_read_and_its_mistakes_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ideas.toml");
    std::fs::write(&file, "databse_url = \"sqlite://x.db\"\n").unwrap();
    let output = server(
        &["--config", file.to_str().unwrap(), "migrate"],
        &[],
        dir.path(),
    );
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("databse_url"),
        "{}",
        stderr(&output)
    );

    // A good file is used: its database URL is where the migration goes.
    let db_path = dir.path().join("from-config.db");
    std::fs::write(
        &file,
        format!(
            "database_url = \"sqlite://{}?mode=rwc\"\n",
            db_path.display()
        ),
    )
    .unwrap();
    let output = server(
        &["--config", file.to_str().unwrap(), "migrate"],
        &[],
        dir.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(db_path.exists());

    let missing = server(
        &["--config", "/nonexistent/ideas.toml", "migrate"],
        &[],
        dir.path(),
    );
    assert!(!missing.status.success());
    assert!(
        stderr(&missing).contains("/nonexistent/ideas.toml"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn migrate_and_seed_demo_work_on_the_embedded_default() {
    let dir = tempfile::tempdir().unwrap();
    let output = server(&["migrate"], &[], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        dir.path().join("ideas.db").exists(),
        "the SQLite file lives in DATA_DIR"
    );

    let first = server(&["seed-demo"], &[], dir.path());
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stdout(&first).starts_with("Seeded 3 campaigns"),
        "{}",
        stdout(&first)
    );
    let second = server(&["seed-demo"], &[], dir.path());
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(
        stdout(&second).contains("nothing was changed"),
        "{}",
        stdout(&second)
    );
}

#[test]
fn migrate_uses_postgres_when_database_url_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let url = runtime.block_on(async {
        // A database of its own, so the check below sees only this run.
        let admin = sea_orm::Database::connect(postgres_admin_url())
            .await
            .unwrap();
        let name = format!("cli_{}", uuid::Uuid::new_v4().simple());
        sea_orm::ConnectionTrait::execute_unprepared(&admin, &format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        let (base, _) = postgres_admin_url()
            .rsplit_once('/')
            .map(|(b, d)| (b.to_owned(), d.to_owned()))
            .unwrap();
        format!("{base}/{name}")
    });
    let output = server(&["seed-demo"], &[("DATABASE_URL", &url)], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        !dir.path().join("ideas.db").exists(),
        "no SQLite file when DATABASE_URL is PostgreSQL"
    );
    let campaigns = runtime.block_on(async {
        use sea_orm::{EntityTrait, PaginatorTrait};
        let db = sea_orm::Database::connect(&url).await.unwrap();
        app::server::entities::campaign::Entity::find()
            .count(&db)
            .await
            .unwrap()
    });
    assert_eq!(campaigns, 3);
}

#[test]
fn grant_role_changes_an_accounts_role() {
    let dir = tempfile::tempdir().unwrap();
    assert!(server(&["seed-demo"], &[], dir.path()).status.success());
    let output = server(&["grant-role", "2", "moderator"], &[], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output).trim(),
        "Account 2 (Dr Priya Shah) now has the role moderator."
    );

    let runtime = tokio::runtime::Runtime::new().unwrap();
    let role = runtime.block_on(async {
        use sea_orm::EntityTrait;
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("ideas.db").display()
        );
        let db = sea_orm::Database::connect(url).await.unwrap();
        app::server::entities::user::Entity::find_by_id(2)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .role
    });
    assert_eq!(role, app::domain::user::Role::Moderator);

    let unknown_role = server(&["grant-role", "2", "root"], &[], dir.path());
    assert!(!unknown_role.status.success());
    assert!(
        stderr(&unknown_role).contains("choose one of public, developer, helper, moderator, admin"),
        "{}",
        stderr(&unknown_role)
    );
    let unknown_account = server(&["grant-role", "999", "admin"], &[], dir.path());
    assert!(!unknown_account.status.success());
    assert!(
        stderr(&unknown_account).contains("no account number 999"),
        "{}",
        stderr(&unknown_account)
    );
}

#[test]
fn rebuild_tallies_checks_every_idea() {
    let dir = tempfile::tempdir().unwrap();
    let seeded = server(&["seed-demo"], &[], dir.path());
    assert!(seeded.status.success(), "{}", stderr(&seeded));
    let output = server(&["rebuild-tallies"], &[], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let said = stdout(&output);
    assert!(said.contains("Checked 15 ideas"), "{said}");
    assert!(said.contains("repaired 0"), "{said}");
    let output = server(&["rebuild-tallies", "--all"], &[], dir.path());
    assert!(
        stdout(&output).contains("repaired 15"),
        "{}",
        stdout(&output)
    );
}
