//! Being found and reused: every page describes itself, public ones carry a canonical
//! address, a preview card and (ideas, listings) schema.org data; the sitemap lists
//! exactly what is public; each campaign has an Atom feed; the ideas API answers
//! `updated_since`; and the directory can be framed, and only it.

use app::domain::idea::Visibility;
use app::domain::user::Role;
use app::server::entities::{idea, listing};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, spawn_app, texts};

/// The `content` of each `<meta>` matching `selector`.
fn metas(page: &scraper::Html, selector: &str) -> Vec<String> {
    page.select(&scraper::Selector::parse(selector).unwrap())
        .filter_map(|m| m.value().attr("content").map(str::to_owned))
        .collect()
}

fn attr(page: &scraper::Html, selector: &str, name: &str) -> Vec<String> {
    page.select(&scraper::Selector::parse(selector).unwrap())
        .filter_map(|m| m.value().attr(name).map(str::to_owned))
        .collect()
}

/// The page's JSON-LD, parsed.
fn json_ld(page: &scraper::Html) -> serde_json::Value {
    let scripts = page
        .select(&scraper::Selector::parse(r#"script[type="application/ld+json"]"#).unwrap())
        .map(|s| s.inner_html())
        .collect::<Vec<_>>();
    assert_eq!(scripts.len(), 1, "one JSON-LD block");
    serde_json::from_str(&scripts[0]).expect("JSON-LD parses")
}

async fn first_listing(app: &TestApp) -> listing::Model {
    listing::Entity::find()
        .filter(listing::Column::Status.eq(app::domain::listing::ListingStatus::Approved))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo data has published listings")
}

#[tokio::test]
async fn public_pages_describe_themselves_and_private_ones_stay_out_of_search() {
    let app = spawn_app(Backend::Sqlite).await;
    let idea = app.first_idea().await;
    let listing = first_listing(&app).await;
    let idea_path = app::domain::idea::idea_href(idea.id, &idea.slug);
    let listing_path = app::features::directory::paths::listing_href(listing.id, &listing.slug);
    let campaign = format!("/campaigns/{}", app.demo_campaign().await.slug);
    for path in [
        "/",
        "/directory",
        campaign.as_str(),
        idea_path.as_str(),
        listing_path.as_str(),
        "/privacy",
    ] {
        let page = app.page(path, 200).await;
        let description = metas(&page, "meta[name=description]");
        assert_eq!(description.len(), 1, "{path}: one description");
        assert!(description[0].len() > 20, "{path}: {description:?}");
        let canonical = attr(&page, "link[rel=canonical]", "href");
        assert_eq!(canonical, [format!("{}{path}", app.address)], "{path}");
        assert_eq!(metas(&page, r#"meta[property="og:url"]"#), canonical);
        assert_eq!(
            metas(&page, r#"meta[property="og:description"]"#),
            description
        );
        assert_eq!(metas(&page, r#"meta[property="og:title"]"#).len(), 1);
        assert_eq!(metas(&page, r#"meta[name="twitter:card"]"#), ["summary"]);
        // The picture itself is served from the built site (the end-to-end tests
        // fetch it); here, that the address is absolute.
        assert_eq!(
            metas(&page, r#"meta[property="og:image"]"#),
            [format!(
                "{}{}",
                app.address,
                app::components::page_meta::PREVIEW_IMAGE
            )]
        );
        assert!(metas(&page, "meta[name=robots]").is_empty(), "{path}");
    }
    // A sorted or filtered list names the list itself as canonical.
    let sorted = app.page(&format!("{campaign}?sort=newest"), 200).await;
    assert_eq!(
        attr(&sorted, "link[rel=canonical]", "href"),
        [format!("{}{campaign}", app.address)]
    );
    assert_eq!(
        attr(&sorted, r#"link[type="application/atom+xml"]"#, "href"),
        [format!(
            "/feeds/campaigns/{}.atom",
            app.demo_campaign().await.slug
        )]
    );

    // The idea and the listing say what they are, for search results.
    let data = json_ld(&app.page(&idea_path, 200).await);
    assert_eq!(data["@type"], "DiscussionForumPosting");
    assert_eq!(data["headline"], idea.title.as_str());
    assert_eq!(data["url"], format!("{}{idea_path}", app.address));
    let data = json_ld(&app.page(&listing_path, 200).await);
    assert!(
        ["SoftwareApplication", "MobileApplication"].contains(&data["@type"].as_str().unwrap()),
        "{data}"
    );
    assert!(!data["operatingSystem"].as_str().unwrap().is_empty());
    assert!(data["url"].as_str().unwrap().starts_with("https://"));
    assert_eq!(
        data["mainEntityOfPage"],
        format!("{}{listing_path}", app.address)
    );

    // Pages for one person or for the staff are kept out of search results.
    app.sign_in_as(Role::Moderator).await;
    for path in ["/sign-in", "/account", "/moderation", "/no-such-page"] {
        let response = app.get(path).await;
        let page = scraper::Html::parse_document(&response.text().await.unwrap());
        assert_eq!(metas(&page, "meta[name=robots]"), ["noindex"], "{path}");
        assert_eq!(metas(&page, "meta[name=description]").len(), 1, "{path}");
        assert!(
            attr(&page, "link[rel=canonical]", "href").is_empty(),
            "{path}"
        );
    }
}

#[tokio::test]
async fn words_people_wrote_cannot_break_out_of_the_head_or_the_structured_data() {
    let app = spawn_app(Backend::Sqlite).await;
    let idea = app.first_idea().await;
    let mut active = idea.clone().into_active_model();
    active.title = Set("</script><script>alert(1)</script>\"><b>".into());
    active.summary = Set("\"><script>alert(2)</script>".into());
    active.update(&app.db).await.unwrap();
    let html = app
        .get(&app::domain::idea::idea_href(idea.id, &idea.slug))
        .await
        .text()
        .await
        .unwrap();
    assert!(!html.contains("<script>alert"), "{html}");
    let page = scraper::Html::parse_document(&html);
    assert_eq!(
        metas(&page, "meta[name=description]"),
        ["\"><script>alert(2)</script>"]
    );
    assert_eq!(
        json_ld(&page)["headline"],
        "</script><script>alert(1)</script>\"><b>"
    );
}

/// Every `<loc>` in an XML document.
fn locations(xml: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut out, mut in_loc) = (Vec::new(), false);
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) => in_loc = e.name().as_ref() == b"loc",
            quick_xml::events::Event::Text(t) if in_loc => {
                out.push(t.decode().unwrap().into_owned());
            }
            quick_xml::events::Event::End(_) => in_loc = false,
            quick_xml::events::Event::Eof => return out,
            _ => {}
        }
    }
}

async fn sitemap_paths(app: &TestApp) -> Vec<String> {
    let index = app.get("/sitemap.xml").await;
    assert_eq!(index.status(), 200);
    assert!(
        index.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/xml")
    );
    let mut paths = Vec::new();
    for file in locations(&index.text().await.unwrap()) {
        let file = file
            .strip_prefix(&app.address)
            .expect("absolute")
            .to_owned();
        let response = app.get(&file).await;
        assert_eq!(response.status(), 200, "{file}");
        for url in locations(&response.text().await.unwrap()) {
            paths.push(url.strip_prefix(&app.address).expect("absolute").to_owned());
        }
    }
    paths
}

async fn the_sitemap_lists_what_is_public_and_every_address_answers(backend: Backend) {
    let app = spawn_app(backend).await;
    let robots = app.get("/robots.txt").await.text().await.unwrap();
    assert!(
        robots.contains(&format!("Sitemap: {}/sitemap.xml", app.address)),
        "{robots}"
    );
    assert!(robots.contains("Disallow: /admin/"), "{robots}");

    let ideas = idea::Entity::find()
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(idea::Column::DuplicateOfId.is_null())
        .all(&app.db)
        .await
        .unwrap();
    // One idea hidden by moderators: no longer in the sitemap.
    let hidden = &ideas[1];
    let mut active = hidden.clone().into_active_model();
    active.visibility = Set(Visibility::Hidden);
    active.update(&app.db).await.unwrap();

    let paths = sitemap_paths(&app).await;
    for path in &paths {
        assert_eq!(app.get(path).await.status(), 200, "{path}");
    }
    for needed in ["/", "/directory", "/accessibility", "/privacy"] {
        assert!(paths.contains(&needed.to_owned()), "{needed} in {paths:?}");
    }
    let listed_ideas = paths.iter().filter(|p| p.starts_with("/ideas/")).count();
    assert_eq!(listed_ideas, ideas.len() - 1);
    assert!(!paths.contains(&app::domain::idea::idea_href(hidden.id, &hidden.slug)));
    let listing = first_listing(&app).await;
    assert!(
        paths.contains(&app::features::directory::paths::listing_href(
            listing.id,
            &listing.slug
        ))
    );
    assert!(
        !paths
            .iter()
            .any(|p| p.starts_with("/account") || p.starts_with("/admin"))
    );
    // A file with nothing public, or a name that is not a file, is not found.
    for missing in [
        "/sitemaps/ideas-999.xml",
        "/sitemaps/ideas-x.xml",
        "/sitemaps/other.xml",
    ] {
        assert_eq!(app.get(missing).await.status(), 404, "{missing}");
    }
}

/// A file of the sitemap holds ideas by id range, so 100,000 ideas make several files,
/// each naming only its own ideas.
#[tokio::test]
async fn ideas_beyond_one_file_go_to_the_next() {
    let app = spawn_app(Backend::Sqlite).await;
    let idea = app.first_idea().await;
    let far = app::server::queries::sitemap::PER_FILE * 2 + 7;
    let mut copy = idea.clone().into_active_model();
    copy.id = Set(far);
    copy.slug = Set("far-away".into());
    copy.submission_key = Set(None);
    idea::Entity::insert(copy).exec(&app.db).await.unwrap();
    let index = app.get("/sitemap.xml").await.text().await.unwrap();
    assert!(
        index.contains(&format!("{}/sitemaps/ideas-2.xml", app.address)),
        "{index}"
    );
    let file = app.get("/sitemaps/ideas-2.xml").await.text().await.unwrap();
    assert_eq!(
        locations(&file),
        [format!("{}/ideas/{far}-far-away", app.address)]
    );
}

async fn a_campaign_feed_tells_new_ideas_and_changes_of_status(backend: Backend) {
    let app = spawn_app(backend).await;
    let campaign = app.demo_campaign().await;
    let idea = app.first_idea().await;
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let response = app
        .post_from(
            &moderator,
            &format!("/ideas/{}/status", idea.id),
            &[
                ("status", "shortlisted"),
                ("reason", "We are looking at it with the app library team."),
                ("duplicate_of", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let response = app
        .get(&format!("/feeds/campaigns/{}.atom", campaign.slug))
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    let feed: atom_syndication::Feed = response.text().await.unwrap().parse().unwrap();
    assert_eq!(feed.title().as_str(), campaign.title);
    let first = &feed.entries()[0];
    assert_eq!(
        first.title().as_str(),
        format!("New status: {}", idea.title)
    );
    assert!(
        first
            .summary()
            .unwrap()
            .as_str()
            .contains("We are looking at it with the app library team."),
        "{first:?}"
    );
    assert_eq!(
        first.links()[0].href(),
        format!(
            "{}{}",
            app.address,
            app::domain::idea::idea_href(idea.id, &idea.slug)
        )
    );
    // Every public idea of the campaign appears as new, up to the feed's length.
    let new_entries = feed
        .entries()
        .iter()
        .filter(|e| e.id().contains("#idea-"))
        .count();
    assert!(new_entries > 3, "{new_entries}");
    assert_eq!(app.get("/feeds/campaigns/no-such.atom").await.status(), 404);
    assert_eq!(
        app.get(&format!("/feeds/campaigns/{}", campaign.slug))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn updated_since_lists_only_ideas_changed_since() {
    let app = spawn_app(Backend::Sqlite).await;
    let campaign = app.demo_campaign().await;
    let idea = app.first_idea().await;
    let list = |since: String| {
        let app = &app;
        let slug = campaign.slug.clone();
        async move {
            let response = app
                .get(&format!(
                    "/api/v1/ideas?campaign={slug}&updated_since={}",
                    urlencode(&since)
                ))
                .await;
            let status = response.status();
            (status, response.json::<serde_json::Value>().await.unwrap())
        }
    };
    let since = chrono::Utc::now();
    let (status, body) = list(since.to_rfc3339()).await;
    assert_eq!(status, 200);
    assert_eq!(body["items"].as_array().unwrap().len(), 0, "{body}");
    let mut active = idea.clone().into_active_model();
    active.updated_at = Set(since + chrono::Duration::seconds(1));
    active.update(&app.db).await.unwrap();
    let (_, body) = list(since.to_rfc3339()).await;
    let items = body["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{body}");
    assert_eq!(items[0]["id"], idea.id);
    assert!(items[0]["updated_at"].is_string());
    let (status, body) = list("yesterday".into()).await;
    assert_eq!(status, 400);
    assert_eq!(body["parameter"], "updated_since");
    // The OpenAPI document describes it.
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let params = doc["paths"]["/api/v1/ideas"]["get"]["parameters"]
        .as_array()
        .unwrap();
    assert!(params.iter().any(|p| p["name"] == "updated_since"));
}

fn urlencode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

#[tokio::test]
async fn only_the_embeddable_directory_may_be_framed() {
    let app = spawn_app(Backend::Sqlite).await;
    let embed = app.get("/embed/directory?platform=web").await;
    assert_eq!(embed.status(), 200);
    let headers = embed.headers().clone();
    assert!(headers.get("x-frame-options").is_none());
    let policy = headers["content-security-policy"].to_str().unwrap();
    assert!(policy.contains("frame-ancestors *"), "{policy}");
    assert!(!policy.contains("script-src"), "{policy}");
    let page = scraper::Html::parse_document(&embed.text().await.unwrap());
    let names = texts(&page, ".app-embed-directory__card h3 a");
    assert!(!names.is_empty());
    for link in attr(&page, ".app-embed-directory__card h3 a", "href") {
        assert!(link.starts_with(&app.address), "{link}");
    }
    // The same filter narrows the same list as the directory's.
    let directory = app.page("/directory?platform=web", 200).await;
    let in_directory = texts(&directory, ".nhsuk-card__link");
    assert_eq!(
        names
            .iter()
            .map(|n| n.trim_end_matches(" (opens in a new tab)").to_owned())
            .collect::<Vec<_>>(),
        in_directory
    );

    // Every other page refuses to be framed.
    for path in ["/", "/directory", "/api/v1/listings"] {
        let response = app.get(path).await;
        assert_eq!(response.headers()["x-frame-options"], "DENY", "{path}");
        let policy = response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            policy.contains("frame-ancestors 'none'"),
            "{path}: {policy}"
        );
    }

    // What the address carries is escaped.
    let html = app
        .get("/embed/directory?q=%3Cscript%3Ealert(1)%3C/script%3E")
        .await
        .text()
        .await
        .unwrap();
    assert!(!html.contains("<script>alert(1)"), "{html}");

    // The fragment: the same list, for a page of someone else's, readable from anywhere.
    let fragment = app.get("/api/v1/listings.html?platform=web").await;
    assert_eq!(fragment.status(), 200);
    assert_eq!(fragment.headers()["access-control-allow-origin"], "*");
    let body = fragment.text().await.unwrap();
    assert!(body.starts_with("<section"), "{body}");
    let fragment = scraper::Html::parse_fragment(&body);
    assert_eq!(texts(&fragment, ".app-embed-directory__card h3 a"), names);
    assert_eq!(texts(&fragment, "h2"), ["Apps and tools"]);
    // The API refuses what the pages would forgive, naming the parameter.
    let refused = app.get("/api/v1/listings.html?platform=fax").await;
    assert_eq!(refused.status(), 400);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["parameter"], "platform");
    assert_eq!(
        app.get("/api/v1/listings.html?colour=red").await.status(),
        400
    );
}

on_both_databases!(
    the_sitemap_lists_what_is_public_and_every_address_answers,
    a_campaign_feed_tells_new_ideas_and_changes_of_status,
);
