//! Form bodies: any bytes are read or refused, never a panic, and every check on what
//! was read finishes; and what a browser sends (any text in any field, encoded as a
//! browser encodes it) is read back exactly as typed: nothing a person submits is lost
//! or altered on the way in.
#![no_main]

use app::features::directory::forms::ListingForm;
use app::features::ideas::submit::IdeaForm;
use app::server::web::form::read_form;
use libfuzzer_sys::fuzz_target;

const FIELDS: [&str; 9] = [
    "title",
    "summary",
    "description",
    "category",
    "kind",
    "link_url",
    "other_links",
    "submission_key",
    "confirmed",
];

fuzz_target!(|data: &[u8]| {
    // Any body at all.
    if let Ok(form) = read_form::<IdeaForm>(data) {
        let _ = form.validate(&[]);
    }
    if let Ok(form) = read_form::<ListingForm>(data) {
        let _ = form.validate(&[]);
    }
    let _ = read_form::<Vec<(String, String)>>(data);

    // What a browser sends: each field's text, separated in the input by U+001F.
    let text = String::from_utf8_lossy(data);
    let typed: Vec<&str> = text.split('\u{1f}').collect();
    let mut body = form_urlencoded::Serializer::new(String::new());
    for (name, value) in FIELDS.iter().zip(&typed) {
        body.append_pair(name, value);
    }
    let body = body.finish();
    if body.len() > 256 * 1024 {
        return;
    }
    let form: IdeaForm = match read_form(body.as_bytes()) {
        Ok(form) => form,
        Err(_) => panic!("a form a browser sends was refused: {body:?}"),
    };
    let read = [
        &form.title,
        &form.summary,
        &form.description,
        &form.category,
        &form.kind,
        &form.link_url,
        &form.other_links,
        &form.submission_key,
        &form.confirmed,
    ];
    for (n, value) in read.iter().enumerate() {
        assert_eq!(
            value.as_str(),
            typed.get(n).copied().unwrap_or_default(),
            "{}",
            FIELDS[n]
        );
    }
    let _ = form.validate(&[]);
});
