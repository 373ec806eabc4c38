//! The pages a public body must publish: on every page's footer, readable by anyone,
//! edited by administrators only (in the audit log), and the cookies page true: browsing
//! sets no cookie at all, and signing in sets only the one it names.

use app::domain::site_page::SitePageKind;
use app::domain::user::Role;

use crate::support::{Backend, TestConfig, audit_of, browser, spawn_app, spawn_app_with, texts};

#[tokio::test]
async fn every_page_links_to_the_statutory_pages_and_each_has_its_words() {
    let app = spawn_app(Backend::Sqlite).await;
    for path in ["/", "/directory", "/sign-in", "/moderation-log"] {
        let page = app.page(path, 200).await;
        let footer = texts(&page, "footer a");
        for kind in SitePageKind::ALL {
            assert!(
                footer.contains(&app::i18n::text(app::i18n::Lang::En, kind.title_key(), &[])),
                "{path}: {footer:?}"
            );
        }
    }
    for kind in SitePageKind::ALL {
        let page = app.page(&kind.path(), 200).await;
        assert_eq!(
            texts(&page, "h1"),
            [app::i18n::text(app::i18n::Lang::En, kind.title_key(), &[])]
        );
        assert!(texts(&page, "main p").len() > 1, "{kind:?} has words");
        let description = page
            .select(&scraper::Selector::parse("meta[name=description]").unwrap())
            .next()
            .and_then(|m| m.value().attr("content").map(str::to_owned));
        let english = app::i18n::text(app::i18n::Lang::En, kind.description_key(), &[]);
        assert_eq!(description, Some(english));
    }
    // The rules page lists the rules moderators apply, from the report reasons.
    let rules = app.page("/rules", 200).await;
    let listed = texts(&rules, ".nhsuk-summary-list__key");
    for reason in app::domain::moderation::ReportReason::ALL {
        let name = app::i18n::text(app::i18n::Lang::En, reason.label_key(), &[]);
        assert!(listed.contains(&name), "{listed:?}");
    }
    // The accessibility statement follows the public sector template's structure.
    let statement = app.page("/accessibility", 200).await;
    let headings = texts(&statement, "main h2, main h3");
    for needed in [
        "How accessible this website is",
        "Reporting accessibility problems with this website",
        "Enforcement procedure",
        "Compliance status",
        "Preparation of this accessibility statement",
    ] {
        assert!(headings.contains(&needed.to_owned()), "{headings:?}");
    }
    assert_eq!(app.get("/no-such-page").await.status(), 404);
}

#[tokio::test]
async fn administrators_edit_the_pages_and_nobody_else_can() {
    let app = spawn_app(Backend::Sqlite).await;
    let form = [(
        "body",
        "We are the **Example Health Board**.\n\nWrite to hello@example.org.\n\n<script>alert(1)</script>",
    )];
    for role in [Role::Public, Role::Developer, Role::Moderator] {
        let client = app.signed_in_browser(role).await;
        let response = app.post_from(&client, "/admin/pages/contact", &form).await;
        assert_eq!(response.status(), 403, "{role:?}");
    }
    let admin = app.signed_in_browser(Role::Admin).await;
    // Empty: refused by the field, nothing saved.
    let refused = app
        .post_from(&admin, "/admin/pages/contact", &[("body", "  ")])
        .await;
    assert_eq!(refused.status(), 422);
    let page = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert!(
        texts(&page, ".nhsuk-error-message")
            .iter()
            .any(|m| m.contains("the page's text"))
    );
    assert!(
        !texts(&app.page("/contact", 200).await, "main p")
            .join(" ")
            .contains("Example Health Board")
    );
    // Saved: the page shows it (sanitised), with when it was updated.
    let response = app.post_from(&admin, "/admin/pages/contact", &form).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/admin/pages?saved=contact");
    let contact = app.page("/contact", 200).await;
    let html = contact.root_element().html();
    assert!(html.contains("<strong>Example Health Board</strong>"));
    assert!(!html.contains("alert(1)</script>"));
    assert!(
        texts(&contact, "main p")
            .iter()
            .any(|p| p.starts_with("Last updated"))
    );
    // The list says which pages still show their default text.
    let list = scraper::Html::parse_document(
        &admin
            .get(format!("{}/admin/pages", app.address))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let rows = texts(&list, "tbody tr");
    assert!(
        rows.iter()
            .any(|r| r.contains("Contact us") && r.contains("Edited"))
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("Privacy notice") && r.contains("Default text"))
    );
    // Back to the default.
    let response = app
        .post_from(&admin, "/admin/pages/contact/reset", &[])
        .await;
    assert_eq!(response.status(), 303);
    assert!(
        !app.page("/contact", 200)
            .await
            .root_element()
            .html()
            .contains("Example Health Board")
    );
    let audit = audit_of(&app, "site_page", 5).await;
    assert_eq!(
        audit,
        [
            ("site_page.edited".to_owned(), Some("contact".to_owned())),
            ("site_page.reset".to_owned(), Some("contact".to_owned())),
        ]
    );
    // An unknown page is not found.
    let response = app
        .post_from(&admin, "/admin/pages/terms-of-war", &form)
        .await;
    assert_eq!(response.status(), 404);
}

/// The names of the cookies a response sets.
fn cookie_names(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().split('=').next().unwrap().to_owned())
        .collect()
}

/// The cookies page says two cookies, set only at sign-in and when choosing a language,
/// strictly necessary: no banner is needed only while that stays true.
#[tokio::test]
async fn browsing_sets_no_cookie_and_signing_in_sets_only_the_session() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let visitor = browser();
    let idea = app.first_idea().await;
    for path in [
        "/".to_owned(),
        "/directory".to_owned(),
        format!("/ideas/{}-{}", idea.id, idea.slug),
        "/sign-in".to_owned(),
        "/cookies".to_owned(),
        "/api/v1/ideas".to_owned(),
    ] {
        let response = visitor
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert!(
            response
                .headers()
                .get_all("set-cookie")
                .iter()
                .next()
                .is_none(),
            "{path} set a cookie"
        );
    }
    let response = visitor
        .post(format!("{}/auth/demo", app.address))
        .header("origin", &app.address)
        .form(&[("role", "public"), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(cookie_names(&response), ["ideas_session"]);
    let response = browser()
        .get(format!("{}/?lang=cy", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(cookie_names(&response), ["ideas_lang"]);
    let cookies = app.page("/cookies", 200).await;
    let named = texts(&cookies, "td");
    assert!(named.contains(&"ideas_session".to_owned()));
    assert!(named.contains(&"ideas_lang".to_owned()));
}
