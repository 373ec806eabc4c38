//! Assisted digital: a helper records someone who took part in person, by phone or on
//! paper, with their consent, and puts forward and supports ideas for them; what they
//! put forward reads "submitted with help" and the analysis counts them apart. Paper
//! forms come in as a CSV file, previewed row by row, imported whole or not at all.

use app::domain::assisted::Channel;
use app::domain::idea::Visibility;
use app::domain::identity::CurrentUser;
use app::domain::user::{Role, Segment};
use app::server::entities::{assisted_person, idea, identity, user, vote};
use app::server::rate_limit::LimitedAction;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, TestConfig, audit_of, spawn_app_with, texts};

const CAMPAIGN: &str = "apps-for-everyday-health";
const NEW_IDEA: &str = "/campaigns/apps-for-everyday-health/ideas/new";

async fn app(backend: Backend) -> TestApp {
    let mut config = TestConfig::new(backend);
    config.lift_limits(&[LimitedAction::Vote, LimitedAction::SubmitIdea]);
    spawn_app_with(config).await
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn assisted_people(app: &TestApp) -> Vec<assisted_person::Model> {
    assisted_person::Entity::find()
        .order_by_asc(assisted_person::Column::UserId)
        .all(&app.db)
        .await
        .unwrap()
}

/// The helper (signed in on the app's client) records Jo, and the id of Jo's account.
async fn record_jo(app: &TestApp) -> i64 {
    let form = [
        ("display_name", "Jo"),
        ("segment", "public"),
        ("channel", "paper"),
        ("reference", "Form 17"),
        ("consent", "yes"),
    ];
    let response = app.post_form("/assisted", &form).await;
    assert_eq!(response.status(), 303);
    let to = location(&response);
    let id: i64 = to
        .trim_start_matches("/assisted/people/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .expect("the person's page");
    assert_eq!(to, format!("/assisted/people/{id}?done=added"));
    id
}

async fn published_ideas(app: &TestApp) -> Vec<idea::Model> {
    idea::Entity::find()
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(idea::Column::DuplicateOfId.is_null())
        .order_by_asc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

async fn votes_of(app: &TestApp, user_id: i64) -> Vec<i64> {
    vote::Entity::find()
        .filter(vote::Column::UserId.eq(user_id))
        .order_by_asc(vote::Column::IdeaId)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|v| v.idea_id)
        .collect()
}

fn idea_form<'a>(title: &'a str, on_behalf_of: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        (
            "summary",
            "Large print and spoken reminders for repeat prescriptions.",
        ),
        ("description", ""),
        ("category", "long-term-conditions"),
        ("kind", "new"),
        ("link_url", ""),
        ("other_links", ""),
        ("submission_key", "assisted-1"),
        ("confirmed", "yes"),
        ("on_behalf_of", on_behalf_of),
    ]
}

async fn a_helper_records_someone_and_puts_an_idea_forward_for_them(backend: Backend) {
    let app = app(backend).await;
    // The pages are for helpers: a member of the public is refused.
    let public = app.signed_in_browser(Role::Public).await;
    app.page_from(&public, "/assisted", 403).await;

    app.sign_in_as(Role::Helper).await;
    // Without consent, nothing is recorded and the form comes back as typed.
    let response = app
        .post_form(
            "/assisted",
            &[
                ("display_name", "Jo Marlowe-Smith"),
                ("segment", "public"),
                ("channel", "paper"),
                ("reference", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(texts(&page, ".nhsuk-error-summary")[0].contains("Confirm that they agreed"));
    let typed = scraper::Selector::parse("#display-name").unwrap();
    assert_eq!(
        page.select(&typed).next().unwrap().value().attr("value"),
        Some("Jo Marlowe-Smith")
    );
    assert!(assisted_people(&app).await.is_empty());

    let jo = record_jo(&app).await;
    let account = user::Entity::find_by_id(jo)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(account.assisted);
    assert_eq!(account.role, Role::Public);
    assert_eq!(account.segment, Segment::Public);
    // No way to sign in was made for them.
    let ways_in = identity::Entity::find()
        .filter(identity::Column::UserId.eq(jo))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(ways_in, 0);
    let recorded = &assisted_people(&app).await[0];
    assert_eq!(recorded.channel, Channel::Paper);
    assert_eq!(recorded.consent, app::domain::assisted::CONSENT);
    assert_eq!(recorded.reference.as_deref(), Some("Form 17"));
    let added = audit_of(&app, "account", jo).await;
    assert_eq!(added[0].0, "assisted.person_added");

    // The new-idea form, for Jo.
    let page = app.page(&format!("{NEW_IDEA}?for={jo}"), 200).await;
    assert!(texts(&page, ".on-behalf")[0].contains("You are putting this idea forward for Jo"));
    // A form that comes back still says whose idea it is, and keeps them.
    let jo_text = jo.to_string();
    let mut short = idea_form("Spoken prescription reminders", &jo_text);
    short.retain(|(name, _)| *name != "summary");
    let response = app.post_form(NEW_IDEA, &short).await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(texts(&page, ".on-behalf")[0].contains("for Jo"));
    let kept = scraper::Selector::parse("input[name=on_behalf_of]").unwrap();
    assert_eq!(
        page.select(&kept).next().unwrap().value().attr("value"),
        Some(jo_text.as_str())
    );
    let response = app
        .post_form(
            NEW_IDEA,
            &idea_form("Spoken prescription reminders", &jo.to_string()),
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        location(&response),
        format!("/assisted/people/{jo}?done=idea")
    );
    let stored = idea::Entity::find()
        .filter(idea::Column::Title.eq("Spoken prescription reminders"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the idea was stored");
    assert_eq!(stored.author_id, jo, "the idea is Jo's, not the helper's");
    let page = app
        .page(&format!("/ideas/{}-{}", stored.id, stored.slug), 200)
        .await;
    let by = texts(&page, ".nhsuk-summary-list__value").join(" | ");
    assert!(
        by.contains("Jo (Member of the public) Submitted with help"),
        "{by}"
    );
    // And the person's page lists it.
    let page = app.page(&format!("/assisted/people/{jo}"), 200).await;
    assert!(texts(&page, ".helped-ideas")[0].contains("Spoken prescription reminders"));
    let listed = app.page("/assisted", 200).await;
    assert!(texts(&listed, ".people-helped")[0].contains("Jo"));
}

async fn supporting_for_someone_counts_once_and_all_or_nothing(backend: Backend) {
    let app = app(backend).await;
    app.sign_in_as(Role::Helper).await;
    let jo = record_jo(&app).await;
    let ideas = published_ideas(&app).await;
    let (a, b) = (&ideas[0], &ideas[1]);
    let support = format!("/assisted/people/{jo}/support");

    let both = format!("{}, #{}", a.id, b.id);
    let response = app.post_form(&support, &[("ideas", &both)]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        location(&response),
        format!("/assisted/people/{jo}?done=supported#supports")
    );
    assert_eq!(votes_of(&app, jo).await, vec![a.id, b.id]);
    let counted = idea::Entity::find_by_id(a.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counted.vote_count, a.vote_count + 1);
    // The same paper form entered twice counts once.
    app.post_form(&support, &[("ideas", &a.id.to_string())])
        .await;
    let counted = idea::Entity::find_by_id(a.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counted.vote_count, a.vote_count + 1);

    // One number that is not an idea: nothing is supported, and the form says which.
    let c = &ideas[2];
    let typed = format!("{}, 999999", c.id);
    let response = app.post_form(&support, &[("ideas", &typed)]).await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let message = texts(&page, "#ideas-error").join(" ");
    assert!(
        message.contains("There is no published idea number 999999"),
        "{message}"
    );
    assert!(message.contains("Nothing was supported"), "{message}");
    let kept = scraper::Selector::parse("#ideas").unwrap();
    assert_eq!(
        page.select(&kept).next().unwrap().value().attr("value"),
        Some(typed.as_str())
    );
    assert_eq!(votes_of(&app, jo).await, vec![a.id, b.id]);

    // Withdrawing.
    let response = app
        .post_form(&support, &[("ideas", &b.id.to_string()), ("support", "no")])
        .await;
    assert_eq!(
        location(&response),
        format!("/assisted/people/{jo}?done=withdrawn#supports")
    );
    assert_eq!(votes_of(&app, jo).await, vec![a.id]);
    let audit: Vec<String> = audit_of(&app, "account", jo)
        .await
        .into_iter()
        .map(|(action, _)| action)
        .collect();
    assert_eq!(
        audit,
        [
            "assisted.person_added",
            "assisted.supported",
            "assisted.supported",
            "assisted.withdrawn"
        ]
    );

    // The analysis counts Jo's support as taking part with help.
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let page = app
        .page_from(&moderator, &format!("/analysis?campaign={CAMPAIGN}"), 200)
        .await;
    let with_help = texts(&page, "table")
        .into_iter()
        .find(|t| t.contains("Supports given"));
    let with_help = with_help.expect("the table of taking part with help");
    assert!(with_help.contains("People1"), "{with_help}");
    assert!(with_help.contains("Supports given1"), "{with_help}");

    // At their request, they are removed: only once the helper confirms it.
    let remove = format!("/assisted/people/{jo}/remove");
    let response = app.post_form(&remove, &[]).await;
    assert_eq!(response.status(), 422);
    assert_eq!(votes_of(&app, jo).await, vec![a.id]);
    let response = app.post_form(&remove, &[("asked", "yes")]).await;
    assert_eq!(location(&response), "/assisted?done=removed");
    assert!(votes_of(&app, jo).await.is_empty());
    let uncounted = idea::Entity::find_by_id(a.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(uncounted.vote_count, a.vote_count);
    let gone = user::Entity::find_by_id(jo)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(gone.deleted_at.is_some());
    assert_eq!(assisted_people(&app).await[0].reference, None);
    app.page(&format!("/assisted/people/{jo}"), 404).await;
}

async fn nobody_acts_for_someone_they_did_not_record(backend: Backend) {
    let app = app(backend).await;
    // Someone recorded by another helper.
    let other = user::Entity::find()
        .order_by_asc(user::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let other_helper = CurrentUser {
        id: other.id,
        display_name: other.display_name.clone(),
        segment: other.segment,
        role: Role::Helper,
        suspension: None,
    };
    let person = app::domain::assisted::NewPerson {
        display_name: "Sam".into(),
        segment: Segment::Professional,
        channel: Channel::Phone,
        reference: None,
    };
    let now = app::server::clock::now();
    let sam = app::server::assisted::add_person(&app.db, &other_helper, person, None, now)
        .await
        .unwrap()
        .unwrap();
    let idea = &published_ideas(&app).await[0];

    app.sign_in_as(Role::Helper).await;
    app.page(&format!("/assisted/people/{sam}"), 404).await;
    let response = app
        .post_form(
            &format!("/assisted/people/{sam}/support"),
            &[("ideas", &idea.id.to_string())],
        )
        .await;
    assert_eq!(response.status(), 404);
    let response = app
        .post_form(NEW_IDEA, &idea_form("Not mine to send", &sam.to_string()))
        .await;
    assert_eq!(response.status(), 404);
    // Nor for an account that signs in for itself.
    let response = app
        .post_form(
            NEW_IDEA,
            &idea_form("Not theirs either", &other.id.to_string()),
        )
        .await;
    assert_eq!(response.status(), 404);
    // A member of the public cannot act for anyone.
    let public = app.signed_in_browser(Role::Public).await;
    let response = app
        .post_from(&public, NEW_IDEA, &idea_form("Nor mine", &sam.to_string()))
        .await;
    assert_eq!(response.status(), 403);
    assert!(votes_of(&app, sam).await.is_empty());
    let stray = idea::Entity::find()
        .filter(idea::Column::AuthorId.eq(sam))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stray, 0);
    // The helper's list does not show Sam; a moderator's does, and may act for them.
    let listed = app.page("/assisted", 200).await;
    assert!(
        texts(&listed, "main")
            .join(" ")
            .contains("You have not recorded anyone yet")
    );
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let page = app
        .page_from(&moderator, &format!("/assisted/people/{sam}"), 200)
        .await;
    assert_eq!(texts(&page, "h1"), ["Sam"]);
}

/// A CSV file posted as the import form posts it.
async fn post_file(app: &TestApp, csv: &str, confirm: bool) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::text(csv.to_owned())
            .file_name("forms.csv")
            .mime_str("text/csv")
            .unwrap(),
    );
    if confirm {
        form = form.text("confirm", "yes");
    }
    app.client
        .post(format!("{}/assisted/import", app.address))
        .header("origin", &app.address)
        .multipart(form)
        .send()
        .await
        .expect("request sent")
}

async fn paper_forms_are_previewed_then_imported_whole_or_not_at_all(backend: Backend) {
    let app = app(backend).await;
    app.sign_in_as(Role::Helper).await;
    let ideas = published_ideas(&app).await;
    let supports = format!("\"{}, {}\"", ideas[0].id, ideas[1].id);
    let good_rows = format!(
        "Ann,public,paper,yes,Form 1,{CAMPAIGN},long-term-conditions,,Bigger buttons for repeat prescriptions,Order repeat prescriptions with large buttons and spoken help.,,,{supports}\n\
         ,Health or care professional,phone,Y,Call 2,,,,,,,,{}\n\
         Bea,public,in-person,yes,,{CAMPAIGN},long-term-conditions,,A diary for my test results,Keep results together. My NHS number is 943 476 5919.,,,\n",
        ideas[2].id
    );
    let header = "name,group,channel,consent,reference,campaign,category,kind,title,summary,description,link,supports\n";
    // One bad row (no consent, an unknown campaign): nothing is stored.
    let bad = format!(
        "{header}{good_rows}Cy,public,paper,no,,no-such-campaign,,,A title that is fine,A summary,,,\n"
    );
    let response = post_file(&app, &bad, false).await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(texts(&page, ".nhsuk-error-summary")[0].contains("1 row of the file has problems"));
    let problems = texts(&page, ".import-preview__problem").join(" | ");
    assert!(problems.starts_with("Line 5Person Cy"), "{problems}");
    assert!(problems.contains("Confirm that they agreed"), "{problems}");
    assert!(
        problems.contains("There is no campaign called “no-such-campaign”"),
        "{problems}"
    );
    assert!(assisted_people(&app).await.is_empty());
    // Asking to import it anyway stores nothing either.
    let response = post_file(&app, &bad, true).await;
    assert_eq!(response.status(), 422);
    assert!(assisted_people(&app).await.is_empty());

    // The good rows: previewed, with the held idea said, then imported.
    let good = format!("{header}{good_rows}");
    let response = post_file(&app, &good, false).await;
    assert_eq!(response.status(), 200);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(texts(&page, "main form button"), ["Import 3 paper forms"]);
    let preview = texts(&page, ".import-preview tbody").join(" ");
    assert!(preview.contains("will wait for a moderator"), "{preview}");
    let response = post_file(&app, &good, true).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        location(&response),
        "/assisted?done=imported&people=3&ideas=2&held=1&supports=3&again=0"
    );
    let people = assisted_people(&app).await;
    assert_eq!(people.len(), 3);
    assert!(people.iter().all(|p| p.import_key.is_some()));
    let ann = people[0].user_id;
    assert_eq!(votes_of(&app, ann).await, vec![ideas[0].id, ideas[1].id]);
    let theirs = idea::Entity::find()
        .filter(idea::Column::AuthorId.is_in(people.iter().map(|p| p.user_id)))
        .order_by_asc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(theirs.len(), 2);
    assert_eq!(theirs[0].visibility, Visibility::Published);
    assert_eq!(
        theirs[1].visibility,
        Visibility::Pending,
        "the NHS number holds it"
    );
    assert!(theirs[1].held_for.is_some());
    // The open data says so too.
    let json: serde_json::Value = app
        .get(&format!("/api/v1/ideas/{}", theirs[0].id))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["submitted_with_help"], true, "{json}");
    assert_eq!(json["author"], "Ann");
    let json: serde_json::Value = app
        .get(&format!("/api/v1/ideas/{}", ideas[0].id))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["submitted_with_help"], false);

    // The same file again adds nobody and nothing.
    let response = post_file(&app, &good, true).await;
    assert_eq!(
        location(&response),
        "/assisted?done=imported&people=0&ideas=0&held=0&supports=0&again=3"
    );
    assert_eq!(assisted_people(&app).await.len(), 3);
}

async fn a_file_that_is_not_the_template_is_refused_as_a_whole(backend: Backend) {
    let app = app(backend).await;
    app.sign_in_as(Role::Helper).await;
    let response = post_file(&app, "name,age\nJo,80\n", false).await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let message = texts(&page, "#file-error").join(" ");
    assert!(message.contains("“age”"), "{message}");
    let response = post_file(&app, "group,channel,consent\n", false).await;
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(texts(&page, "#file-error")[0].contains("no rows"));
    // Not UTF-8 (a spreadsheet's old default): a clear message, nothing stored.
    let mut form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(b"group,channel,consent\npublic,paper,yes \xe9\n".to_vec())
            .file_name("forms.csv"),
    );
    form = form.text("confirm", "yes");
    let response = app
        .client
        .post(format!("{}/assisted/import", app.address))
        .header("origin", &app.address)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("CSV UTF-8"));
    assert!(assisted_people(&app).await.is_empty());
    // The template downloads, for helpers.
    let template = app.get("/assisted/import/template.csv").await;
    assert_eq!(template.status(), 200);
    assert!(
        template
            .text()
            .await
            .unwrap()
            .starts_with("name,group,channel,consent")
    );
}

on_both_databases!(
    a_helper_records_someone_and_puts_an_idea_forward_for_them,
    supporting_for_someone_counts_once_and_all_or_nothing,
    nobody_acts_for_someone_they_did_not_record,
    paper_forms_are_previewed_then_imported_whole_or_not_at_all,
    a_file_that_is_not_the_template_is_refused_as_a_whole,
);
