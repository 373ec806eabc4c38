//! schema.org descriptions of public pages, as JSON-LD: search engines read them to
//! show a listing's platforms and price, or an idea's support and discussion, in their
//! results. Built on the server only and sent as a finished string, so the browser
//! bundle carries no JSON writer for it.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::domain::listing::{Cost, ListingContent, Platform};

/// A listing as a `SoftwareApplication` (or a `MobileApplication` when it runs on a
/// phone): its operating systems, its price and a link to it.
pub fn listing(
    page_url: &str,
    content: &ListingContent,
    published: Option<DateTime<Utc>>,
    changed: DateTime<Utc>,
) -> String {
    let mobile = content
        .platforms
        .iter()
        .any(|p| matches!(p, Platform::Ios | Platform::Android));
    let systems: Vec<&str> = content.platforms.iter().map(|p| p.label()).collect();
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": if mobile { "MobileApplication" } else { "SoftwareApplication" },
        "name": content.name,
        "description": content.tagline,
        "url": content.website_url,
        "mainEntityOfPage": page_url,
        "applicationCategory": "HealthApplication",
        "operatingSystem": systems.join(", "),
        "author": { "@type": "Organization", "name": content.organisation },
        "dateModified": changed.to_rfc3339(),
    });
    if let Some(published) = published {
        value["datePublished"] = json!(published.to_rfc3339());
    }
    if let Some(first) = content.app_store_links.first() {
        value["installUrl"] = json!(first);
    }
    // Only a free app has a price that can be stated without a figure; the others
    // say what kind of cost it is.
    match content.cost {
        Some(Cost::Free) | Some(Cost::Freemium) => {
            value["offers"] = json!({ "@type": "Offer", "price": "0", "priceCurrency": "GBP" });
        }
        Some(cost) => {
            value["offers"] = json!({ "@type": "Offer", "description": cost.label() });
        }
        None => {}
    }
    script_safe(&value)
}

/// What an idea's JSON-LD needs to say.
pub struct IdeaFacts<'a> {
    pub page_url: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub author: &'a str,
    pub campaign_title: &'a str,
    pub campaign_url: &'a str,
    pub submitted: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub supporters: i32,
    pub comments: i32,
}

/// An idea as a `DiscussionForumPosting`: its author, its support (as likes) and its
/// discussion, in the campaign that asked for it.
pub fn idea(facts: &IdeaFacts<'_>) -> String {
    let value = json!({
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting",
        "headline": facts.title,
        "text": facts.summary,
        "url": facts.page_url,
        "author": { "@type": "Person", "name": facts.author },
        "datePublished": facts.submitted.to_rfc3339(),
        "dateModified": facts.updated.to_rfc3339(),
        "isPartOf": { "@type": "WebPage", "name": facts.campaign_title, "url": facts.campaign_url },
        "interactionStatistic": [
            {
                "@type": "InteractionCounter",
                "interactionType": "https://schema.org/LikeAction",
                "userInteractionCount": facts.supporters,
            },
            {
                "@type": "InteractionCounter",
                "interactionType": "https://schema.org/CommentAction",
                "userInteractionCount": facts.comments,
            },
        ],
    });
    script_safe(&value)
}

/// JSON that can sit inside `<script>` unchanged: `<`, `>` and `&` only ever appear
/// inside JSON strings, where their `\u` escapes mean the same, so no text a person
/// wrote can close the element (`</script>`) or open a comment (`<!--`).
fn script_safe(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_people_wrote_cannot_leave_the_script() {
        let content = ListingContent {
            name: "</script><script>alert(1)</script>".into(),
            tagline: "<!-- & -->".into(),
            platforms: vec![Platform::Ios, Platform::Web],
            cost: Some(Cost::Free),
            ..ListingContent::default()
        };
        let at = DateTime::<Utc>::UNIX_EPOCH;
        let out = listing("https://example.org/directory/1-x", &content, Some(at), at);
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('&'));
        let back: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
        assert_eq!(back["@type"], "MobileApplication");
        assert_eq!(back["operatingSystem"], "iOS, Web");
        assert_eq!(back["offers"]["price"], "0");
    }

    #[test]
    fn a_web_tool_is_a_software_application_with_its_kind_of_cost() {
        let content = ListingContent {
            platforms: vec![Platform::Web],
            cost: Some(Cost::Subscription),
            ..ListingContent::default()
        };
        let at = DateTime::<Utc>::UNIX_EPOCH;
        let back: Value =
            serde_json::from_str(&listing("https://example.org/d", &content, None, at)).unwrap();
        assert_eq!(back["@type"], "SoftwareApplication");
        assert_eq!(back["offers"]["description"], "Subscription");
        assert!(back.get("datePublished").is_none());
    }
}
