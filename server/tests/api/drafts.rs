//! Commentable drafts: an administrator publishes a document for comment in a window
//! of dates; people comment on, support or question each paragraph; a new version
//! shows what changed and keeps the comments on the old one; moderators hide comments
//! and download them all with their paragraphs.

use app::domain::user::Role;
use app::server::entities::{draft_comment, draft_reaction};
use app::server::rate_limit::LimitedAction;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, TestConfig, audit_of, spawn_app_with, texts};

const BODY: &str =
    "# Aims\n\nWe will publish every health app's evidence.\n\nWe will pay for apps that work.";

async fn app(backend: Backend) -> TestApp {
    let mut config = TestConfig::new(backend);
    config.lift_limits(&[LimitedAction::Comment, LimitedAction::Vote]);
    spawn_app_with(config).await
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

fn draft_form<'a>(body: &'a str, closes: &'a str, note: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", "Our digital health strategy"),
        (
            "summary",
            "What we plan to do about health apps, for your comments.",
        ),
        ("body", body),
        ("opens_at", "2026-01-01T09:00"),
        ("closes_at", closes),
        ("note", note),
    ]
}

/// An administrator (in their own browser) publishes the draft; its page's address.
async fn publish(app: &TestApp, closes: &str) -> (reqwest::Client, String) {
    let admin = app.signed_in_browser(Role::Admin).await;
    let response = app
        .post_from(&admin, "/admin/drafts/new", &draft_form(BODY, closes, ""))
        .await;
    assert_eq!(response.status(), 303);
    let to = location(&response);
    assert_eq!(to, "/drafts/our-digital-health-strategy?done=published");
    (admin, "/drafts/our-digital-health-strategy".to_owned())
}

fn comment<'a>(version: &'a str, paragraph: &'a str, body: &'a str) -> [(&'a str, &'a str); 3] {
    [
        ("version", version),
        ("paragraph", paragraph),
        ("body", body),
    ]
}

async fn people_comment_support_and_question_paragraph_by_paragraph(backend: Backend) {
    let app = app(backend).await;
    // Publishing is for administrators, and a bad form keeps what was typed.
    let public = app.signed_in_browser(Role::Public).await;
    app.page_from(&public, "/admin/drafts/new", 403).await;
    let admin = app.signed_in_browser(Role::Admin).await;
    let response = app
        .post_from(
            &admin,
            "/admin/drafts/new",
            &draft_form(BODY, "2025-01-01T09:00", ""),
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(texts(&page, "#closes-at-error")[0].contains("Comments must close after they open"));
    assert!(
        texts(&page, "#body")
            .join(" ")
            .contains("We will pay for apps that work.")
    );
    let (_, draft) = publish(&app, "2099-01-01T09:00").await;

    // The page, paragraph by paragraph, for anyone.
    let page = app.page(&draft, 200).await;
    assert_eq!(texts(&page, "h1"), ["Our digital health strategy"]);
    assert_eq!(texts(&page, ".draft-paragraph").len(), 3);
    assert_eq!(
        texts(&page, "#p-1 h3"),
        ["Aims"],
        "headings sit under the page's own"
    );
    assert!(
        texts(&page, "main")
            .join(" ")
            .contains("Sign in to comment")
    );

    app.sign_in_as(Role::Public).await;
    let to = format!("{draft}/comments");
    let response = app
        .post_form(&to, &comment("1", "2", "Which evidence?"))
        .await;
    assert_eq!(location(&response), format!("{draft}?done=commented#p-2"));
    // An empty comment comes back by its paragraph.
    let response = app.post_form(&to, &comment("1", "3", "   ")).await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        texts(&page, "#comment-3-error"),
        ["Error: Enter your comment"]
    );
    // Personal details are not posted; the words are kept.
    let typed = "Call me on 07700 900123 about this";
    let response = app.post_form(&to, &comment("1", "3", typed)).await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(texts(&page, "#comment-3-error")[0].contains("Remove personal details"));
    assert_eq!(texts(&page, "#comment-3"), [typed]);
    // No such paragraph.
    let response = app.post_form(&to, &comment("1", "9", "Lost")).await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        draft_comment::Entity::find().count(&app.db).await.unwrap(),
        1
    );

    // Support and question, one each per person per paragraph.
    let react = format!("{draft}/reactions");
    for (paragraph, reaction) in [("2", "support"), ("3", "support"), ("3", "question")] {
        let form = [
            ("version", "1"),
            ("paragraph", paragraph),
            ("reaction", reaction),
        ];
        let response = app.post_form(&react, &form).await;
        assert_eq!(response.status(), 303);
    }
    let other = app.signed_in_browser(Role::Developer).await;
    let form = [
        ("version", "1"),
        ("paragraph", "2"),
        ("reaction", "support"),
    ];
    app.post_from(&other, &react, &form).await;
    assert_eq!(
        draft_reaction::Entity::find().count(&app.db).await.unwrap(),
        3
    );

    let page = app.page(&draft, 200).await;
    let second = texts(&page, "#p-2 .draft-paragraph__counts").join("");
    assert_eq!(
        second,
        "Paragraph 2: 2 support it · 0 question it · 1 comment"
    );
    let third = texts(&page, "#p-3 .draft-paragraph__counts").join("");
    assert_eq!(
        third,
        "Paragraph 3: 0 support it · 1 questions it · 0 comments"
    );
    assert!(texts(&page, "#p-2 .draft-comment")[0].contains("Which evidence?"));
    // Their own support can be taken back.
    assert!(
        texts(&page, "#p-2 button")
            .iter()
            .any(|b| b == "Take back your support for")
    );
    let form = [("version", "1"), ("paragraph", "2"), ("reaction", "none")];
    app.post_form(&react, &form).await;
    assert_eq!(
        draft_reaction::Entity::find().count(&app.db).await.unwrap(),
        2
    );
}

async fn a_new_version_shows_what_changed_and_keeps_what_was_said(backend: Backend) {
    let app = app(backend).await;
    let (admin, draft) = publish(&app, "2099-01-01T09:00").await;
    app.sign_in_as(Role::Public).await;
    let to = format!("{draft}/comments");
    app.post_form(&to, &comment("1", "3", "Who decides what works?"))
        .await;

    // Version 2: the last paragraph changes.
    let changed = "# Aims\n\nWe will publish every health app's evidence.\n\nWe will pay for apps that an independent panel finds work.";
    let response = app
        .post_from(
            &admin,
            "/admin/drafts/our-digital-health-strategy/edit",
            &draft_form(changed, "2099-01-01T09:00", "Who judges is now said."),
        )
        .await;
    assert_eq!(location(&response), format!("{draft}?done=updated"));
    let page = app.page(&draft, 200).await;
    let version = texts(&page, ".draft-version").join("");
    assert!(version.starts_with("Version 2 of 2"), "{version}");
    assert!(version.contains("Who judges is now said."), "{version}");
    assert_eq!(
        texts(&page, ".draft-change--added"),
        ["Added: We will pay for apps that an independent panel finds work."]
    );
    assert_eq!(
        texts(&page, ".draft-change--removed"),
        ["Removed: We will pay for apps that work."]
    );
    assert!(
        texts(&page, ".draft-comment").is_empty(),
        "comments stay with version 1"
    );
    let first = app.page(&format!("{draft}?version=1"), 200).await;
    assert!(texts(&first, "#p-3 .draft-comment")[0].contains("Who decides what works?"));
    // Comments go on the newest version only.
    let response = app.post_form(&to, &comment("1", "3", "Late")).await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(texts(&page, "#comment-3-error")[0].contains("A newer version"));

    // Moderators download every comment with its paragraph, and hide one.
    app.page(&format!("{draft}/comments.csv"), 403).await;
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let csv = moderator
        .get(format!("{}{draft}/comments.csv", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "version,paragraph,paragraph_text,comment,author,author_segment,created_at,state"
    );
    assert!(
        lines[1].starts_with("1,3,We will pay for apps that work.,Who decides what works?,Demo member of the public,Member of the public,"),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(",published"));
    let id = draft_comment::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let response = app
        .post_from(
            &moderator,
            &format!("/drafts/comments/{id}/hide"),
            &[("reason", "Off topic")],
        )
        .await;
    assert_eq!(location(&response), format!("{draft}?done=hidden"));
    let first = app.page(&format!("{draft}?version=1"), 200).await;
    assert!(texts(&first, ".draft-comment").is_empty());
    let hidden = audit_of(&app, "draft_comment", id).await;
    assert_eq!(
        hidden,
        [(
            "draft_comment.hidden".to_owned(),
            Some("Off topic".to_owned())
        )]
    );
}

async fn nothing_is_taken_outside_the_window(backend: Backend) {
    let app = app(backend).await;
    let (_, draft) = publish(&app, "2026-01-02T09:00").await;
    let page = app.page(&draft, 200).await;
    assert!(texts(&page, ".nhsuk-tag")[0].contains("Closed for comments"));
    app.sign_in_as(Role::Public).await;
    let typed = "Too late, but here it is";
    let response = app
        .post_form(&format!("{draft}/comments"), &comment("1", "2", typed))
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(texts(&page, ".nhsuk-error-summary")[0].contains("not taking comments"));
    assert_eq!(
        draft_comment::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    let form = [
        ("version", "1"),
        ("paragraph", "2"),
        ("reaction", "support"),
    ];
    let response = app.post_form(&format!("{draft}/reactions"), &form).await;
    assert_eq!(location(&response), format!("{draft}?done=closed"));
    assert_eq!(
        draft_reaction::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    // The list says so too.
    let list = app.page("/drafts", 200).await;
    assert!(texts(&list, ".drafts-list")[0].contains("Closed for comments"));
}

on_both_databases!(
    people_comment_support_and_question_paragraph_by_paragraph,
    a_new_version_shows_what_changed_and_keeps_what_was_said,
    nothing_is_taken_outside_the_window,
);
