//! Links people give to apps and tools: web addresses only.

/// The longest address accepted; browsers and servers handle this much reliably.
pub const LINK_MAX: usize = 2048;

/// A web address that is safe to print as a link: `http` or `https`, with a host name.
///
/// Anything else (`javascript:`, `data:`, relative paths, spaces) is refused, because
/// the address ends up in an `href` that other people click.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebLink(String);

/// Why an address was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    TooLong,
    /// Not `http` or `https`.
    NotWeb,
    Spaces,
    /// No host name with a dot in it.
    NoSite,
}

impl LinkProblem {
    /// The problem in the reader's language, for the message by the field.
    pub fn message(self) -> String {
        crate::i18n::tr(match self {
            Self::TooLong => "link-too-long",
            Self::NotWeb => "link-not-web",
            Self::Spaces => "link-spaces",
            Self::NoSite => "link-no-site",
        })
    }
}

impl WebLink {
    pub fn parse(text: &str) -> Result<Self, LinkProblem> {
        let text = text.trim();
        if text.chars().count() > LINK_MAX {
            return Err(LinkProblem::TooLong);
        }
        let lower = text.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"))
            .ok_or(LinkProblem::NotWeb)?;
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(LinkProblem::Spaces);
        }
        let host = rest
            .split(['/', '?', '#'])
            .next()
            .unwrap_or_default()
            .rsplit('@')
            .next()
            .unwrap_or_default();
        let host = host.split(':').next().unwrap_or_default();
        let valid_host = host.contains('.')
            && !host.starts_with('.')
            && !host.ends_with('.')
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        if !valid_host {
            return Err(LinkProblem::NoSite);
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_are_accepted() {
        for ok in [
            "https://www.nhs.uk/apps-library/",
            "http://example.org",
            "  https://apps.apple.com/gb/app/id123?x=1#top ",
            "https://xn--bcher-kva.example:8443/path",
        ] {
            assert!(WebLink::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(
            WebLink::parse(" https://a.org ").unwrap().as_str(),
            "https://a.org"
        );
    }

    #[test]
    fn other_schemes_and_malformed_addresses_are_refused() {
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT://example.org/%0aalert(1)",
            "data:text/html,hi",
            "/relative/path",
            "www.example.org",
            "https://",
            "https://localhost",
            "https://exa mple.org",
            "https://.org",
            "https://example.org\u{0}",
            "https://<script>.org",
        ] {
            assert!(WebLink::parse(bad).is_err(), "{bad}");
        }
        assert!(WebLink::parse(&format!("https://a.org/{}", "x".repeat(LINK_MAX))).is_err());
    }
}
