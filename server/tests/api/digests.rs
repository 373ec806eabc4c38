//! Following and what people are told, by email: a supporter's daily digest (the
//! issue's "done when"), one-click unsubscribe without a session, moderators told of a
//! report at once, following and unfollowing, and the preferences form.

use app::domain::notification::{Mode, NotificationKind, Topic};
use app::domain::user::Role;
use app::server::email::keys::LinkKey;
use app::server::email::notices::{Notices, send_digests};
use app::server::entities::{idea, notification, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::email::{SmtpSink, read, sending_to};
use crate::on_both_databases;
use crate::support::{Backend, TestApp, spawn_app_with, texts};

async fn demo(app: &TestApp, name: &str) -> user::Model {
    user::Entity::find()
        .filter(user::Column::DisplayName.eq(name))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("the account {name}"))
}

/// Gives `account` a confirmed address, as following the emailed link does.
async fn confirm(app: &TestApp, account: &user::Model, address: &str) {
    let mut active: user::ActiveModel = account.clone().into();
    active.email = Set(Some(address.to_owned()));
    active.email_verified_at = Set(Some(chrono::Utc::now()));
    active.update(&app.db).await.unwrap();
}

async fn notices(app: &TestApp) -> Notices {
    Notices {
        key: LinkKey::load_or_create(&app.db, chrono::Utc::now())
            .await
            .unwrap(),
        public_url: app.address.parse().unwrap(),
        digest_hour: 8,
    }
}

/// Runs the day's digests as the worker does at the digest hour, for everything so far.
async fn digest_now(app: &TestApp) -> usize {
    let now = chrono::Utc::now();
    send_digests(
        &app.db,
        &notices(app).await,
        now + chrono::Duration::seconds(1),
        now,
    )
    .await
    .unwrap()
}

/// The first published idea whose status is still "new".
async fn first_idea(app: &TestApp) -> idea::Model {
    idea::Entity::find()
        .filter(idea::Column::Status.eq(app::domain::idea::IdeaStatus::New))
        .filter(idea::Column::Visibility.eq(app::domain::idea::Visibility::Published))
        .order_by_asc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

fn comment_form(body: &str) -> [(&str, &str); 3] {
    [("body", body), ("parent_id", ""), ("submission_key", "")]
}

async fn kinds_for(app: &TestApp, user_id: i64) -> Vec<NotificationKind> {
    notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .order_by_asc(notification::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.kind)
        .collect()
}

async fn a_supporter_gets_one_digest_the_next_day_and_stops_it_with_one_click(backend: Backend) {
    let sink = SmtpSink::start();
    let app = spawn_app_with(sending_to(backend, sink.url())).await;
    let idea = first_idea(&app).await;
    let page = format!("/ideas/{}-{}", idea.id, idea.slug);

    // A member of the public supports the idea, says something, and leaves.
    let supporter_browser = app.signed_in_browser(Role::Public).await;
    let supporter = demo(&app, "Demo member of the public").await;
    confirm(&app, &supporter, "supporter@example.org").await;
    let voted = app
        .post_from(
            &supporter_browser,
            &format!("/ideas/{}/vote", idea.id),
            &[("support", "yes")],
        )
        .await;
    assert_eq!(voted.status(), 303);
    let own = app
        .post_from(
            &supporter_browser,
            &format!("{page}/comments"),
            &comment_form("I would use this every night."),
        )
        .await;
    assert_eq!(own.status(), 303);

    // The idea is shortlisted, with a response, and someone else comments.
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let changed = app
        .post_from(
            &moderator,
            &format!("{page}/status"),
            &[
                ("status", "shortlisted"),
                ("reason", "The panel liked the reminders."),
                ("duplicate_of", ""),
            ],
        )
        .await;
    assert_eq!(changed.status(), 303);
    let developer = app.signed_in_browser(Role::Developer).await;
    let commented = app
        .post_from(
            &developer,
            &format!("{page}/comments"),
            &comment_form("We could build this on the NHS App."),
        )
        .await;
    assert_eq!(commented.status(), 303);

    // Told in the site of the change and the other comment, never of their own.
    assert_eq!(
        kinds_for(&app, supporter.id).await,
        [NotificationKind::StatusChanged, NotificationKind::Commented]
    );
    // Nothing by email yet: a daily digest is the default.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(sink.received().is_empty(), "nothing before the digest");

    // The next morning: one digest.
    assert_eq!(digest_now(&app).await, 1);
    let emails = read(&sink.wait_for(1).await);
    let digest = &emails[0];
    assert_eq!(
        digest.header("X-Sink-Rcpt-To").as_deref(),
        Some("supporter@example.org")
    );
    let subject = digest.header("Subject").unwrap();
    assert!(
        subject.starts_with("Your daily summary for ") && subject.ends_with(": 2 updates"),
        "{subject}"
    );
    let text = digest.part("text/plain");
    assert!(
        text.contains(&format!("\u{201c}{}\u{201d}", idea.title)),
        "{text}"
    );
    assert!(
        text.contains("which you follow, is now shortlisted"),
        "{text}"
    );
    assert!(
        text.contains("The response: The panel liked the reminders."),
        "{text}"
    );
    assert!(
        text.contains("We could build this on the NHS App."),
        "{text}"
    );
    assert!(
        !text.contains("every night"),
        "not told of their own comment: {text}"
    );
    assert!(
        text.contains(&format!("{}{page}", app.address)),
        "a link to the idea: {text}"
    );
    assert!(
        text.contains("/account/notifications"),
        "how to change what is sent"
    );
    let html = digest.part("text/html");
    assert!(!html.contains("<img") && !html.contains("src="));
    let unsubscribe = digest.header("List-Unsubscribe").unwrap();
    assert_eq!(
        digest.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );

    // Made again (another instance, a restart): nothing more is sent.
    assert_eq!(digest_now(&app).await, 0);
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert_eq!(sink.received().len(), 1);

    // One click, as a mail program makes it: no session, no cookies.
    let url = unsubscribe.trim_start_matches('<').trim_end_matches('>');
    let clicked = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(clicked.status(), 200);
    let modes = app::server::preferences::of(&app.db, supporter.id)
        .await
        .unwrap();
    assert!(modes.values().all(|(email, _)| *email == Mode::Off));
    // A forged token stops nothing.
    let forged = reqwest::Client::new()
        .post(url.replace("token=", "token=9"))
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 404);

    // More happens: still told in the site, never again by email.
    let again = app
        .post_from(
            &developer,
            &format!("{page}/comments"),
            &comment_form("Another thought."),
        )
        .await;
    assert_eq!(again.status(), 303);
    assert_eq!(kinds_for(&app, supporter.id).await.len(), 3);
    assert_eq!(digest_now(&app).await, 0);
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert_eq!(sink.received().len(), 1);

    // In the site, the comments on one idea are one entry.
    let page = app
        .page_from(&supporter_browser, "/notifications", 200)
        .await;
    let entries = texts(&page, ".notification-list li a");
    assert!(
        entries
            .iter()
            .any(|e| e == &format!("2 new comments on \u{201c}{}\u{201d}", idea.title)),
        "{entries:?}"
    );
}

on_both_databases!(a_supporter_gets_one_digest_the_next_day_and_stops_it_with_one_click);

#[tokio::test]
async fn a_moderator_is_emailed_at_once_of_a_new_report() {
    let sink = SmtpSink::start();
    let app = spawn_app_with(sending_to(Backend::Sqlite, sink.url())).await;
    let moderator_browser = app.signed_in_browser(Role::Moderator).await;
    drop(moderator_browser);
    let moderator = demo(&app, "Demo moderator").await;
    confirm(&app, &moderator, "moderator@example.org").await;
    let idea = first_idea(&app).await;

    let reporter = app.signed_in_browser(Role::Public).await;
    let reported = app
        .post_from(
            &reporter,
            &format!("/ideas/{}-{}/report", idea.id, idea.slug),
            &[("reason", "spam"), ("detail", "")],
        )
        .await;
    assert_eq!(reported.status(), 303);

    let emails = read(&sink.wait_for(1).await);
    let email = &emails[0];
    assert_eq!(
        email.header("X-Sink-Rcpt-To").as_deref(),
        Some("moderator@example.org")
    );
    assert!(
        email
            .header("Subject")
            .unwrap()
            .contains("was reported: Spam or advertising")
    );
    let text = email.part("text/plain");
    assert!(
        text.contains(&format!("{}/moderation", app.address)),
        "{text}"
    );
    assert!(text.contains("because you moderate this site"), "{text}");
    // The reporter is not told of their own report.
    let reporter_account = demo(&app, "Demo member of the public").await;
    assert!(kinds_for(&app, reporter_account.id).await.is_empty());
}

#[tokio::test]
async fn following_can_be_stopped_and_campaign_followers_hear_of_new_ideas() {
    let app = spawn_app_with(crate::support::TestConfig::new(Backend::Sqlite)).await;
    let idea = first_idea(&app).await;
    let page = format!("/ideas/{}-{}", idea.id, idea.slug);
    let follower = app.signed_in_browser(Role::Public).await;
    let me = demo(&app, "Demo member of the public").await;

    // Supporting follows; the page says so, and offers to stop.
    app.post_from(
        &follower,
        &format!("/ideas/{}/vote", idea.id),
        &[("support", "yes")],
    )
    .await;
    let shown = app.page_from(&follower, &page, 200).await;
    assert!(texts(&shown, ".follow-state")[0].starts_with("You follow this idea"));
    let stopped = app
        .post_from(
            &follower,
            &format!("/ideas/{}/follow", idea.id),
            &[("following", "false"), ("return_to", &page)],
        )
        .await;
    assert_eq!(stopped.status(), 303);
    assert_eq!(stopped.headers()["location"], page.as_str());
    let shown = app.page_from(&follower, &page, 200).await;
    assert!(texts(&shown, ".follow-state")[0].starts_with("Follow this idea"));
    let developer = app.signed_in_browser(Role::Developer).await;
    app.post_from(
        &developer,
        &format!("{page}/comments"),
        &comment_form("A comment after they stopped."),
    )
    .await;
    assert!(
        kinds_for(&app, me.id).await.is_empty(),
        "not told after stopping"
    );

    // A tampered form is refused.
    let refused = app
        .post_from(
            &follower,
            &format!("/ideas/{}/follow", idea.id),
            &[("following", "maybe")],
        )
        .await;
    assert_eq!(refused.status(), 422);

    // Following a campaign: told of each new idea in it, by whoever puts it forward.
    let campaign = app.demo_campaign().await;
    let campaign_page = format!("/campaigns/{}", campaign.slug);
    let followed = app
        .post_from(
            &follower,
            &format!("{campaign_page}/follow"),
            &[("following", "true"), ("return_to", &campaign_page)],
        )
        .await;
    assert_eq!(followed.status(), 303);
    let shown = app.page_from(&follower, &campaign_page, 200).await;
    assert!(texts(&shown, ".follow-state")[0].starts_with("You follow this campaign"));
    let submitted = app
        .post_from(
            &developer,
            &format!("{campaign_page}/ideas/new"),
            &[
                ("title", "A calmer waiting room app"),
                (
                    "summary",
                    "Shows how long the wait is and what is happening next.",
                ),
                (
                    "description",
                    "A screen in the waiting room, and the same on your phone.",
                ),
                ("category", "long-term-conditions"),
                ("kind", "new"),
                ("link_url", ""),
                ("other_links", ""),
                ("submission_key", "calm-waiting"),
                ("confirmed", "yes"),
            ],
        )
        .await;
    assert_eq!(submitted.status(), 303, "{:?}", submitted.text().await);
    assert_eq!(kinds_for(&app, me.id).await, [NotificationKind::NewIdea]);
    let anonymous = app
        .page_from(&reqwest::Client::new(), &campaign_page, 200)
        .await;
    assert!(texts(&anonymous, ".follow-state")[0].contains("Sign in to follow this campaign"));
}

#[tokio::test]
async fn choices_are_saved_together_and_a_tampered_one_is_refused() {
    let app = spawn_app_with(crate::support::TestConfig::new(Backend::Sqlite)).await;
    app.sign_in_as(Role::Public).await;
    let me = demo(&app, "Demo member of the public").await;
    let page = app.page("/account/notifications", 200).await;
    // The public are not offered reports, which are for moderators.
    let legends = texts(&page, "legend");
    assert!(
        legends
            .iter()
            .any(|l| *l == app::i18n::text(app::i18n::Lang::En, Topic::Comments.label_key(), &[]))
    );
    assert!(
        !legends
            .iter()
            .any(|l| *l == app::i18n::text(app::i18n::Lang::En, Topic::Reports.label_key(), &[]))
    );
    assert_eq!(texts(&page, ".preferences-no-email").len(), 1);

    let mut form: Vec<(&str, &str)> = vec![
        ("email_replies", "now"),
        ("email_comments", "off"),
        ("email_status", "daily"),
        ("email_merges", "daily"),
        ("email_new_ideas", "daily"),
        ("email_phases", "daily"),
        ("email_moderation", "now"),
        ("site", "replies"),
        ("site", "status"),
    ];
    let saved = app.post_form("/account/notifications", &form).await;
    assert_eq!(saved.status(), 303);
    let modes = app::server::preferences::of(&app.db, me.id).await.unwrap();
    assert_eq!(modes[&Topic::Replies], (Mode::Now, Mode::Now));
    assert_eq!(modes[&Topic::Comments], (Mode::Off, Mode::Off));
    assert_eq!(modes[&Topic::Status], (Mode::Daily, Mode::Now));
    // Reports cannot be chosen by someone they do not apply to: left as they were.
    assert_eq!(modes[&Topic::Reports], Topic::Reports.default_modes());

    // The page shows the choices back.
    let page = app.page("/account/notifications", 200).await;
    let checked =
        scraper::Selector::parse("#email-comments-off[checked], #site-replies[checked]").unwrap();
    assert_eq!(page.select(&checked).count(), 2);

    form[1] = ("email_comments", "hourly");
    let refused = app.post_form("/account/notifications", &form).await;
    assert_eq!(refused.status(), 422);
    let unchanged = app::server::preferences::of(&app.db, me.id).await.unwrap();
    assert_eq!(unchanged, modes);

    // Neither by email nor in the site: comments on followed ideas are not written at all.
    let idea = first_idea(&app).await;
    app.post_form(&format!("/ideas/{}/vote", idea.id), &[("support", "yes")])
        .await;
    let developer = app.signed_in_browser(Role::Developer).await;
    app.post_from(
        &developer,
        &format!("/ideas/{}-{}/comments", idea.id, idea.slug),
        &comment_form("Quietly."),
    )
    .await;
    assert!(kinds_for(&app, me.id).await.is_empty());
}

/// The texts of the notifications `client` is shown in the site, newest first.
async fn site_entries(app: &TestApp, client: &reqwest::Client) -> Vec<String> {
    let page = app.page_from(client, "/notifications", 200).await;
    texts(&page, ".notification-list li")
}

/// Where each notification on a notifications page leads.
fn hrefs(page: &scraper::Html) -> Vec<String> {
    let links = scraper::Selector::parse(".notification-list li a").unwrap();
    page.select(&links)
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect()
}

async fn a_developer_hears_of_every_decision_on_their_listing(backend: Backend) {
    use crate::directory::{become_developer, listing_form, newest_listing};
    let sink = SmtpSink::start();
    let app = spawn_app_with(sending_to(backend, sink.url())).await;
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let moderator_account = demo(&app, "Demo moderator").await;
    let developer = become_developer(&app).await;
    let developer_account = user::Entity::find_by_id(developer)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    confirm(&app, &developer_account, "developer@example.org").await;

    // Sent for review: moderators are told it is waiting; the developer, who did it, is
    // told nothing.
    let sent = app
        .post_form(
            "/developer/listings/new",
            &listing_form("Rest Easy", "", "submit"),
        )
        .await;
    assert_eq!(sent.status(), 303);
    let id = newest_listing(&app).await.id;
    assert_eq!(
        kinds_for(&app, moderator_account.id).await,
        [NotificationKind::Waiting]
    );
    let waiting = site_entries(&app, &moderator).await;
    assert!(
        waiting[0].contains("A listing is waiting for review: \u{201c}Rest Easy\u{201d}"),
        "{waiting:?}"
    );
    assert!(kinds_for(&app, developer).await.is_empty());

    // Changes asked for, sent again, approved; reported, hidden, restored.
    let decide = |form: Vec<(&'static str, &'static str)>| {
        let (app, moderator) = (&app, &moderator);
        async move {
            let response = app
                .post_from(
                    moderator,
                    &format!("/moderation/listings/{id}/decision"),
                    &form,
                )
                .await;
            assert_eq!(response.status(), 303);
        }
    };
    decide(vec![
        ("decision", "changes"),
        ("message", "Add an accessibility statement."),
    ])
    .await;
    let again = app
        .post_form(&format!("/developer/listings/{id}/submit"), &[])
        .await;
    assert_eq!(again.status(), 303);
    decide(vec![("decision", "approve")]).await;
    let listing = newest_listing(&app).await;
    let reporter = app.signed_in_browser(Role::Helper).await;
    let reported = app
        .post_from(
            &reporter,
            &format!("/directory/{}-{}/report", listing.id, listing.slug),
            &[("reason", "misleading"), ("detail", "")],
        )
        .await;
    assert_eq!(reported.status(), 303);
    let key = format!("listing:{id}");
    for (action, template) in [("hide", "misleading"), ("restore", "")] {
        let response = app
            .post_from(
                &moderator,
                "/moderation",
                &[
                    ("selected", key.as_str()),
                    ("action", action),
                    ("template", template),
                    ("reason", ""),
                ],
            )
            .await;
        assert_eq!(response.status(), 303, "{action}");
    }
    assert_eq!(
        kinds_for(&app, developer).await,
        [
            NotificationKind::ListingChangesRequested,
            NotificationKind::ListingApproved,
            NotificationKind::ListingReported,
            NotificationKind::ListingHidden,
            NotificationKind::ListingRestored,
        ]
    );
    // Moderators hear of the second submission and of the report.
    assert_eq!(
        kinds_for(&app, moderator_account.id).await,
        [
            NotificationKind::Waiting,
            NotificationKind::Waiting,
            NotificationKind::NewReport,
        ]
    );

    // In the site, each leads to the developer's own page of the listing.
    let page = app.page("/notifications", 200).await;
    let entries = texts(&page, ".notification-list li");
    assert!(
        entries[0].contains("\u{201c}Rest Easy\u{201d} is back in the directory"),
        "{entries:?}"
    );
    assert!(entries[4].contains(
        "asked for changes to your listing \u{201c}Rest Easy\u{201d}: Add an accessibility statement."
    ));
    let own_page = format!("/developer/listings/{id}");
    assert_eq!(hrefs(&page), vec![own_page.clone(); 5]);

    // By email: one daily summary with all five, linking to the listing's page.
    assert_eq!(digest_now(&app).await, 1);
    let emails = read(&sink.wait_for(1).await);
    let summary = emails
        .iter()
        .find(|e| e.header("X-Sink-Rcpt-To").as_deref() == Some("developer@example.org"))
        .expect("the developer's summary");
    assert!(
        summary.header("Subject").unwrap().ends_with(": 5 updates"),
        "{:?}",
        summary.header("Subject")
    );
    let text = summary.part("text/plain");
    for said in [
        "Your listing \u{201c}Rest Easy\u{201d} was approved and is in the directory",
        "Someone reported your listing \u{201c}Rest Easy\u{201d} (",
        "was hidden from the directory by a moderator. The reason: ",
        &format!("{}{own_page}", app.address),
    ] {
        assert!(text.contains(said), "{said} in {text}");
    }
}

on_both_databases!(a_developer_hears_of_every_decision_on_their_listing);

async fn campaign_followers_hear_of_each_milestone_once(backend: Backend) {
    use app::server::entities::campaign;
    use app::server::milestones::announce_due;
    let app = spawn_app_with(crate::support::TestConfig::new(backend)).await;
    let follower = app.signed_in_browser(Role::Public).await;
    let me = demo(&app, "Demo member of the public").await;
    let bystander = app.signed_in_browser(Role::Moderator).await;
    drop(bystander);
    let other = demo(&app, "Demo moderator").await;
    let demo_campaign = app.demo_campaign().await;
    let campaign_page = format!("/campaigns/{}", demo_campaign.slug);
    app.post_from(
        &follower,
        &format!("{campaign_page}/follow"),
        &[("following", "true"), ("return_to", &campaign_page)],
    )
    .await;

    // Opened an hour ago; voting closes in three days less half an hour. Ten days from now:
    // the running worker, which looks at the real time, sees none of it.
    let now = chrono::Utc::now() + chrono::Duration::days(10);
    let hour = chrono::Duration::hours(1);
    let mut dates: campaign::ActiveModel = demo_campaign.clone().into();
    dates.submissions_open_at = Set(now - hour);
    dates.submissions_close_at = Set(now + chrono::Duration::days(1));
    dates.voting_closes_at = Set(now + chrono::Duration::days(3) - hour / 2);
    dates.update(&app.db).await.unwrap();
    assert_eq!(announce_due(&app.db, now).await.unwrap(), 2);
    assert_eq!(
        announce_due(&app.db, now).await.unwrap(),
        0,
        "each is told once"
    );
    let page = app.page_from(&follower, "/notifications", 200).await;
    let entries = texts(&page, ".notification-list li");
    let title = &demo_campaign.title;
    for said in [
        format!("Voting in \u{201c}{title}\u{201d} closes in 3 days"),
        format!("\u{201c}{title}\u{201d} is open for ideas"),
    ] {
        assert!(
            entries.iter().any(|e| e.contains(&said)),
            "{said} in {entries:?}"
        );
    }
    assert_eq!(hrefs(&page), vec![campaign_page.clone(); 2]);
    assert!(kinds_for(&app, other.id).await.is_empty(), "only followers");

    // Two instances at once, a day later: ideas have closed; told once.
    let later = now + chrono::Duration::days(1) + hour;
    let (a, b) = tokio::join!(announce_due(&app.db, later), announce_due(&app.db, later));
    assert_eq!(a.unwrap() + b.unwrap(), 1);

    // Voting extended by two days: the new closing date is told of again, when due.
    let mut extended: campaign::ActiveModel = campaign::Entity::find_by_id(demo_campaign.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    extended.voting_closes_at = Set(now + chrono::Duration::days(5) - hour);
    extended.update(&app.db).await.unwrap();
    assert_eq!(announce_due(&app.db, later).await.unwrap(), 0);
    let reminder = now + chrono::Duration::days(2);
    assert_eq!(announce_due(&app.db, reminder).await.unwrap(), 1);
    assert_eq!(kinds_for(&app, me.id).await.len(), 4);
}

on_both_databases!(campaign_followers_hear_of_each_milestone_once);

async fn a_large_audience_is_told_after_the_event_each_person_once(backend: Backend) {
    use app::server::entities::{follow, notification_fanout};
    use app::server::notifications::{FANOUT_BATCH, INLINE_MAX, expand_due};
    use sea_orm::PaginatorTrait;
    // The worker looks once, as the server starts; after that, the test drives it.
    let app = spawn_app_with(
        crate::support::TestConfig::new(backend).with(|s| s.email.poll_every_ms = 3_600_000),
    )
    .await;
    let idea = first_idea(&app).await;
    let now = chrono::Utc::now();
    let count = FANOUT_BATCH + INLINE_MAX + 100;
    let ids = app.accounts("Follower", count).await;
    for chunk in ids.chunks(1_000) {
        follow::Entity::insert_many(chunk.iter().map(|id| follow::ActiveModel {
            user_id: Set(*id),
            subject_type: Set("idea".into()),
            subject_id: Set(idea.id),
            following: Set(true),
            created_at: Set(now),
        }))
        .exec(&app.db)
        .await
        .unwrap();
    }

    // The comment writes one row for its audience, not one per person.
    let commenter = app.signed_in_browser(Role::Developer).await;
    let posted = app
        .post_from(
            &commenter,
            &format!("/ideas/{}-{}/comments", idea.id, idea.slug),
            &comment_form("Thousands will read this."),
        )
        .await;
    assert_eq!(posted.status(), 303);
    let told = || async {
        notification::Entity::find()
            .filter(notification::Column::IdeaId.eq(idea.id))
            .filter(notification::Column::Kind.eq(NotificationKind::Commented))
            .all(&app.db)
            .await
            .unwrap()
    };
    assert!(told().await.is_empty());
    assert_eq!(
        notification_fanout::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        1
    );

    // Two instances' workers at once, until nothing is left: each follower told once,
    // the commenter not at all, and nothing of the event kept.
    let mut rounds = 0;
    loop {
        let (a, b) = tokio::join!(expand_due(&app.db), expand_due(&app.db));
        rounds += 1;
        if a.unwrap() + b.unwrap() == 0 {
            break;
        }
        assert!(rounds < 10, "the worker ends");
    }
    let commenter_id = demo(&app, "Demo developer").await.id;
    let mut expected = app::server::following::idea_followers(&app.db, &idea)
        .await
        .unwrap();
    expected.retain(|f| *f != commenter_id);
    assert!(expected.len() > count);
    let mut got: Vec<i64> = told().await.into_iter().map(|n| n.user_id).collect();
    got.sort_unstable();
    assert_eq!(got, expected);
    assert_eq!(
        notification_fanout::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(expand_due(&app.db).await.unwrap(), 0);
}

on_both_databases!(a_large_audience_is_told_after_the_event_each_person_once);

/// Emails follow their reader's language: the one they signed in in, until they choose
/// another on their preferences. Nothing else about the email changes.
#[tokio::test]
async fn emails_are_in_their_reader_s_language() {
    let sink = SmtpSink::start();
    let app = spawn_app_with(sending_to(Backend::Sqlite, sink.url())).await;
    // The moderator signs in on a Welsh page.
    let moderator_browser = crate::support::browser();
    let response = moderator_browser
        .post(format!("{}/auth/demo?lang=cy", app.address))
        .header("origin", &app.address)
        .form(&[("role", Role::Moderator.key()), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let moderator = demo(&app, "Demo moderator").await;
    assert_eq!(moderator.language, app::i18n::Lang::Cy);
    confirm(&app, &moderator, "moderator@example.org").await;
    let idea = first_idea(&app).await;

    let public = app.signed_in_browser(Role::Public).await;
    let developer = app.signed_in_browser(Role::Developer).await;
    // One report each: a second from the same person is not news.
    let report = |reporter: &reqwest::Client, reason: &'static str| {
        let (app, reporter, idea) = (&app, reporter.clone(), &idea);
        async move {
            let reporter = &reporter;
            let reported = app
                .post_from(
                    reporter,
                    &format!("/ideas/{}-{}/report", idea.id, idea.slug),
                    &[("reason", reason), ("detail", "")],
                )
                .await;
            assert_eq!(reported.status(), 303);
        }
    };
    report(&public, "spam").await;
    let emails = read(&sink.wait_for(1).await);
    let email = &emails[0];
    let subject = email.header("Subject").unwrap();
    assert!(subject.starts_with("Rhoddwyd gwybod am "), "{subject}");
    assert!(subject.ends_with(": Sbam neu hysbysebu"), "{subject}");
    let text = email.part("text/plain");
    assert!(text.starts_with("Helo Demo moderator,"), "{text}");
    assert!(text.contains("Mynd i'r ciw cymedroli:"), "{text}");
    // Its links open the pages in Welsh, the unsubscribe link included.
    assert!(
        text.contains(&format!("{}/moderation?lang=cy", app.address)),
        "{text}"
    );
    let unsubscribe = email.header("List-Unsubscribe").unwrap_or_default();
    assert!(unsubscribe.contains("lang=cy"), "{unsubscribe}");
    assert!(text.contains("eich bod yn cymedroli'r wefan hon"), "{text}");
    assert!(text.contains("Syniadau ac Apiau"), "{text}");
    let html = email.part("text/html");
    assert!(html.contains("<html lang=\"cy\">"), "{html}");
    assert!(html.contains("Os nad yw'r botwm yn gweithio"), "{html}");

    // In the site, the notification reads in the page's language.
    let list = app
        .page_from(&moderator_browser, "/notifications?lang=cy", 200)
        .await;
    assert_eq!(texts(&list, "h1"), ["Hysbysiadau"]);
    let entries = texts(&list, ".notification a");
    assert!(
        entries[0].starts_with("Rhoddwyd gwybod am ") && entries[0].ends_with("Sbam neu hysbysebu"),
        "{entries:?}"
    );
    let list = app
        .page_from(&moderator_browser, "/notifications?lang=en", 200)
        .await;
    assert!(texts(&list, ".notification a")[0].ends_with("was reported: Spam or advertising"));

    // The preferences page offers the choice, as it stands; choosing English is kept.
    let page = app
        .page_from(&moderator_browser, "/account/notifications?lang=cy", 200)
        .await;
    let checked = page
        .select(&scraper::Selector::parse("input[name=language][checked]").unwrap())
        .filter_map(|e| e.value().attr("value").map(str::to_owned))
        .collect::<Vec<_>>();
    assert_eq!(checked, ["cy"]);
    let mut form: Vec<(&str, &str)> = vec![("language", "en")];
    for topic in Topic::ALL
        .into_iter()
        .filter(|t| t.applies_to(Role::Moderator))
    {
        form.push((app::features::email::email_field(topic).1, Mode::Now.key()));
    }
    let saved = app
        .post_from(&moderator_browser, "/account/notifications", &form)
        .await;
    assert_eq!(saved.status(), 303);
    assert_eq!(
        demo(&app, "Demo moderator").await.language,
        app::i18n::Lang::En
    );
    // A language that is not offered is refused, and nothing changes.
    form[0] = ("language", "fr");
    let refused = app
        .post_from(&moderator_browser, "/account/notifications", &form)
        .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        demo(&app, "Demo moderator").await.language,
        app::i18n::Lang::En
    );

    report(&developer, "misleading").await;
    let emails = read(&sink.wait_for(2).await);
    let subject = emails[1].header("Subject").unwrap();
    assert!(
        subject.ends_with("was reported: Misleading or unsafe health information"),
        "{subject}"
    );
    assert!(emails[1].part("text/html").contains("<html lang=\"en\">"));
}
