//! Administrators create and edit campaigns.

use app::domain::campaign::ModerationMode;
use app::domain::user::Role;
use app::server::entities::{campaign, campaign_category, category};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::on_both_databases;
use crate::support::{Backend, spawn_app, texts};

fn form() -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", "Apps for unpaid carers"),
        ("slug", ""),
        ("summary", "Ideas that make caring for someone easier."),
        ("description", "Tell us what would help, and **why**."),
        ("opens_at", "2027-06-01T09:00"),
        ("closes_at", "2027-07-31T17:00"),
        ("voting_closes_at", "2027-08-14T17:00"),
        ("moderation", "pre"),
        ("categories", "carers"),
        ("categories", "mental-health"),
        ("new_categories", "Young carers"),
        ("support_budget", "10"),
        ("fair_order", "yes"),
    ]
}

async fn an_administrator_creates_and_edits_a_campaign(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Admin).await;
    app.page("/admin/campaigns/new", 200).await;
    let response = app.post_form("/admin/campaigns/new", &form()).await;
    assert_eq!(response.status(), 303, "{:?}", response.headers());
    assert_eq!(
        response.headers()["location"],
        "/admin/campaigns?saved=apps-for-unpaid-carers"
    );
    let created = campaign::Entity::find()
        .filter(campaign::Column::Slug.eq("apps-for-unpaid-carers"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(created.moderation_mode, ModerationMode::Pre);
    assert_eq!(created.support_budget, Some(10));
    assert!(created.fair_order);
    assert_eq!(
        crate::support::audit_of(&app, "campaign", created.id).await,
        [("campaign.created".to_owned(), None)]
    );
    // 09:00 UK summer time is 08:00 UTC.
    assert_eq!(
        created.submissions_open_at.to_rfc3339(),
        "2027-06-01T08:00:00+00:00"
    );
    let chosen = campaign_category::Entity::find()
        .filter(campaign_category::Column::CampaignId.eq(created.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(chosen, 3, "two existing categories and a new one");
    assert!(
        category::Entity::find()
            .filter(category::Column::Slug.eq("young-carers"))
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
    );
    let html = app.page("/campaigns/apps-for-unpaid-carers", 200).await;
    assert!(texts(&html, "h1").contains(&"Apps for unpaid carers".to_owned()));

    // The edit form shows what is stored, in UK time.
    let html = app
        .page("/admin/campaigns/apps-for-unpaid-carers/edit", 200)
        .await;
    let opens = scraper::Selector::parse("#opens-at").unwrap();
    assert_eq!(
        html.select(&opens).next().unwrap().value().attr("value"),
        Some("2027-06-01T09:00")
    );
    let checked = scraper::Selector::parse("#fair-order[checked]").unwrap();
    assert_eq!(html.select(&checked).count(), 1);
    let budget = scraper::Selector::parse("#support-budget").unwrap();
    assert_eq!(
        html.select(&budget).next().unwrap().value().attr("value"),
        Some("10")
    );
    let mut edited = form();
    edited[0] = ("title", "Apps for carers of all ages");
    edited[1] = ("slug", "apps-for-unpaid-carers");
    let response = app
        .post_form("/admin/campaigns/apps-for-unpaid-carers/edit", &edited)
        .await;
    assert_eq!(response.status(), 303);
    let stored = campaign::Entity::find_by_id(created.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.title, "Apps for carers of all ages");

    // Another campaign's slug is refused, with the typed values kept.
    let mut clash = form();
    clash[1] = ("slug", "apps-for-everyday-health");
    let response = app
        .post_form("/admin/campaigns/apps-for-unpaid-carers/edit", &clash)
        .await;
    assert_eq!(response.status(), 422);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&html, "#slug-error")
            .join("")
            .contains("already uses")
    );
}

async fn bad_campaigns_are_refused_and_nothing_is_stored(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Admin).await;
    let before = campaign::Entity::find().count(&app.db).await.unwrap();
    let mut bad = form();
    bad[5] = ("closes_at", "2027-05-01T09:00");
    bad[4] = ("opens_at", "2027-06-01T09:00");
    let response = app.post_form("/admin/campaigns/new", &bad).await;
    assert_eq!(response.status(), 422);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&html, "#closes-at-error")
            .join("")
            .contains("close after they open")
    );
    let title = scraper::Selector::parse("#title").unwrap();
    assert_eq!(
        html.select(&title).next().unwrap().value().attr("value"),
        Some("Apps for unpaid carers")
    );
    // A time the clocks skip.
    let mut skipped = form();
    skipped[4] = ("opens_at", "2027-03-28T01:30");
    let response = app.post_form("/admin/campaigns/new", &skipped).await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        campaign::Entity::find().count(&app.db).await.unwrap(),
        before
    );
    // Not for moderators.
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let response = moderator
        .post(format!("{}/admin/campaigns/new", app.address))
        .header("origin", &app.address)
        .form(&form())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(
        campaign::Entity::find().count(&app.db).await.unwrap(),
        before
    );
}

on_both_databases!(
    an_administrator_creates_and_edits_a_campaign,
    bad_campaigns_are_refused_and_nothing_is_stored,
);
