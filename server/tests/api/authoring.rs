//! Authors looking after their own ideas: changing the words within the site's limits
//! (the earlier words kept and shown) and withdrawing an idea (its supporters told, out
//! of the lists, its page saying so). Nobody else can do either.

use app::domain::idea::Visibility;
use app::domain::notification::NotificationKind;
use app::domain::user::Role;
use app::server::entities::{idea, notification};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, Set,
};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, spawn_app, texts};

const NEW_IDEA: &str = "/campaigns/apps-for-everyday-health/ideas/new";

/// Puts an idea forward as the app's own client (signed in as a member of the public)
/// and returns it.
async fn put_forward(app: &TestApp, title: &str) -> idea::Model {
    app.sign_in_as(Role::Public).await;
    let response = app
        .post_form(
            NEW_IDEA,
            &[
                ("title", title),
                ("summary", "Track what keeps you awake, and what helps."),
                ("description", "A diary for **sleep**."),
                ("category", "long-term-conditions"),
                ("kind", "new"),
                ("link_url", ""),
                ("other_links", ""),
                ("submission_key", title),
                ("confirmed", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "submitted");
    idea::Entity::find()
        .filter(idea::Column::Title.eq(title))
        .one(&app.db)
        .await
        .unwrap()
        .expect("stored")
}

fn href(idea: &idea::Model) -> String {
    app::domain::idea::idea_href(idea.id, &idea.slug)
}

fn change_form(title: &str) -> Vec<(&str, &str)> {
    vec![
        ("title", title),
        (
            "summary",
            "Track what keeps you awake, what helps, and when.",
        ),
        ("description", "A diary for **sleep**, with reminders."),
    ]
}

#[tokio::test]
async fn authors_change_their_words_and_the_earlier_ones_stay_on_the_page() {
    let app = spawn_app(Backend::Sqlite).await;
    let idea = put_forward(&app, "Sleep diary for shift workers").await;
    let idea_page = app.page(&href(&idea), 200).await;
    assert_eq!(
        texts(&idea_page, ".author-tools a"),
        ["Change your idea", "Withdraw your idea"]
    );
    let page = app.page(&format!("{}/change", href(&idea)), 200).await;
    assert_eq!(texts(&page, "h1"), ["Change your idea"]);
    assert_eq!(texts(&page, "#title").len(), 1);
    // Nobody else is offered them.
    let other_view = crate::support::browser()
        .get(format!("{}{}", app.address, href(&idea)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!other_view.contains("author-tools"));

    // Refused words come back with their message, and nothing changes.
    let refused = app
        .post_form(&format!("{}/change", href(&idea)), &change_form(""))
        .await;
    assert_eq!(refused.status(), 422);
    let page = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert!(!texts(&page, ".nhsuk-error-message").is_empty());
    assert_eq!(
        texts(&page, "#summary"),
        ["Track what keeps you awake, what helps, and when."]
    );

    // Someone else cannot, and learns nothing about it.
    let other = app.signed_in_browser(Role::Developer).await;
    let response = app
        .post_from(
            &other,
            &format!("{}/change", href(&idea)),
            &change_form("Not yours"),
        )
        .await;
    assert_eq!(response.status(), 404);

    let response = app
        .post_form(
            &format!("{}/change", href(&idea)),
            &change_form("Sleep diary for night shift workers"),
        )
        .await;
    assert_eq!(response.status(), 303);
    let changed = idea::Entity::find_by_id(idea.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(changed.title, "Sleep diary for night shift workers");
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with(&href(&changed)), "{location}");
    let page = app.page(&href(&changed), 200).await;
    assert_eq!(texts(&page, "h1"), ["Sleep diary for night shift workers"]);
    let earlier = texts(&page, ".idea-versions .nhsuk-summary-list__value");
    assert!(
        earlier.contains(&"Sleep diary for shift workers".to_owned()),
        "{earlier:?}"
    );
    assert!(
        texts(&page, ".idea-versions h3")[0]
            .starts_with("Before the person who put it forward changed it")
    );
    // An author's change is not a moderator's edit.
    assert!(texts(&page, ".moderator-edit").is_empty());

    // A moderator's edit (taking out personal details, say) hides every earlier
    // version from the public: the words it took out must not come back that way.
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let response = app
        .post_from(
            &moderator,
            &format!("/moderation/ideas/{}/edit", idea.id),
            &[
                ("title", "Sleep diary for night shift workers"),
                ("summary", "Track what keeps you awake."),
                ("description", "A diary for sleep."),
                ("template", "personal_information"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let page = app.page(&href(&changed), 200).await;
    assert!(texts(&page, ".idea-versions").is_empty());
    assert_eq!(texts(&page, ".moderator-edit").len(), 1);
}

#[tokio::test]
async fn once_people_have_supported_it_for_a_while_the_words_stay() {
    let app = spawn_app(Backend::Sqlite).await;
    let idea = put_forward(&app, "Hydration reminders for older people").await;
    let mut active = idea.clone().into_active_model();
    active.vote_count = Set(6);
    active.created_at = Set(chrono::Utc::now() - chrono::Duration::hours(2));
    active.update(&app.db).await.unwrap();

    let response = app
        .post_form(
            &format!("{}/change", href(&idea)),
            &change_form("Something else entirely"),
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let message = texts(&page, ".nhsuk-error-message").join(" ");
    assert!(message.contains("5 supporters or fewer"), "{message}");
    // What they typed comes back, to copy.
    assert_eq!(
        texts(&page, "#summary"),
        ["Track what keeps you awake, what helps, and when."]
    );
    let unchanged = idea::Entity::find_by_id(idea.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unchanged.title, idea.title);
    let page = app.page(&format!("{}/change", href(&idea)), 200).await;
    assert_eq!(texts(&page, "h1"), ["This idea can no longer be changed"]);
    let idea_page = app.page(&href(&idea), 200).await;
    assert_eq!(texts(&idea_page, ".author-tools a"), ["Withdraw your idea"]);
}

async fn withdrawing_tells_supporters_and_takes_it_out_of_the_lists(backend: Backend) {
    let app = spawn_app(backend).await;
    let idea = put_forward(&app, "Walking routes with benches").await;
    let supporters = [
        app.signed_in_browser(Role::Developer).await,
        app.signed_in_browser(Role::Moderator).await,
    ];
    for browser in &supporters {
        let response = app
            .post_from(
                browser,
                &format!("/ideas/{}/vote", idea.id),
                &[("support", "yes"), ("return_to", "/")],
            )
            .await;
        assert_eq!(response.status(), 303);
    }
    // Only the author may.
    let response = app
        .post_from(&supporters[0], &format!("{}/withdraw", href(&idea)), &[])
        .await;
    assert_eq!(response.status(), 404);

    let page = app.page(&format!("{}/withdraw", href(&idea)), 200).await;
    assert!(
        texts(&page, ".nhsuk-warning-callout p")
            .join(" ")
            .contains("The 2 people who support it will be told.")
    );
    let response = app
        .post_form(&format!("{}/withdraw", href(&idea)), &[])
        .await;
    assert_eq!(response.status(), 303);

    let stored = idea::Entity::find_by_id(idea.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.visibility, Visibility::Withdrawn);
    assert!(stored.withdrawn_at.is_some());
    // Each supporter is told; the author is not.
    let told = notification::Entity::find()
        .filter(notification::Column::Kind.eq(NotificationKind::Withdrawn))
        .filter(notification::Column::IdeaId.eq(idea.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(told.len(), 2);
    assert!(told.iter().all(|n| n.user_id != stored.author_id));

    // Its page stays, saying so, without support or a comment form.
    let page = app.page(&href(&idea), 200).await;
    assert!(
        texts(&page, ".idea-withdrawn")
            .join(" ")
            .contains("Withdrawn on")
    );
    assert!(texts(&page, "#support").is_empty());
    assert!(texts(&page, ".author-tools a").is_empty());
    assert!(
        texts(&page, ".discussion p")
            .contains(&"This idea was withdrawn; its discussion is kept as it was.".to_owned())
    );
    assert!(texts(&page, ".discussion textarea").is_empty());
    // Out of search results too.
    assert_eq!(
        page.select(&scraper::Selector::parse("meta[name=robots]").unwrap())
            .filter_map(|m| m.value().attr("content"))
            .collect::<Vec<_>>(),
        ["noindex"]
    );
    // Out of the lists, the API, the counts and the sitemap.
    let list: serde_json::Value = app
        .get("/api/v1/ideas?campaign=apps-for-everyday-health&sort=newest&limit=100")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        !list["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == idea.id)
    );
    let campaign = app
        .page("/campaigns/apps-for-everyday-health?sort=newest", 200)
        .await;
    assert!(!texts(&campaign, ".idea-card a").contains(&idea.title));
    let sitemap = app.get("/sitemaps/ideas-0.xml").await.text().await.unwrap();
    assert!(!sitemap.contains(&href(&idea)));
    // No more support.
    let response = app
        .post_from(
            &supporters[0],
            &format!("/ideas/{}/vote", idea.id),
            &[("support", "no"), ("return_to", "/")],
        )
        .await;
    assert_eq!(response.status(), 404);
    assert_eq!(
        app::server::entities::vote::Entity::find()
            .filter(app::server::entities::vote::Column::IdeaId.eq(idea.id))
            .count(&app.db)
            .await
            .unwrap(),
        2,
        "the support it had is kept, not counted anywhere"
    );
    // Once is enough.
    let again = app
        .post_form(&format!("{}/withdraw", href(&idea)), &[])
        .await;
    assert_eq!(again.status(), 409);

    // Moderators can still hide it (its page stays up); restoring it brings it back
    // withdrawn, not into the lists.
    let key = format!("idea:{}", idea.id);
    for (action, expected) in [
        ("hide", Visibility::Hidden),
        ("restore", Visibility::Withdrawn),
    ] {
        let response = app
            .post_from(
                &supporters[1],
                "/moderation",
                &[
                    ("selected", key.as_str()),
                    ("action", action),
                    ("template", "personal_information"),
                    ("reason", ""),
                ],
            )
            .await;
        assert_eq!(response.status(), 303, "{action}");
        let stored = idea::Entity::find_by_id(idea.id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.visibility, expected, "{action}");
    }
}

on_both_databases!(withdrawing_tells_supporters_and_takes_it_out_of_the_lists);
