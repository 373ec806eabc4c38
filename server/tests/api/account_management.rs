//! Managing an account: the profile form (JavaScript off: plain form posts), deleting
//! the account, and administrators changing roles.

use app::domain::user::{Role, Segment};
use app::server::entities::{idea, identity, user, vote};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, spawn_app, texts};

async fn account_named(app: &TestApp, name: &str) -> user::Model {
    user::Entity::find()
        .filter(user::Column::DisplayName.eq(name))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("an account named {name}"))
}

async fn profile_updates_and_bad_input_is_kept_with_messages(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let me = account_named(&app, "Demo member of the public").await;

    // The form starts from the current profile.
    let page = app.page("/account/profile", 200).await;
    let input = scraper::Selector::parse("#display-name").unwrap();
    assert_eq!(
        page.select(&input).next().unwrap().value().attr("value"),
        Some("Demo member of the public")
    );

    // Bad input: 422, the page again with a summary, messages by the fields and the
    // values as typed; nothing saved.
    let typed = "<script>alert(1)</script>".repeat(5);
    let response = app
        .post_form(
            "/account/profile",
            &[("display_name", typed.as_str()), ("segment", "robot")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        texts(&page, "head > title"),
        ["Error: Your profile – Ideas and Apps"]
    );
    assert_eq!(
        texts(&page, ".nhsuk-error-summary__list a"),
        [
            "The name to show with your ideas must be 60 characters or fewer",
            "Select what describes you best"
        ]
    );
    let links = scraper::Selector::parse(".nhsuk-error-summary__list a").unwrap();
    let hrefs: Vec<_> = page
        .select(&links)
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(hrefs, ["#display-name", "#segment"]);
    assert_eq!(
        texts(&page, "#display-name-error"),
        ["Error: The name to show with your ideas must be 60 characters or fewer"]
    );
    // Kept as typed, and escaped: no script element came back.
    assert_eq!(
        page.select(&input).next().unwrap().value().attr("value"),
        Some(typed.as_str())
    );
    let scripts = scraper::Selector::parse("main script").unwrap();
    assert_eq!(page.select(&scripts).count(), 0);
    let unchanged = user::Entity::find_by_id(me.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unchanged.display_name, "Demo member of the public");

    // Good input: saved, and back to the account page with a confirmation.
    let response = app
        .post_form(
            "/account/profile",
            &[
                ("display_name", "  Dr Amara Okafor "),
                ("segment", "professional"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/account?updated=profile");
    let page = app.page("/account?updated=profile", 200).await;
    assert_eq!(
        texts(&page, ".nhsuk-notification-banner__heading"),
        ["Your profile has been updated."]
    );
    assert_eq!(texts(&page, ".account-display-name"), ["Dr Amara Okafor"]);
    assert_eq!(
        texts(&page, ".account-segment"),
        ["Health or care professional"]
    );
    let saved = user::Entity::find_by_id(me.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(saved.display_name, "Dr Amara Okafor");
    assert_eq!(saved.segment, Segment::Professional);
}

async fn deleting_an_account_keeps_its_ideas_and_removes_its_votes(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let me = account_named(&app, "Demo member of the public").await;
    let ideas = idea::Entity::find().all(&app.db).await.unwrap();
    // They wrote one idea and supported two others.
    let mut mine: idea::ActiveModel = ideas[0].clone().into();
    mine.id = sea_orm::ActiveValue::NotSet;
    mine.author_id = Set(me.id);
    mine.title = Set("An idea that outlives its author".into());
    mine.slug = Set("an-idea-that-outlives-its-author".into());
    let mine = mine.insert(&app.db).await.unwrap();
    for supported in &ideas[1..3] {
        vote::ActiveModel {
            user_id: Set(me.id),
            idea_id: Set(supported.id),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    let ids: Vec<i64> = ideas.iter().map(|i| i.id).collect();
    app::server::tallies::recount(&app.db, &ids).await.unwrap();
    app::server::rankings::sync(&app.db, &app.rankings, &ids)
        .await
        .unwrap();
    let before: Vec<i32> = {
        let mut counts = Vec::new();
        for supported in &ideas[1..3] {
            let now = idea::Entity::find_by_id(supported.id)
                .one(&app.db)
                .await
                .unwrap()
                .unwrap();
            counts.push(now.vote_count);
        }
        counts
    };

    let confirm = app.page("/account/delete", 200).await;
    assert_eq!(texts(&confirm, "main button"), ["Delete your account"]);
    let response = app.post_form("/account/delete", &[]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/?account=deleted");

    // Signed out, with a confirmation.
    let home = app.page("/?account=deleted", 200).await;
    assert!(texts(&home, ".account-name").is_empty());
    assert_eq!(
        texts(&home, ".nhsuk-notification-banner__heading"),
        ["Your account has been deleted, and you have been signed out."]
    );
    // Votes gone and the tallies corrected; ways of signing in gone.
    assert_eq!(
        vote::Entity::find()
            .filter(vote::Column::UserId.eq(me.id))
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    for (supported, was) in ideas[1..3].iter().zip(before) {
        let now = idea::Entity::find_by_id(supported.id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(now.vote_count, was - 1, "idea {}", supported.id);
    }
    assert_eq!(
        identity::Entity::find()
            .filter(identity::Column::UserId.eq(me.id))
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    // The idea stays, credited to a deleted account.
    let page = app
        .page(&format!("/ideas/{}-{}", mine.id, mine.slug), 200)
        .await;
    assert!(
        page.root_element().html().contains("Deleted account"),
        "the idea page credits a deleted account"
    );
    assert!(
        !page
            .root_element()
            .html()
            .contains("Demo member of the public")
    );

    // Signing in the same way again starts a new, empty account.
    app.sign_in_as(Role::Public).await;
    let again = account_named(&app, "Demo member of the public").await;
    assert_ne!(again.id, me.id);
}

on_both_databases!(
    profile_updates_and_bad_input_is_kept_with_messages,
    deleting_an_account_keeps_its_ideas_and_removes_its_votes,
);

#[tokio::test]
async fn the_profile_form_needs_sign_in() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app
        .post_form(
            "/account/profile",
            &[("display_name", "Nobody"), ("segment", "public")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/sign-in?return_to=%2Faccount%2Fprofile"
    );
    assert_eq!(
        user::Entity::find()
            .filter(user::Column::DisplayName.eq("Nobody"))
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn administrators_change_roles_and_nobody_else_can() {
    let app = spawn_app(Backend::Sqlite).await;
    // Someone to promote.
    let public = app.signed_in_browser(Role::Public).await;
    drop(public);
    let target = account_named(&app, "Demo member of the public").await;
    let path = format!("/admin/accounts/{}/role", target.id);

    // A moderator may not.
    app.sign_in_as(Role::Moderator).await;
    let response = app.post_form(&path, &[("role", "admin")]).await;
    assert_eq!(response.status(), 403);
    let role = |app: &TestApp, id| {
        let db = app.db.clone();
        async move {
            user::Entity::find_by_id(id)
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .role
        }
    };
    assert_eq!(role(&app, target.id).await, Role::Public);

    // An administrator may, from the accounts page.
    app.sign_in_as(Role::Admin).await;
    let page = app.page("/admin/accounts?q=member", 200).await;
    assert_eq!(
        texts(&page, ".accounts-table tbody td:first-child"),
        ["Demo member of the public"]
    );
    let response = app.post_form(&path, &[("role", "moderator")]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/admin/accounts?updated=role"
    );
    assert_eq!(role(&app, target.id).await, Role::Moderator);
    // Back to public: revoking is the same form.
    app.post_form(&path, &[("role", "public")]).await;
    assert_eq!(role(&app, target.id).await, Role::Public);
    // Both changes are in the audit log, from what to what.
    let audit = crate::support::audit_of(&app, "account", target.id).await;
    assert_eq!(
        audit,
        [
            (
                "account.role_changed".to_owned(),
                Some("public to moderator".to_owned())
            ),
            (
                "account.role_changed".to_owned(),
                Some("moderator to public".to_owned())
            ),
        ]
    );

    // Not to a made-up role, and not their own.
    let response = app.post_form(&path, &[("role", "root")]).await;
    assert_eq!(response.headers()["location"], "/admin/accounts?error=role");
    let admin = account_named(&app, "Demo administrator").await;
    let response = app
        .post_form(
            &format!("/admin/accounts/{}/role", admin.id),
            &[("role", "public")],
        )
        .await;
    assert_eq!(
        response.headers()["location"],
        "/admin/accounts?error=own-role"
    );
    assert_eq!(role(&app, admin.id).await, Role::Admin);
}
