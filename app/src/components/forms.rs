//! Form fields in the NHS.UK design system's markup, with the error pattern: a summary
//! at the top linking to each field, and the message next to the field.

use leptos::prelude::*;

use crate::forms::FieldErrors;

/// "There is a problem", with a link to each field that needs fixing. Focused on load so
/// screen reader and keyboard users start from it.
#[component]
pub fn ErrorSummary(errors: FieldErrors) -> impl IntoView {
    (!errors.is_empty())
        .then(|| view! { <ErrorSummaryBox errors title=crate::t!("error-summary-title")/> })
}

/// The summary itself: an island, so that its links can put the cursor in the field.
///
/// `title` is "There is a problem" in the reader's language: an island is given its words.
#[island]
fn ErrorSummaryBox(errors: FieldErrors, title: String) -> impl IntoView {
    view! {
        <div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1" autofocus>
            <h2 class="nhsuk-error-summary__title" id="error-summary-title">{title}</h2>
            <div class="nhsuk-error-summary__body">
                <ul class="nhsuk-list nhsuk-error-summary__list">
                    {errors.iter().map(|e| {
                        let field = e.field.clone();
                        view! {
                            <li>
                                <a href=format!("#{}", e.field) on:click=move |ev| focus_field(ev, &field)>
                                    {e.message.clone()}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </div>
    }
}

/// Moves to the field an error summary link names and puts the cursor in it, as the
/// NHS.UK error summary does (a fragment link alone only scrolls). Without JavaScript
/// the link still scrolls to the field.
fn focus_field(ev: leptos::ev::MouseEvent, id: &str) {
    use leptos::wasm_bindgen::JsCast;
    let field = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        ev.prevent_default();
        field.scroll_into_view();
        let _ = field.focus();
    }
}

/// The page title, prefixed with "Error: " when the form has errors (NHS.UK guidance:
/// the first thing a screen reader announces).
pub fn form_title(title: &str, errors: &FieldErrors) -> String {
    if errors.is_empty() {
        title.to_owned()
    } else {
        format!("{} {title}", crate::t!("error-prefix"))
    }
}

/// The message under a field's label, if it has one (`{id}-error`, for the field's
/// `aria-describedby`).
#[component]
pub fn FieldMessage(id: String, error: Option<String>) -> impl IntoView {
    error.map(|message| {
        view! {
            <span class="nhsuk-error-message" id=format!("{id}-error")>
                <span class="nhsuk-u-visually-hidden">{crate::t!("error-prefix")}</span>
                " "
                {message}
            </span>
        }
    })
}

/// The `aria-describedby` of a field: its hint and its error, whichever it has.
fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(has, _)| *has)
        .map(|(_, what)| format!("{id}-{what}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A single-line text input. `id` is also the field name in [`FieldErrors`].
#[component]
pub fn TextInput(
    id: &'static str,
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    value: String,
    errors: FieldErrors,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] maxlength: Option<usize>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let error = errors.get(id).map(str::to_owned);
    let has_error = error.is_some();
    view! {
        <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_error>
            <label class="nhsuk-label" for=id>{label}</label>
            {hint.map(|hint| view! { <div class="nhsuk-hint" id=format!("{id}-hint")>{hint}</div> })}
            <FieldMessage id=id.to_owned() error/>
            <input class="nhsuk-input" class:nhsuk-input--error=has_error id=id name=name
                type=input_type.unwrap_or("text") value=value autocomplete=autocomplete
                maxlength=maxlength.map(|m| m.to_string())
                aria-describedby=described_by(id, has_hint, has_error)/>
        </div>
    }
}

/// A multi-line text area.
#[component]
pub fn TextArea(
    id: &'static str,
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    value: String,
    errors: FieldErrors,
    #[prop(default = 5)] rows: u32,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let error = errors.get(id).map(str::to_owned);
    let has_error = error.is_some();
    view! {
        <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_error>
            <label class="nhsuk-label" for=id>{label}</label>
            {hint.map(|hint| view! { <div class="nhsuk-hint" id=format!("{id}-hint")>{hint}</div> })}
            <FieldMessage id=id.to_owned() error/>
            <textarea class="nhsuk-textarea" class:nhsuk-textarea--error=has_error id=id name=name rows=rows
                aria-describedby=described_by(id, has_hint, has_error)>{value}</textarea>
        </div>
    }
}

/// A long text (`children`: its [`TextArea`]) with the plain-language hint under it
/// (see [`ReadingAgeHint`]) on English pages. The hint measures English prose (its
/// syllables and sentences), so Welsh pages, where people mostly write Welsh, go
/// without it rather than show a reading age that does not apply.
#[component]
pub fn PlainLanguageHint(text: String, children: Children) -> impl IntoView {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        view! { <ReadingAgeHint text>{children()}</ReadingAgeHint> }.into_any()
    } else {
        children().into_any()
    }
}

/// The reading age of a long text (see `domain::readability`): worked out from the
/// words as sent (`text`), so it shows without JavaScript when a form comes back, and,
/// with JavaScript, as the person writes. Announced politely, and only when it changes.
/// An island: the text area inside stays server-rendered, and its typing reaches the
/// island as it bubbles up.
#[island]
pub fn ReadingAgeHint(text: String, children: Children) -> impl IntoView {
    let text = RwSignal::new(text);
    let hint = Memo::new(move |_| {
        text.with(|t| crate::domain::readability::Readability::of(t))
            .map(|r| r.hint())
    });
    view! {
        <div on:input=move |ev| text.set(event_target_value(&ev))>
            {children()}
            <p class="nhsuk-body-s plain-language" aria-live="polite">{move || hint.get()}</p>
        </div>
    }
}

/// Which language what a person writes is in (`language`: `en` or `cy`), each named in
/// itself; the page's own chosen until the person says (`value` empty).
#[component]
pub fn LanguageChoice(
    #[prop(into)] legend: String,
    #[prop(into)] hint: String,
    value: String,
    errors: FieldErrors,
) -> impl IntoView {
    let options = crate::i18n::Lang::ALL
        .iter()
        .map(|l| (l.code().to_owned(), l.own_name().to_owned()))
        .collect();
    let value = if value.is_empty() {
        crate::i18n::lang().code().to_owned()
    } else {
        value
    };
    view! { <Radios id="language" name="language" legend hint options value errors/> }
}

/// A set of radio buttons: one choice of `options` (value, label).
#[component]
pub fn Radios(
    /// The id of the first radio, which the error summary links to.
    id: &'static str,
    name: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    /// (value, label) pairs.
    options: Vec<(String, String)>,
    value: String,
    errors: FieldErrors,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let error = errors.get(id).map(str::to_owned);
    let has_error = error.is_some();
    view! {
        <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_error>
            <fieldset class="nhsuk-fieldset" aria-describedby=described_by(id, has_hint, has_error)>
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
                {hint.map(|hint| view! { <div class="nhsuk-hint" id=format!("{id}-hint")>{hint}</div> })}
                <FieldMessage id=id.to_owned() error/>
                <div class="nhsuk-radios">
                    {options.into_iter().enumerate().map(|(i, (option, label))| {
                        let input_id = if i == 0 { id.to_owned() } else { format!("{id}-{option}") };
                        view! {
                            <div class="nhsuk-radios__item">
                                <input class="nhsuk-radios__input" id=input_id.clone() name=name type="radio"
                                    checked=value == option value=option/>
                                <label class="nhsuk-label nhsuk-radios__label" for=input_id>{label}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// A message after something worked ("Your profile has been updated"), or an important
/// notice when `success` is false.
#[component]
pub fn Banner(message: String, #[prop(optional)] success: bool) -> impl IntoView {
    view! {
        <div class="nhsuk-notification-banner" class:nhsuk-notification-banner--success=success
            role=if success { "alert" } else { "region" } aria-labelledby="notification-banner-title">
            <div class="nhsuk-notification-banner__header">
                <h2 class="nhsuk-notification-banner__title" id="notification-banner-title">
                    {if success { crate::t!("banner-success") } else { crate::t!("banner-important") }}
                </h2>
            </div>
            <div class="nhsuk-notification-banner__content">
                <p class="nhsuk-notification-banner__heading">{message}</p>
            </div>
        </div>
    }
}

/// A set of checkboxes: any of `options` (value, label). Submitted as repeated `name`s.
#[component]
pub fn Checkboxes(
    /// The id of the first checkbox, which the error summary links to.
    id: &'static str,
    name: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<(String, String)>,
    values: Vec<String>,
    errors: FieldErrors,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let error = errors.get(id).map(str::to_owned);
    let has_error = error.is_some();
    view! {
        <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_error>
            <fieldset class="nhsuk-fieldset" aria-describedby=described_by(id, has_hint, has_error)>
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
                {hint.map(|hint| view! { <div class="nhsuk-hint" id=format!("{id}-hint")>{hint}</div> })}
                <FieldMessage id=id.to_owned() error/>
                <div class="nhsuk-checkboxes">
                    {options.into_iter().enumerate().map(|(i, (option, label))| {
                        let input_id = if i == 0 { id.to_owned() } else { format!("{id}-{option}") };
                        let checked = values.contains(&option);
                        view! {
                            <div class="nhsuk-checkboxes__item">
                                <input class="nhsuk-checkboxes__input" id=input_id.clone() name=name type="checkbox"
                                    checked=checked value=option/>
                                <label class="nhsuk-label nhsuk-checkboxes__label" for=input_id>{label}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// A drop-down list: one of `options` (value, label); the first option is usually
/// ("", "Not stated").
#[component]
pub fn Select(
    id: &'static str,
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<(String, String)>,
    value: String,
    errors: FieldErrors,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let error = errors.get(id).map(str::to_owned);
    let has_error = error.is_some();
    view! {
        <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_error>
            <label class="nhsuk-label" for=id>{label}</label>
            {hint.map(|hint| view! { <div class="nhsuk-hint" id=format!("{id}-hint")>{hint}</div> })}
            <FieldMessage id=id.to_owned() error/>
            <select class="nhsuk-select" class:nhsuk-select--error=has_error id=id name=name
                aria-describedby=described_by(id, has_hint, has_error)>
                {options.into_iter().map(|(option, text)| {
                    let selected = option == value;
                    view! { <option value=option selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
