//! Searching by words: what a person types, made safe for the full-text indexes.

/// The words of a search, as the full-text index sees them: letters and digits only,
/// so that nothing a person types is read as search syntax.
pub fn search_words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(20)
        .map(str::to_lowercase)
        .collect()
}

/// An FTS5 query that needs every word, each quoted so it is read as a word.
pub fn fts5_all(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_syntax_is_read_as_words() {
        assert_eq!(
            search_words(r#"sleep" OR title:NEAR(x) * -diary"#),
            vec!["sleep", "or", "title", "near", "x", "diary"]
        );
        assert_eq!(fts5_all(&search_words("Sleep diary")), r#""sleep" "diary""#);
        assert!(search_words("\"*()-").is_empty());
    }
}
