//! Safeguarding at submission: an idea or comment carrying personal details or words of
//! risk is shown back to its author, with what was found and where to get help, before
//! anything is stored; if they go ahead it waits, out of view, for a moderator who sees
//! what was flagged and decides.

use app::domain::idea::Visibility;
use app::domain::notification::NotificationKind;
use app::domain::user::Role;
use app::server::entities::{comment, idea, notification, user};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, spawn_app, texts};

const NEW_IDEA: &str = "/campaigns/apps-for-everyday-health/ideas/new";
const NHS_NUMBER: &str = "943 476 5919";

fn idea_form<'a>(description: &'a str, answer: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", "Test results I can read"),
        ("summary", "Show blood test results with plain words."),
        ("description", description),
        ("category", "long-term-conditions"),
        ("kind", "new"),
        ("link_url", ""),
        ("other_links", ""),
        ("submission_key", "safeguarding-1"),
        ("confirmed", "yes"),
        ("safeguarding", answer),
    ]
}

async fn ideas_titled(app: &TestApp, title: &str) -> Vec<idea::Model> {
    idea::Entity::find()
        .filter(idea::Column::Title.eq(title))
        .all(&app.db)
        .await
        .unwrap()
}

async fn first_published(app: &TestApp) -> idea::Model {
    idea::Entity::find()
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .order_by_asc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn latest_comment(app: &TestApp) -> comment::Model {
    comment::Entity::find()
        .order_by_desc(comment::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn account(app: &TestApp, role: Role) -> user::Model {
    user::Entity::find()
        .filter(user::Column::DisplayName.eq(format!("Demo {}", role.label().to_lowercase())))
        .one(&app.db)
        .await
        .unwrap()
        .expect("signed in once already")
}

async fn told(app: &TestApp, user_id: i64, kind: NotificationKind) -> u64 {
    notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::Kind.eq(kind))
        .count(&app.db)
        .await
        .unwrap()
}

async fn an_nhs_number_is_shown_to_its_author_and_held_for_a_moderator(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let description = format!("My NHS number is {NHS_NUMBER} and the letters never arrive.");

    // First post: the author is shown what was found; nothing is stored.
    let response = app.post_form(NEW_IDEA, &idea_form(&description, "")).await;
    assert_eq!(response.status(), 200);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(texts(&page, "h1"), ["Check your idea before it is posted"]);
    let found = texts(&page, "#safeguarding-check li").join("\n");
    assert!(
        found.contains("What looks like an NHS number in the description: “943 476 5919”"),
        "{found}"
    );
    // Personal details alone: no crisis signposting.
    assert!(texts(&page, ".nhsuk-card--care").is_empty());
    assert_eq!(texts(&page, "#description"), [description.as_str()]);
    assert_eq!(
        texts(&page, "button[name=safeguarding][value=go-ahead]"),
        ["Send it for a moderator to check"]
    );
    assert!(
        ideas_titled(&app, "Test results I can read")
            .await
            .is_empty()
    );

    // Going ahead: stored, out of view, with what was found.
    let response = app
        .post_form(NEW_IDEA, &idea_form(&description, "go-ahead"))
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/campaigns/apps-for-everyday-health?submitted=held"
    );
    let held = ideas_titled(&app, "Test results I can read").await;
    assert_eq!(held.len(), 1);
    let held = held.into_iter().next().unwrap();
    assert_eq!(held.visibility, Visibility::Pending);
    assert!(held.held_for.as_deref().unwrap().contains("nhs-number"));
    let href = app::domain::idea::idea_href(held.id, &held.slug);
    let anyone = crate::support::browser();
    let public = anyone
        .get(format!("{}{href}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(public.status(), 404, "not public");
    let api = app
        .get("/api/v1/ideas?campaign=apps-for-everyday-health")
        .await;
    assert!(
        !api.text()
            .await
            .unwrap()
            .contains("Test results I can read")
    );

    // The moderator sees it in the queue with what was flagged, and can read it.
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let queue = app.page_from(&moderator, "/moderation", 200).await;
    let flagged = texts(&queue, ".app-flagged li").join("\n");
    assert!(flagged.contains("NHS number"), "{flagged}");
    assert!(
        texts(&queue, "td")
            .join(" ")
            .contains("Held: it may contain personal details")
    );
    let page = app.page_from(&moderator, &href, 200).await;
    assert!(
        texts(&page, ".idea-not-public")
            .join(" ")
            .contains("943 476 5919")
    );
    assert!(
        texts(&page, "#support").is_empty(),
        "no support while not public"
    );

    // Approved: public, and its author told.
    let key = format!("idea:{}", held.id);
    let response = app.moderate(&moderator, &key, "approve").await;
    assert_eq!(response.status(), 303);
    let public = anyone
        .get(format!("{}{href}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(public.status(), 200);
    let author = account(&app, Role::Public).await;
    assert_eq!(told(&app, author.id, NotificationKind::Approved).await, 1);
}

async fn words_changed_after_the_check_are_published_as_usual(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let with = "Ring me on 07700 900123 to talk it through.";
    let response = app.post_form(NEW_IDEA, &idea_form(with, "")).await;
    assert_eq!(response.status(), 200);
    // The author takes the number out and sends it again: checked again, and clean.
    let response = app
        .post_form(NEW_IDEA, &idea_form("Happy to talk it through.", ""))
        .await;
    assert_eq!(response.status(), 303);
    let stored = ideas_titled(&app, "Test results I can read").await;
    assert_eq!(stored[0].visibility, Visibility::Published);
    assert_eq!(stored[0].held_for, None);
    // And a moderator's go-ahead button pressed with clean words holds nothing.
    let response = app
        .post_form(
            NEW_IDEA,
            &[
                ("title", "Another clean idea"),
                ("summary", "Nothing personal here at all."),
                ("description", ""),
                ("category", "long-term-conditions"),
                ("kind", "new"),
                ("submission_key", "safeguarding-2"),
                ("confirmed", "yes"),
                ("safeguarding", "go-ahead"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let stored = ideas_titled(&app, "Another clean idea").await;
    assert_eq!(stored[0].visibility, Visibility::Published);
}

async fn words_of_risk_in_a_comment_lead_with_help_and_wait_for_a_moderator(backend: Backend) {
    let app = spawn_app(backend).await;
    let target = first_published(&app).await;
    let href = app::domain::idea::idea_href(target.id, &target.slug);
    let post = format!("{href}/comments");
    app.sign_in_as(Role::Developer).await;
    let words = "Some days I want to end my life, and no app has helped.";
    let form = |answer| {
        vec![
            ("body", words),
            ("parent_id", ""),
            ("submission_key", "risk-1"),
            ("safeguarding", answer),
        ]
    };
    let comments_before = comment::Entity::find().count(&app.db).await.unwrap();

    let response = app.post_form(&post, &form("")).await;
    assert_eq!(response.status(), 200);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let help = texts(&page, ".nhsuk-card--care").join(" ");
    for number in ["999", "NHS 111", "116 123", "85258"] {
        assert!(help.contains(number), "{number} in {help}");
    }
    assert!(
        texts(&page, "#safeguarding-check li")
            .join(" ")
            .contains("“end my life”")
    );
    assert_eq!(texts(&page, "#comment-body"), [words]);
    assert_eq!(
        comment::Entity::find().count(&app.db).await.unwrap(),
        comments_before,
        "nothing stored before the author chooses"
    );

    let response = app.post_form(&post, &form("go-ahead")).await;
    assert_eq!(response.status(), 303);
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .contains("done=comment-held-help")
    );
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let thanked = app.page(&location, 200).await;
    assert!(
        texts(&thanked, ".nhsuk-notification-banner")
            .join(" ")
            .contains("call Samaritans free on 116 123"),
        "where to get help, once more"
    );
    let held = latest_comment(&app).await;
    assert_eq!(held.visibility, Visibility::Pending);
    let raw = app.get(&href).await.text().await.unwrap();
    assert!(!raw.contains("end my life"), "not shown while held");
    let counted = idea::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counted.comment_count, target.comment_count, "not counted");
    let idea_author_told = told(&app, target.author_id, NotificationKind::Commented).await;

    // First in the queue, the whole comment shown, marked as risk.
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let queue = app.page_from(&moderator, "/moderation", 200).await;
    let first_row = texts(&queue, "table tbody tr").into_iter().next().unwrap();
    assert!(
        first_row.contains("words suggest someone may be at risk"),
        "{first_row}"
    );
    assert!(texts(&queue, ".app-held-text").join(" ").contains(words));

    let key = format!("comment:{}", held.id);
    let response = app.moderate(&moderator, &key, "approve").await;
    assert_eq!(response.status(), 303);
    let raw = app.get(&href).await.text().await.unwrap();
    assert!(raw.contains("end my life"), "published");
    let counted = idea::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counted.comment_count, target.comment_count + 1);
    // The idea's author hears of it now, as they would have on posting.
    assert_eq!(
        told(&app, target.author_id, NotificationKind::Commented).await,
        idea_author_told + 1
    );
    let writer = account(&app, Role::Developer).await;
    assert_eq!(told(&app, writer.id, NotificationKind::Approved).await, 1);
}

async fn a_changed_comment_or_idea_is_checked_too(backend: Backend) {
    let app = spawn_app(backend).await;
    let target = first_published(&app).await;
    let href = app::domain::idea::idea_href(target.id, &target.slug);
    app.sign_in_as(Role::Developer).await;
    let response = app
        .post_form(
            &format!("{href}/comments"),
            &[("body", "A fair point."), ("submission_key", "edit-1")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let posted = latest_comment(&app).await;
    let edit = format!("/comments/{}/edit", posted.id);
    let changed = "A fair point. Email me at jo@example.org";
    let response = app.post_form(&edit, &[("body", changed)]).await;
    assert_eq!(response.status(), 200);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&page, "#safeguarding-check li")
            .join(" ")
            .contains("jo@example.org")
    );
    assert_eq!(texts(&page, "#comment-body"), [changed]);
    let unchanged = comment::Entity::find_by_id(posted.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unchanged.body, "A fair point.");
    let response = app
        .post_form(&edit, &[("body", changed), ("safeguarding", "go-ahead")])
        .await;
    assert_eq!(response.status(), 303);
    let held = comment::Entity::find_by_id(posted.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(held.visibility, Visibility::Pending);
    assert_eq!(held.body, changed);
    let raw = app.get(&href).await.text().await.unwrap();
    assert!(!raw.contains("jo@example.org"));

    // An author's change to their own idea is checked as a new idea is.
    app.sign_in_as(Role::Public).await;
    let response = app
        .post_form(NEW_IDEA, &idea_form("Clean words.", ""))
        .await;
    assert_eq!(response.status(), 303);
    let own = ideas_titled(&app, "Test results I can read")
        .await
        .remove(0);
    let own_href = app::domain::idea::idea_href(own.id, &own.slug);
    let change = |answer| {
        vec![
            ("title", "Test results I can read"),
            ("summary", "Show blood test results with plain words."),
            ("description", "I live at 12 Acacia Avenue, LS1 4AP."),
            ("safeguarding", answer),
        ]
    };
    let response = app
        .post_form(&format!("{own_href}/change"), &change(""))
        .await;
    assert_eq!(response.status(), 200);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let found = texts(&page, "#safeguarding-check li").join("\n");
    assert!(
        found.contains("home address") && found.contains("postcode"),
        "{found}"
    );
    let response = app
        .post_form(&format!("{own_href}/change"), &change("go-ahead"))
        .await;
    assert_eq!(response.status(), 303);
    let held = idea::Entity::find_by_id(own.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(held.visibility, Visibility::Pending);
    assert!(held.held_for.unwrap().contains("postal-address"));
}

on_both_databases!(
    an_nhs_number_is_shown_to_its_author_and_held_for_a_moderator,
    words_changed_after_the_check_are_published_as_usual,
    words_of_risk_in_a_comment_lead_with_help_and_wait_for_a_moderator,
    a_changed_comment_or_idea_is_checked_too,
);
