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

/// The accented letters PostgreSQL's unstemmed index folds (the migration
/// `m20261210_000026_welsh_search` builds it with the same two strings; a test holds
/// them equal), and what each becomes.
pub const FOLD_FROM: &str = "âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ";
pub const FOLD_TO: &str = "aeiouwyaeiouwyaeiouwyaeiouwy";

/// A search's words as PostgreSQL's unstemmed index holds them: accents folded, so that
/// "dwr" and "dŵr" find each other. (FTS5's tokenizer folds on SQLite by itself.)
pub fn fold(words: &[String]) -> String {
    words
        .iter()
        .map(|w| {
            w.chars()
                .map(|c| match FOLD_FROM.chars().position(|f| f == c) {
                    Some(i) => FOLD_TO.chars().nth(i).unwrap_or(c),
                    None => c,
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
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

    #[test]
    fn welsh_accents_fold_to_plain_letters() {
        assert_eq!(fold(&search_words("Dŵr glân i'r tŷ")), "dwr glan i r ty");
    }
}
