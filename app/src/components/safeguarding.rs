//! What the safeguarding check found, shown to the author before anything is stored
//! (see `domain::safeguarding`): where to get help first when words suggest risk, then
//! each thing found and why it matters, and the choice to change the words or send them
//! on for a moderator to read.

use leptos::prelude::*;

use crate::domain::safeguarding::{
    Concerns, GO_AHEAD, HELD_EXPLAINED, SIGNPOSTS, WHY_AT_RISK, WHY_PERSONAL,
};

/// The findings, above the form that is shown again with the words as typed.
#[component]
pub fn SafeguardingCheck(
    concerns: Concerns,
    /// "your idea", "your comment".
    what: &'static str,
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
                                <span class="nhsuk-u-visually-hidden">"Urgent advice: "</span>
                                "If you need help now"
                            </span>
                        </h2>
                        <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
                    </div>
                    <div class="nhsuk-card__content">
                        <p>{WHY_AT_RISK}</p>
                        <ul>
                            {SIGNPOSTS.iter().map(|(when, what)| view! {
                                <li>{format!("{when}, {what}.")}</li>
                            }).collect_view()}
                        </ul>
                    </div>
                </div>
            })}
            <div class="nhsuk-card nhsuk-card--warning">
                <div class="nhsuk-card__content">
                    <h2 class="nhsuk-card__heading">
                        <span role="text">
                            <span class="nhsuk-u-visually-hidden">"Important: "</span>
                            "What we found"
                        </span>
                    </h2>
                    <p>"We found:"</p>
                    <ul>
                        {found.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
                    </ul>
                    {personal.then(|| view! { <p>{WHY_PERSONAL}</p> })}
                    <p>{format!("You can change {what} below and send it again: we will check it again. {HELD_EXPLAINED}")}</p>
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
            "Send it for a moderator to check"
        </button>
    }
}
