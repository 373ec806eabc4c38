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

/// The narrower sanitiser for comments: paragraphs, emphasis, links, lists, quotes and
/// code. No headings, images or tables, which would let a comment dress up as the page.
static COMMENT_SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::empty();
    builder
        .add_tags([
            "p",
            "br",
            "em",
            "strong",
            "del",
            "a",
            "ul",
            "ol",
            "li",
            "blockquote",
            "code",
            "pre",
        ])
        .add_tag_attributes("a", ["href"])
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("nofollow noopener noreferrer"));
    builder
});

/// Renders a comment (a subset of Markdown) to sanitised HTML.
pub fn comment_to_safe_html(source: &str) -> String {
    let parser = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH);
    let mut unsafe_html = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    COMMENT_SANITISER.clean(&unsafe_html).to_string()
}

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
    use super::{comment_to_safe_html, to_safe_html};

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
    fn comments_keep_only_the_subset() {
        let html = comment_to_safe_html(
            "# Big\n\n**bold** [ok](https://nhs.uk) ![img](https://x.org/a.png) <script>x</script>",
        );
        assert!(!html.contains("<h1"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("<strong>bold</strong>"), "{html}");
        assert!(
            html.contains(r#"<a href="https://nhs.uk" rel="nofollow noopener noreferrer">ok</a>"#),
            "{html}"
        );
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
