//! Markdown written by people, turned into HTML that is safe to put in a page.

use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

/// The sanitiser: ammonia's conservative defaults (no scripts, styles, event handlers or
/// `javascript:` URLs), with every link marked `nofollow noopener noreferrer` so the
/// platform lends no search ranking to links people post, and no images: an image in
/// people's Markdown would make every reader's browser fetch its address (this site's
/// heavy downloads, a sign-in, a tracker), so it is shown as a link instead (see
/// [`images_as_links`]) and raw `<img>` is removed.
static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .rm_tags(["img"])
        .link_rel(Some("nofollow noopener noreferrer"));
    builder
});

/// Markdown images as links to the image, with the alt text (or the address, when
/// there is none) as the link's words: a reader chooses to open it; nothing is fetched
/// by reading the page.
fn images_as_links<'a>(events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    let mut out = Vec::new();
    let mut open: Vec<(CowStr<'a>, usize)> = Vec::new();
    for event in events {
        match event {
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                open.push((dest_url.clone(), out.len()));
                out.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Image) => {
                if let Some((url, start)) = open.pop()
                    && out.len() == start + 1
                {
                    out.push(Event::Text(url));
                }
                out.push(Event::End(TagEnd::Link));
            }
            other => out.push(other),
        }
    }
    out
}

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
    html::push_html(&mut unsafe_html, images_as_links(parser).into_iter());
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
    fn images_become_links_and_nothing_is_fetched() {
        for source in [
            "![](/api/v1/ideas.csv?campaign=x)",
            "![the analysis](/analysis.csv?table=daily)",
            "![](/auth/github/start)",
            "Look: ![a chart](https://example.org/chart.png \"title\")",
            "<img src=\"/api/v1/listings.csv\">",
            "<p><img srcset=\"/api/v1/ideas.csv 1x\"></p>",
            "<picture><source srcset=\"/analysis.csv\"></picture>",
        ] {
            let html = to_safe_html(source);
            assert!(!html.contains("<img"), "{source}: {html}");
            assert!(!html.contains("src"), "{source}: {html}");
        }
        let html = to_safe_html("![a chart](https://example.org/chart.png)");
        assert!(
            html.contains(r#"<a href="https://example.org/chart.png" rel="nofollow noopener noreferrer">a chart</a>"#),
            "{html}"
        );
        // With no alt text, the address is the link's words, so it is not an empty link.
        let html = to_safe_html("![](https://example.org/x.png)");
        assert!(html.contains(">https://example.org/x.png</a>"), "{html}");
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
