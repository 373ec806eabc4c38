//! Following ideas and campaigns: the buttons that start and stop it. Putting an idea
//! forward, supporting it or commenting on it follows it too (`server::following`).

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod paths;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::t;

/// The words of a follow form, written on the server in the reader's language: the form
/// is drawn inside the support panel's island too, and the browser carries no
/// translations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowWords {
    following: String,
    not_following: String,
    stop: String,
    follow: String,
    /// After "Follow" or "Stop following", for screen readers: " this idea".
    this: String,
}

impl FollowWords {
    /// For an idea's page.
    pub fn idea() -> Self {
        Self {
            following: t!("follow-idea-following"),
            not_following: t!("follow-idea-not-following"),
            stop: t!("follow-stop"),
            follow: t!("follow-start"),
            this: t!("follow-this-idea"),
        }
    }

    /// For a campaign's page.
    pub fn campaign() -> Self {
        Self {
            following: t!("follow-campaign-following"),
            not_following: t!("follow-campaign-not-following"),
            stop: t!("follow-stop"),
            follow: t!("follow-start"),
            this: t!("follow-this-campaign"),
        }
    }
}

/// The form that follows something, or stops following it. A plain form post: it
/// works the same without JavaScript, and comes back to the same page. `following` may
/// change while the page is open (supporting an idea in place follows it).
#[component]
pub fn FollowForm(
    action: String,
    #[prop(into)] following: Signal<bool>,
    words: FollowWords,
    /// Where to come back to.
    return_to: String,
) -> impl IntoView {
    let FollowWords {
        following: said_following,
        not_following,
        stop,
        follow,
        this,
    } = words;
    let explained = move || {
        if following.get() {
            said_following.clone()
        } else {
            not_following.clone()
        }
    };
    view! {
        <form method="post" action=action class="follow-form nhsuk-u-margin-bottom-4">
            <input type="hidden" name="following" value=move || if following.get() { "false" } else { "true" }/>
            <input type="hidden" name="return_to" value=return_to/>
            <p class="nhsuk-body-s follow-state">{explained}</p>
            <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                {move || if following.get() { stop.clone() } else { follow.clone() }}
                <span class="nhsuk-u-visually-hidden">{this}</span>
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
    let marked = crate::components::personal::Part::CampaignFollow(slug.clone()).key();
    let state = Resource::new(move || slug.clone(), api::campaign_following);
    view! {
        <div data-personal=marked>
        <Suspense fallback=|| ()>
            {move || {
                let here = here.clone();
                Suspend::new(async move {
                    match state.await {
                        Ok(Some((slug, following))) => campaign_follow_form(&slug, following).into_any(),
                        Ok(None) => view! {
                            <p class="nhsuk-body-s follow-state">
                                <a href=crate::features::accounts::paths::sign_in(&here)>{t!("follow-campaign-sign-in")}</a>
                                " "{t!("follow-campaign-sign-in-why")}
                            </p>
                        }.into_any(),
                        Err(_) => ().into_any(),
                    }
                })
            }}
        </Suspense>
        </div>
    }
}

/// The follow form of campaign `slug` for a signed-in reader who follows it or not.
pub fn campaign_follow_form(slug: &str, following: bool) -> impl IntoView + use<> {
    let here = crate::features::campaigns::paths::campaign(slug);
    view! {
        <FollowForm action=paths::follow_campaign(slug) following words=FollowWords::campaign() return_to=here/>
    }
}
