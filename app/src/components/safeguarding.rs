//! What the safeguarding check found, shown to the author before anything is stored
//! (see `domain::safeguarding`): where to get help first when words suggest risk, then
//! each thing found and why it matters, and the choice to change the words or send them
//! on for a moderator to read.

use leptos::prelude::*;

use crate::domain::safeguarding::{Concerns, GO_AHEAD};
use crate::t;

/// What the person wrote, that the check looked at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    Idea,
    Comment,
}

/// The findings, above the form that is shown again with the words as typed.
#[component]
pub fn SafeguardingCheck(
    concerns: Concerns,
    /// What was written: an idea, or a comment.
    what: Written,
) -> impl IntoView {
    let at_risk = concerns.at_risk();
    let personal = concerns.personal_details();
    let found: Vec<String> = concerns.iter().map(|f| f.describe()).collect();
    view! {
        <div class="safeguarding-check" id="safeguarding-check">
            {at_risk.then(|| view! {
                <div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent">
                    <div class="nhsuk-card__heading-container">
                        <h2 class="nhsuk-card__heading">
                            <span role="text">
                                <span class="nhsuk-u-visually-hidden">{t!("safeguarding-urgent")}" "</span>
                                {t!("safeguarding-help-heading")}
                            </span>
                        </h2>
                        <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
                    </div>
                    <div class="nhsuk-card__content">
                        <p>{t!("safeguarding-why-at-risk")}</p>
                        <ul>
                            <li>{t!("safeguarding-signpost-danger")}</li>
                            <li>{t!("safeguarding-signpost-urgent")}</li>
                            <li>{t!("safeguarding-signpost-talk")}</li>
                            <li>{t!("safeguarding-signpost-text")}</li>
                        </ul>
                    </div>
                </div>
            })}
            <div class="nhsuk-card nhsuk-card--warning">
                <div class="nhsuk-card__content">
                    <h2 class="nhsuk-card__heading">
                        <span role="text">
                            <span class="nhsuk-u-visually-hidden">{t!("important")}" "</span>
                            {t!("safeguarding-found-heading")}
                        </span>
                    </h2>
                    <p>{t!("safeguarding-we-found")}</p>
                    <ul>
                        {found.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
                    </ul>
                    {personal.then(|| view! { <p>{t!("safeguarding-why-personal")}</p> })}
                    <p>
                        {match what {
                            Written::Idea => t!("safeguarding-change-idea"),
                            Written::Comment => t!("safeguarding-change-comment"),
                        }}
                        " "{t!("safeguarding-held-explained")}
                    </p>
                </div>
            </div>
        </div>
    }
}

/// The second button of a form shown with findings: send the words on as they are.
#[component]
pub fn GoAheadButton() -> impl IntoView {
    view! {
        <button class="nhsuk-button nhsuk-button--secondary" type="submit" name="safeguarding" value=GO_AHEAD>
            {t!("safeguarding-go-ahead")}
        </button>
    }
}
