//! Saying so when what an administrator wrote is not yet in the reader's language.

use leptos::prelude::*;

use crate::t;

/// An inset notice, above words shown in the other language because nobody has written
/// them in the reader's yet (a campaign, a statutory page): the Welsh Language
/// Standards ask that Welsh readers are told, rather than handed English unannounced.
#[component]
pub fn WrittenInOtherLanguage() -> impl IntoView {
    view! {
        <div class="nhsuk-inset-text other-language">
            <span class="nhsuk-u-visually-hidden">{t!("information")}" "</span>
            <p>{t!("written-in-other-language")}</p>
        </div>
    }
}
