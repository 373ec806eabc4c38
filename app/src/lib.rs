//! The Ideas and Apps platform as one Leptos application, rendered on the server. Only
//! the interactive parts of a page are hydrated in the browser: they are islands
//! (`#[island]`: supporting an idea in place, similar ideas while typing, the
//! plain-language hint, the error summary's links), and the browser downloads the code
//! of those alone. Every page works without JavaScript; the islands make it nicer,
//! never possible.

// The pages' view types nest deeply (every element is a type), and the release build,
// without `erase_components`, needs more than the default 128 levels to lay them out.
#![recursion_limit = "256"]

pub mod access;
pub mod components;
pub mod domain;
pub mod error;
pub mod features;
pub mod forms;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod server;

use leptos::prelude::*;

use i18n::lang;
use leptos_meta::{HashedStylesheet, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use components::error_panel::{Problem, ProblemPage};
use components::layout::{Footer, Header, SkipLink};
use components::not_found::NotFound;
use domain::site_page::SitePageKind;
use features::accounts::pages::{
    AccountPage, AdminAccountsPage, DeleteAccountPage, ProfilePage, SignInPage, WelcomePage,
};
use features::analysis::pages::AnalysisPage;
use features::assisted::pages::{AssistedPage, AssistedPersonPage, ImportPage};
use features::campaigns::admin_pages::{AdminCampaignsPage, CampaignFormPage};
use features::campaigns::pages::{CampaignPage, HomePage};
use features::comments::pages::CommentEditPage;
use features::directory::pages::{
    DeveloperPage, DirectoryPage, ListingFormPage, ListingPage, MyListingPage,
};
use features::directory::review_pages::{ListingQueuePage, ListingReviewPage, WebhooksPage};
use features::drafts::pages::{DraftPage, DraftsPage, EditDraftPage, NewDraftPage};
use features::email::pages::{
    AdminEmailMessagePage, AdminEmailPage, ConfirmEmailPage, EmailPage, PreferencesPage,
    UnsubscribePage,
};
use features::ideas::authoring::{ChangeIdeaPage, WithdrawIdeaPage};
use features::ideas::pages::{IdeaPage, NewIdeaPage};
use features::integrity::pages::IntegrityPage;
use features::moderation::pages::{
    IdeaEditPage, ModerationLogPage, ModerationPage, PersonPage, ReportPage, SuspendedPage,
};
use features::notifications::pages::NotificationsPage;
use features::site_pages::pages::{AdminSitePageEditPage, AdminSitePagesPage, SitePage};

/// The HTML document around the application, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // A page saying why a request was stopped is answered at the form's address, where
    // no route matches what the server drew: it is not hydrated.
    let hydrate = use_context::<ProblemPage>().is_none();
    view! {
        <!DOCTYPE html>
        <html lang=lang().code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"/>
                <meta name="theme-color" content="#005eb8"/>
                <link rel="icon" href="/nhsuk/images/favicon.ico" sizes="48x48"/>
                <link rel="icon" href="/nhsuk/images/favicon.svg" sizes="any" type="image/svg+xml"/>
                // The stylesheet by its hashed name (`hash-files`), when the build gave it one.
                <HashedStylesheet options=options.clone() id="leptos"/>
                {hydrate.then(|| view! {
                    <AutoReload options=options.clone()/>
                    <HydrationScripts options islands=true/>
                })}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The application: the page frame and the route table.
///
/// Pages that can answer 404 render with [`SsrMode::Async`]: their data is loaded
/// before the first byte is sent, so the status code can still be set.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    #[cfg(feature = "ssr")]
    {
        server::csp::set_page_policy();
        // Outside the islands nothing is hydrated, so the data the page was drawn from
        // is not sent again for hydration (leptos_axum starts every page hydrating;
        // each island turns it on for itself).
        if let Some(context) = Owner::current_shared_context() {
            context.set_is_hydrating(false);
        }
    }
    components::page_meta::SiteAddress::provide();
    // Once for the page: everything under it reads the language from here.
    let lang = lang();
    provide_context(lang);
    view! {
        <Title formatter=move |page: String| title_text(t!(in lang, "page-title", page = page))/>
        <Router>
            <SkipLink/>
            <Header/>
            <div class="nhsuk-width-container">
                <main class="nhsuk-main-wrapper" id="maincontent">
                    {match use_context::<ProblemPage>() {
                        Some(ProblemPage(err)) => view! { <Problem err/> }.into_any(),
                        None => view! { <Pages/> }.into_any(),
                    }}
                </main>
            </div>
            <Footer/>
        </Router>
    }
}

/// Every page, by its address.
#[component]
fn Pages() -> impl IntoView {
    view! {
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                        <Route path=path!("/campaigns/:slug") view=CampaignPage ssr=SsrMode::Async/>
                        <Route path=path!("/campaigns/:slug/ideas/new") view=NewIdeaPage ssr=SsrMode::Async/>
                        <Route path=path!("/ideas/:id_slug") view=IdeaPage ssr=SsrMode::Async/>
                        // Where the idea page's comment and status forms post: a refused form
                        // is shown again at this address, so the page must live here too.
                        <Route path=path!("/ideas/:id_slug/comments") view=IdeaPage ssr=SsrMode::Async/>
                        <Route path=path!("/ideas/:id_slug/status") view=IdeaPage ssr=SsrMode::Async/>
                        <Route path=path!("/ideas/:id_slug/change") view=ChangeIdeaPage ssr=SsrMode::Async/>
                        <Route path=path!("/ideas/:id_slug/withdraw") view=WithdrawIdeaPage ssr=SsrMode::Async/>
                        <Route path=path!("/comments/:comment_id/edit") view=CommentEditPage ssr=SsrMode::Async/>
                        <Route path=path!("/notifications") view=NotificationsPage ssr=SsrMode::Async/>
                        <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                        <Route path=path!("/welcome") view=WelcomePage ssr=SsrMode::Async/>
                        <Route path=path!("/accessibility") view=|| view! { <SitePage kind=SitePageKind::Accessibility/> } ssr=SsrMode::Async/>
                        <Route path=path!("/privacy") view=|| view! { <SitePage kind=SitePageKind::Privacy/> } ssr=SsrMode::Async/>
                        <Route path=path!("/cookies") view=|| view! { <SitePage kind=SitePageKind::Cookies/> } ssr=SsrMode::Async/>
                        <Route path=path!("/rules") view=|| view! { <SitePage kind=SitePageKind::Rules/> } ssr=SsrMode::Async/>
                        <Route path=path!("/contact") view=|| view! { <SitePage kind=SitePageKind::Contact/> } ssr=SsrMode::Async/>
                        <Route path=path!("/admin/pages") view=AdminSitePagesPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/pages/:key") view=AdminSitePageEditPage ssr=SsrMode::Async/>
                        <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                        <Route path=path!("/account/profile") view=ProfilePage ssr=SsrMode::Async/>
                        <Route path=path!("/account/delete") view=DeleteAccountPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/accounts") view=AdminAccountsPage ssr=SsrMode::Async/>
                        <Route path=path!("/account/email") view=EmailPage ssr=SsrMode::Async/>
                        <Route path=path!("/account/email/confirm") view=ConfirmEmailPage ssr=SsrMode::Async/>
                        <Route path=path!("/account/notifications") view=PreferencesPage ssr=SsrMode::Async/>
                        <Route path=path!("/email/unsubscribe") view=UnsubscribePage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/email") view=AdminEmailPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/email/:id") view=AdminEmailMessagePage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/campaigns") view=AdminCampaignsPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/campaigns/new") view=CampaignFormPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/campaigns/:slug/edit") view=CampaignFormPage ssr=SsrMode::Async/>
                        <Route path=path!("/directory") view=DirectoryPage ssr=SsrMode::Async/>
                        <Route path=path!("/directory/:id_slug") view=ListingPage ssr=SsrMode::Async/>
                        <Route path=path!("/developer") view=DeveloperPage ssr=SsrMode::Async/>
                        // Where the profile form posts, so a refused one is shown at this address.
                        <Route path=path!("/developer/profile") view=DeveloperPage ssr=SsrMode::Async/>
                        <Route path=path!("/developer/listings/new") view=ListingFormPage ssr=SsrMode::Async/>
                        <Route path=path!("/developer/listings/:id") view=MyListingPage ssr=SsrMode::Async/>
                        <Route path=path!("/developer/listings/:id/edit") view=ListingFormPage ssr=SsrMode::Async/>
                        <Route path=path!("/developer/listings/:id/archive") view=MyListingPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/listings") view=ListingQueuePage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/listings/:id") view=ListingReviewPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/listings/:id/decision") view=ListingReviewPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/listings/:id/archive") view=ListingReviewPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/listings/:id/revoke-developer") view=ListingReviewPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/webhooks") view=WebhooksPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation") view=ModerationPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation-log") view=ModerationLogPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/integrity") view=IntegrityPage ssr=SsrMode::Async/>
                        // Where its forms post, so a refused one is shown at that address.
                        <Route path=path!("/moderation/integrity/set-aside") view=IntegrityPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/integrity/set-asides/:id/restore") view=IntegrityPage ssr=SsrMode::Async/>
                        <Route path=path!("/analysis") view=AnalysisPage ssr=SsrMode::Async/>
                        <Route path=path!("/assisted") view=AssistedPage ssr=SsrMode::Async/>
                        <Route path=path!("/assisted/people/:id") view=AssistedPersonPage ssr=SsrMode::Async/>
                        <Route path=path!("/assisted/import") view=ImportPage ssr=SsrMode::Async/>
                        <Route path=path!("/drafts") view=DraftsPage ssr=SsrMode::Async/>
                        <Route path=path!("/drafts/:slug") view=DraftPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/drafts/new") view=NewDraftPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/drafts/:slug/edit") view=EditDraftPage ssr=SsrMode::Async/>
                        <Route path=path!("/ideas/:id_slug/report") view=ReportPage ssr=SsrMode::Async/>
                        <Route path=path!("/comments/:comment_id/report") view=ReportPage ssr=SsrMode::Async/>
                        <Route path=path!("/directory/:id_slug/report") view=ReportPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/people/:id") view=PersonPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/people/:id/suspend") view=PersonPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/people/:id/reinstate") view=PersonPage ssr=SsrMode::Async/>
                        <Route path=path!("/moderation/ideas/:id/edit") view=IdeaEditPage ssr=SsrMode::Async/>
                        <Route path=path!("/account/suspended") view=SuspendedPage ssr=SsrMode::Async/>
                    </Routes>
    }
}

/// The page title as the document gets it. leptos_meta writes the title into the
/// server-rendered `<title>` without escaping, so a title people wrote (an idea's)
/// containing `</title><script>` would break out of it: on the server it is escaped
/// here. In the browser it is set as `document.title`, a plain string, so not there.
fn title_text(title: String) -> String {
    #[cfg(feature = "ssr")]
    {
        title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }
    #[cfg(not(feature = "ssr"))]
    {
        title
    }
}
