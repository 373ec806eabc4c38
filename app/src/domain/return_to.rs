//! Where to send a person after signing in: back where they were, and only ever to a
//! page of this site.

/// The longest return path kept; anything longer is not a page of ours.
const MAX_LEN: usize = 2048;

/// `raw` if it is a path on this site, `None` otherwise.
///
/// Accepts only an absolute path (`/campaigns/x?sort=top`). Refuses anything a browser
/// could read as another site: `//host`, `/\host`, a scheme (`https:`, `javascript:`),
/// and control characters or whitespace, which browsers strip (so `/\t/host` would become
/// `//host`).
///
/// The path itself (before `?` or `#`) must also be normal: no empty segment (`//`),
/// no `.` or `..` segment. Browsers and servers resolve those before they look at the
/// host, so `/.//host` or `/a/..//host` can end up as `//host`.
pub fn safe_return_path(raw: &str) -> Option<&str> {
    let ok = raw.len() <= MAX_LEN
        && raw.starts_with('/')
        && !raw.contains('\\')
        && !raw.chars().any(|c| c.is_control() || c.is_whitespace())
        && is_normal_path(raw.split(['?', '#']).next().unwrap_or_default());
    ok.then_some(raw)
}

/// Whether `path` (`/a/b`) has no empty, `.` or `..` segment. `/` alone is the home page.
fn is_normal_path(path: &str) -> bool {
    path == "/"
        || path
            .strip_prefix('/')
            .unwrap_or_default()
            .split('/')
            .enumerate()
            .all(|(i, segment)| {
                // A trailing slash ("/campaigns/") is a page; an empty segment elsewhere
                // is not.
                let last = i == path[1..].split('/').count() - 1;
                (!segment.is_empty() || last) && segment != "." && segment != ".."
            })
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn paths_on_this_site_are_kept() {
        for path in [
            "/",
            "/campaigns/apps?sort=newest",
            "/ideas/12-carers#comments",
            "/%2F%2Fevil.example",
            "/campaigns/",
            "/campaigns/x?next=//not-a-path-here",
        ] {
            assert_eq!(safe_return_path(path), Some(path), "{path}");
        }
    }

    #[test]
    fn anything_that_could_leave_the_site_is_refused() {
        for path in [
            "",
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /evil.example",
            "/\u{0}",
            "/.//evil.example",
            "/./evil.example",
            "/a/..//evil.example",
            "/a/../b",
            "/..",
            "/a//b",
        ] {
            assert_eq!(safe_return_path(path), None, "{path:?}");
        }
        assert_eq!(safe_return_path(&format!("/{}", "a".repeat(3000))), None);
    }
}
