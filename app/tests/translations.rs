//! Every word of the interface exists in both languages.
//!
//! The Fluent files under `app/locales/` are read as a translator leaves them: each
//! language must have exactly the keys the other has, use the same variables in each
//! (a Welsh sentence that drops `{ $count }` would show the wrong thing), and parse
//! cleanly; every key the code asks for (`t!("…")`, and the keys the domain's labels
//! name) must exist.

mod common;
use common::rust_files;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

/// A language's messages: each key, with the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

/// Every message of a language, from all its files; a parse error or a key defined
/// twice fails the test.
fn messages(lang: &str) -> Messages {
    let mut all = Messages::new();
    for file in ftl_files(&locales().join(lang)) {
        let source = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
        for entry in resource.body {
            let (id, pattern, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name, m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                ast::Entry::Junk { content } => {
                    panic!("{}: cannot read {content:?}", file.display())
                }
                _ => continue,
            };
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &pattern {
                pattern_variables(pattern, &mut variables);
            }
            // Each attribute is a key of its own (`field-title.enter`), so that both
            // languages must have the same ones.
            for attribute in &attributes {
                let mut own = BTreeSet::new();
                pattern_variables(&attribute.value, &mut own);
                variables.extend(own.iter().cloned());
                let key = format!("{id}.{}", attribute.id.name);
                assert!(
                    all.insert(key.clone(), own).is_none(),
                    "{lang}: `{key}` is defined twice"
                );
            }
            assert!(
                all.insert(id.clone(), variables).is_none(),
                "{lang}: `{id}` is defined twice (again in {})",
                file.display()
            );
        }
    }
    all
}

fn pattern_variables(pattern: &ast::Pattern<String>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<String>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<String>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

#[test]
fn welsh_and_english_have_the_same_keys_with_the_same_variables() {
    let english = messages("en");
    let welsh = messages("cy");
    assert!(english.len() > 50, "the English files are read");
    let only_english: Vec<&String> = english.keys().filter(|k| !welsh.contains_key(*k)).collect();
    let only_welsh: Vec<&String> = welsh.keys().filter(|k| !english.contains_key(*k)).collect();
    assert!(only_english.is_empty(), "no Welsh for: {only_english:?}");
    assert!(only_welsh.is_empty(), "no English for: {only_welsh:?}");
    for (key, variables) in &english {
        assert_eq!(
            &welsh[key], variables,
            "`{key}` uses different variables in Welsh and English"
        );
    }
}

/// The keys a source file asks for with `t!`: `t!("key"` and `t!(in lang, "key"`, outside
/// comments (which show the macro with keys for the sake of the example).
fn keys_asked_for(source: &str) -> Vec<String> {
    let source: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut keys = Vec::new();
    // `tr("key")`, and the keys a refused form names (`RouteError::BadForm { message: "key" }`).
    for opening in ["tr(\"", "message: \""] {
        for (at, _) in source.match_indices(opening) {
            let before = source[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &source[at + opening.len()..];
            if let Some(end) = rest.find('"')
                && rest[..end]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && rest[..end].contains('-')
            {
                keys.push(rest[..end].to_owned());
            }
        }
    }
    for (at, _) in source.match_indices("t!(") {
        // `t!` itself, not the end of another macro's name.
        let before = source[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &source[at + 3..];
        let rest = match rest.strip_prefix("in ") {
            Some(after) => match after.find(',') {
                Some(comma) => after[comma + 1..].trim_start(),
                None => continue,
            },
            None => rest,
        };
        if let Some(quoted) = rest.strip_prefix('"')
            && let Some(end) = quoted.find('"')
        {
            keys.push(quoted[..end].to_owned());
        }
    }
    keys
}

#[test]
fn every_key_the_code_asks_for_exists() {
    let known = messages("en");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("../server/src"), &mut files);
    let mut asked = 0;
    let mut missing = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        for key in keys_asked_for(&source) {
            asked += 1;
            if !known.contains_key(&key) {
                missing.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(asked > 50, "the code's keys are found ({asked})");
    assert!(missing.is_empty(), "keys with no words: {missing:#?}");
}

#[test]
fn every_label_the_domain_names_exists() {
    use app::domain::campaign::CampaignPhase;
    use app::domain::idea::{IdeaKind, IdeaSort, IdeaStatus};
    use app::domain::listing::{
        Audience, Cost, DeviceClass, EvidenceTier, ListingStatus, Platform,
    };
    use app::domain::moderation::ReportReason;
    use app::domain::notification::Topic;
    use app::domain::site_page::SitePageKind;
    use app::domain::user::{Role, Segment};
    let known = messages("en");
    let keys = CampaignPhase::ALL
        .iter()
        .map(|p| p.label_key())
        .chain(IdeaKind::ALL.iter().map(|k| k.label_key()))
        .chain(IdeaSort::ALL.iter().map(|s| s.label_key()))
        .chain(IdeaStatus::ALL.iter().map(|s| s.label_key()))
        .chain(SitePageKind::ALL.iter().map(|k| k.title_key()))
        .chain(SitePageKind::ALL.iter().map(|k| k.description_key()))
        .chain(ReportReason::ALL.iter().map(|r| r.label_key()))
        .chain(ReportReason::ALL.iter().map(|r| r.rule_key()))
        .chain(Topic::ALL.iter().map(|t| t.label_key()))
        .chain(Role::ALL.iter().map(|r| r.label_key()))
        .chain(ListingStatus::ALL.iter().map(|c| c.label_key()))
        .chain(Platform::ALL.iter().map(|c| c.label_key()))
        .chain(Cost::ALL.iter().map(|c| c.label_key()))
        .chain(Audience::ALL.iter().map(|c| c.label_key()))
        .chain(DeviceClass::ALL.iter().map(|c| c.label_key()))
        .chain(EvidenceTier::ALL.iter().map(|c| c.label_key()))
        .chain(Segment::ALL.iter().map(|s| s.label_key()));
    for key in keys {
        assert!(known.contains_key(key), "no words for `{key}`");
    }
}

#[test]
fn the_key_finder_reads_both_forms() {
    let source = "t!(\"a-key\") t!(\"b\", n = 1)\n/// t!(\"example\")\nt!(in lang, \"c-key\", x = y) not_t!(\"d\") tr(\"e-key\") attr(\"f-key\") message: \"g-key\"";
    assert_eq!(
        keys_asked_for(source),
        ["e-key", "g-key", "a-key", "b", "c-key"]
    );
}

/// The `field-…` messages the code names (for `forms::single_line` and `multi_line`):
/// each string literal starting `"field-`.
fn fields_named(source: &str) -> Vec<String> {
    source
        .match_indices("\"field-")
        .filter_map(|(at, _)| {
            let rest = &source[at + 1..];
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect()
}

#[test]
fn every_field_the_code_checks_has_its_messages() {
    let known = messages("en");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut named = 0;
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        for field in fields_named(&source) {
            named += 1;
            assert!(
                known.contains_key(&field),
                "{}: no `{field}`",
                file.display()
            );
        }
    }
    assert!(named > 20, "the code's fields are found ({named})");
    // Every field can be left empty; a text field can be too long, and is either one
    // line or a text area; a date and time can be no such thing.
    for field in known
        .keys()
        .filter(|k| k.starts_with("field-") && !k.contains('.'))
    {
        let has = |rule: &str| known.contains_key(&format!("{field}.{rule}"));
        assert!(has("enter"), "`{field}` lacks .enter");
        let line = has("one-line") && has("too-short") && has("too-long");
        let area = has("special") && has("too-long");
        let when = has("invalid");
        assert!(
            line || area || when,
            "`{field}` is not a line (.one-line, .too-short, .too-long), a text area \
             (.special, .too-long) or a date and time (.invalid)"
        );
    }
}
