//! URL slugs: the readable part of `/ideas/{id}-{slug}` and `/campaigns/{slug}`.

/// The longest slug kept: long enough to read, short enough for a shared link.
pub const MAX_SLUG_LEN: usize = 80;

/// Turns a title into a lowercase ASCII slug of words joined by hyphens.
///
/// Letters outside ASCII are dropped rather than transliterated: the id in the URL is
/// what identifies a record, the slug only helps a person read the link. A title with no
/// usable letters gives `"untitled"`, so a URL never ends in a bare hyphen.
pub fn slugify(title: &str) -> String {
    let mut slug = String::with_capacity(title.len().min(MAX_SLUG_LEN));
    let mut pending_hyphen = false;
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                if slug.len() + 1 >= MAX_SLUG_LEN {
                    break;
                }
                slug.push('-');
            }
            pending_hyphen = false;
            if slug.len() >= MAX_SLUG_LEN {
                break;
            }
            slug.push(c.to_ascii_lowercase());
        } else if c != '\'' && c != '’' {
            // Apostrophes join words ("Doctor's" -> "doctors"); anything else separates.
            pending_hyphen = true;
        }
    }
    if slug.is_empty() {
        "untitled".to_owned()
    } else {
        slug
    }
}

/// Reads the leading id of `{id}-{slug}`. The slug is decoration: an old slug after a
/// title edit still finds the idea.
pub fn parse_id(segment: &str) -> Option<i64> {
    let digits = segment.split('-').next()?;
    digits.parse().ok().filter(|id: &i64| *id > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_joined_by_single_hyphens() {
        assert_eq!(
            slugify("  An app for   carers -- and families! "),
            "an-app-for-carers-and-families"
        );
    }

    #[test]
    fn apostrophes_join_words() {
        assert_eq!(slugify("Doctor's notes, online"), "doctors-notes-online");
        assert_eq!(slugify("Doctor’s notes"), "doctors-notes");
    }

    #[test]
    fn non_ascii_letters_are_dropped_and_empty_titles_get_a_placeholder() {
        assert_eq!(slugify("Café finder"), "caf-finder");
        assert_eq!(slugify("日本語"), "untitled");
        assert_eq!(slugify(""), "untitled");
    }

    #[test]
    fn long_titles_are_cut_without_a_trailing_hyphen() {
        let slug = slugify(&"word ".repeat(40));
        assert!(slug.len() <= MAX_SLUG_LEN, "{slug}");
        assert!(!slug.ends_with('-'), "{slug}");
        assert!(slug.starts_with("word-word"));
    }
}

#[cfg(test)]
mod id_tests {
    use super::parse_id;

    #[test]
    fn the_id_comes_before_the_slug() {
        assert_eq!(parse_id("42-an-app-for-carers"), Some(42));
        assert_eq!(parse_id("42"), Some(42));
    }

    #[test]
    fn ids_that_are_not_positive_numbers_are_refused() {
        assert_eq!(parse_id("abc-42"), None);
        assert_eq!(parse_id("0-zero"), None);
        assert_eq!(parse_id("-5"), None);
        assert_eq!(parse_id("99999999999999999999-big"), None);
    }
}
