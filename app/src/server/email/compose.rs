//! What an email says, written once and sent as both plain text and HTML.
//!
//! The HTML follows the NHS.UK look as far as mail clients allow: the blue header with
//! the service's name, dark text on white, a green button, Arial (clients have no
//! Frutiger), a single column, inline styles only. No images and nothing remote, so
//! nothing is fetched when it is opened and nothing can track who read it.

use crate::i18n::Lang;
use crate::t;

/// One part of a digest: a heading (the idea), what happened, and a link to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub lines: Vec<String>,
    /// (label, address).
    pub link: Option<(String, String)>,
}

/// One email's words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Letter {
    /// The reader's language: the service's name and the words around what is said
    /// are in it, and the HTML says so.
    pub lang: Lang,
    /// "Hello Ann,".
    pub greeting: String,
    pub paragraphs: Vec<String>,
    /// The one thing to do, as (label, address).
    pub action: Option<(String, String)>,
    /// Paragraphs after the button.
    pub after: Vec<String>,
    /// A digest's parts: one per thing that happened to.
    pub sections: Vec<Section>,
    /// Why this person is receiving it: said in every email.
    pub reason: String,
    /// Where to change what is sent, as (label, address).
    pub manage: Option<(String, String)>,
}

impl Letter {
    /// The plain-text part.
    pub fn text(&self) -> String {
        let mut out = String::new();
        out.push_str(&self.greeting);
        out.push_str("\n\n");
        for paragraph in &self.paragraphs {
            out.push_str(paragraph);
            out.push_str("\n\n");
        }
        if let Some((label, href)) = &self.action {
            out.push_str(&format!("{label}:\n{href}\n\n"));
        }
        for paragraph in &self.after {
            out.push_str(paragraph);
            out.push_str("\n\n");
        }
        for section in &self.sections {
            out.push_str(&section.heading);
            out.push('\n');
            out.push_str(&"=".repeat(section.heading.chars().count().min(70)));
            out.push('\n');
            for line in &section.lines {
                out.push_str(&format!("- {line}\n"));
            }
            if let Some((label, href)) = &section.link {
                out.push_str(&format!("{label}: {href}\n"));
            }
            out.push('\n');
        }
        out.push_str("-- \n");
        out.push_str(&self.reason);
        out.push('\n');
        if let Some((label, href)) = &self.manage {
            out.push_str(&format!("{label}: {href}\n"));
        }
        out.push_str(&t!(in self.lang, "service-name"));
        out.push('\n');
        out
    }

    /// The HTML part, titled `subject`.
    pub fn html(&self, subject: &str) -> String {
        let e = |s: &str| html_escape::encode_double_quoted_attribute(s).into_owned();
        let p = |s: &str| {
            format!(
                r#"<p style="margin:0 0 16px;font-size:19px;line-height:28px;color:#212b32">{}</p>"#,
                e(s)
            )
        };
        let mut body = String::new();
        body.push_str(&p(&self.greeting));
        for paragraph in &self.paragraphs {
            body.push_str(&p(paragraph));
        }
        if let Some((label, href)) = &self.action {
            body.push_str(&format!(
                r#"<p style="margin:24px 0"><a href="{href}" style="display:inline-block;background:#007f3b;color:#ffffff;font-size:19px;font-weight:bold;line-height:28px;padding:12px 16px;text-decoration:none;border-radius:4px;border-bottom:4px solid #00401e">{label}</a></p>
<p style="margin:0 0 16px;font-size:16px;line-height:24px;color:#4c6272">{fallback}<br><a href="{href}" style="color:#005eb8;word-break:break-all">{href_text}</a></p>"#,
                href = e(href),
                label = e(label),
                href_text = e(href),
                fallback = e(&t!(in self.lang, "email-button-fallback")),
            ));
        }
        for paragraph in &self.after {
            body.push_str(&p(paragraph));
        }
        for section in &self.sections {
            body.push_str(&format!(
                r#"<h2 style="margin:32px 0 8px;font-size:22px;line-height:30px;color:#212b32">{}</h2>"#,
                e(&section.heading)
            ));
            body.push_str(r#"<ul style="margin:0 0 16px;padding-left:20px">"#);
            for line in &section.lines {
                body.push_str(&format!(
                    r#"<li style="margin:0 0 8px;font-size:19px;line-height:28px;color:#212b32">{}</li>"#,
                    e(line)
                ));
            }
            body.push_str("</ul>");
            if let Some((label, href)) = &section.link {
                body.push_str(&format!(
                    r#"<p style="margin:0 0 16px;font-size:19px;line-height:28px"><a href="{}" style="color:#005eb8">{}</a></p>"#,
                    e(href),
                    e(label)
                ));
            }
        }
        let manage = self
            .manage
            .as_ref()
            .map(|(label, href)| {
                format!(
                    r#"<br><a href="{}" style="color:#005eb8">{}</a>"#,
                    e(href),
                    e(label)
                )
            })
            .unwrap_or_default();
        format!(
            r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body style="margin:0;padding:0;background:#f0f4f5;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f4f5">
<tr><td align="center" style="padding:0">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px">
<tr><td style="background:#005eb8;padding:16px 24px;color:#ffffff;font-size:24px;font-weight:bold;line-height:32px">{service}</td></tr>
<tr><td style="background:#ffffff;padding:24px">
{body}</td></tr>
<tr><td style="padding:16px 24px;font-size:16px;line-height:24px;color:#4c6272">{reason}{manage}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"#,
            title = e(subject),
            lang = self.lang.code(),
            service = e(&t!(in self.lang, "service-name")),
            reason = e(&self.reason),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{Letter, Section};

    fn letter() -> Letter {
        Letter {
            lang: crate::i18n::Lang::En,
            greeting: "Hello <Ann>,".into(),
            paragraphs: vec!["First & foremost.".into()],
            action: Some(("Confirm".into(), "https://example.org/c?t=1&u=2".into())),
            after: vec!["Afterwards.".into()],
            sections: vec![Section {
                heading: "Sleep <diary>".into(),
                lines: vec!["Now shortlisted".into()],
                link: Some(("See it".into(), "https://example.org/i/1".into())),
            }],
            reason: "You asked for it.".into(),
            manage: Some(("Change what we send".into(), "https://example.org/p".into())),
        }
    }

    #[test]
    fn the_text_part_has_every_word_and_the_bare_link() {
        let text = letter().text();
        assert!(text.starts_with("Hello <Ann>,\n\nFirst & foremost."));
        assert!(text.contains("Confirm:\nhttps://example.org/c?t=1&u=2\n"));
        assert!(
            text.contains("-- \nYou asked for it.\nChange what we send: https://example.org/p")
        );
    }

    #[test]
    fn the_html_part_escapes_people_s_words_and_fetches_nothing() {
        let html = letter().html("Subject <b>");
        assert!(html.contains("Hello &lt;Ann&gt;,"));
        assert!(html.contains("First &amp; foremost."));
        assert!(html.contains(">Sleep &lt;diary&gt;</h2>"));
        assert!(html.contains("<title>Subject &lt;b&gt;</title>"));
        assert!(html.contains(r#"href="https://example.org/c?t=1&amp;u=2""#));
        assert!(!html.contains("<img"));
        assert!(!html.contains("src="));
    }
}
