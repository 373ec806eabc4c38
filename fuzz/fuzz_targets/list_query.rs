//! List addresses: any query string gives a list (pages) or a clear refusal (the API),
//! never a panic; a cursor reads back as itself; and the address a page links to for a
//! list shows that same list.
#![no_main]

use app::domain::idea::{Cursor, IdeaListQuery};
use libfuzzer_sys::fuzz_target;

fn pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes()).into_owned().collect()
}

fn lookup(pairs: &[(String, String)]) -> impl Fn(&str) -> Option<String> + '_ {
    |key| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(cursor) = Cursor::parse(&text) {
        assert_eq!(Cursor::parse(&cursor.to_string()), Some(cursor), "{text:?}");
    }
    let given = pairs(&text);
    let list = IdeaListQuery::from_params(lookup(&given));
    let linked = pairs(&list.to_params(list.after.as_ref()));
    assert_eq!(
        IdeaListQuery::from_params(lookup(&linked)),
        list,
        "the link for {text:?}"
    );
    if let Ok(strict) = IdeaListQuery::from_params_strict(lookup(&given)) {
        let linked = pairs(&strict.to_params(strict.after.as_ref()));
        assert_eq!(
            IdeaListQuery::from_params_strict(lookup(&linked)).ok(),
            Some(strict),
            "the API link for {text:?}"
        );
    }
});
