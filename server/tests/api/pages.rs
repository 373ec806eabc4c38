//! The server-rendered pages: the shell, the home page, campaign and idea pages.

use app::domain::idea::{IdeaKind, IdeaStatus, Visibility};
use app::domain::user::{Role, Segment};
use app::server::entities::{comment, idea, user, vote};
use app::server::seed::DEMO_CAMPAIGN_SLUG;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, TestConfig, spawn_app, spawn_app_with, texts};

/// Adds an idea straight into the database, as someone else's submission would.
async fn insert_idea(
    app: &TestApp,
    title: &str,
    description: &str,
    votes: i32,
    visibility: Visibility,
) -> idea::Model {
    let campaign = app.demo_campaign().await;
    let now = Utc::now();
    let author = user::ActiveModel {
        display_name: Set("Test Author".into()),
        segment: Set(Segment::Professional),
        role: Set(Role::Public),
        created_at: Set(now),
        updated_at: Set(now),
        deleted_at: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let idea = idea::ActiveModel {
        campaign_id: Set(campaign.id),
        author_id: Set(author.id),
        category_id: Set(None),
        kind: Set(IdeaKind::NewTool),
        title: Set(title.into()),
        slug: Set(app::domain::slug::slugify(title)),
        summary: Set(format!("Summary of {title}")),
        description: Set(description.into()),
        link_url: Set(None),
        status: Set(IdeaStatus::New),
        status_reason: Set(None),
        visibility: Set(visibility),
        vote_count: Set(votes),
        comment_count: Set(0),
        created_at: Set(now + Duration::seconds(1)),
        updated_at: Set(now),
        hot_rank: Set(app::domain::ranking::hot_rank(
            votes,
            now + Duration::seconds(1),
        )),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    // Real supporters behind the tally, counted as the server counts them: its
    // reconciliation would (rightly) correct a count with no vote rows under it.
    let ids = app
        .accounts(&format!("Supporter of {}:", idea.id), votes as usize)
        .await;
    for chunk in ids.chunks(1_000) {
        vote::Entity::insert_many(chunk.iter().map(|user_id| vote::ActiveModel {
            user_id: Set(*user_id),
            idea_id: Set(idea.id),
            created_at: Set(now),
            ..Default::default()
        }))
        .exec(&app.db)
        .await
        .unwrap();
    }
    app::server::tallies::recount(&app.db, &[idea.id])
        .await
        .unwrap();
    app::server::rankings::sync(&app.db, &app.rankings, &[idea.id])
        .await
        .unwrap();
    idea::Entity::find_by_id(idea.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn every_page_has_the_nhs_frame(backend: Backend) {
    let app = spawn_app(backend).await;
    let campaign_path = format!("/campaigns/{DEMO_CAMPAIGN_SLUG}");
    for path in ["/", campaign_path.as_str(), "/no-such-page"] {
        let status = if path == "/no-such-page" { 404 } else { 200 };
        let page = app.page(path, status).await;
        let skip = scraper::Selector::parse("a.nhsuk-skip-link[href='#maincontent']").unwrap();
        assert_eq!(page.select(&skip).count(), 1, "{path}: skip link");
        assert_eq!(
            texts(&page, "main#maincontent").len(),
            1,
            "{path}: main landmark"
        );
        assert_eq!(
            texts(&page, "header.nhsuk-header").len(),
            1,
            "{path}: header"
        );
        assert_eq!(
            texts(&page, "footer.nhsuk-footer").len(),
            1,
            "{path}: footer"
        );
        assert_eq!(texts(&page, "h1").len(), 1, "{path}: one h1");
        let title = texts(&page, "head > title");
        assert_eq!(title.len(), 1, "{path}: {title:?}");
        assert!(title[0].ends_with("– Ideas and Apps"), "{path}: {title:?}");
        let html = page.root_element().html();
        assert!(html.contains(r#"<html lang="en""#), "{path}: language");
        assert!(html.contains("/pkg/ideas.css"), "{path}: stylesheet");
        assert!(html.contains("/pkg/ideas.js"), "{path}: hydration script");
    }
}

async fn home_shows_current_campaigns_with_their_ideas_from_the_database(backend: Backend) {
    let app = spawn_app(backend).await;
    let campaign = app.demo_campaign().await;
    // An idea that only the database knows about, with more support than any demo idea.
    insert_idea(
        &app,
        "Hearing aid battery reminders",
        "Reminders to change batteries.",
        999,
        Visibility::Published,
    )
    .await;
    // A hidden one must not show.
    insert_idea(
        &app,
        "A hidden spam idea",
        "Buy now",
        1000,
        Visibility::Hidden,
    )
    .await;

    let expected: Vec<String> = idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(campaign.id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .order_by_desc(idea::Column::VoteCount)
        .order_by_desc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .take(5)
        .map(|i| i.title)
        .collect();
    assert_eq!(expected[0], "Hearing aid battery reminders");

    let page = app.page("/", 200).await;
    assert_eq!(texts(&page, "head > title"), ["Home – Ideas and Apps"]);
    let headings = texts(&page, "section.campaign > h3");
    assert_eq!(headings, [campaign.title]);
    assert_eq!(texts(&page, "section.campaign .idea-card h3"), expected);
    let all = texts(&page, "body").join(" ");
    assert!(!all.contains("A hidden spam idea"));
    assert!(
        all.contains("Coming soon") && all.contains("Digital tools for carers"),
        "upcoming campaign"
    );
    assert!(
        all.contains("Past campaigns") && all.contains("Maps and Apps 2011"),
        "past campaign"
    );
}

async fn campaign_page_orders_ideas_as_the_url_asks(backend: Backend) {
    let app = spawn_app(backend).await;
    let campaign = app.demo_campaign().await;
    let published = || {
        idea::Entity::find()
            .filter(idea::Column::CampaignId.eq(campaign.id))
            .filter(idea::Column::Visibility.eq(Visibility::Published))
    };
    let top: Vec<String> = published()
        .order_by_desc(idea::Column::VoteCount)
        .order_by_desc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.title)
        .collect();
    let newest: Vec<String> = published()
        .order_by_desc(idea::Column::CreatedAt)
        .order_by_desc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.title)
        .collect();
    assert_ne!(
        top, newest,
        "the demo data should make the two orders differ"
    );

    let path = format!("/campaigns/{DEMO_CAMPAIGN_SLUG}");
    let page = app.page(&path, 200).await;
    assert_eq!(
        texts(&page, ".idea-card h3"),
        top,
        "default order is most supported"
    );
    assert_eq!(
        texts(&page, ".sort-links [aria-current]"),
        ["Most supported"]
    );
    let page = app.page(&format!("{path}?sort=newest"), 200).await;
    assert_eq!(texts(&page, ".idea-card h3"), newest);
    assert_eq!(texts(&page, ".sort-links [aria-current]"), ["Newest"]);
    // An unknown order falls back to the default instead of failing.
    let page = app.page(&format!("{path}?sort=%3Cscript%3E"), 200).await;
    assert_eq!(texts(&page, ".idea-card h3"), top);
}

async fn idea_page_shows_the_idea_with_its_markdown_made_safe(backend: Backend) {
    let app = spawn_app(backend).await;
    let idea = insert_idea(
        &app,
        "Safe markdown please",
        "Some **bold** text.\n\n<script>alert('xss')</script><img src=x onerror=alert(1)>",
        3,
        Visibility::Published,
    )
    .await;
    let path = format!("/ideas/{}-{}", idea.id, idea.slug);
    let response = app.get(&path).await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(
        !html.contains("<script>alert"),
        "a script from the description reached the page"
    );
    assert!(
        !html.contains("onerror"),
        "an event handler from the description reached the page"
    );
    let page = scraper::Html::parse_document(&html);
    assert_eq!(texts(&page, "h1"), ["Safe markdown please"]);
    assert_eq!(texts(&page, ".idea-description strong"), ["bold"]);
    assert_eq!(
        texts(&page, "head > title"),
        ["Safe markdown please – Ideas and Apps"]
    );
    assert!(
        texts(&page, "dd")
            .iter()
            .any(|t| t == "Test Author (Health or care professional)")
    );
    // The slug is decoration: the id alone, or an old slug, still finds the idea.
    app.page(&format!("/ideas/{}", idea.id), 200).await;
    app.page(&format!("/ideas/{}-an-old-title", idea.id), 200)
        .await;
}

async fn missing_and_hidden_things_answer_404(backend: Backend) {
    let app = spawn_app(backend).await;
    let hidden = insert_idea(&app, "Hidden idea", "Hidden", 0, Visibility::Hidden).await;
    let pending = insert_idea(&app, "Pending idea", "Pending", 0, Visibility::Pending).await;
    for path in [
        "/campaigns/no-such-campaign".to_owned(),
        "/ideas/999999-no-such-idea".to_owned(),
        "/ideas/not-a-number".to_owned(),
        format!("/ideas/{}-hidden-idea", hidden.id),
        format!("/ideas/{}-pending-idea", pending.id),
        "/no/such/page".to_owned(),
    ] {
        let page = app.page(&path, 404).await;
        assert_eq!(texts(&page, "h1"), ["Page not found"], "{path}");
    }
}

/// Nothing of an idea that is not public reaches anyone else: not its title in a
/// sign-in redirect, not its comments on the report page, not its name on the page of an
/// idea merged into it.
async fn nothing_that_is_not_public_leaks(backend: Backend) {
    let app = spawn_app(backend).await;
    let hidden = insert_idea(
        &app,
        "Zebrafish secret plan",
        "Hidden",
        0,
        Visibility::Hidden,
    )
    .await;
    let pending = insert_idea(
        &app,
        "Quokka pending plan",
        "Pending",
        0,
        Visibility::Pending,
    )
    .await;
    for idea in [&hidden, &pending] {
        let word = idea.slug.split('-').next().unwrap().to_owned();
        for path in [
            format!("/ideas/{}/vote", idea.id),
            format!("/ideas/{}/comments", idea.id),
        ] {
            let response = crate::support::browser()
                .post(format!("{}{path}", app.address))
                .form(&[("support", "yes"), ("body", "Hello")])
                .send()
                .await
                .unwrap();
            let location = response.headers()["location"].to_str().unwrap().to_owned();
            assert!(location.starts_with("/sign-in"), "{path}: {location}");
            assert!(
                !location.to_lowercase().contains(&word),
                "{path}: {location}"
            );
        }
    }
    // A comment under the hidden idea cannot be reported, so its words are not shown.
    let now = Utc::now();
    let comment = comment::ActiveModel {
        idea_id: Set(hidden.id),
        author_id: Set(hidden.author_id),
        parent_id: Set(None),
        body: Set("Words under a hidden idea".into()),
        visibility: Set(Visibility::Published),
        submission_key: Set(None),
        created_at: Set(now),
        edited_at: Set(None),
        deleted_at: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    app.sign_in_as(Role::Public).await;
    let response = app.get(&format!("/comments/{}/report", comment.id)).await;
    assert_eq!(response.status(), 404);
    assert!(
        !response
            .text()
            .await
            .unwrap()
            .contains("Words under a hidden idea")
    );
    // An idea merged into the hidden one does not name it.
    let merged = insert_idea(&app, "Merged copy", "Copy", 0, Visibility::Published).await;
    let mut active: idea::ActiveModel = merged.clone().into();
    active.duplicate_of_id = Set(Some(hidden.id));
    active.update(&app.db).await.unwrap();
    let response = app
        .get(&format!("/ideas/{}-{}", merged.id, merged.slug))
        .await;
    // Not sent on to it either: the address would carry its title.
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    assert!(!body.contains("Zebrafish"), "{body}");
}

async fn an_empty_database_without_the_demo_says_so(backend: Backend) {
    let app = spawn_app_with(TestConfig::new(backend).with(|s| {
        s.seed_demo = false;
    }))
    .await;
    let page = app.page("/", 200).await;
    assert!(
        texts(&page, "p")
            .iter()
            .any(|t| t == "There are no campaigns open at the moment.")
    );
    assert!(texts(&page, ".idea-card").is_empty());
}

on_both_databases!(
    every_page_has_the_nhs_frame,
    home_shows_current_campaigns_with_their_ideas_from_the_database,
    campaign_page_orders_ideas_as_the_url_asks,
    idea_page_shows_the_idea_with_its_markdown_made_safe,
    missing_and_hidden_things_answer_404,
    nothing_that_is_not_public_leaks,
    an_empty_database_without_the_demo_says_so,
);
