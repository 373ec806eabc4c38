//! `GET /notifications`: what happened to your ideas and comments.

use crate::components::page_meta::{PageMeta, Shared};
use leptos::prelude::*;

use super::api::list_notifications;
use crate::components::error_panel::Refused;
use crate::t;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let list = Resource::new(|| (), |_| list_notifications());
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! {
                        <PageMeta title=t!("notifications-title") description=t!("notifications-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("notifications-title")}</h1>
                        <p class="nhsuk-body">
                            <a href=crate::features::email::paths::PREFERENCES>{t!("notifications-choose")}</a>
                        </p>
                        {if list.items.is_empty() {
                            view! {
                                <p class="nhsuk-body">
                                    {t!("notifications-none")}
                                </p>
                            }.into_any()
                        } else {
                            view! {
                                <p class="nhsuk-body">{t!("notifications-unread", count = list.unread)}</p>
                                {(list.unread > 0).then(|| view! {
                                    <form method="post" action=super::paths::READ>
                                        <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("notifications-mark-read")}</button>
                                    </form>
                                })}
                                <ul class="nhsuk-list notification-list">
                                    {list.items.into_iter().map(|n| view! {
                                        <li class="notification" class:notification--unread=n.unread>
                                            {n.unread.then(|| view! { <strong class="nhsuk-tag nhsuk-tag--blue">{t!("notifications-new")}</strong>" " })}
                                            {match n.href {
                                                Some(href) => view! { <a href=href>{n.text}</a> }.into_any(),
                                                None => view! { <span>{n.text}</span> }.into_any(),
                                            }}
                                            <span class="nhsuk-body-s">{format!(" · {}", n.when)}</span>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    }.into_any(),
                    Err(err) => view! { <Refused err here="/notifications".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
