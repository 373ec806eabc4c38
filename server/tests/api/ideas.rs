//! Taking part in a campaign: submitting ideas (good and bad input), finding them,
//! supporting them, discussing them, moderators' statuses, notifications — each on
//! SQLite and PostgreSQL, through the real server.

use app::domain::campaign::ModerationMode;
use app::domain::idea::Visibility;
use app::domain::notification::NotificationKind;
use app::domain::user::Role;
use app::server::entities::{campaign, comment, idea, notification, user, vote};
use app::server::seed::DEMO_CAMPAIGN_SLUG;
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, spawn_app, texts};

const NEW_IDEA: &str = "/campaigns/apps-for-everyday-health/ideas/new";

async fn idea_count(app: &TestApp) -> u64 {
    idea::Entity::find().count(&app.db).await.unwrap()
}

/// A good idea form, confirmed past the similar ideas (tested on their own).
fn good_form(title: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", title),
        (
            "summary",
            "Plan meals around blood sugar, with a shopping list.",
        ),
        (
            "description",
            "Uses **NHS** guidance.\n\n<script>alert('x')</script>",
        ),
        ("category", "long-term-conditions"),
        ("kind", "new"),
        ("link_url", ""),
        ("other_links", "https://example.org/research"),
        ("submission_key", "test-key-1"),
        ("confirmed", "yes"),
    ]
}

fn with(
    form: &[(&'static str, &'static str)],
    key: &'static str,
    value: &'static str,
) -> Vec<(&'static str, &'static str)> {
    form.iter()
        .map(|(k, v)| if *k == key { (*k, value) } else { (*k, *v) })
        .collect()
}

async fn submit_a_good_idea_and_find_it_published(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let before = idea_count(&app).await;
    let response = app
        .post_form(NEW_IDEA, &good_form("Zebrafish pantry planner"))
        .await;
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/ideas/"), "{location}");
    assert!(location.ends_with("?done=submitted"), "{location}");
    assert_eq!(idea_count(&app).await, before + 1);
    let stored = idea::Entity::find()
        .order_by_desc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.title, "Zebrafish pantry planner");
    assert_eq!(stored.visibility, Visibility::Published);
    assert_eq!(stored.slug, "zebrafish-pantry-planner");
    assert!(stored.hot_rank > 0.0, "a trending rank from the start");

    let html = app.page(&location, 200).await;
    assert_eq!(texts(&html, "h1"), vec!["Zebrafish pantry planner"]);
    assert!(
        texts(&html, ".nhsuk-notification-banner")
            .join(" ")
            .contains("published")
    );
    let description = texts(&html, ".idea-description").join(" ");
    assert!(description.contains("NHS"), "{description}");
    let raw = app.get(&location).await.text().await.unwrap();
    assert!(
        !raw.contains("<script>alert('x')"),
        "the description is sanitised"
    );
    assert!(raw.contains("https://example.org/research"));
}

async fn bad_input_is_explained_kept_and_stores_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let before = idea_count(&app).await;
    type Case = (
        Vec<(&'static str, &'static str)>,
        &'static str,
        &'static str,
    );
    let cases: Vec<Case> = vec![
        (
            with(&good_form("x"), "title", "   "),
            "#title-error",
            "Enter a title",
        ),
        (
            with(&good_form("x"), "title", "Tiny"),
            "#title-error",
            "5 characters or more",
        ),
        (
            with(&good_form("x"), "summary", ""),
            "#summary-error",
            "Enter a summary",
        ),
        (
            with(
                &good_form("Zebrafish pantry planner"),
                "category",
                "astrology",
            ),
            "#category-error",
            "Select the category",
        ),
        (
            with(&good_form("Zebrafish pantry planner"), "kind", "existing"),
            "#link-url-error",
            "web address",
        ),
        (
            with(
                &with(&good_form("Zebrafish pantry planner"), "kind", "existing"),
                "link_url",
                "javascript:alert(1)",
            ),
            "#link-url-error",
            "https://",
        ),
    ];
    for (form, selector, message) in cases {
        let response = app.post_form(NEW_IDEA, &form).await;
        assert_eq!(response.status(), 422, "{selector}");
        let html = scraper::Html::parse_document(&response.text().await.unwrap());
        let shown = texts(&html, selector).join(" ");
        assert!(shown.contains(message), "{selector}: {shown}");
        assert_eq!(
            texts(&html, ".nhsuk-error-summary__title"),
            vec!["There is a problem"]
        );
        // What was typed is still there.
        let summary = texts(&html, "#summary").join("");
        let expected = form.iter().find(|(k, _)| *k == "summary").unwrap().1;
        assert_eq!(summary, expected);
    }
    // Overlong fields.
    let long = "x".repeat(10_001);
    let mut form: Vec<(&str, &str)> = good_form("Zebrafish pantry planner");
    form.retain(|(k, _)| *k != "description");
    form.push(("description", &long));
    let response = app.post_form(NEW_IDEA, &form).await;
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("10,000 characters or fewer")
    );
    assert_eq!(idea_count(&app).await, before, "nothing stored");
}

async fn markup_in_a_title_is_shown_as_text(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let response = app
        .post_form(
            NEW_IDEA,
            &good_form("</title><img src=x onerror=alert(1)> planner"),
        )
        .await;
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let raw = app.get(&location).await.text().await.unwrap();
    if let Some(at) = raw.find("<img src=x") {
        panic!(
            "not escaped: …{}…",
            &raw[at.saturating_sub(200)..(at + 100).min(raw.len())]
        );
    }
    assert!(raw.contains("&lt;img src=x onerror=alert(1)&gt; planner"));
    assert!(
        !raw.contains("</title><img"),
        "the title cannot break out of <title>"
    );
    // Nor can text break out of the scripts that carry the page's data to the browser.
    let response = app
        .post_form(
            NEW_IDEA,
            &with(
                &good_form("</script><b>bold</b> planner"),
                "submission_key",
                "k2",
            ),
        )
        .await;
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let raw = app.get(&location).await.text().await.unwrap();
    if let Some(at) = raw.find("</script><b>") {
        panic!(
            "breaks out of a script: …{}…",
            &raw[at.saturating_sub(300)..(at + 60).min(raw.len())]
        );
    }
}

async fn invalid_utf8_is_refused_with_a_message(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let before = idea_count(&app).await;
    let response = app
        .client
        .post(format!("{}{NEW_IDEA}", app.address))
        .header("origin", &app.address)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("title=Caf%C3+planner&summary=%FF%FE&kind=new&category=carers")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert!(response.text().await.unwrap().contains("could not be read"));
    assert_eq!(idea_count(&app).await, before);
}

async fn a_double_submit_stores_one_idea(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let before = idea_count(&app).await;
    let form = good_form("Zebrafish pantry planner");
    let (first, second) = tokio::join!(
        app.post_form(NEW_IDEA, &form),
        app.post_form(NEW_IDEA, &form)
    );
    assert_eq!(first.status(), 303);
    assert_eq!(second.status(), 303, "{:?}", second.text().await);
    assert_eq!(
        first.headers().get("location"),
        second.headers().get("location"),
        "{:?} {:?}",
        first.headers(),
        second.headers()
    );
    let third = app.post_form(NEW_IDEA, &form).await;
    assert_eq!(third.headers()["location"], first.headers()["location"]);
    assert_eq!(idea_count(&app).await, before + 1);
}

async fn similar_ideas_are_offered_before_storing(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let before = idea_count(&app).await;
    // The demo campaign has a sleep diary idea.
    let demo = idea::Entity::find()
        .filter(idea::Column::Title.contains("sleep"))
        .one(&app.db)
        .await
        .unwrap();
    let form = with(
        &with(
            &good_form("A sleep tracker for shift workers"),
            "category",
            "mental-health",
        ),
        "confirmed",
        "",
    );
    let response = app.post_form(NEW_IDEA, &form).await;
    assert_eq!(response.status(), 200);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(texts(&html, "h1"), vec!["Is your idea already here?"]);
    let offered = texts(&html, ".similar-ideas__item a");
    assert!(!offered.is_empty() && offered.len() <= 5, "{offered:?}");
    if let Some(demo) = demo {
        assert!(offered.contains(&demo.title), "{offered:?}");
    }
    let confirmed = scraper::Selector::parse("input[name=confirmed]").unwrap();
    assert_eq!(
        html.select(&confirmed)
            .next()
            .unwrap()
            .value()
            .attr("value"),
        Some("yes")
    );
    assert_eq!(idea_count(&app).await, before, "nothing stored yet");
    // Going on anyway stores it.
    let response = app
        .post_form(NEW_IDEA, &with(&form, "confirmed", "yes"))
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(idea_count(&app).await, before + 1);
    // The live suggestions while typing come from the same search.
    let response = app
        .call_server_fn(
            "/api/ideas/similar",
            &format!("campaign={DEMO_CAMPAIGN_SLUG}&title=sleep"),
        )
        .await;
    assert_eq!(response.status(), 200);
    let found: Vec<serde_json::Value> = response.json().await.unwrap();
    assert!(!found.is_empty());
}

async fn a_closed_campaign_takes_no_ideas_and_keeps_the_text(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let campaign = app.demo_campaign().await;
    let mut closing: campaign::ActiveModel = campaign.into();
    closing.submissions_close_at = Set(Utc::now() - Duration::minutes(1));
    closing.update(&app.db).await.unwrap();
    let before = idea_count(&app).await;
    let response = app
        .post_form(NEW_IDEA, &good_form("Zebrafish pantry planner"))
        .await;
    assert_eq!(response.status(), 409);
    let body = response.text().await.unwrap();
    assert!(body.contains("not saved"), "says so: {body}");
    assert!(
        body.contains("Zebrafish pantry planner"),
        "keeps what was typed"
    );
    assert_eq!(idea_count(&app).await, before);
}

async fn pre_moderated_ideas_wait_unseen(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Public).await;
    let campaign = app.demo_campaign().await;
    let mut pre: campaign::ActiveModel = campaign.into();
    pre.moderation_mode = Set(ModerationMode::Pre);
    pre.update(&app.db).await.unwrap();
    let response = app
        .post_form(NEW_IDEA, &good_form("Zebrafish pantry planner"))
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/campaigns/apps-for-everyday-health?submitted=pending"
    );
    let stored = idea::Entity::find()
        .order_by_desc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.visibility, Visibility::Pending);
    app.page(&format!("/ideas/{}-{}", stored.id, stored.slug), 404)
        .await;
    let html = app
        .page("/campaigns/apps-for-everyday-health?submitted=pending", 200)
        .await;
    assert!(
        texts(&html, ".nhsuk-notification-banner")
            .join(" ")
            .contains("moderator")
    );
}

async fn signed_out_people_are_sent_to_sign_in(backend: Backend) {
    let app = spawn_app(backend).await;
    let before = idea_count(&app).await;
    let response = app
        .post_form(NEW_IDEA, &good_form("Zebrafish pantry planner"))
        .await;
    assert_eq!(response.status(), 303);
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/sign-in?return_to=")
    );
    let page = app.get(NEW_IDEA).await;
    assert_eq!(page.status(), 302);
    assert_eq!(idea_count(&app).await, before);
}

async fn lists_sort_filter_search_and_page_by_key(backend: Backend) {
    let app = spawn_app(backend).await;
    let campaign = app.demo_campaign().await;
    let path = "/campaigns/apps-for-everyday-health";
    // Every order lists every published idea exactly once over its pages.
    let published = idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(campaign.id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .count(&app.db)
        .await
        .unwrap() as usize;
    for sort in ["top", "trending", "newest", "discussed"] {
        let mut seen = Vec::new();
        let mut next = Some(format!(
            "/api/v1/ideas?campaign={DEMO_CAMPAIGN_SLUG}&sort={sort}&limit=4"
        ));
        while let Some(url) = next {
            let page: serde_json::Value = app.get(&url).await.json().await.unwrap();
            for item in page["items"].as_array().unwrap() {
                seen.push(item["id"].as_i64().unwrap());
            }
            next = page["next_url"].as_str().map(str::to_owned);
        }
        let mut unique = seen.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), seen.len(), "{sort}: no idea twice");
        assert_eq!(seen.len(), published, "{sort}: every idea");
    }
    // Top is by votes, descending.
    let page: serde_json::Value = app
        .get(&format!(
            "/api/v1/ideas?campaign={DEMO_CAMPAIGN_SLUG}&sort=top&limit=100"
        ))
        .await
        .json()
        .await
        .unwrap();
    let votes: Vec<i64> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["vote_count"].as_i64().unwrap())
        .collect();
    assert!(votes.windows(2).all(|w| w[0] >= w[1]), "{votes:?}");

    // Search finds by any form of a word in the title, summary or description.
    let html = app.page(&format!("{path}?q=diaries"), 200).await;
    let found = texts(&html, ".idea-card h3");
    assert!(found.iter().any(|t| t.contains("diary")), "{found:?}");
    let page: serde_json::Value = app
        .get(&format!(
            "/api/v1/ideas?campaign={DEMO_CAMPAIGN_SLUG}&q=diaries&limit=100"
        ))
        .await
        .json()
        .await
        .unwrap();
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), found.len());
    for item in items {
        let text = format!(
            "{} {} {}",
            item["title"], item["summary"], item["description"]
        )
        .to_lowercase();
        assert!(text.contains("diar"), "{text}");
    }
    // Search syntax is read as words, never as an error.
    for q in [
        "\"unbalanced",
        "NEAR(",
        "a*b OR -c",
        "'; drop table ideas; --",
        "%",
        "漢字",
    ] {
        let encoded: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
        app.page(&format!("{path}?q={encoded}"), 200).await;
    }
    // Filters narrow the list and the URL carries them into the page links.
    let html = app
        .page(&format!("{path}?kind=existing&sort=newest"), 200)
        .await;
    let kinds = texts(&html, ".idea-card__meta li:nth-child(2)");
    assert!(!kinds.is_empty());
    assert!(
        kinds
            .iter()
            .all(|k| k == "Recommended existing app or tool"),
        "{kinds:?}"
    );
    let filtered = texts(&html, "#ideas").join("");
    assert!(filtered.contains("found"), "{filtered}");
    // Page by page on the HTML too: the next link keeps sort and filters.
    let many = app.page(&format!("{path}?sort=newest"), 200).await;
    let next = scraper::Selector::parse("a[rel=next]").unwrap();
    if let Some(link) = many.select(&next).next() {
        let href = link.value().attr("href").unwrap();
        assert!(
            href.contains("sort=newest") && href.contains("after="),
            "{href}"
        );
    }
}

async fn supporting_is_idempotent_and_withdrawable(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_in_as(Role::Developer).await;
    let target = idea::Entity::find()
        .order_by_asc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let path = format!("/ideas/{}/vote", target.id);
    let back = format!("/ideas/{}-{}", target.id, target.slug);
    let me = user::Entity::find()
        .filter(user::Column::DisplayName.starts_with("Demo developer"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo developer");
    let votes_of = |id| {
        let db = app.db.clone();
        async move {
            vote::Entity::find()
                .filter(vote::Column::IdeaId.eq(id))
                .count(&db)
                .await
                .unwrap() as i32
        }
    };
    let support = [("support", "yes"), ("return_to", back.as_str())];
    let (a, b) = tokio::join!(
        app.post_form(&path, &support),
        app.post_form(&path, &support)
    );
    assert_eq!(a.status(), 303);
    assert_eq!(b.status(), 303);
    assert_eq!(
        a.headers()["location"].to_str().unwrap(),
        format!("{back}?done=voted")
    );
    let counted = idea::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counted.vote_count, votes_of(target.id).await);
    assert!(
        vote::Entity::find_by_id((me.id, target.id))
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
    );
    let html = app.page(&back, 200).await;
    assert!(
        texts(&html, ".vote-form button")
            .join("")
            .contains("Withdraw")
    );
    // Withdrawing.
    let response = app
        .post_form(&path, &[("support", "no"), ("return_to", &back)])
        .await;
    assert_eq!(response.status(), 303);
    assert!(
        vote::Entity::find_by_id((me.id, target.id))
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
    let counted = idea::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counted.vote_count, votes_of(target.id).await);
    // An off-site return address is ignored.
    let response = app
        .post_form(
            &path,
            &[("support", "yes"), ("return_to", "//evil.example/x")],
        )
        .await;
    assert_eq!(
        response.headers()["location"].to_str().unwrap(),
        format!("{back}?done=voted")
    );
    // Only "yes" supports and only "no" withdraws: anything else is refused, and the
    // support given stays as it was.
    let before = votes_of(target.id).await;
    for odd in ["", "maybe", "NO", "true"] {
        let response = app
            .post_form(&path, &[("support", odd), ("return_to", &back)])
            .await;
        assert_eq!(response.status(), 422, "support={odd:?}");
        assert_eq!(votes_of(target.id).await, before, "support={odd:?}");
    }
    // After the voting window, nothing changes.
    let campaign = campaign::Entity::find_by_id(target.campaign_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut closed: campaign::ActiveModel = campaign.into();
    closed.submissions_close_at = Set(Utc::now() - Duration::days(2));
    closed.voting_closes_at = Set(Utc::now() - Duration::days(1));
    closed.update(&app.db).await.unwrap();
    let response = app
        .post_form(&path, &[("support", "no"), ("return_to", &back)])
        .await;
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .ends_with("done=voting-closed")
    );
    assert!(
        vote::Entity::find_by_id((me.id, target.id))
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
    );
}

async fn comments_replies_edits_and_deletions(backend: Backend) {
    let app = spawn_app(backend).await;
    // The idea's author, to be told about comments.
    let target = idea::Entity::find()
        .order_by_asc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let href = format!("/ideas/{}-{}", target.id, target.slug);
    let post = format!("/ideas/{}/comments", target.id);
    let before = target.comment_count;
    app.sign_in_as(Role::Developer).await;

    // Empty: a message next to the field, nothing stored.
    let response = app
        .post_form(
            &post,
            &[("body", "  "), ("parent_id", ""), ("submission_key", "k1")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&html, "#comment-body-error")
            .join("")
            .contains("Enter your comment")
    );

    // A comment; the same form twice is one comment.
    let form = [
        ("body", "Great idea, **really**. <script>x()</script>"),
        ("parent_id", ""),
        ("submission_key", "k1"),
    ];
    let first = app.post_form(&post, &form).await;
    let again = app.post_form(&post, &form).await;
    assert_eq!(first.status(), 303);
    assert_eq!(first.headers()["location"], again.headers()["location"]);
    let stored = comment::Entity::find()
        .order_by_desc(comment::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let counted = idea::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counted.comment_count, before + 1);
    let raw = app.get(&href).await.text().await.unwrap();
    assert!(raw.contains("<strong>really</strong>"));
    assert!(!raw.contains("<script>x()"));
    // The idea's author was told.
    let told = notification::Entity::find()
        .filter(notification::Column::UserId.eq(target.author_id))
        .count(&app.db)
        .await
        .unwrap();
    assert!(told >= 1);

    // A reply to it, from someone else.
    let other = app.signed_in_browser(Role::Moderator).await;
    let parent = stored.id.to_string();
    let response = other
        .post(format!("{}{post}", app.address))
        .header("origin", &app.address)
        .form(&[
            ("body", "Agreed."),
            ("parent_id", parent.as_str()),
            ("submission_key", "k2"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let reply = comment::Entity::find()
        .order_by_desc(comment::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(reply.parent_id, Some(stored.id));
    // Replies are one level deep.
    let nested = reply.id.to_string();
    let response = other
        .post(format!("{}{post}", app.address))
        .header("origin", &app.address)
        .form(&[
            ("body", "Deeper"),
            ("parent_id", nested.as_str()),
            ("submission_key", "k3"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    // The developer is told of the reply, and the header counts it.
    let html = app.page("/notifications", 200).await;
    assert!(
        texts(&html, ".notification")
            .join(" ")
            .contains("replied to your comment")
    );
    assert!(
        texts(&html, ".notifications-link")
            .join("")
            .contains("unread")
    );
    let response = app.post_form("/notifications/read", &[]).await;
    assert_eq!(response.status(), 303);
    let html = app.page("/notifications", 200).await;
    assert_eq!(texts(&html, ".notifications-link"), vec!["Notifications"]);

    // The author edits within 15 minutes; no one else can.
    let edit = format!("/comments/{}/edit", stored.id);
    app.page(&edit, 200).await;
    let response = app
        .post_form(&edit, &[("body", "Great idea, edited.")])
        .await;
    assert_eq!(response.status(), 303);
    let edited = comment::Entity::find_by_id(stored.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(edited.body, "Great idea, edited.");
    assert!(edited.edited_at.is_some());
    let response = other
        .post(format!("{}{edit}", app.address))
        .header("origin", &app.address)
        .form(&[("body", "Hijacked")])
        .send()
        .await
        .unwrap();
    // To anyone but its author, a comment has no edit page at all.
    assert_eq!(response.status(), 404);
    // After the window, the author cannot either.
    let mut old: comment::ActiveModel = edited.into();
    old.created_at = Set(Utc::now() - Duration::minutes(16));
    old.update(&app.db).await.unwrap();
    let response = app.post_form(&edit, &[("body", "Too late")]).await;
    assert_eq!(response.status(), 403);
    let kept = comment::Entity::find_by_id(stored.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.body, "Great idea, edited.");

    // Someone else cannot delete it; its author can, and the reply stays.
    let stranger = app.signed_in_browser(Role::Public).await;
    let delete = format!("/comments/{}/delete", stored.id);
    let response = stranger
        .post(format!("{}{delete}", app.address))
        .header("origin", &app.address)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    let response = app.post_form(&delete, &[]).await;
    assert_eq!(response.status(), 303);
    let html = app.page(&href, 200).await;
    assert!(
        texts(&html, ".comment__deleted")
            .join("")
            .contains("Comment deleted")
    );
    assert!(
        texts(&html, ".comment-replies")
            .join("")
            .contains("Agreed.")
    );
    let counted = idea::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counted.comment_count, before + 1, "the reply still counts");
}

async fn moderators_set_statuses_and_merge_duplicates(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut ideas = idea::Entity::find()
        .order_by_asc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter();
    let (original, duplicate) = (ideas.next().unwrap(), ideas.next().unwrap());
    let path = format!("/ideas/{}/status", duplicate.id);
    // Not for the public.
    app.sign_in_as(Role::Public).await;
    let response = app
        .post_form(
            &path,
            &[
                ("status", "shortlisted"),
                ("reason", ""),
                ("duplicate_of", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 403);

    let moderator = app.signed_in_browser(Role::Moderator).await;
    let send = |form: Vec<(&'static str, String)>| {
        let moderator = moderator.clone();
        let url = format!("{}{path}", app.address);
        let origin = app.address.clone();
        async move {
            moderator
                .post(url)
                .header("origin", origin)
                .form(&form)
                .send()
                .await
                .unwrap()
        }
    };
    // A duplicate must name its original.
    let response = send(vec![
        ("status", "duplicate".into()),
        ("reason", "".into()),
        ("duplicate_of", "".into()),
    ])
    .await;
    assert_eq!(response.status(), 422);
    let response = send(vec![
        ("status", "duplicate".into()),
        ("reason", "".into()),
        ("duplicate_of", duplicate.id.to_string()),
    ])
    .await;
    assert_eq!(response.status(), 422, "not itself");
    // Shortlisted, with a reason: the author is told.
    let response = send(vec![
        ("status", "shortlisted".into()),
        ("reason", "Strong support from clinicians.".into()),
        ("duplicate_of", "".into()),
    ])
    .await;
    assert_eq!(response.status(), 303);
    let html = app
        .page(&format!("/ideas/{}-{}", duplicate.id, duplicate.slug), 200)
        .await;
    assert!(
        texts(&html, ".nhsuk-summary-list")
            .join(" ")
            .contains("Strong support from clinicians.")
    );
    let told = notification::Entity::find()
        .filter(notification::Column::UserId.eq(duplicate.author_id))
        .filter(notification::Column::IdeaId.eq(duplicate.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(told, 1);
    // Merged: supporters move to the original, once each, and the duplicate leaves the lists.
    let before_merge = vote::Entity::find()
        .filter(vote::Column::IdeaId.is_in([original.id, duplicate.id]))
        .all(&app.db)
        .await
        .unwrap();
    let supporters: Vec<i64> = before_merge
        .iter()
        .map(|v| v.user_id)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let response = send(vec![
        ("status", "duplicate".into()),
        ("reason", "".into()),
        ("duplicate_of", original.id.to_string()),
    ])
    .await;
    assert_eq!(response.status(), 303);
    let merged = idea::Entity::find_by_id(original.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(merged.vote_count as usize, supporters.len());
    // The votes moved, keeping when each person first gave their support: the
    // duplicate holds none, and nothing is dated the day of the merge.
    let duplicate_votes = before_merge
        .iter()
        .filter(|v| v.idea_id == duplicate.id)
        .count();
    assert!(duplicate_votes > 0, "the demo duplicate has supporters");
    let after_merge = vote::Entity::find()
        .filter(vote::Column::IdeaId.is_in([original.id, duplicate.id]))
        .all(&app.db)
        .await
        .unwrap();
    assert!(after_merge.iter().all(|v| v.idea_id == original.id));
    for v in &after_merge {
        let first = before_merge
            .iter()
            .filter(|b| b.user_id == v.user_id)
            .map(|b| b.created_at)
            .min()
            .unwrap();
        assert!(
            v.created_at <= first + chrono::Duration::seconds(1),
            "{v:?}"
        );
    }
    let left = idea::Entity::find_by_id(duplicate.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(left.vote_count, 0);
    // A vote on the duplicate goes to the original.
    let newcomer = app.signed_in_browser(Role::Developer).await;
    let response = app
        .post_from(
            &newcomer,
            &format!("/ideas/{}/vote", duplicate.id),
            &[("support", "yes"), ("return_to", "")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let counts = |id: i64| app.vote_count(id);
    assert_eq!(counts(duplicate.id).await, 0);
    assert_eq!(counts(original.id).await as usize, supporters.len() + 1);
    let page: serde_json::Value = app
        .get(&format!(
            "/api/v1/ideas?campaign={DEMO_CAMPAIGN_SLUG}&limit=100"
        ))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        !page["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == duplicate.id)
    );
    // The duplicate's address leads to the original, for everyone but moderators.
    let old_address = format!("/ideas/{}-{}", duplicate.id, duplicate.slug);
    let response = app.get(&old_address).await;
    assert_eq!(response.status(), 302);
    assert_eq!(
        response.headers()["location"],
        format!("/ideas/{}-{}", original.id, original.slug).as_str()
    );
    let response = moderator
        .get(format!("{}{old_address}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&html, ".status-reason")
            .join(" ")
            .contains(&merged.title)
    );
    // Its discussion moved with it, and the counts follow.
    assert!(
        duplicate.comment_count > 0,
        "the demo idea has a discussion"
    );
    let moved = comment::Entity::find()
        .filter(comment::Column::IdeaId.eq(duplicate.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(moved, 0);
    let left = idea::Entity::find_by_id(duplicate.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(left.comment_count, 0);
    assert_eq!(
        merged.comment_count,
        original.comment_count + duplicate.comment_count
    );
    // Both authors are told.
    let kinds = |user: i64, idea: i64| {
        let db = app.db.clone();
        async move {
            notification::Entity::find()
                .filter(notification::Column::UserId.eq(user))
                .filter(notification::Column::IdeaId.eq(idea))
                .all(&db)
                .await
                .unwrap()
                .into_iter()
                .map(|n| n.kind)
                .collect::<Vec<_>>()
        }
    };
    assert!(
        kinds(duplicate.author_id, duplicate.id)
            .await
            .contains(&NotificationKind::Merged)
    );
    if original.author_id != duplicate.author_id {
        assert!(
            kinds(original.author_id, original.id)
                .await
                .contains(&NotificationKind::MergedIntoYours)
        );
    }
}

async fn open_data_api_answers_json_csv_and_clear_errors(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/api/v1/campaigns").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    let campaigns: serde_json::Value = response.json().await.unwrap();
    let demo = campaigns
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == DEMO_CAMPAIGN_SLUG)
        .expect("the demo campaign");
    assert_eq!(demo["phase"], "open");
    assert!(demo["categories"].as_array().unwrap().len() >= 6);

    let page: serde_json::Value = app
        .get(&format!(
            "/api/v1/ideas?campaign={DEMO_CAMPAIGN_SLUG}&kind=existing"
        ))
        .await
        .json()
        .await
        .unwrap();
    let items = page["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i["kind"] == "existing"));
    assert!(items[0]["author"].is_string() && items[0]["submitted_at"].is_string());

    for (query, parameter) in [
        ("", "campaign"),
        ("campaign=apps-for-everyday-health&sort=best", "sort"),
        ("campaign=apps-for-everyday-health&kind=robot", "kind"),
        (
            "campaign=apps-for-everyday-health&status=approved",
            "status",
        ),
        (
            "campaign=apps-for-everyday-health&category=astrology",
            "category",
        ),
        ("campaign=apps-for-everyday-health&after=x", "after"),
        ("campaign=apps-for-everyday-health&limit=0", "limit"),
        ("campaign=apps-for-everyday-health&limit=1000", "limit"),
    ] {
        let response = app.get(&format!("/api/v1/ideas?{query}")).await;
        assert_eq!(response.status(), 400, "{query}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["parameter"], parameter, "{query}");
        assert!(body["error"].as_str().unwrap().len() > 10);
    }
    assert_eq!(app.get("/api/v1/ideas?campaign=nope").await.status(), 404);
    assert_eq!(app.get("/api/v1/ideas/999999").await.status(), 404);
    let response = app.get("/api/v1/ideas/abc").await;
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["parameter"], "id");
    let one: serde_json::Value = app
        .get(&format!("/api/v1/ideas/{}", items[0]["id"]))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["title"], items[0]["title"]);
    assert!(one["comments"].is_array());

    let response = app
        .get(&format!("/api/v1/ideas.csv?campaign={DEMO_CAMPAIGN_SLUG}"))
        .await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let body = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let rows = reader.records().count();
    assert_eq!(rows as u64, page_total(&app).await);
}

async fn server_functions_answer_bad_arguments_clearly(backend: Backend) {
    let app = spawn_app(backend).await;
    let call = |path: &'static str, body: &'static str| {
        let app = &app;
        async move { app.call_server_fn(path, body).await.status().as_u16() }
    };
    assert_eq!(call("/api/ideas/get", "id=abc").await, 400);
    assert_eq!(call("/api/ideas/get", "id=999999").await, 404);
    assert_eq!(
        call("/api/ideas/similar", "campaign=apps-for-everyday-health").await,
        400
    );
    assert_eq!(
        call("/api/ideas/similar", "campaign=nope&title=sleep").await,
        404
    );
    assert_eq!(
        call(
            "/api/ideas/similar",
            "campaign=apps-for-everyday-health&title=%22%29%28*%3A"
        )
        .await,
        200,
        "search syntax in a title is read as words"
    );
    assert_eq!(
        call("/api/campaigns/get", "slug=nope&query[sort]=Top").await,
        404
    );
    assert_eq!(
        call(
            "/api/campaigns/get",
            "slug=apps-for-everyday-health&query[sort]=Sideways"
        )
        .await,
        400
    );
    assert_eq!(
        call(
            "/api/campaigns/get",
            "slug=apps-for-everyday-health&query[sort]=Trending"
        )
        .await,
        200
    );
}

async fn page_total(app: &TestApp) -> u64 {
    let page: serde_json::Value = app
        .get(&format!(
            "/api/v1/ideas?campaign={DEMO_CAMPAIGN_SLUG}&limit=1"
        ))
        .await
        .json()
        .await
        .unwrap();
    page["matching"].as_u64().unwrap()
}

/// The plain-language hint is worked out on the server too, so a form that comes back
/// shows it without JavaScript.
#[tokio::test]
async fn a_form_that_comes_back_carries_the_plain_language_hint() {
    let app = spawn_app(Backend::Sqlite).await;
    app.sign_in_as(Role::Public).await;
    let dense = "Comprehensive longitudinal monitoring of physiological sleep parameters, \
                 integrated with contemporaneous medication administration documentation, \
                 would facilitate individualised therapeutic optimisation and considerably \
                 improve interdisciplinary communication between practitioners and their \
                 organisations across geographically distributed healthcare institutions.";
    let response = app
        .post_form(
            &format!("/campaigns/{DEMO_CAMPAIGN_SLUG}/ideas/new"),
            &[("title", ""), ("summary", "Sleep."), ("description", dense)],
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let hint = texts(&page, ".plain-language").join(" ");
    assert!(hint.starts_with("Reading age about"), "{hint}");
    assert!(
        hint.contains("most people read most easily at about 9 to 11"),
        "{hint}"
    );
    assert!(
        hint.contains("1 sentence is longer than 25 words"),
        "{hint}"
    );
    // A fresh form says nothing yet.
    let page = app
        .page(&format!("/campaigns/{DEMO_CAMPAIGN_SLUG}/ideas/new"), 200)
        .await;
    assert_eq!(texts(&page, ".plain-language"), [""]);
}

on_both_databases!(
    submit_a_good_idea_and_find_it_published,
    bad_input_is_explained_kept_and_stores_nothing,
    markup_in_a_title_is_shown_as_text,
    invalid_utf8_is_refused_with_a_message,
    a_double_submit_stores_one_idea,
    similar_ideas_are_offered_before_storing,
    a_closed_campaign_takes_no_ideas_and_keeps_the_text,
    pre_moderated_ideas_wait_unseen,
    signed_out_people_are_sent_to_sign_in,
    lists_sort_filter_search_and_page_by_key,
    supporting_is_idempotent_and_withdrawable,
    comments_replies_edits_and_deletions,
    moderators_set_statuses_and_merge_duplicates,
    open_data_api_answers_json_csv_and_clear_errors,
    server_functions_answer_bad_arguments_clearly,
);

/// `ideas.csv` is written as it is read, a page of ideas at a time: no length is known
/// when it starts, and a campaign of several pages comes whole, each idea once, in the
/// order of the list.
async fn the_ideas_csv_streams_every_idea_once(backend: Backend) {
    let mut config = crate::support::TestConfig::new(backend);
    config.seed_demo = false;
    let app = crate::support::spawn_app_with(config).await;
    let slug = app.seed_load(1_600, 3_000, 200).await;

    let response = app.get(&format!("/api/v1/ideas.csv?campaign={slug}")).await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers().get("content-length").is_none(),
        "streamed, so no length up front: {:?}",
        response.headers()
    );
    assert_eq!(
        response.headers()["content-disposition"],
        format!("attachment; filename=\"ideas-{slug}.csv\"").as_str()
    );
    let body = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    assert_eq!(reader.headers().unwrap().get(0), Some("id"));
    assert_eq!(reader.headers().unwrap().len(), 17);
    let ids: Vec<i64> = reader
        .records()
        .map(|r| r.unwrap()[0].parse().unwrap())
        .collect();
    let unique: std::collections::HashSet<i64> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "each idea once");
    // Every idea the list shows, in the list's own order (most supported first), and
    // more than two of the download's pages of 500.
    let mut listed = Vec::new();
    let mut next = Some(format!("/api/v1/ideas?campaign={slug}&limit=100"));
    while let Some(url) = next {
        let page: serde_json::Value = app.get(&url).await.json().await.unwrap();
        for item in page["items"].as_array().unwrap() {
            listed.push(item["id"].as_i64().unwrap());
        }
        next = page["next_url"].as_str().map(str::to_owned);
    }
    assert!(listed.len() > 1_000, "{}", listed.len());
    assert_eq!(ids, listed);
    // Compressed as a browser asks for it, the same file arrives whole (the compression
    // layer reads a body's end twice: a stream must bear that).
    for encoding in ["gzip", "br"] {
        let path = format!("/api/v1/ideas.csv?campaign={slug}");
        let response = crate::support::fetch(&app, &path, Some(encoding)).await;
        assert_eq!(response.headers()["content-encoding"], encoding);
        let bytes = response.bytes().await.expect("the whole download");
        let plain = match encoding {
            "gzip" => crate::support::ungzip(&bytes),
            _ => crate::support::unbrotli(&bytes),
        };
        let text = String::from_utf8(plain).unwrap();
        assert_eq!(text, body, "{encoding}");
    }
}

on_both_databases!(the_ideas_csv_streams_every_idea_once);
