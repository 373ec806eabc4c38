//! Moderation: reports hide content once enough different people make them, moderators
//! approve, reject, hide and restore from the queue (one item or many), and every
//! action is in the audit log and, without names, in the public log.

use app::domain::campaign::ModerationMode;
use app::domain::idea::Visibility;
use app::domain::user::Role;
use app::server::entities::{campaign, comment, idea, moderation_action, report};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, TestConfig, spawn_app_with, texts};

async fn status_of(client: &reqwest::Client, url: String) -> u16 {
    client.get(url).send().await.unwrap().status().as_u16()
}

async fn app_hiding_after(backend: Backend, reports: u64) -> TestApp {
    let mut config = TestConfig::new(backend);
    config.moderation.hide_after_reports = reports;
    spawn_app_with(config).await
}

async fn reports_from_enough_people_hide_until_a_moderator_restores(backend: Backend) {
    let app = app_hiding_after(backend, 2).await;
    let target = idea::Entity::find()
        .order_by_asc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let page = format!("{}/ideas/{}-{}", app.address, target.id, target.slug);
    let report_path = format!("/ideas/{}-{}/report", target.id, target.slug);
    let first = app.signed_in_browser(Role::Public).await;
    let second = app.signed_in_browser(Role::Developer).await;
    let anyone = reqwest::Client::new();

    // A report without a reason is refused; nothing is recorded.
    let refused = app
        .post_from(&first, &report_path, &[("reason", ""), ("detail", "")])
        .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(report::Entity::find().count(&app.db).await.unwrap(), 0);

    // One person, twice: counted once, still visible.
    for _ in 0..2 {
        let response = app
            .post_from(&first, &report_path, &[("reason", "spam"), ("detail", "")])
            .await;
        assert_eq!(response.status(), 303);
    }
    assert_eq!(report::Entity::find().count(&app.db).await.unwrap(), 1);
    assert_eq!(status_of(&anyone, page.clone()).await, 200);

    // A second person reaches the threshold: hidden from the page, lists and API.
    let response = app
        .post_from(
            &second,
            &report_path,
            &[("reason", "offensive"), ("detail", "Abusive words")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(status_of(&anyone, page.clone()).await, 404);
    assert_eq!(
        status_of(
            &anyone,
            format!("{}/api/v1/ideas/{}", app.address, target.id)
        )
        .await,
        404
    );
    let hidden = idea::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(hidden.visibility, Visibility::Hidden);
    let auto = moderation_action::Entity::find()
        .filter(moderation_action::Column::Action.eq("idea.auto_hidden"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the automatic hiding is logged");
    assert_eq!(auto.actor_id, None);

    // The moderator sees it in the queue and restores it.
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let queue = moderator
        .get(format!("{}/moderation", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(queue.status(), 200);
    let queue = scraper::Html::parse_document(&queue.text().await.unwrap());
    assert!(
        texts(&queue, "td")
            .iter()
            .any(|t| t.contains("Hidden after reports from 2 people"))
    );
    assert!(
        texts(&queue, "td li")
            .iter()
            .any(|t| t.contains("Spam or advertising (1)"))
    );
    let key = format!("idea:{}", target.id);
    let response = app
        .post_from(
            &moderator,
            "/moderation",
            &[
                ("selected", key.as_str()),
                ("action", "restore"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(status_of(&anyone, page.clone()).await, 200);
    assert_eq!(
        report::Entity::find()
            .filter(report::Column::ResolvedAt.is_null())
            .count(&app.db)
            .await
            .unwrap(),
        0,
        "its reports are closed"
    );
    let restored = moderation_action::Entity::find()
        .filter(moderation_action::Column::Action.eq("idea.restored"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the restore is logged");
    assert!(
        restored.actor_id.is_some(),
        "with who did it, in the audit log"
    );

    // The public log says what happened, without names.
    let log = anyone
        .get(format!("{}/moderation-log", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let log = scraper::Html::parse_document(&log);
    let rows = texts(&log, "tbody tr");
    assert!(
        rows.iter()
            .any(|r| r.contains("hidden until reviewed, after reports from several people"))
    );
    assert!(
        rows.iter()
            .any(|r| r.contains(&target.title) && r.contains("restored by a moderator"))
    );
    assert!(
        !rows.iter().any(|r| r.contains("Moderator")),
        "no moderator is named: {rows:?}"
    );
}

async fn pre_moderated_ideas_wait_for_approval_and_can_be_rejected(backend: Backend) {
    let app = app_hiding_after(backend, 3).await;
    let demo = campaign::Entity::find()
        .filter(campaign::Column::Slug.eq("apps-for-everyday-health"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut pre: campaign::ActiveModel = demo.into();
    pre.moderation_mode = Set(ModerationMode::Pre);
    pre.update(&app.db).await.unwrap();
    let author = app.signed_in_browser(Role::Public).await;
    let mut ids = Vec::new();
    for (n, title) in ["A diary for migraines", "Spam spam wonderful spam"]
        .iter()
        .enumerate()
    {
        let key = format!("moderation-test-{n}");
        let response = app
            .post_from(
                &author,
                "/campaigns/apps-for-everyday-health/ideas/new",
                &[
                    ("title", title),
                    ("summary", "Something worth reading about, in a sentence."),
                    ("description", ""),
                    ("category", "long-term-conditions"),
                    ("kind", "new"),
                    ("link_url", ""),
                    ("other_links", ""),
                    ("submission_key", key.as_str()),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(response.status(), 303);
        let stored = idea::Entity::find()
            .order_by_desc(idea::Column::Id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.visibility, Visibility::Pending);
        ids.push(stored);
    }
    // Not public while waiting.
    let anyone = reqwest::Client::new();
    let page = |i: &idea::Model| format!("{}/ideas/{}-{}", app.address, i.id, i.slug);
    assert_eq!(status_of(&anyone, page(&ids[0])).await, 404);

    // Members of the public and developers cannot moderate, and nothing changes.
    for role in [Role::Public, Role::Developer] {
        let client = app.signed_in_browser(role).await;
        let key = format!("idea:{}", ids[0].id);
        let response = app
            .post_from(
                &client,
                "/moderation",
                &[("selected", key.as_str()), ("action", "approve")],
            )
            .await;
        assert_eq!(response.status(), 403, "{role:?}");
    }
    assert_eq!(
        idea::Entity::find_by_id(ids[0].id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .visibility,
        Visibility::Pending
    );

    let moderator = app.signed_in_browser(Role::Moderator).await;
    // Rejecting needs a reason: refused, with the ticks kept.
    let spam = format!("idea:{}", ids[1].id);
    let response = app
        .post_from(
            &moderator,
            "/moderation",
            &[
                ("selected", spam.as_str()),
                ("action", "reject"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let page_html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&page_html, "#reason-error")
            .iter()
            .any(|m| m.contains("Enter a reason"))
    );
    let ticked = scraper::Selector::parse("input[name=selected][checked]").unwrap();
    assert_eq!(page_html.select(&ticked).count(), 1);
    let response = app
        .post_from(
            &moderator,
            "/moderation",
            &[
                ("selected", spam.as_str()),
                ("action", "reject"),
                ("reason", "Advertising."),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    // Approve the good one.
    let good = format!("idea:{}", ids[0].id);
    let response = app
        .post_from(
            &moderator,
            "/moderation",
            &[("selected", good.as_str()), ("action", "approve")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(status_of(&anyone, page(&ids[0])).await, 200);
    assert_eq!(status_of(&anyone, page(&ids[1])).await, 404);
    assert_eq!(
        idea::Entity::find_by_id(ids[1].id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .visibility,
        Visibility::Rejected
    );
    let actions: Vec<String> = moderation_action::Entity::find()
        .filter(moderation_action::Column::SubjectType.eq("idea"))
        .order_by_asc(moderation_action::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| format!("{} {}", a.action, a.reason.unwrap_or_default()))
        .collect();
    assert_eq!(actions, ["idea.rejected Advertising.", "idea.approved "]);
}

async fn hiding_a_comment_by_bulk_action_recounts_the_discussion(backend: Backend) {
    let app = app_hiding_after(backend, 3).await;
    let target = comment::Entity::find()
        .order_by_asc(comment::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo has comments");
    let on = idea::Entity::find_by_id(target.idea_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let reporter = app.signed_in_browser(Role::Public).await;
    let response = app
        .post_from(
            &reporter,
            &format!("/comments/{}/report", target.id),
            &[("reason", "personal_information")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let key = format!("comment:{}", target.id);
    let response = app
        .post_from(
            &moderator,
            "/moderation",
            &[
                ("selected", key.as_str()),
                ("action", "hide"),
                ("reason", "Shares a patient's details."),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let after = idea::Entity::find_by_id(on.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.comment_count, on.comment_count - 1);
    let page = reqwest::get(format!("{}/ideas/{}-{}", app.address, on.id, on.slug))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains(&format!("id=\"comment-{}\"", target.id)));
}

on_both_databases!(
    reports_from_enough_people_hide_until_a_moderator_restores,
    pre_moderated_ideas_wait_for_approval_and_can_be_rejected,
    hiding_a_comment_by_bulk_action_recounts_the_discussion,
);

async fn status_changes_and_merges_are_in_the_audit_and_public_logs(backend: Backend) {
    let app = app_hiding_after(backend, 3).await;
    let ideas = idea::Entity::find()
        .order_by_asc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    let (first, second) = (&ideas[0], &ideas[1]);
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let path = format!("/ideas/{}-{}/status", first.id, first.slug);
    let response = app
        .post_from(
            &moderator,
            &path,
            &[
                ("status", "shortlisted"),
                ("reason", "Chosen by the panel."),
                ("duplicate_of", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let path = format!("/ideas/{}-{}/status", second.id, second.slug);
    let original = first.id.to_string();
    let response = app
        .post_from(
            &moderator,
            &path,
            &[
                ("status", "duplicate"),
                ("reason", ""),
                ("duplicate_of", original.as_str()),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let logged: Vec<(String, Option<i64>)> = moderation_action::Entity::find()
        .order_by_asc(moderation_action::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.action, a.actor_id))
        .collect();
    assert_eq!(logged.len(), 2);
    assert_eq!(logged[0].0, "idea.status");
    assert_eq!(logged[1].0, "idea.merged");
    assert!(logged.iter().all(|(_, actor)| actor.is_some()));
    let log = reqwest::get(format!("{}/moderation-log", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let rows = texts(&scraper::Html::parse_document(&log), "tbody tr");
    assert!(
        rows.iter()
            .any(|r| r.contains("given a new status") && r.contains("Chosen by the panel."))
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("merged into the idea it repeats"))
    );
}

on_both_databases!(status_changes_and_merges_are_in_the_audit_and_public_logs);
