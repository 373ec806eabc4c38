//! No word of the interface is left in the code: every one comes from the Fluent files,
//! so a page cannot be half Welsh because somebody wrote English straight into a view.
//!
//! Each source file of the app and the server is parsed (`syn`) and three kinds of string
//! literal are refused:
//! - text in a `view!` (`<p>"Nothing is waiting"</p>`): any letters at all;
//! - a view attribute people read or hear (`label=`, `hint=`, `title=`, `aria-label=`…);
//! - anywhere else, a literal that reads as a sentence ("Enter why it is rejected",
//!   " the webhook for {}"): two words or more, as words are written in prose.
//!
//! Left alone: tests, doc comments and attributes, log and panic messages (for
//! operators and developers, in English), the files in [`NOT_THE_INTERFACE`] and the few
//! literals in [`ALLOWED`], each with the reason it may stay.

mod common;
use common::rust_files;
use std::path::Path;

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// Literals that may stay as they are, each with why.
const ALLOWED: &[(&str, &str)] = &[
    (
        "nofollow noopener noreferrer",
        "a link's rel values, not words",
    ),
    ("Disallow: {path}\n", "robots.txt, read by crawlers"),
    ("((ideas.id * {MULTIPLIER} + {seed}) % {MODULUS})", "SQL"),
    ("NHS", "the NHS logo's name, the same in Welsh"),
    (
        "in {}",
        "where a finding stored before fields were named by key was found, in English as stored",
    ),
    (
        "Demo {}",
        "a demonstration account's name, stored like anyone's chosen name",
    ),
    (
        "They agreed that we put forward their ideas and support ideas on their behalf on this site, under the name they chose, and they were told how their information is used (the privacy notice).",
        "the consent statement kept with each person helped, as the record of what they agreed to",
    ),
    (
        "Jo,public,paper,yes,Form 17,your-campaign,,new,A reminder app for carers,\"Reminds carers of medicines, appointments and repeat prescriptions.\",,,\n",
        "the import template's example row, filled in as a helper would",
    ),
    (
        "campaign, category, kind, title, summary, description, link",
        "the import file's column names, the same in both languages",
    ),
    (
        "Refused: the address is not on the public internet",
        "kept with each refused delivery for operators, like the receivers' answers",
    ),
    (
        "Ideas and Apps",
        "the service's English name, for the statutory pages' default English text",
    ),
    (
        "Deleted account",
        "the name a deleted account keeps in the database",
    ),
    (
        "Member of the public",
        "a role's English name, kept in demo accounts' names",
    ),
    (
        "Helper (assisted digital)",
        "a role's English name, kept in demo accounts' names",
    ),
    (
        "Changed by the person who put it forward",
        "an idea's history marks an author's own change with it",
    ),
    (
        "The same idea as “{}”",
        "a note in the audit log, which keeps its record in English",
    ),
    (
        "version {number}",
        "a note in the audit log, which keeps its record in English",
    ),
    (
        "Now “{}”{}",
        "a note in the audit log, which keeps its record in English",
    ),
    (
        "Reading age about 21 or more",
        "the plain-language hint, which measures English and shows on English pages only",
    ),
    (
        "Reading age about {age}",
        "the plain-language hint, which measures English and shows on English pages only",
    ),
    (
        "{age}: clear for most people.",
        "the plain-language hint, which measures English and shows on English pages only",
    ),
    (
        "{age}: most people read most easily at about 9 to 11. Shorter words and sentences help.",
        "the plain-language hint, which measures English and shows on English pages only",
    ),
    (
        " 1 sentence is longer than {LONG_SENTENCE} words: try splitting it.",
        "the plain-language hint, which measures English and shows on English pages only",
    ),
    (
        " {n} sentences are longer than {LONG_SENTENCE} words: try splitting them.",
        "the plain-language hint, which measures English and shows on English pages only",
    ),
    (
        "[email] smtp_url",
        "the name of a setting, as the configuration file spells it",
    ),
    (
        "q must be {SEARCH_MAX} characters or fewer.",
        "the open-data API's error, documented in English",
    ),
    (
        "sort must be one of top, trending, newest, discussed, shuffled.",
        "the open-data API's error, documented in English",
    ),
    (
        "kind must be new or existing.",
        "the open-data API's error, documented in English",
    ),
    (
        "status must be one of {}.",
        "the open-data API's error, documented in English",
    ),
    (
        "after must be a value of next from an earlier page.",
        "the open-data API's error, documented in English",
    ),
];

/// Files whose words are not the interface people use, each with why.
const NOT_THE_INTERFACE: &[(&str, &str)] = &[
    (
        "src/server/seed.rs",
        "the demonstration's content, written as people would",
    ),
    (
        "src/server/load_seed.rs",
        "generated content for load tests",
    ),
    (
        "src/server/integrity_sample.rs",
        "generated content for practising the review",
    ),
    (
        "../server/src/cli.rs",
        "the operator's command line, in English",
    ),
    (
        "../server/src/config.rs",
        "the operator's configuration errors, in English",
    ),
    (
        "../server/src/routes/api",
        "the open-data API for developers, documented in English",
    ),
    (
        "../server/src/routes/metrics.rs",
        "Prometheus metrics for operators",
    ),
    (
        "../server/src/routes/email_events.rs",
        "the mail provider's bounce reports",
    ),
    (
        "../server/src/routes/health.rs",
        "the health check for load balancers",
    ),
    (
        "src/server/email/send.rs",
        "the mail server's answers, kept with each attempt for operators",
    ),
    (
        "src/server/webhooks.rs",
        "the receivers' answers, kept with each delivery for operators",
    ),
    (
        "../server/src/middleware/hosts.rs",
        "answers requests for another site's name, before any page of this one",
    ),
];

/// View attributes whose values are read or heard by people.
const READ_ATTRIBUTES: &[&str] = &[
    "label",
    "hint",
    "legend",
    "title",
    "description",
    "aria-label",
    "aria-description",
    "alt",
    "placeholder",
    "message",
    "caption",
    "heading",
    "text",
    "summary",
    "button",
    "submit",
    "fallback_text",
];

/// Macros whose words are for operators or developers, not the people using the service.
const INTERNAL_MACROS: &[&str] = &[
    "trace",
    "debug",
    "info",
    "warn",
    "error",
    "event",
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "concat",
    "include_str",
    "env",
    "stringify",
    "t",
    // The directory's fixed choices carry their English words for the open data and
    // structured data; pages name them by key (`label_key`).
    "choices",
];

/// Methods whose message is for developers (`expect("the pool is open")`), or whose
/// argument is a key or a name rather than words (`context`, `with_context`).
const INTERNAL_METHODS: &[&str] = &["expect", "expect_err", "context", "with_context"];

/// Constructors of internal errors, logged for operators and never shown to people
/// (`RouteError::internal("database error in a route", e)`, `DbErr::Custom(…)`).
const INTERNAL_ERRORS: &[&str] = &["internal", "Custom", "RecordNotFound", "Failed"];

/// Whether a literal reads as prose: two or more words of letters, not code, SQL, a
/// path or a key.
fn reads_as_prose(text: &str) -> bool {
    let text = &without_placeholders(text);
    if text.contains("SELECT ")
        || text.contains("UPDATE ")
        || text.contains("INSERT ")
        || text.contains("DELETE FROM")
        || text.contains("CREATE ")
        || text.contains("://")
        || text.contains("::")
        || text.contains('_')
        || text.contains('<')
        || text.contains('=')
        || text.contains("-src")
        || text.trim_start().starts_with('/')
    {
        return false;
    }
    let words = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| {
            w.chars().count() >= 2
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
        })
        .count();
    words >= 2 && text.contains(' ')
}

/// Whether a literal is one capitalised word, as a label or heading is written
/// ("Published", "Loading…"): refused in views and in format strings around values.
fn reads_as_a_word(text: &str) -> bool {
    let word = text.trim().trim_end_matches(['.', '…', ':']);
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(char::is_lowercase)
}

/// A format string without its `{placeholders}`, which are names, not words.
fn without_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a format string puts a word beside a value ("Edit: {}", "{} to {}"): words
/// joining values are words of the interface, however short.
fn labels_a_value(text: &str) -> bool {
    text.contains('{')
        && text.contains(' ')
        && !text.contains('/')
        && !text.contains('=')
        && !text.contains('_')
        && !text.contains(';')
        && !text.contains('<')
        && without_placeholders(text).split_whitespace().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphabetic());
            word.chars().count() >= 2 && word.chars().all(char::is_alphabetic)
        })
}

fn has_letters(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

struct Finder<'a> {
    file: &'a str,
    found: Vec<String>,
    /// How many `view!`s the tokens being read are inside.
    in_view: usize,
}

impl Finder<'_> {
    fn report(&mut self, kind: &str, text: &str) {
        if ALLOWED.iter().any(|(allowed, _)| *allowed == text) {
            return;
        }
        self.found.push(format!("{}: {kind} {text:?}", self.file));
    }

    /// The literals of any macro's tokens: prose is refused; a `view!` inside is read
    /// as a view.
    fn tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Group(group) => {
                    if is_attribute(&trees, i) {
                    } else if is_macro_call(&trees, i, "view") {
                        self.view(group.stream());
                    } else if INTERNAL_MACROS.iter().any(|m| is_macro_call(&trees, i, m)) {
                    } else {
                        self.tokens(group.stream());
                    }
                }
                TokenTree::Literal(literal) => {
                    if let Some(text) = string_of(literal)
                        && (reads_as_prose(&text)
                            || (self.in_view > 0 && reads_as_a_word(&text))
                            || labels_a_value(&text))
                    {
                        self.report("words", &text);
                    }
                }
                _ => {}
            }
        }
    }

    /// A view's own tokens: text nodes and read attributes; Rust inside braces is code.
    fn view(&mut self, tokens: TokenStream) {
        self.in_view += 1;
        self.view_tokens(tokens);
        self.in_view -= 1;
    }

    fn view_tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Group(group) if is_macro_call(&trees, i, "view") => {
                    self.view(group.stream());
                }
                TokenTree::Group(group) => self.tokens(group.stream()),
                TokenTree::Literal(literal) => {
                    let Some(text) = string_of(literal) else {
                        continue;
                    };
                    // `content=` is also a meta tag's machine value ("noindex"); only
                    // prose there is words.
                    let refused = match attribute_before(&trees, i) {
                        Some(name) if name == "content" => {
                            reads_as_prose(&text).then(|| "content=".to_owned())
                        }
                        Some(name) if READ_ATTRIBUTES.contains(&name.as_str()) => {
                            has_letters(&text).then(|| format!("{name}="))
                        }
                        Some(_) => None,
                        None => has_letters(&text).then(|| "text".to_owned()),
                    };
                    if let Some(kind) = refused {
                        self.report(&kind, &text);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Whether the group at `i` is an attribute (`#[doc = "…"]`, a doc comment in a macro).
fn is_attribute(trees: &[TokenTree], i: usize) -> bool {
    i >= 1 && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '#')
}

/// Whether the group at `i` is the body of `name!`.
fn is_macro_call(trees: &[TokenTree], i: usize, name: &str) -> bool {
    i >= 2
        && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '!')
        && matches!(&trees[i - 2], TokenTree::Ident(id) if id == name)
}

/// The attribute a literal is the value of (`aria-label="…"` gives `aria-label`).
fn attribute_before(trees: &[TokenTree], i: usize) -> Option<String> {
    if i == 0 || !matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '=') {
        return None;
    }
    let mut parts = Vec::new();
    let mut j = i - 1;
    while j > 0 {
        j -= 1;
        match &trees[j] {
            TokenTree::Ident(id) => parts.push(id.to_string()),
            TokenTree::Punct(p) if p.as_char() == '-' || p.as_char() == ':' => {
                parts.push(p.as_char().to_string())
            }
            _ => break,
        }
        // An attribute name is ident (- ident)*; stop before the token before it.
        if j > 0
            && !matches!(&trees[j - 1], TokenTree::Punct(p) if p.as_char() == '-' || p.as_char() == ':')
            && matches!(&trees[j], TokenTree::Ident(_))
        {
            break;
        }
    }
    parts.reverse();
    Some(parts.concat())
}

fn string_of(literal: &proc_macro2::Literal) -> Option<String> {
    let lit: syn::LitStr = syn::parse_str(&literal.to_string()).ok()?;
    Some(lit.value())
}

fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("test")
            || (attr.path().is_ident("cfg")
                && attr.parse_args::<syn::Ident>().is_ok_and(|id| id == "test"))
    })
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if !is_test(&item.attrs) {
            syn::visit::visit_item_mod(self, item);
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        if !is_test(&item.attrs) {
            syn::visit::visit_item_fn(self, item);
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        if name == "view" {
            self.view(mac.tokens.clone());
        } else if !INTERNAL_MACROS.contains(&name.as_str()) {
            self.tokens(mac.tokens.clone());
        }
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if INTERNAL_METHODS.contains(&call.method.to_string().as_str()) {
            self.visit_expr(&call.receiver);
        } else {
            syn::visit::visit_expr_method_call(self, call);
        }
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let syn::Expr::Path(path) = &*call.func
            && path
                .path
                .segments
                .last()
                .is_some_and(|s| INTERNAL_ERRORS.contains(&s.ident.to_string().as_str()))
        {
            return;
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
        let text = lit.value();
        if reads_as_prose(&text) || labels_a_value(&text) {
            self.report("words", &text);
        }
    }
}

#[test]
fn no_words_of_the_interface_are_written_in_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("../server/src"), &mut files);
    files.sort();
    assert!(files.len() > 100, "the sources are read ({})", files.len());
    let mut found = Vec::new();
    for path in &files {
        let file = path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string();
        if NOT_THE_INTERFACE
            .iter()
            .any(|(prefix, _)| file.starts_with(prefix))
        {
            continue;
        }
        let source = std::fs::read_to_string(path).unwrap();
        let syntax = syn::parse_file(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut finder = Finder {
            file: &file,
            found: Vec::new(),
            in_view: 0,
        };
        finder.visit_file(&syntax);
        found.extend(finder.found);
    }
    assert!(
        found.is_empty(),
        "{} literals to move to app/locales (or to ALLOWED, with why):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_finder_sees_text_attributes_and_prose_but_not_code() {
    let source = r#"
        fn page() -> impl IntoView {
            let a = "Enter why it is rejected";
            let b = "nhsuk-button nhsuk-button--secondary";
            let c = format!(" the webhook for {}", url);
            tracing::warn!("the outbox is behind by {} letters", n);
            let d = x.expect("the pool is open");
            let e = RouteError::internal("database error in a route", err);
            let f = format!("{} to {}", from, to);
            let g = format!("{id}-hint");
            view! {
                <p class="nhsuk-body" id="x">"Remove"</p>
                <TextArea label="Why" hint=t!("hint")/>
                <span aria-label="Pages of apps">{if y { "An update" } else { "nhsuk-tag" }}</span>
                {view! { <b>"Reject"</b> }}
                <Suspense fallback=|| view! { <p>"Loading…"</p> }>{if z { "Published" } else { "nhsuk-tag" }}</Suspense>
            }
        }
        #[cfg(test)]
        mod tests { fn t() { let x = "Some English words"; } }
    "#;
    let syntax = syn::parse_file(source).unwrap();
    let mut finder = Finder {
        file: "f",
        found: Vec::new(),
        in_view: 0,
    };
    finder.visit_file(&syntax);
    assert_eq!(
        finder.found,
        [
            "f: words \"Enter why it is rejected\"",
            "f: words \" the webhook for {}\"",
            "f: words \"{} to {}\"",
            "f: text \"Remove\"",
            "f: label= \"Why\"",
            "f: aria-label= \"Pages of apps\"",
            "f: words \"An update\"",
            "f: text \"Reject\"",
            "f: text \"Loading…\"",
            "f: words \"Published\"",
        ]
    );
}
