//! `GET /notifications`: what happened to your ideas and comments.

use crate::components::page_meta::{PageMeta, Shared};
use leptos::prelude::*;

use super::api::list_notifications;
use crate::components::error_panel::Refused;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let list = Resource::new(|| (), |_| list_notifications());
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! {
                        <PageMeta title="Notifications" description="What has happened to your ideas, your comments and the ideas you support." shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">"Notifications"</h1>
                        <p class="nhsuk-body">
                            <a href=crate::features::email::paths::PREFERENCES>"Choose what we tell you about, and how"</a>
                        </p>
                        {if list.items.is_empty() {
                            view! {
                                <p class="nhsuk-body">
                                    "Nothing yet. You will be told here when your idea changes status, gets a comment or is merged, and when someone replies to you."
                                </p>
                            }.into_any()
                        } else {
                            view! {
                                <p class="nhsuk-body">{match list.unread {
                                    0 => "You have read them all.".to_owned(),
                                    1 => "1 unread.".to_owned(),
                                    n => format!("{n} unread."),
                                }}</p>
                                {(list.unread > 0).then(|| view! {
                                    <form method="post" action=super::paths::READ>
                                        <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Mark all as read"</button>
                                    </form>
                                })}
                                <ul class="nhsuk-list notification-list">
                                    {list.items.into_iter().map(|n| view! {
                                        <li class="notification" class:notification--unread=n.unread>
                                            {n.unread.then(|| view! { <strong class="nhsuk-tag nhsuk-tag--blue">"New"</strong>" " })}
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
