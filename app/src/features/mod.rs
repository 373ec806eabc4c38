//! One folder per area of the platform: its server functions (`api.rs`: reads), its
//! form handlers (`actions.rs`, server only: writes), its pages, and its addresses
//! (`paths.rs`: each route pattern once, used by the pages' links and forms and by the
//! route table alike).

pub mod accounts;
pub mod analysis;
pub mod assisted;
pub mod campaigns;
pub mod comments;
pub mod directory;
pub mod drafts;
pub mod email;
pub mod following;
pub mod ideas;
pub mod integrity;
pub mod moderation;
pub mod notifications;
pub mod site_pages;

/// `pattern` (an axum route, `/ideas/{id}/vote`) with its `{parameters}` replaced, in
/// order, by `values`: the address a page links or posts to, from the pattern the
/// route table serves.
pub(crate) fn fill(pattern: &str, values: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut values = values.iter();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
        match values.next() {
            Some(value) => out.push_str(&value.to_string()),
            None => out.push_str(&rest[open..close]),
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn parameters_are_filled_in_order() {
        assert_eq!(fill("/ideas/{id}/vote", &[&12]), "/ideas/12/vote");
        assert_eq!(fill("/a/{x}/b/{y}", &[&"one", &2]), "/a/one/b/2");
        assert_eq!(fill("/moderation", &[]), "/moderation");
    }
}
