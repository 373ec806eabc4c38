//! Markdown written by people, turned into HTML that is safe to put in a page.

use std::sync::LazyLock;

use pulldown_cmark::{Options, Parser, html};

/// The sanitiser: ammonia's conservative defaults (no scripts, styles, event handlers or
/// `javascript:` URLs), with every link marked `nofollow noopener noreferrer` so the
/// platform lends no search ranking to links people post.
static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder.link_rel(Some("nofollow noopener noreferrer"));
    builder
});

/// Renders `source` (CommonMark with tables and strikethrough) to sanitised HTML.
///
/// Raw HTML in the source is parsed and then stripped by the sanitiser, never trusted.
pub fn to_safe_html(source: &str) -> String {
    let parser = Parser::new_ext(
        source,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut unsafe_html = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    SANITISER.clean(&unsafe_html).to_string()
}

#[cfg(test)]
mod tests {
    use super::to_safe_html;

    #[test]
    fn renders_markdown() {
        let html = to_safe_html("Hello **world**\n\n- one\n- two");
        assert!(html.contains("<strong>world</strong>"), "{html}");
        assert!(html.contains("<li>one</li>"), "{html}");
    }

    #[test]
    fn strips_scripts_handlers_and_javascript_links() {
        let html = to_safe_html("<script>alert(1)</script><img src=x onerror=alert(2)>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        let html = to_safe_html("A [link](javascript:alert(3)) in a paragraph.");
        assert!(html.contains("<a"), "the link itself is kept: {html}");
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn links_carry_nofollow() {
        let html = to_safe_html("[NHS](https://www.nhs.uk)");
        assert!(
            html.contains(r#"rel="nofollow noopener noreferrer""#),
            "{html}"
        );
    }
}
