//! Following ideas and campaigns: the buttons that start and stop it. Putting an idea
//! forward, supporting it or commenting on it follows it too (`server::following`).

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod paths;

use leptos::prelude::*;

/// The form that follows something, or stops following it. A plain form post: it
/// works the same without JavaScript, and comes back to the same page. `following` may
/// change while the page is open (supporting an idea in place follows it).
#[component]
pub fn FollowForm(
    action: String,
    #[prop(into)] following: Signal<bool>,
    /// "idea" or "campaign".
    what: &'static str,
    /// Where to come back to.
    return_to: String,
) -> impl IntoView {
    let explained = move || {
        if following.get() {
            format!("You follow this {what}: we tell you when something happens to it.")
        } else {
            format!("Follow this {what} to be told when something happens to it.")
        }
    };
    view! {
        <form method="post" action=action class="follow-form nhsuk-u-margin-bottom-4">
            <input type="hidden" name="following" value=move || if following.get() { "false" } else { "true" }/>
            <input type="hidden" name="return_to" value=return_to/>
            <p class="nhsuk-body-s follow-state">{explained}</p>
            <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                {move || if following.get() { "Stop following" } else { "Follow" }}
                <span class="nhsuk-u-visually-hidden">{format!(" this {what}")}</span>
            </button>
        </form>
    }
}

/// The follow form for a campaign: the reader's own state, asked for on its own so the
/// campaign's page stays the same for everyone (and cacheable); a link to sign in for
/// readers who are not.
#[component]
pub fn CampaignFollow(slug: String) -> impl IntoView {
    let here = crate::features::campaigns::paths::campaign(&slug);
    let state = Resource::new(move || slug.clone(), api::campaign_following);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let here = here.clone();
                Suspend::new(async move {
                    match state.await {
                        Ok(Some((slug, following))) => view! {
                            <FollowForm action=paths::follow_campaign(&slug) following what="campaign" return_to=here/>
                        }.into_any(),
                        Ok(None) => view! {
                            <p class="nhsuk-body-s follow-state">
                                <a href=crate::features::accounts::paths::sign_in(&here)>"Sign in to follow this campaign"</a>
                                " and be told of new ideas and when voting closes."
                            </p>
                        }.into_any(),
                        Err(_) => ().into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
