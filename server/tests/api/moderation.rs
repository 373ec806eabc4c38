//! Moderation: reports hide content once enough different people make them, moderators
//! approve, reject, hide and restore from the queue (one item or many), and every
//! action is in the audit log and, without names, in the public log.

use app::domain::campaign::ModerationMode;
use app::domain::idea::Visibility;
use app::domain::listing::ListingStatus;
use app::domain::notification::NotificationKind;
use app::domain::user::Role;
use app::server::entities::{
    campaign, comment, content_edit, idea, listing, moderation_action, notification, report, user,
    vote,
};
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

/// Makes `role`'s demo account an established member: 30 days old, with three votes.
async fn establish(app: &TestApp, role: Role) -> reqwest::Client {
    let client = app.signed_in_browser(role).await;
    let account = demo_account(app, role).await;
    let mut older: user::ActiveModel = account.clone().into();
    older.created_at = Set(chrono::Utc::now() - chrono::Duration::days(30));
    older.update(&app.db).await.unwrap();
    for i in idea::Entity::find()
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .order_by_desc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .take(3)
    {
        vote::ActiveModel {
            user_id: Set(account.id),
            idea_id: Set(i.id),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    client
}

async fn reports_from_enough_established_members_hide_until_a_moderator_restores(backend: Backend) {
    let app = app_hiding_after(backend, 2).await;
    let target = idea::Entity::find()
        .order_by_asc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let page = format!("{}/ideas/{}-{}", app.address, target.id, target.slug);
    let report_path = format!("/ideas/{}-{}/report", target.id, target.slug);
    // A brand-new account, and two established members.
    let newcomer = app.signed_in_browser(Role::Public).await;
    let first = establish(&app, Role::Developer).await;
    let second = establish(&app, Role::Admin).await;
    let anyone = reqwest::Client::new();

    // A report without a reason is refused; nothing is recorded.
    let refused = app
        .post_from(&first, &report_path, &[("reason", ""), ("detail", "")])
        .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(report::Entity::find().count(&app.db).await.unwrap(), 0);

    // The newcomer's report is recorded for the moderators but does not count.
    let response = app
        .post_from(
            &newcomer,
            &report_path,
            &[("reason", "spam"), ("detail", "")],
        )
        .await;
    assert_eq!(response.status(), 303);

    // One established member, twice: counted once; with the newcomer that would be
    // two reports, but only one counts, so it stays visible.
    for _ in 0..2 {
        let response = app
            .post_from(&first, &report_path, &[("reason", "spam"), ("detail", "")])
            .await;
        assert_eq!(response.status(), 303);
    }
    assert_eq!(report::Entity::find().count(&app.db).await.unwrap(), 2);
    assert_eq!(status_of(&anyone, page.clone()).await, 200);

    // A second established member reaches the threshold: hidden from the page, lists
    // and API.
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
            .any(|t| t.contains("Hidden after reports from 2 established members"))
    );
    assert!(
        texts(&queue, "td li")
            .iter()
            .any(|t| t.contains("Spam or advertising (2)"))
    );
    // Each reporter with their standing: the newcomer's report is there, marked as not
    // counting.
    let reporters = texts(&queue, ".app-reporters li");
    assert_eq!(reporters.len(), 3, "{reporters:?}");
    assert!(
        reporters
            .iter()
            .any(|r| r.contains("Demo member of the public")
                && r.contains("Account made today")
                && r.contains("does not count towards hiding"))
    );
    assert!(reporters.iter().any(|r| r.contains("Demo developer")
        && r.contains("Account 30 days old · 3 contributions")
        && r.contains("Counts towards hiding")));
    let key = format!("idea:{}", target.id);
    let response = app.moderate(&moderator, &key, "restore").await;
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
    assert!(
        report::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .all(|r| !r.upheld),
        "restored: the reporters were not upheld"
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
    let moderator = app.signed_in_browser(Role::Moderator).await;
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
    // Moderators are told each is waiting, without watching the queue.
    let told = notification::Entity::find()
        .filter(notification::Column::Kind.eq(NotificationKind::Waiting))
        .order_by_asc(notification::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    let mut about: Vec<i64> = told.iter().filter_map(|n| n.idea_id).collect();
    about.dedup();
    assert_eq!(about, [ids[0].id, ids[1].id]);
    for n in &told {
        let to = user::Entity::find_by_id(n.user_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert!(to.role >= Role::Moderator, "{to:?}");
    }
    let queue_page = app.page_from(&moderator, "/notifications", 200).await;
    assert!(texts(&queue_page, ".notification-list li").iter().any(|t| {
        t.contains("An idea is waiting for review: \u{201c}A diary for migraines\u{201d}")
    }));
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
    let response = app.moderate(&moderator, &spam, "reject").await;
    assert_eq!(response.status(), 422);
    let page_html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&page_html, "#template-error")
            .iter()
            .any(|m| m.contains("Select the rule it breaks, or write a reason"))
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
    // The author is told why it was not published.
    let told = notification::Entity::find()
        .filter(notification::Column::IdeaId.eq(ids[1].id))
        .filter(notification::Column::Kind.eq(NotificationKind::Rejected))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the author is told");
    assert_eq!(told.user_id, ids[1].author_id);
    assert_eq!(told.detail, "Advertising.");
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
                ("template", "personal_information"),
                ("reason", "A patient's name."),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    // The reason is the rule chosen from the templates, then the moderator's words,
    // and the comment's author is told it.
    let told = notification::Entity::find()
        .filter(notification::Column::CommentId.eq(target.id))
        .filter(notification::Column::Kind.eq(NotificationKind::CommentHidden))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the author is told");
    assert_eq!(told.user_id, target.author_id);
    assert_eq!(
        told.detail,
        "It shares someone's personal or medical details. A patient's name."
    );
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
    reports_from_enough_established_members_hide_until_a_moderator_restores,
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

/// The demo account the demo sign-in uses for `role` (one per role).
async fn demo_account(app: &TestApp, role: Role) -> user::Model {
    user::Entity::find()
        .filter(user::Column::DisplayName.eq(format!("Demo {}", role.label().to_lowercase())))
        .one(&app.db)
        .await
        .unwrap()
        .expect("signed in once already")
}

/// Posts a new comment on the idea at `page_path` from `client`'s browser.
async fn comment(
    app: &TestApp,
    client: &reqwest::Client,
    page_path: &str,
    body: &str,
) -> reqwest::Response {
    let path = format!("{page_path}/comments");
    app.post_from(
        client,
        &path,
        &[("body", body), ("parent_id", ""), ("submission_key", "")],
    )
    .await
}

async fn comments_on(app: &TestApp, idea_id: i64) -> u64 {
    comment::Entity::find()
        .filter(comment::Column::IdeaId.eq(idea_id))
        .count(&app.db)
        .await
        .unwrap()
}

async fn suspended_people_read_but_cannot_take_part_until_reinstated(backend: Backend) {
    let app = app_hiding_after(backend, 3).await;
    let member = app.signed_in_browser(Role::Public).await;
    let account = demo_account(&app, Role::Public).await;
    let target = app.first_idea().await;
    let page_path = format!("/ideas/{}-{}", target.id, target.slug);
    let suspend_path = format!("/moderation/people/{}/suspend", account.id);
    let until = (chrono::Utc::now() + chrono::Duration::days(7))
        .format("%Y-%m-%d")
        .to_string();
    let form = [
        ("until", until.as_str()),
        ("template", "offensive"),
        ("reason", "Abuse of other members."),
    ];

    // Only moderators suspend, and only people below them.
    for role in [Role::Public, Role::Developer] {
        let client = app.signed_in_browser(role).await;
        let response = app.post_from(&client, &suspend_path, &form).await;
        assert_eq!(response.status(), 403, "{role:?}");
    }
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let admin = app.signed_in_browser(Role::Admin).await;
    let admin_account = demo_account(&app, Role::Admin).await;
    let response = app
        .post_from(
            &moderator,
            &format!("/moderation/people/{}/suspend", admin_account.id),
            &form,
        )
        .await;
    assert_eq!(
        response.status(),
        403,
        "a moderator cannot suspend an admin"
    );

    // A date in the past is refused by the field, with what was typed kept.
    let response = app
        .post_from(
            &moderator,
            &suspend_path,
            &[
                ("until", "2020-01-01"),
                ("template", ""),
                ("reason", "Typed words"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(texts(&html, "#until-error")[0].contains("today or later"));
    assert_eq!(texts(&html, "#reason"), ["Typed words"]);
    let unchanged = user::Entity::find_by_id(account.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unchanged.suspended_until, None);

    let response = app.post_from(&moderator, &suspend_path, &form).await;
    assert_eq!(response.status(), 303);

    // They can still read; the header says they are suspended.
    let response = member
        .get(format!("{}{page_path}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Your account is suspended")
    );
    // A comment is refused by its field, the words kept; nothing is stored.
    let before = comments_on(&app, target.id).await;
    let response = comment(&app, &member, &page_path, "Words I do not want to lose").await;
    assert_eq!(response.status(), 422);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&html, ".nhsuk-error-message")
            .join(" ")
            .contains("suspended until the end of")
    );
    assert!(
        texts(&html, "textarea")
            .iter()
            .any(|t| t == "Words I do not want to lose")
    );
    assert_eq!(comments_on(&app, target.id).await, before);
    // Support: refused, by form and by the page's script alike.
    let response = app
        .post_from(
            &member,
            &format!("/ideas/{}/vote", target.id),
            &[("support", "yes"), ("return_to", page_path.as_str())],
        )
        .await;
    assert_eq!(response.status(), 403);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Abuse of other members.")
    );
    let response = member
        .post(format!("{}/api/ideas/vote", app.address))
        .header("origin", &app.address)
        .header("accept", "application/json")
        .form(&[
            ("idea_id", target.id.to_string()),
            ("support", "true".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    // Reporting too.
    let response = app
        .post_from(
            &member,
            &format!("{page_path}/report"),
            &[("reason", "spam"), ("detail", "")],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert_eq!(report::Entity::find().count(&app.db).await.unwrap(), 0);
    // Nor can they rename themselves: the name they typed comes back, with the reason.
    let response = app
        .post_from(
            &member,
            "/account/profile",
            &[("display_name", "A brand new name"), ("segment", "public")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(texts(&html, "#display-name-error")[0].contains("suspended"));
    let kept = user::Entity::find_by_id(account.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_ne!(kept.display_name, "A brand new name");

    // Logged for moderators, not in the public log.
    let logged = moderation_action::Entity::find()
        .filter(moderation_action::Column::Action.eq("account.suspended"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("logged");
    assert!(logged.reason.unwrap().contains("Abuse of other members."));
    let public = reqwest::get(format!("{}/moderation-log", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!public.contains("Abuse of other members."));
    // Administrators see the suspension too (moderators' page, by the page's script).
    let person: serde_json::Value = admin
        .post(format!("{}/api/moderation/person", app.address))
        .header("origin", &app.address)
        .header("accept", "application/json")
        .form(&[("id", account.id.to_string())])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        person["suspension"]["reason"]
            .as_str()
            .unwrap()
            .contains("Abuse of other members.")
    );

    // Reinstated: they take part at once.
    let response = app
        .post_from(
            &moderator,
            &format!("/moderation/people/{}/reinstate", account.id),
            &[],
        )
        .await;
    assert_eq!(response.status(), 303);
    let response = comment(&app, &member, &page_path, "Back again, politely.").await;
    assert_eq!(response.status(), 303);
    assert_eq!(comments_on(&app, target.id).await, before + 1);

    // A suspension ends by itself once its last day is over.
    let mut ended: user::ActiveModel = demo_account(&app, Role::Public).await.into();
    ended.suspended_until = Set(Some(chrono::Utc::now() - chrono::Duration::minutes(1)));
    ended.suspension_reason = Set(Some("Old".into()));
    ended.update(&app.db).await.unwrap();
    let response = app
        .post_from(
            &member,
            &format!("/ideas/{}/vote", target.id),
            &[("support", "yes"), ("return_to", page_path.as_str())],
        )
        .await;
    assert_eq!(response.status(), 303);
}

async fn moderators_edit_ideas_keeping_the_earlier_words(backend: Backend) {
    let app = app_hiding_after(backend, 3).await;
    let target = app.first_idea().await;
    let path = format!("/moderation/ideas/{}/edit", target.id);
    let form = [
        ("title", "A calmer title for this idea"),
        ("summary", "The summary, without the patient's name."),
        ("description", "Described again."),
        ("template", "personal_information"),
        ("reason", ""),
    ];
    for role in [Role::Public, Role::Developer] {
        let client = app.signed_in_browser(role).await;
        assert_eq!(app.post_from(&client, &path, &form).await.status(), 403);
        let page = client
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 403);
    }
    let moderator = app.signed_in_browser(Role::Moderator).await;
    // Bad input: messages by the fields, words kept, nothing changed.
    let response = app
        .post_from(
            &moderator,
            &path,
            &[
                ("title", "Shrt"),
                ("summary", "Kept as typed"),
                ("description", ""),
                ("template", ""),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(!texts(&html, "#title-error").is_empty());
    assert!(!texts(&html, "#template-error").is_empty());
    assert_eq!(texts(&html, "#summary"), ["Kept as typed"]);
    assert_eq!(
        content_edit::Entity::find().count(&app.db).await.unwrap(),
        0
    );

    let response = app.post_from(&moderator, &path, &form).await;
    assert_eq!(response.status(), 303);
    let edited = idea::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(edited.title, "A calmer title for this idea");
    let kept = content_edit::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let before: serde_json::Value = serde_json::from_str(&kept.previous).unwrap();
    assert_eq!(before["title"], target.title.as_str());
    assert_eq!(before["summary"], target.summary.as_str());
    assert_eq!(
        kept.reason,
        "It shares someone's personal or medical details."
    );
    // The edit page lists the earlier words; the idea page says it was edited and why.
    let page = moderator
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = scraper::Html::parse_document(&page.text().await.unwrap());
    assert!(
        texts(&html, ".edit-history")
            .join(" ")
            .contains(&target.summary)
    );
    let page = reqwest::get(format!(
        "{}/ideas/{}-{}",
        app.address, edited.id, edited.slug
    ))
    .await
    .unwrap();
    assert_eq!(page.status(), 200);
    let html = scraper::Html::parse_document(&page.text().await.unwrap());
    assert!(
        texts(&html, ".moderator-edit")
            .join(" ")
            .contains("Edited by a moderator")
    );
    // The author is told; the public log says so, without the old words.
    let told = notification::Entity::find()
        .filter(notification::Column::Kind.eq(NotificationKind::Edited))
        .one(&app.db)
        .await
        .unwrap()
        .expect("told");
    assert_eq!(told.user_id, target.author_id);
    let log = reqwest::get(format!("{}/moderation-log", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(log.contains("edited by a moderator"));
    assert!(!log.contains(&target.summary));
}

async fn locked_discussions_take_no_new_comments(backend: Backend) {
    let app = app_hiding_after(backend, 3).await;
    let target = app.first_idea().await;
    let page_path = format!("/ideas/{}-{}", target.id, target.slug);
    let key = format!("idea:{}", target.id);
    let lock = [
        ("selected", key.as_str()),
        ("action", "lock"),
        ("return_to", page_path.as_str()),
    ];
    let member = app.signed_in_browser(Role::Public).await;
    assert_eq!(
        app.post_from(&member, "/moderation", &lock).await.status(),
        403
    );
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let response = app.post_from(&moderator, "/moderation", &lock).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        format!("{page_path}?done=moderated").as_str()
    );
    // Locking twice is not applicable: refused with a message, nothing logged twice.
    assert_eq!(
        app.post_from(&moderator, "/moderation", &lock)
            .await
            .status(),
        422
    );

    let before = comments_on(&app, target.id).await;
    let response = comment(&app, &member, &page_path, "Still want to say this").await;
    assert_eq!(response.status(), 422);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&html, ".nhsuk-error-message")
            .join(" ")
            .contains("closed this discussion")
    );
    assert_eq!(comments_on(&app, target.id).await, before);
    let page = reqwest::get(format!("{}{page_path}", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("closed this discussion to new comments"));

    let unlock = [
        ("selected", key.as_str()),
        ("action", "unlock"),
        ("return_to", page_path.as_str()),
    ];
    assert_eq!(
        app.post_from(&moderator, "/moderation", &unlock)
            .await
            .status(),
        303
    );
    let response = comment(&app, &member, &page_path, "Still want to say this").await;
    assert_eq!(response.status(), 303);
    let logged: Vec<String> = moderation_action::Entity::find()
        .order_by_asc(moderation_action::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert_eq!(logged, ["idea.comments_locked", "idea.comments_unlocked"]);
}

on_both_databases!(
    suspended_people_read_but_cannot_take_part_until_reinstated,
    moderators_edit_ideas_keeping_the_earlier_words,
    locked_discussions_take_no_new_comments,
);

async fn reported_listings_wait_for_a_moderator_and_leave_the_open_data_only_when_hidden(
    backend: Backend,
) {
    let app = app_hiding_after(backend, 2).await;
    let target = listing::Entity::find()
        .filter(listing::Column::Status.eq(ListingStatus::Approved))
        .order_by_asc(listing::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo has published listings");
    let page = format!("/directory/{}-{}", target.id, target.slug);
    let report_path = format!("{page}/report");
    let anyone = reqwest::Client::new();
    // Established members: even their reports never hide a listing on their own.
    let first = establish(&app, Role::Public).await;
    let second = establish(&app, Role::Moderator).await;

    // The listing page offers the report form; signed out, it asks to sign in first.
    let html = scraper::Html::parse_document(
        &reqwest::get(format!("{}{page}", app.address))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert!(texts(&html, "a").iter().any(|a| a == "Report this listing"));
    let response = app
        .post_from(
            &crate::support::browser(),
            &report_path,
            &[("reason", "spam")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/sign-in")
    );
    assert_eq!(report::Entity::find().count(&app.db).await.unwrap(), 0);

    for reporter in [&first, &second] {
        let response = app
            .post_from(
                reporter,
                &report_path,
                &[("reason", "misleading"), ("detail", "")],
            )
            .await;
        assert_eq!(response.status(), 303);
        assert_eq!(
            response.headers()["location"],
            format!("{page}?done=reported").as_str()
        );
    }

    // Still published, in the directory and the open data, and in the queue.
    assert_eq!(
        status_of(&anyone, format!("{}{page}", app.address)).await,
        200
    );
    let open_data_status = || async {
        let record: serde_json::Value =
            reqwest::get(format!("{}/api/v1/listings/{}", app.address, target.id))
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
        if record["status"] == "archived" {
            crate::support::assert_tombstone(&record);
        }
        record["status"].as_str().unwrap().to_owned()
    };
    assert_eq!(open_data_status().await, "published");
    let queue = second
        .get(format!("{}/moderation", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(queue.contains(&format!("value=\"listing:{}\"", target.id)));

    // A moderator hides it: gone from the directory, a tombstone in the open data, and
    // the reports upheld.
    let key = format!("listing:{}", target.id);
    let response = app
        .post_from(
            &second,
            "/moderation",
            &[
                ("selected", key.as_str()),
                ("action", "hide"),
                ("template", "misleading"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        status_of(&anyone, format!("{}{page}", app.address)).await,
        404
    );
    assert_eq!(open_data_status().await, "archived");
    let stored = listing::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, ListingStatus::Hidden);
    let reports = report::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(reports.len(), 2);
    assert!(reports.iter().all(|r| r.resolved_at.is_some() && r.upheld));

    // Restored: back in the directory.
    let response = app
        .post_from(
            &second,
            "/moderation",
            &[("selected", key.as_str()), ("action", "restore")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        status_of(&anyone, format!("{}{page}", app.address)).await,
        200
    );
    assert_eq!(open_data_status().await, "published");
    let logged: Vec<String> = moderation_action::Entity::find()
        .filter(moderation_action::Column::SubjectType.eq("listing"))
        .order_by_asc(moderation_action::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert_eq!(logged, ["listing.hidden", "listing.restored"]);
    let log = reqwest::get(format!("{}/moderation-log", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(log.contains(&target.name));
    assert!(log.contains("restored by a moderator"));
}

on_both_databases!(reported_listings_wait_for_a_moderator_and_leave_the_open_data_only_when_hidden);
