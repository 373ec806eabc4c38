//! Vote integrity: a moderator sees the signals in a campaign planted with a ring of
//! accounts (never who the accounts are), sets the ring's support aside with a reason,
//! and every count leaves it out until it is restored; an honest crowd raises nothing;
//! each support keeps only a keyed hash of the network it came from.

use app::domain::integrity::sample::{Crowd, Plant};
use app::domain::user::Role;
use app::server::entities::{campaign, idea, vote, vote_set_aside};
use app::server::rate_limit::LimitedAction;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, TestConfig, audit_of, spawn_app_with, texts};

const PRACTICE: &str = "practice";
const PAGE: &str = "/moderation/integrity?campaign=practice";
/// Small enough to store quickly on both databases, large enough to be a crowd.
const CROWD: Crowd = Crowd {
    ideas: 60,
    accounts: 700,
    days: 21,
};

async fn app(backend: Backend) -> TestApp {
    let mut config = TestConfig::new(backend);
    config.lift_limits(&[LimitedAction::Vote, LimitedAction::HeavyRead]);
    spawn_app_with(config).await
}

async fn seed(app: &TestApp, plants: &[Plant]) -> app::server::integrity_sample::SeededSample {
    app::server::integrity_sample::seed(
        &app.db,
        &app.rankings,
        PRACTICE,
        (11, CROWD, plants),
        chrono::Utc::now(),
    )
    .await
    .unwrap()
    .expect("a new campaign")
}

/// Each idea's cached count, and what its rows say counts, by idea.
async fn counts(app: &TestApp, campaign_id: i64) -> Vec<(i64, i32, u64)> {
    let ideas = idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(campaign_id))
        .order_by_asc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    let mut out = Vec::new();
    for i in ideas {
        let rows = vote::Entity::find()
            .filter(vote::Column::IdeaId.eq(i.id))
            .filter(vote::Column::SetAsideBy.is_null())
            .count(&app.db)
            .await
            .unwrap();
        out.push((i.id, i.vote_count, rows));
    }
    out
}

fn hidden(html: &scraper::Html, form: usize, name: &str) -> String {
    let selector = scraper::Selector::parse(&format!(
        "form[action=\"/moderation/integrity/set-aside\"] input[name=\"{name}\"]"
    ))
    .unwrap();
    html.select(&selector)
        .nth(form)
        .and_then(|e| e.value().attr("value"))
        .unwrap_or_default()
        .to_owned()
}

async fn a_planted_ring_is_seen_and_set_aside_without_showing_who(backend: Backend) {
    let app = app(backend).await;
    let seeded = seed(&app, &[Plant::Swarm { accounts: 20 }]).await;
    let ring = &seeded.rings[0];
    app.sign_in_as(Role::Moderator).await;

    let page = app.page(PAGE, 200).await;
    let kinds = texts(&page, ".integrity-signal h3");
    assert!(kinds.contains(&"Burst of support".to_owned()), "{kinds:?}");
    assert!(
        kinds.contains(&"Accounts supporting the same ideas".to_owned()),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&"Many accounts from one network".to_owned()),
        "{kinds:?}"
    );
    let body = page.html();
    // Standing, never identity: no account's name or number, no link to a person.
    assert!(!body.contains("Practice account"), "names an account");
    assert!(!body.contains("/moderation/people/"), "links to a person");
    assert!(
        texts(&page, ".integrity-signal li")
            .iter()
            .any(|l| l.starts_with("Made less than an hour before its first support here")),
        "standing lines"
    );

    // The same-set signal's form.
    let n = kinds
        .iter()
        .position(|k| k == "Accounts supporting the same ideas")
        .unwrap();
    let key = hidden(&page, n, "key");
    let fingerprint = hidden(&page, n, "fingerprint");
    assert!(key.starts_with("same-set-"), "{key}");
    let before = counts(&app, seeded.campaign_id).await;
    let total_before = vote::Entity::find().count(&app.db).await.unwrap();

    // No reason: refused by the field, nothing set aside.
    let form = |reason: &'static str, fingerprint: String| {
        vec![
            ("campaign", PRACTICE.to_owned()),
            ("key", key.clone()),
            ("fingerprint", fingerprint),
            ("reason", reason.to_owned()),
        ]
    };
    let post = |form: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form("/moderation/integrity/set-aside", &form)
                .await
        }
    };
    let refused = post(form("  ", fingerprint.clone())).await;
    assert_eq!(refused.status(), 422);
    let html = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert_eq!(
        texts(&html, "#reason-error"),
        ["Error: Enter a reason: it is kept in the moderation log with your name"]
    );
    // A group that changed since the page was shown: refused, the reason kept.
    let refused = post(form("Made together, same four ideas", "0".repeat(16))).await;
    assert_eq!(refused.status(), 422);
    let html = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert!(texts(&html, "#reason-error")[0].contains("The group has changed"));
    assert_eq!(
        texts(&html, "textarea#reason"),
        ["Made together, same four ideas"]
    );
    assert_eq!(
        vote_set_aside::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    assert_eq!(counts(&app, seeded.campaign_id).await, before);

    // Set aside: kept, counted nowhere.
    let done = post(form("Made together, same four ideas", fingerprint)).await;
    assert_eq!(done.status(), 303);
    assert_eq!(
        done.headers()["location"],
        "/moderation/integrity?campaign=practice&done=set-aside"
    );
    let row = vote_set_aside::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.signal, "same-set");
    assert_eq!(row.reason, "Made together, same four ideas");
    let held = vote::Entity::find()
        .filter(vote::Column::SetAsideBy.eq(row.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(held.len(), ring.len() * 4, "four supports from each");
    assert!(held.iter().all(|v| ring.contains(&v.user_id)));
    assert_eq!(
        vote::Entity::find().count(&app.db).await.unwrap(),
        total_before,
        "nothing deleted"
    );
    let after = counts(&app, seeded.campaign_id).await;
    let targets: Vec<i64> = {
        let mut t: Vec<i64> = held.iter().map(|v| v.idea_id).collect();
        t.sort_unstable();
        t.dedup();
        t
    };
    for ((id, was, _), (_, now, rows)) in before.iter().zip(&after) {
        assert_eq!(i64::from(*now), *rows as i64, "idea {id} counts its rows");
        let expected = if targets.contains(id) {
            was - ring.len() as i32
        } else {
            *was
        };
        assert_eq!(*now, expected, "idea {id}");
    }
    // The periodic reconciliation agrees: nothing to repair.
    let report = app::server::tallies::reconcile(&app.db, &app.rankings, false, |_, _| {})
        .await
        .unwrap();
    assert_eq!(report.repaired, 0);
    let audit = audit_of(&app, "campaign", seeded.campaign_id).await;
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].0, "votes.set_aside");
    assert!(
        audit[0]
            .1
            .as_deref()
            .unwrap()
            .ends_with("Made together, same four ideas")
    );

    // The page: the ring's signals are gone, the set-aside is listed.
    let page = app.page(PAGE, 200).await;
    let kinds = texts(&page, ".integrity-signal h3");
    assert!(
        !kinds.contains(&"Accounts supporting the same ideas".to_owned()),
        "{kinds:?}"
    );
    assert!(texts(&page, ".integrity-set-aside dd").contains(&format!(
        "{} supports from {} accounts",
        ring.len() * 4,
        ring.len()
    )));
    // The analysis says so, and counts without it.
    let analysis = app.page("/analysis?campaign=practice", 200).await;
    assert!(
        texts(&analysis, ".nhsuk-inset-text")
            .iter()
            .any(|t| t.contains(&format!(
                "Moderators set aside {} supports from {} accounts",
                ring.len() * 4,
                ring.len()
            ))),
        "analysis note"
    );

    // A ring account's new support is set aside as it is given.
    // One cache for both votes: the withdrawal below is of an idea this one learnt of.
    let facts = app::server::vote_facts::VoteFacts::default();
    let fresh = idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(seeded.campaign_id))
        .filter(idea::Column::Id.is_not_in(targets.clone()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let outcome = app::server::ideas::vote(
        &app.db,
        &app.rankings,
        &facts,
        ring[0],
        fresh.id,
        true,
        Some("192.0.2.1".parse().unwrap()),
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    assert_eq!(
        outcome,
        app::server::ideas::VoteOutcome::Counted {
            votes: fresh.vote_count,
            voted: true
        }
    );
    let stored = vote::Entity::find_by_id((ring[0], fresh.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.set_aside_by, Some(row.id));
    // Withdrawn, it moves nothing either.
    app::server::ideas::vote(
        &app.db,
        &app.rankings,
        &facts,
        ring[0],
        fresh.id,
        false,
        None,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let again = idea::Entity::find_by_id(fresh.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.vote_count, fresh.vote_count);

    // Restoring: a reason first, then everything counts again.
    let restore = format!("/moderation/integrity/set-asides/{}/restore", row.id);
    let refused = app.post_form(&restore, &[("reason", "")]).await;
    assert_eq!(refused.status(), 422);
    let html = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert_eq!(texts(&html, &format!("#restore-{}-error", row.id)).len(), 1);
    assert_eq!(
        vote::Entity::find()
            .filter(vote::Column::SetAsideBy.is_not_null())
            .count(&app.db)
            .await
            .unwrap(),
        (ring.len() * 4) as u64
    );
    let done = app
        .post_form(
            &restore,
            &[("reason", "A patients' group, checked by phone")],
        )
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(
        vote::Entity::find()
            .filter(vote::Column::SetAsideBy.is_not_null())
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(counts(&app, seeded.campaign_id).await, before);
    let audit = audit_of(&app, "campaign", seeded.campaign_id).await;
    assert_eq!(
        audit[1],
        (
            "votes.restored".to_owned(),
            Some("A patients' group, checked by phone".to_owned())
        )
    );
    let page = app.page(PAGE, 200).await;
    assert!(
        texts(&page, ".integrity-set-aside strong")[0]
            .contains("A patients' group, checked by phone")
    );
    // Restoring twice changes nothing.
    let twice = app.post_form(&restore, &[("reason", "again")]).await;
    assert_eq!(
        twice.headers()["location"],
        "/moderation/integrity?campaign=practice&done=already-restored"
    );
}

async fn an_honest_crowd_raises_nothing(backend: Backend) {
    let app = app(backend).await;
    seed(&app, &[]).await;
    app.sign_in_as(Role::Moderator).await;
    let page = app.page(PAGE, 200).await;
    assert!(texts(&page, ".integrity-signal").is_empty());
    assert_eq!(
        texts(&page, ".integrity-none"),
        ["No signals: the support that counts in this campaign looks like a crowd's."]
    );
}

async fn only_moderators_see_or_act(backend: Backend) {
    let app = app(backend).await;
    seed(&app, &[Plant::Swarm { accounts: 20 }]).await;
    let anonymous = crate::support::browser();
    let response = anonymous
        .get(format!("{}{PAGE}", app.address))
        .send()
        .await
        .unwrap();
    assert_ne!(response.status(), 200);
    for role in [Role::Public, Role::Developer, Role::Helper] {
        let client = app.signed_in_browser(role).await;
        app.page_from(&client, PAGE, 403).await;
        let refused = app
            .post_from(
                &client,
                "/moderation/integrity/set-aside",
                &[("campaign", PRACTICE), ("key", "burst-1"), ("reason", "x")],
            )
            .await;
        assert_eq!(refused.status(), 403, "{role:?}");
        let refused = app
            .post_from(
                &client,
                "/moderation/integrity/set-asides/1/restore",
                &[("reason", "x")],
            )
            .await;
        assert_eq!(refused.status(), 403, "{role:?}");
    }
    // From another site: refused before anything is read.
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let forged = moderator
        .post(format!("{}/moderation/integrity/set-aside", app.address))
        .header("origin", "https://elsewhere.example")
        .form(&[("campaign", PRACTICE), ("key", "burst-1"), ("reason", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    assert_eq!(
        vote_set_aside::Entity::find().count(&app.db).await.unwrap(),
        0
    );
}

async fn supports_keep_only_a_keyed_hash_of_their_network(backend: Backend) {
    let mut config = TestConfig::new(backend);
    config.lift_limits(&[LimitedAction::Vote]);
    let app = spawn_app_with(config.with(|s| s.rate_limits.trusted_proxy_hops = 1)).await;
    let idea = app.first_idea().await;
    // Three people (the demo sign-in has one account per role).
    let vote_from = |role: Role, address: &'static str| {
        let app = &app;
        async move {
            let client = app.signed_in_browser(role).await;
            let response = client
                .post(format!("{}/ideas/{}/vote", app.address, idea.id))
                .header("origin", &app.address)
                .header("x-forwarded-for", address)
                .form(&[("support", "yes")])
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 303);
        }
    };
    vote_from(Role::Public, "203.0.113.9").await;
    vote_from(Role::Developer, "203.0.113.200").await;
    vote_from(Role::Moderator, "198.51.100.7").await;
    let blocks: Vec<String> = vote::Entity::find()
        .filter(vote::Column::IdeaId.eq(idea.id))
        .filter(vote::Column::AddressBlock.is_not_null())
        .order_by_asc(vote::Column::CreatedAt)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|v| v.address_block.unwrap())
        .collect();
    assert_eq!(blocks.len(), 3);
    assert_eq!(blocks[0], blocks[1], "one /24");
    assert_ne!(blocks[0], blocks[2]);
    assert!(blocks.iter().all(|b| b.len() == 32 && !b.contains('.')));
    let key = campaign::Entity::find_by_id(idea.campaign_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .integrity_key
        .expect("made at the first support");
    assert_eq!(
        blocks[0],
        app::server::integrity::keyed(&key, "203.0.113.0/24")
    );
}

on_both_databases!(
    a_planted_ring_is_seen_and_set_aside_without_showing_who,
    an_honest_crowd_raises_nothing,
    only_moderators_see_or_act,
    supports_keep_only_a_keyed_hash_of_their_network,
);
