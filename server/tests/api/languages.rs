//! The service in Welsh and English (`middleware::language`, `app::i18n`): chosen by
//! the address, then the cookie, then the browser; said on every page; kept apart in
//! the page cache.

use crate::support::{Backend, TestApp, TestConfig, browser, spawn_app_with, texts};

/// A page, fetched by `client` with these extra headers: its status, headers and body.
async fn fetch(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    headers: &[(&str, &str)],
) -> (reqwest::header::HeaderMap, scraper::Html) {
    let mut request = client.get(format!("{}{path}", app.address));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let headers = response.headers().clone();
    let body = response.text().await.unwrap();
    (headers, scraper::Html::parse_document(&body))
}

fn html_lang(page: &scraper::Html) -> String {
    let html = scraper::Selector::parse("html").unwrap();
    page.select(&html)
        .next()
        .and_then(|e| e.value().attr("lang"))
        .unwrap_or_default()
        .to_owned()
}

fn attrs(page: &scraper::Html, selector: &str, attr: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(selector).unwrap();
    page.select(&selector)
        .filter_map(|e| e.value().attr(attr).map(str::to_owned))
        .collect()
}

fn set_cookies(headers: &reqwest::header::HeaderMap) -> Vec<String> {
    headers
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_browser_that_prefers_welsh_gets_welsh_without_a_cookie() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let (headers, page) = fetch(
        &app,
        &browser(),
        "/",
        &[("accept-language", "cy-GB,cy;q=0.9,en;q=0.5")],
    )
    .await;
    assert_eq!(html_lang(&page), "cy");
    assert_eq!(texts(&page, "h1"), ["Syniadau ac apiau er gwell iechyd"]);
    assert_eq!(headers["content-language"], "cy");
    let vary: Vec<&str> = headers
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(
        vary.iter().any(|v| v.contains("Accept-Language")),
        "{vary:?}"
    );
    assert!(
        set_cookies(&headers).is_empty(),
        "nothing chosen, nothing kept"
    );
    // The switcher offers English, in English, keeping the page.
    assert_eq!(texts(&page, ".language-switch a"), ["English"]);
    assert_eq!(attrs(&page, ".language-switch a", "href"), ["/?lang=en"]);
    assert_eq!(attrs(&page, ".language-switch a", "lang"), ["en"]);

    // Nothing said: English.
    let (headers, page) = fetch(&app, &browser(), "/", &[]).await;
    assert_eq!(html_lang(&page), "en");
    assert_eq!(texts(&page, "h1"), ["Ideas and apps for better health"]);
    assert_eq!(headers["content-language"], "en");
    assert_eq!(texts(&page, ".language-switch a"), ["Cymraeg"]);
}

#[tokio::test]
async fn a_choice_in_the_address_is_kept_in_a_cookie_and_beats_the_browser() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let visitor = browser();
    let campaign = app.demo_campaign().await;
    let path = format!("/campaigns/{}?sort=newest", campaign.slug);
    let (headers, page) = fetch(&app, &visitor, &format!("{path}&lang=cy"), &[]).await;
    assert_eq!(html_lang(&page), "cy");
    let cookie = set_cookies(&headers);
    assert_eq!(cookie.len(), 1, "{cookie:?}");
    assert!(cookie[0].starts_with("ideas_lang=cy;"), "{cookie:?}");
    assert!(cookie[0].contains("SameSite=Lax") && cookie[0].contains("HttpOnly"));
    // The page's own words are Welsh, its sort links too; the switcher leads back to
    // the same list in English.
    assert!(
        texts(&page, "h2")
            .iter()
            .any(|h| h.starts_with("Syniadau (")),
        "{:?}",
        texts(&page, "h2")
    );
    assert!(
        texts(&page, ".sort-links")
            .iter()
            .any(|s| s.contains("Y diweddaraf"))
    );
    assert_eq!(
        attrs(&page, ".language-switch a", "href"),
        [format!("{path}&lang=en")]
    );

    // The next page, by a plain link: Welsh from the cookie, whatever the browser says,
    // and the cookie is not set again.
    let (headers, page) = fetch(&app, &visitor, "/", &[("accept-language", "en-GB")]).await;
    assert_eq!(html_lang(&page), "cy");
    assert!(set_cookies(&headers).is_empty());

    // Back to English through the switcher.
    let (headers, page) = fetch(&app, &visitor, "/?lang=en", &[("accept-language", "cy")]).await;
    assert_eq!(html_lang(&page), "en");
    assert!(set_cookies(&headers)[0].starts_with("ideas_lang=en;"));
    let (_, page) = fetch(&app, &visitor, "/", &[("accept-language", "cy")]).await;
    assert_eq!(html_lang(&page), "en");

    // A language we do not have is no choice at all.
    let (headers, page) = fetch(&app, &browser(), "/?lang=fr", &[]).await;
    assert_eq!(html_lang(&page), "en");
    assert!(set_cookies(&headers).is_empty());
}

#[tokio::test]
async fn public_pages_name_their_other_language_for_search_engines() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let idea = app.first_idea().await;
    let path = format!("/ideas/{}-{}", idea.id, idea.slug);
    let site = &app.address;
    for (lang, canonical) in [
        ("en", format!("{site}{path}")),
        ("cy", format!("{site}{path}?lang=cy")),
    ] {
        let (_, page) = fetch(&app, &browser(), &format!("{path}?lang={lang}"), &[]).await;
        assert_eq!(attrs(&page, "link[rel=canonical]", "href"), [canonical]);
        let alternates: Vec<(String, String)> = {
            let selector = scraper::Selector::parse("link[rel=alternate][hreflang]").unwrap();
            page.select(&selector)
                .map(|e| {
                    (
                        e.value().attr("hreflang").unwrap().to_owned(),
                        e.value().attr("href").unwrap().to_owned(),
                    )
                })
                .collect()
        };
        assert_eq!(
            alternates,
            [
                ("en".to_owned(), format!("{site}{path}")),
                ("cy".to_owned(), format!("{site}{path}?lang=cy")),
                ("x-default".to_owned(), format!("{site}{path}")),
            ]
        );
        let locale = attrs(&page, "meta[property='og:locale']", "content");
        assert_eq!(locale, [if lang == "cy" { "cy_GB" } else { "en_GB" }]);
    }
}

/// The cached page of one language is never the answer in the other, on one instance
/// and with the cache's generation in Redis alike.
#[tokio::test]
async fn the_page_cache_keeps_each_language_apart() {
    for config in [
        TestConfig::new(Backend::Sqlite),
        TestConfig::new(Backend::Sqlite).with_redis(),
    ] {
        let app = spawn_app_with(config.with(|s| s.page_cache_seconds = 60)).await;
        for _ in 0..2 {
            let (_, english) = fetch(&app, &browser(), "/", &[]).await;
            assert_eq!(texts(&english, "h1"), ["Ideas and apps for better health"]);
            let (_, welsh) = fetch(&app, &browser(), "/", &[("accept-language", "cy")]).await;
            assert_eq!(texts(&welsh, "h1"), ["Syniadau ac apiau er gwell iechyd"]);
            let welsh_cookie = browser();
            let (_, welsh) = fetch(&app, &welsh_cookie, "/", &[("cookie", "ideas_lang=cy")]).await;
            assert_eq!(html_lang(&welsh), "cy");
        }
    }
}

/// Welsh chooses among six forms of a counted noun; the cards of a campaign show them.
#[tokio::test]
async fn counts_on_welsh_pages_take_the_welsh_plural() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let campaign = app.demo_campaign().await;
    let (_, page) = fetch(
        &app,
        &browser(),
        &format!("/campaigns/{}?lang=cy", campaign.slug),
        &[],
    )
    .await;
    let meta = texts(&page, ".idea-card__meta li");
    assert!(!meta.is_empty());
    // Every count of supporters is written the Welsh way: "Dim cefnogwyr", "1 cefnogwr",
    // "2 gefnogwr", "3 chefnogwr" …, never the English.
    let supporters: Vec<&String> = meta.iter().filter(|m| m.contains("efnogw")).collect();
    assert!(!supporters.is_empty(), "{meta:?}");
    assert!(meta.iter().all(|m| !m.contains("supporter")), "{meta:?}");
}

/// Search finds Welsh words as written, and without their accents: an idea and a
/// listing given Welsh words are found by them, on each database.
async fn search_finds_welsh_words_with_or_without_accents(backend: Backend) {
    use app::domain::listing::ListingStatus;
    use app::server::entities::{idea, listing};
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

    let app = spawn_app_with(TestConfig::new(backend)).await;
    let campaign = app.demo_campaign().await;
    let first = app.first_idea().await;
    let mut welsh: idea::ActiveModel = first.clone().into();
    welsh.title = Set("Dŵr glân i blant ysgol".to_owned());
    welsh.summary = Set("Ap sy'n atgoffa plant i yfed dŵr yn ystod y dydd.".to_owned());
    welsh.update(&app.db).await.unwrap();
    let found = |page: &scraper::Html| texts(page, ".idea-card h3");
    for q in ["dŵr", "dwr", "Glan", "plant ysgol", "atgoffa"] {
        let page = app
            .page(
                &format!("/campaigns/{}?q={}", campaign.slug, urlencode(q)),
                200,
            )
            .await;
        assert_eq!(found(&page), ["Dŵr glân i blant ysgol"], "{q}");
    }
    // English words still find English ideas by their stems.
    let page = app
        .page(&format!("/campaigns/{}?q=wyddfa", campaign.slug), 200)
        .await;
    assert!(found(&page).is_empty());

    let published = listing::Entity::find()
        .filter(listing::Column::Status.eq(ListingStatus::Approved))
        .one(&app.db)
        .await
        .unwrap()
        .expect("a published listing");
    let mut welsh: listing::ActiveModel = published.clone().into();
    welsh.tagline =
        Set("Dyddiadur cwsg sy'n dangos beth sy'n eich helpu i orffwys yn y tŷ".to_owned());
    welsh.update(&app.db).await.unwrap();
    for q in ["dyddiadur", "orffwys cwsg", "ty"] {
        let page = app
            .page(&format!("/directory?q={}", urlencode(q)), 200)
            .await;
        let names = texts(&page, ".nhsuk-card__heading, .listing-card h3");
        assert!(
            names.iter().any(|n| n.contains(&published.name)),
            "{q}: {names:?}"
        );
    }
}

fn urlencode(q: &str) -> String {
    form_urlencoded::byte_serialize(q.as_bytes()).collect()
}

crate::on_both_databases!(search_finds_welsh_words_with_or_without_accents);

/// The accents PostgreSQL's unstemmed index folds are the ones a search's words are
/// folded by: the migration and the query hold the same two strings.
#[test]
fn the_index_and_the_query_fold_the_same_accents() {
    use app::server::queries::search;
    use migrations::m20261210_000026_welsh_search as migration;
    assert_eq!(search::FOLD_FROM, migration::FOLD_FROM);
    assert_eq!(search::FOLD_TO, migration::FOLD_TO);
}

/// People's words keep the language they were written in: an idea its author says is
/// Welsh and a comment written on a Welsh page are stored so, marked `lang="cy"` on
/// English pages (and not on Welsh ones), and carry their language in the open data.
#[tokio::test]
async fn ideas_and_comments_keep_the_language_they_were_written_in() {
    use app::domain::user::Role;
    use app::server::entities::{comment, idea};
    use sea_orm::{EntityTrait, QueryOrder};

    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    app.sign_in_as(Role::Public).await;
    let response = app
        .post_form(
            "/campaigns/apps-for-everyday-health/ideas/new",
            &[
                ("title", "Dyddiadur siwgr gwaed"),
                ("summary", "Cofnodi siwgr gwaed a bwyd, gyda rhestr siopa."),
                ("description", ""),
                ("category", "long-term-conditions"),
                ("kind", "new"),
                ("link_url", ""),
                ("other_links", ""),
                ("submission_key", "welsh-1"),
                ("confirmed", "yes"),
                ("language", "cy"),
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
    assert_eq!(stored.language, app::i18n::Lang::Cy);
    let path = format!("/ideas/{}-{}", stored.id, stored.slug);

    // A comment written on a Welsh page is Welsh.
    let response = app
        .post_form(
            &format!("/ideas/{}/comments?lang=cy", stored.id),
            &[
                ("body", "Syniad da iawn."),
                ("parent_id", ""),
                ("submission_key", "c1"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let said = comment::Entity::find()
        .order_by_desc(comment::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(said.language, app::i18n::Lang::Cy);

    // On an English page the Welsh words say so; on a Welsh page they need not.
    let english = app.page(&format!("{path}?lang=en"), 200).await;
    assert_eq!(attrs(&english, "h1", "lang"), ["cy"]);
    assert_eq!(attrs(&english, ".nhsuk-lede-text", "lang"), ["cy"]);
    assert_eq!(attrs(&english, ".comment__body", "lang"), ["cy"]);
    let welsh = app.page(&format!("{path}?lang=cy"), 200).await;
    assert!(attrs(&welsh, "h1", "lang").is_empty());
    assert!(attrs(&welsh, ".comment__body", "lang").is_empty());
    // English ideas on the Welsh campaign page are marked English.
    let list = app
        .page("/campaigns/apps-for-everyday-health?lang=cy", 200)
        .await;
    let marked = attrs(&list, ".idea-card h3", "lang");
    assert!(
        !marked.is_empty() && marked.iter().all(|l| l == "en"),
        "{marked:?}"
    );

    // Open data carries each text's language, whatever language the client reads.
    let json: serde_json::Value = app
        .get(&format!("/api/v1/ideas/{}", stored.id))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["language"], "cy");
    assert_eq!(json["comments"][0]["language"], "cy");
    assert_eq!(json["author_segment"], "Member of the public");
    let csv = app
        .get("/api/v1/ideas.csv?campaign=apps-for-everyday-health")
        .await
        .text()
        .await
        .unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().ends_with(",language"));
    assert!(
        csv.lines()
            .any(|l| l.contains("Dyddiadur siwgr gwaed") && l.ends_with(",cy"))
    );
}

/// The pages that say why something could not be done speak Welsh too, and keep their
/// status codes.
#[tokio::test]
async fn refusals_are_in_the_reader_s_language() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let page = app.page("/no-such-page?lang=cy", 404).await;
    assert_eq!(texts(&page, "h1"), ["Heb ddod o hyd i'r dudalen"]);
    assert_eq!(html_lang(&page), "cy");
    let signed_in = app.signed_in_browser(app::domain::user::Role::Public).await;
    let page = app.page_from(&signed_in, "/moderation?lang=cy", 403).await;
    assert_eq!(
        texts(&page, "h1"),
        ["Does gennych chi ddim caniatâd i weld y dudalen hon"]
    );
}

/// What is wrong with a form is said by the field in the reader's language, with
/// Welsh's mutations ("Rhowch deitl", not "Rhowch teitl"), and what was typed kept.
#[tokio::test]
async fn field_messages_are_in_the_reader_s_language() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    app.sign_in_as(app::domain::user::Role::Public).await;
    let long_summary = "Cofnodi ".repeat(40);
    let response = app
        .post_form(
            "/campaigns/apps-for-everyday-health/ideas/new?lang=cy",
            &[
                ("title", "  "),
                ("summary", long_summary.as_str()),
                ("description", ""),
                ("category", "long-term-conditions"),
                ("kind", "existing"),
                ("link_url", "ftp://example.org"),
                ("other_links", ""),
                ("submission_key", "welsh-errors"),
                ("language", "cy"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let messages = texts(&page, ".nhsuk-error-message");
    for expected in [
        "Gwall: Rhowch deitl",
        "Gwall: Rhaid i'r crynodeb fod yn 280 nod neu lai",
        "Gwall: Rhowch gyfeiriad gwe sy'n dechrau gyda https://",
    ] {
        assert!(messages.iter().any(|m| m == expected), "{messages:?}");
    }
    assert_eq!(
        texts(&page, ".nhsuk-error-summary__title"),
        ["Mae problem wedi codi"]
    );
    assert_eq!(attrs(&page, "#summary", "name"), ["summary"]);
    assert!(
        page.html().contains(long_summary.trim()),
        "what was typed is kept"
    );
}

/// An administrator writes a campaign in English and Welsh; Welsh readers get the
/// Welsh, and where it is not written yet, the English with a notice and marked as
/// English. Open data and the feed carry both.
async fn an_administrator_runs_a_campaign_in_both_languages(backend: Backend) {
    let app = spawn_app_with(TestConfig::new(backend)).await;
    app.sign_in_as(app::domain::user::Role::Admin).await;
    // The form itself in Welsh for a Welsh administrator; its messages too.
    let form = app.page("/admin/campaigns/new?lang=cy", 200).await;
    assert_eq!(texts(&form, "h1"), ["Creu ymgyrch"]);
    assert!(texts(&form, "h2").contains(&"Yn Gymraeg".to_owned()));
    let refused = app
        .post_form(
            "/admin/campaigns/new?lang=cy",
            &[
                ("title", "Apiau"),
                ("opens_at", "yfory"),
                ("moderation", "post"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let page = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert_eq!(
        texts(&page, "#opens-at-error"),
        [
            "Gwall: Rhaid i'r amser mae syniadau'n agor fod yn ddyddiad ac amser go iawn, fel 2026-12-01T09:00"
        ]
    );
    assert_eq!(
        texts(&page, "#closes-at-error"),
        ["Gwall: Rhowch pryd mae syniadau'n cau"]
    );
    let response = app
        .post_form(
            "/admin/campaigns/new",
            &[
                ("title", "Apps for unpaid carers"),
                ("slug", ""),
                ("summary", "Ideas that make caring for someone easier."),
                ("description", "Tell us what would help."),
                ("title_cy", "Apiau i ofalwyr di-dâl"),
                (
                    "summary_cy",
                    "Syniadau sy'n gwneud gofalu am rywun yn haws.",
                ),
                ("description_cy", "Dywedwch wrthym beth fyddai'n **helpu**."),
                ("opens_at", "2026-01-01T09:00"),
                ("closes_at", "2030-07-31T17:00"),
                ("voting_closes_at", "2030-08-14T17:00"),
                ("moderation", "post"),
                ("new_categories", "Young carers | Gofalwyr ifanc"),
                ("support_budget", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "{:?}", response.headers());

    let welsh = app
        .page("/campaigns/apps-for-unpaid-carers?lang=cy", 200)
        .await;
    assert_eq!(texts(&welsh, "h1"), ["Apiau i ofalwyr di-dâl"]);
    assert!(attrs(&welsh, "h1", "lang").is_empty());
    assert_eq!(
        texts(&welsh, ".nhsuk-lede-text"),
        ["Syniadau sy'n gwneud gofalu am rywun yn haws."]
    );
    assert!(
        welsh
            .html()
            .contains("beth fyddai&#x27;n <strong>helpu</strong>")
            || welsh
                .html()
                .contains("beth fyddai'n <strong>helpu</strong>")
    );
    assert!(
        texts(&welsh, ".other-language").is_empty(),
        "all written in Welsh"
    );
    let options = texts(&welsh, "#category option");
    assert!(options.iter().any(|o| o == "Gofalwyr ifanc"), "{options:?}");
    let english = app
        .page("/campaigns/apps-for-unpaid-carers?lang=en", 200)
        .await;
    assert_eq!(texts(&english, "h1"), ["Apps for unpaid carers"]);
    let options = texts(&english, "#category option");
    assert!(options.iter().any(|o| o == "Young carers"), "{options:?}");

    // A campaign not written in Welsh: the English, marked, with a notice.
    let past = app.page("/campaigns/maps-and-apps-2011?lang=cy", 200).await;
    assert_eq!(texts(&past, "h1"), ["Maps and Apps 2011"]);
    assert_eq!(attrs(&past, "h1", "lang"), ["en"]);
    assert_eq!(attrs(&past, ".campaign-description", "lang"), ["en"]);
    assert_eq!(
        texts(&past, ".other-language p"),
        ["Nid yw hwn wedi'i ysgrifennu yn Gymraeg eto, felly mae i'w weld yn Saesneg."]
    );
    // The home page lists it in Welsh beside the other.
    let home = app.page("/?lang=cy", 200).await;
    assert!(
        texts(&home, "a")
            .iter()
            .any(|a| a == "Apiau i ofalwyr di-dâl")
    );

    // Open data: the English, and the Welsh where written.
    let campaigns: serde_json::Value = app.get("/api/v1/campaigns").await.json().await.unwrap();
    let ours = campaigns
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == "apps-for-unpaid-carers")
        .unwrap();
    assert_eq!(ours["title"], "Apps for unpaid carers");
    assert_eq!(ours["title_cy"], "Apiau i ofalwyr di-dâl");
    assert_eq!(ours["categories"][0]["name_cy"], "Gofalwyr ifanc");
    let past = campaigns
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == "maps-and-apps-2011")
        .unwrap();
    assert!(past["title_cy"].is_null());

    // The feed follows the reader's language, as its page's link asks.
    assert!(
        attrs(&welsh, "link[type='application/atom+xml']", "href")
            .contains(&"/feeds/campaigns/apps-for-unpaid-carers.atom?lang=cy".to_owned())
    );
    let feed = app
        .get("/feeds/campaigns/apps-for-unpaid-carers.atom?lang=cy")
        .await
        .text()
        .await
        .unwrap();
    assert!(feed.contains("xml:lang=\"cy\""), "{feed}");
    assert!(
        feed.contains("<title>Apiau i ofalwyr di-dâl</title>"),
        "{feed}"
    );
    assert!(
        feed.contains("Syniadau newydd a newidiadau statws"),
        "{feed}"
    );
    let feed = app
        .get("/feeds/campaigns/apps-for-unpaid-carers.atom?lang=en")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        feed.contains("<title>Apps for unpaid carers</title>"),
        "{feed}"
    );
}

crate::on_both_databases!(an_administrator_runs_a_campaign_in_both_languages);

/// The statutory pages are written in both languages; one not yet written in Welsh
/// shows the English with a notice.
#[tokio::test]
async fn statutory_pages_are_written_in_both_languages() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    app.sign_in_as(app::domain::user::Role::Admin).await;
    let response = app
        .post_form(
            "/admin/pages/contact",
            &[
                ("body", "Write to us at the address below."),
                ("body_cy", "Ysgrifennwch atom yn y cyfeiriad isod."),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let welsh = app.page("/contact?lang=cy", 200).await;
    assert_eq!(texts(&welsh, "h1"), ["Cysylltu â ni"]);
    assert_eq!(
        texts(&welsh, ".site-page p"),
        ["Ysgrifennwch atom yn y cyfeiriad isod."]
    );
    assert!(texts(&welsh, ".other-language").is_empty());
    let english = app.page("/contact?lang=en", 200).await;
    assert_eq!(
        texts(&english, ".site-page p"),
        ["Write to us at the address below."]
    );
    // Not written in Welsh yet: the default English, marked, with the notice.
    let cookies = app.page("/cookies?lang=cy", 200).await;
    assert_eq!(attrs(&cookies, ".site-page", "lang"), ["en"]);
    assert_eq!(texts(&cookies, ".other-language").len(), 1);
    // The rules moderators apply are in Welsh, whatever the page's text.
    let rules = app.page("/rules?lang=cy", 200).await;
    assert!(texts(&rules, ".nhsuk-summary-list__key").contains(&"Sbam neu hysbysebu".to_owned()));
    // The edit form keeps both, and a Welsh text that is too long is refused by its
    // field, in the administrator's language, keeping what was typed.
    let too_long = "a".repeat(app::features::site_pages::BODY_MAX + 1);
    let response = app
        .post_form(
            "/admin/pages/contact?lang=cy",
            &[("body", "Write to us."), ("body_cy", too_long.as_str())],
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&page, ".nhsuk-error-message")
            .iter()
            .any(|m| m.contains("Rhaid i destun Cymraeg y dudalen fod yn 50,000 nod neu lai")),
    );
}

/// A Welsh speaker looks after their account in Welsh: the account page, their email
/// address (with its messages), what they are told about.
#[tokio::test]
async fn the_account_pages_are_in_welsh() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    app.sign_in_as(app::domain::user::Role::Public).await;
    let account = app.page("/account?lang=cy", 200).await;
    assert_eq!(texts(&account, "h1"), ["Eich cyfrif"]);
    assert_eq!(texts(&account, ".account-role"), ["Aelod o'r cyhoedd"]);
    assert_eq!(texts(&account, ".account-email"), ["Heb ei roi"]);
    let response = app
        .post_form("/account/email?lang=cy", &[("email", "not an address")])
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(texts(&page, "h1"), ["Eich cyfeiriad e-bost"]);
    assert_eq!(
        texts(&page, "#email-error"),
        ["Gwall: Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com"]
    );
    let preferences = app.page("/account/notifications?lang=cy", 200).await;
    assert_eq!(
        texts(&preferences, "h1"),
        ["Beth rydyn ni'n dweud wrthych amdano"]
    );
    assert!(texts(&preferences, "legend").contains(&"Atebion i'ch sylwadau".to_owned()));
    let delete = app.page("/account/delete?lang=cy", 200).await;
    assert_eq!(texts(&delete, "h1"), ["Dileu eich cyfrif"]);
}

/// Moderating in Welsh: someone reports an idea from a Welsh page, a moderator works the
/// queue in Welsh (its messages too), and the public log says what happened in Welsh
/// and in English.
#[tokio::test]
async fn moderating_in_welsh() {
    use app::domain::user::Role;
    use app::server::entities::idea;
    use sea_orm::{EntityTrait, QueryOrder};
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let target = idea::Entity::find()
        .order_by_asc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let report_path = format!("/ideas/{}-{}/report", target.id, target.slug);
    let reporter = app.signed_in_browser(Role::Public).await;
    let page = app
        .page_from(&reporter, &format!("{report_path}?lang=cy"), 200)
        .await;
    assert_eq!(texts(&page, "h1"), ["Rhoi gwybod am y syniad hwn"]);
    assert!(texts(&page, "label").contains(&"Sbam neu hysbysebu".to_owned()));
    let sent = app
        .post_from(
            &reporter,
            &format!("{report_path}?lang=cy"),
            &[("reason", "spam"), ("detail", "")],
        )
        .await;
    assert_eq!(sent.status(), 303);

    let moderator = app.signed_in_browser(Role::Moderator).await;
    let queue = app.page_from(&moderator, "/moderation?lang=cy", 200).await;
    assert_eq!(texts(&queue, "h1"), ["Cymedroli"]);
    assert!(
        texts(&queue, "td")
            .iter()
            .any(|t| t.starts_with("1 person wedi rhoi gwybod"))
    );
    assert!(texts(&queue, "legend").contains(&"Beth i'w wneud â'r eitemau a diciwyd".to_owned()));
    // Hiding needs a reason: said by the field, in Welsh.
    let key = format!("idea:{}", target.id);
    let refused = app
        .post_from(
            &moderator,
            "/moderation?lang=cy",
            &[("selected", key.as_str()), ("action", "hide")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let page = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert!(
        texts(&page, "#template-error")[0].contains("Dewiswch y rheol mae'n ei thorri"),
        "{:?}",
        texts(&page, "#template-error")
    );
    let hidden = app
        .post_from(
            &moderator,
            "/moderation?lang=cy",
            &[
                ("selected", key.as_str()),
                ("action", "hide"),
                ("template", "spam"),
            ],
        )
        .await;
    assert_eq!(hidden.status(), 303);

    // The log: the rule as the moderator chose it (in Welsh), what happened in each
    // reader's language.
    let log = app.page("/moderation-log?lang=cy", 200).await;
    assert_eq!(texts(&log, "h1"), ["Log cymedroli"]);
    let cells = texts(&log, "td");
    assert!(
        cells
            .iter()
            .any(|c| c.starts_with("Cafodd ") && c.ends_with("ei guddio gan gymedrolwr")),
        "{cells:?}"
    );
    assert!(
        cells.contains(&"Mae'n sbam neu'n hysbysebu.".to_owned()),
        "{cells:?}"
    );
    let log = app.page("/moderation-log?lang=en", 200).await;
    assert!(
        texts(&log, "td")
            .iter()
            .any(|c| c.ends_with("was hidden by a moderator")),
        "{:?}",
        texts(&log, "td")
    );
}

/// The directory in Welsh: its search form, its choices and a listing's page; the
/// developers' own words stay as they wrote them.
#[tokio::test]
async fn the_directory_is_in_welsh() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let directory = app.page("/directory?lang=cy", 200).await;
    assert_eq!(texts(&directory, "h1"), ["Cyfeiriadur apiau ac adnoddau"]);
    let costs = texts(&directory, "#cost option");
    assert_eq!(costs[0], "Unrhyw gost");
    assert!(costs.contains(&"Am ddim".to_owned()), "{costs:?}");
    let count = texts(&directory, "#results");
    assert!(
        count[0].ends_with("ap neu adnodd") || count[0].starts_with("Dim"),
        "{count:?}"
    );
    let listing = attrs(&directory, ".nhsuk-card__link", "href");
    assert!(!listing.is_empty(), "the demo has listings");
    let page = app.page(&format!("{}?lang=cy", listing[0]), 200).await;
    assert!(texts(&page, "h2").contains(&"Am yr ap neu'r adnodd hwn".to_owned()));
    assert!(texts(&page, ".nhsuk-summary-list__key").contains(&"Platfformau".to_owned()));
    let english = app.page(&format!("{}?lang=en", listing[0]), 200).await;
    assert!(texts(&english, "h2").contains(&"About this app or tool".to_owned()));
}

/// The pages of the people who run the service are in Welsh too: moderators' listing
/// review, analysis and vote integrity; administrators' webhooks, accounts and roles,
/// site pages, email and drafts; helpers' pages; and the drafts and the embedded
/// directory the public read.
#[tokio::test]
async fn the_staff_pages_are_in_welsh() {
    use app::domain::user::Role;
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let h1 = |page: &scraper::Html| texts(page, "h1");

    let moderator = app.signed_in_browser(Role::Moderator).await;
    let review = app
        .page_from(&moderator, "/moderation/listings?lang=cy", 200)
        .await;
    assert_eq!(h1(&review), ["Rhestriadau i'w hadolygu"]);
    let analysis = app.page_from(&moderator, "/analysis?lang=cy", 200).await;
    assert_eq!(h1(&analysis), ["Dadansoddiad"]);
    assert_eq!(
        texts(&analysis, ".nhsuk-lede-text"),
        ["Apiau ar gyfer iechyd bob dydd"],
        "the campaign as written in Welsh"
    );
    let headers = texts(&analysis, "th");
    assert!(headers.contains(&"Diwrnod".to_owned()), "{headers:?}");
    assert!(headers.contains(&"Pob pleidlais".to_owned()), "{headers:?}");
    assert!(!headers.contains(&"Day".to_owned()), "{headers:?}");
    let groups = texts(&analysis, "h3");
    assert!(
        groups.contains(&"Y mwyaf poblogaidd ymhlith: Aelod o'r cyhoedd".to_owned()),
        "{groups:?}"
    );
    let english = app.page_from(&moderator, "/analysis?lang=en", 200).await;
    assert!(texts(&english, "th").contains(&"Day".to_owned()));
    let integrity = app
        .page_from(&moderator, "/moderation/integrity?lang=cy", 200)
        .await;
    assert_eq!(h1(&integrity), ["Uniondeb pleidleisiau"]);

    let admin = app.signed_in_browser(Role::Admin).await;
    for (path, heading) in [
        ("/admin/webhooks?lang=cy", "Bachau gwe"),
        ("/admin/accounts?lang=cy", "Cyfrifon a rolau"),
        ("/admin/pages?lang=cy", "Tudalennau'r wefan"),
        ("/admin/email?lang=cy", "E-bost"),
        (
            "/admin/drafts/new?lang=cy",
            "Cyhoeddi drafft i gael sylwadau",
        ),
    ] {
        let page = app.page_from(&admin, path, 200).await;
        assert_eq!(h1(&page), [heading], "{path}");
        assert_eq!(html_lang(&page), "cy", "{path}");
    }
    let accounts = app.page_from(&admin, "/admin/accounts?lang=cy", 200).await;
    let roles = texts(&accounts, "option");
    assert!(roles.contains(&"Cymedrolwr".to_owned()), "{roles:?}");
    assert!(!roles.contains(&"Moderator".to_owned()), "{roles:?}");
    // A webhook refused as typed: said by the field, in Welsh.
    let refused = app
        .post_from(
            &admin,
            "/admin/webhooks?lang=cy",
            &[
                ("url", "https://user:pw@hooks.example.org/x"),
                ("description", "Prawf"),
                ("secret", ""),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let page = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert_eq!(
        texts(&page, "#url-error"),
        [
            "Gwall: Gadewch yr enw defnyddiwr a'r cyfrinair allan o'r cyfeiriad: mae cyflwyniadau'n cael eu llofnodi gyda'r gyfrinach yn lle hynny"
        ]
    );

    let helper = app.signed_in_browser(Role::Helper).await;
    let assisted = app.page_from(&helper, "/assisted?lang=cy", 200).await;
    assert_eq!(h1(&assisted), ["Cymryd rhan gyda help"]);
    let channels = texts(&assisted, "#channel ~ label, .nhsuk-radios__label");
    assert!(channels.contains(&"Dros y ffôn".to_owned()), "{channels:?}");
    let import = app
        .page_from(&helper, "/assisted/import?lang=cy", 200)
        .await;
    assert_eq!(h1(&import), ["Mewnforio ffurflenni papur"]);

    let drafts = app.page("/drafts?lang=cy", 200).await;
    assert_eq!(h1(&drafts), ["Drafftiau i roi sylwadau arnynt"]);
    let embed = app.page("/embed/directory?lang=cy", 200).await;
    assert_eq!(html_lang(&embed), "cy");
    assert_eq!(h1(&embed), ["Apiau ac adnoddau"]);
    let embed = app.page("/embed/directory?lang=en", 200).await;
    assert_eq!(h1(&embed), ["Apps and tools"]);
}

/// What a refused request says, as JSON or as a plain answer, is in the reader's
/// language too: the sign-in a download needs, a cross-site form, and the errors a
/// page's interactive parts show.
#[tokio::test]
async fn refused_requests_say_why_in_the_reader_s_language() {
    use app::error::AppError;
    use app::i18n::{Lang, answering_in};
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let response = app
        .client
        .get(format!("{}/account/data.json?lang=cy", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"], "Mewngofnodwch i wneud hynny.");

    let response = app
        .client
        .post(format!("{}/account/email", app.address))
        .header("origin", "https://elsewhere.example")
        .header("cookie", "ideas_lang=cy")
        .form(&[("email", "a@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .starts_with("Daeth y cais hwn o wefan arall")
    );

    let said = answering_in(Lang::Cy, async {
        [
            AppError::Unauthorized.to_string(),
            AppError::TooMany(30).to_string(),
        ]
    })
    .await;
    assert_eq!(
        said,
        [
            "Mae angen i chi fewngofnodi i wneud hynny.",
            "Rydych wedi gwneud hyn lawer gwaith mewn byr amser. Arhoswch 30 eiliad a rhowch gynnig arall arni."
        ]
    );
    assert_eq!(
        AppError::Unauthorized.to_string(),
        "You need to sign in to do that."
    );
}

/// A developer says which language their listing is written in (the page's, unless
/// they say otherwise): pages in the other language mark its words with it, and the
/// open data, its CSV and the feed say it.
#[tokio::test]
async fn a_listing_says_the_language_it_is_written_in() {
    use crate::directory::{become_developer, listing_form, newest_listing};
    use app::domain::user::Role;
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    become_developer(&app).await;
    let idea = app.first_idea().await.id.to_string();
    let form = app.page("/developer/listings/new?lang=cy", 200).await;
    assert_eq!(
        attrs(&form, "input[name=language][checked]", "value"),
        ["cy"],
        "a Welsh page offers Welsh first"
    );
    let mut fields = listing_form("Cwsg Da", &idea, "submit");
    fields.push(("language", "cy"));
    let sent = app.post_form("/developer/listings/new", &fields).await;
    assert_eq!(sent.status(), 303);
    let listing = newest_listing(&app).await;
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let review = app
        .page_from(
            &moderator,
            &format!("/moderation/listings/{}", listing.id),
            200,
        )
        .await;
    assert!(
        texts(&review, "th").contains(&"Language".to_owned()),
        "the moderator sees the language among what the listing says"
    );
    let decided = app
        .post_from(
            &moderator,
            &format!("/moderation/listings/{}/decision", listing.id),
            &[("decision", "approve"), ("message", "")],
        )
        .await;
    assert_eq!(decided.status(), 303);
    let listing = newest_listing(&app).await;
    assert_eq!(listing.language, app::i18n::Lang::Cy);

    let path = format!("/directory/{}-{}", listing.id, listing.slug);
    let english = app.page(&format!("{path}?lang=en"), 200).await;
    assert_eq!(attrs(&english, "h1", "lang"), ["cy"]);
    let welsh = app.page(&format!("{path}?lang=cy"), 200).await;
    assert!(
        attrs(&welsh, "h1", "lang").is_empty(),
        "Welsh on a Welsh page"
    );
    let directory = app.page("/directory?lang=en&q=Cwsg", 200).await;
    assert_eq!(attrs(&directory, ".nhsuk-card__link", "lang"), ["cy"]);

    let record: serde_json::Value =
        reqwest::get(format!("{}/api/v1/listings/{}", app.address, listing.id))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    assert_eq!(record["language"], "cy");
    let csv = reqwest::get(format!("{}/api/v1/listings.csv", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.lines().next().unwrap().ends_with(",language"));
    assert!(
        csv.lines()
            .any(|l| l.starts_with(&format!("{},", listing.id)) && l.ends_with(",cy"))
    );
    let atom = reqwest::get(format!("{}/feeds/listings.atom", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        atom.contains(r#"<title xml:lang="cy">Cwsg Da</title>"#),
        "{atom}"
    );
}

/// A draft for comment says the language it is written in (its administrator says,
/// the page's first), and a comment on it is in the language of the page it was written
/// on: pages in the other language mark each with it.
#[tokio::test]
async fn drafts_and_their_comments_say_their_language() {
    use app::domain::user::Role;
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let admin = app.signed_in_browser(Role::Admin).await;
    let form = app
        .page_from(&admin, "/admin/drafts/new?lang=cy", 200)
        .await;
    assert_eq!(
        attrs(&form, "input[name=language][checked]", "value"),
        ["cy"]
    );
    let published = app
        .post_from(
            &admin,
            "/admin/drafts/new?lang=cy",
            &[
                ("language", "cy"),
                ("title", "Ein strategaeth iechyd digidol"),
                ("summary", "Beth rydyn ni'n bwriadu ei wneud am apiau iechyd."),
                ("body", "Byddwn yn cyhoeddi tystiolaeth pob ap.\n\nByddwn yn talu am apiau sy'n gweithio."),
                ("opens_at", "2026-01-01T09:00"),
                ("closes_at", "2099-01-01T09:00"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(published.status(), 303);
    let path = "/drafts/ein-strategaeth-iechyd-digidol";
    let person = app.signed_in_browser(Role::Public).await;
    let commented = app
        .post_from(
            &person,
            &format!("{path}/comments?lang=en"),
            &[
                ("version", "1"),
                ("paragraph", "2"),
                ("body", "Which apps count as working?"),
            ],
        )
        .await;
    assert_eq!(commented.status(), 303);

    let english = app.page(&format!("{path}?lang=en"), 200).await;
    assert_eq!(attrs(&english, "h1", "lang"), ["cy"]);
    assert_eq!(
        attrs(&english, ".draft-paragraph__text", "lang"),
        ["cy", "cy"]
    );
    assert!(attrs(&english, ".draft-comment [lang]", "lang").is_empty());
    let welsh = app.page(&format!("{path}?lang=cy"), 200).await;
    assert!(attrs(&welsh, "h1", "lang").is_empty());
    assert_eq!(attrs(&welsh, ".draft-comment [lang]", "lang"), ["en"]);
    let list = app.page("/drafts?lang=en", 200).await;
    assert_eq!(attrs(&list, ".nhsuk-card__link", "lang"), ["cy"]);
}
