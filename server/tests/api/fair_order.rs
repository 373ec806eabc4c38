//! The fair order: a campaign that asks for it lists its ideas, while people support
//! them, in a shuffle that changes daily, the same for everyone, paged without skipping
//! or repeating; most supported stays one link away.

use app::domain::idea::Visibility;
use app::server::entities::idea;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, spawn_app, texts};

/// The idea ids a list page shows, in order, and its next page's address.
async fn list(app: &TestApp, path: &str) -> (Vec<i64>, Option<String>) {
    let page = app.page(path, 200).await;
    let ids = page
        .select(&scraper::Selector::parse(".idea-card a").unwrap())
        .filter_map(|a| a.value().attr("href"))
        .filter_map(|href| href.strip_prefix("/ideas/"))
        .filter_map(|rest| rest.split('-').next()?.parse().ok())
        .collect();
    let next = page
        .select(&scraper::Selector::parse("a[rel=next]").unwrap())
        .next()
        .and_then(|a| a.value().attr("href"))
        .map(|h| h.trim_end_matches("#ideas").to_owned());
    (ids, next)
}

async fn a_fair_campaign_lists_its_ideas_in_the_days_shuffle(backend: Backend) {
    let app = spawn_app(backend).await;
    let campaign = app.demo_campaign().await;
    let base = format!("/campaigns/{}", campaign.slug);
    let (top, _) = list(&app, &base).await;
    let mut active = campaign.clone().into_active_model();
    active.fair_order = Set(true);
    active.update(&app.db).await.unwrap();

    // Every listed idea once, over the pages, in the order the shuffle gives today.
    let (mut shown, mut next) = list(&app, &base).await;
    while let Some(path) = next {
        let (more, after) = list(&app, &path).await;
        shown.extend(more);
        next = after;
    }
    let listed = idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(campaign.id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(idea::Column::DuplicateOfId.is_null())
        .all(&app.db)
        .await
        .unwrap();
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::London)
        .date_naive();
    let seed = app::domain::shuffle::seed(campaign.id, today);
    let mut expected: Vec<i64> = listed.iter().map(|i| i.id).collect();
    expected.sort_by_key(|&id| std::cmp::Reverse((app::domain::shuffle::key(seed, id), id)));
    assert_eq!(shown, expected);
    assert_ne!(shown[..top.len()], top[..], "not the most supported order");

    // The same for the next person, and on every page load today.
    assert_eq!(list(&app, &base).await.0, shown[..top.len()]);
    let page = app.page(&base, 200).await;
    assert_eq!(
        texts(&page, ".sort-links__current"),
        ["Fair order (changes daily)"]
    );
    // Most supported is a link away, and says so in its address.
    let top_link = page
        .select(&scraper::Selector::parse(".sort-links a").unwrap())
        .find(|a| a.text().collect::<String>() == "Most supported")
        .and_then(|a| a.value().attr("href"))
        .unwrap()
        .to_owned();
    assert_eq!(top_link, format!("{base}?sort=top#ideas"));
    assert_eq!(list(&app, &format!("{base}?sort=top")).await.0, top);

    // Once voting closes, the list is by support again.
    let mut active = app.demo_campaign().await.into_active_model();
    active.voting_closes_at = Set(chrono::Utc::now() - chrono::Duration::hours(1));
    active.submissions_close_at = Set(chrono::Utc::now() - chrono::Duration::hours(2));
    active.update(&app.db).await.unwrap();
    assert_eq!(list(&app, &base).await.0, top);
    let page = app.page(&base, 200).await;
    assert_eq!(texts(&page, ".sort-links__current"), ["Most supported"]);
}

#[tokio::test]
async fn other_campaigns_list_by_support_and_offer_no_shuffle() {
    let app = spawn_app(Backend::Sqlite).await;
    let page = app
        .page(
            &format!("/campaigns/{}", app.demo_campaign().await.slug),
            200,
        )
        .await;
    assert_eq!(texts(&page, ".sort-links__current"), ["Most supported"]);
    assert!(
        !texts(&page, ".sort-links a")
            .iter()
            .any(|t| t.starts_with("Fair order"))
    );
}

on_both_databases!(a_fair_campaign_lists_its_ideas_in_the_days_shuffle);
