//! People's Markdown, rendered for a page: whatever they write, the HTML carries no
//! script, no image or other embedded content, no event handler and no link to a
//! `javascript:`, `data:` or `vbscript:` address.
#![no_main]

use app::server::markdown::{comment_to_safe_html, to_safe_html};
use libfuzzer_sys::fuzz_target;

/// Elements that run code, fetch something as the page loads, or pass for the page.
const FORBIDDEN: [&str; 12] = [
    "script", "img", "iframe", "object", "embed", "style", "svg", "math", "form", "input",
    "link", "meta",
];

fn check(html: &str) {
    // Text is escaped, so every `<` left opens a tag.
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        assert!(!FORBIDDEN.contains(&name.as_str()), "<{tag}> in {html:?}");
        for (attribute, value) in attributes(tag) {
            assert!(!attribute.starts_with("on"), "{attribute} in {html:?}");
            if attribute == "href" || attribute == "src" {
                let value: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                for scheme in ["javascript:", "data:", "vbscript:"] {
                    assert!(!value.starts_with(scheme), "{value} in {html:?}");
                }
            }
        }
    }
}

/// The attributes of a tag's text (`a href="…" rel="…"`), as (lower-case name, value).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = tag
        .trim_start_matches('/')
        .trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return out;
        }
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let mut value = String::new();
        if let Some(after) = rest.trim_start().strip_prefix('=') {
            let after = after.trim_start();
            let (v, remaining) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let inner = &after[1..];
                    let end = inner.find(quote).unwrap_or(inner.len());
                    (&inner[..end], inner.get(end + 1..).unwrap_or_default())
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = v.replace("&amp;", "&");
            rest = remaining;
        }
        out.push((name, value));
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check(&to_safe_html(text));
    check(&comment_to_safe_html(text));
});
