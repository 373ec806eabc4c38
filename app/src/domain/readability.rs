//! A plain-language hint while writing: roughly what reading age a text needs, and which
//! sentences run long.
//!
//! Ideas are read by everyone, and the NHS writes for a reading age of about 9 to 11;
//! a hint (never a refusal) helps people say theirs so it is understood and supported.
//! The reading age is the Flesch–Kincaid grade plus 5 (US grades start at age 5 or 6),
//! with syllables counted by vowel groups: a rough measure made for English, which is
//! why the hint says "about" and gives the long sentences too, which hold in any
//! language.

use serde::{Deserialize, Serialize};

/// GOV.UK and NHS guidance: sentences of 25 words or fewer are easier to follow.
pub const LONG_SENTENCE: usize = 25;

/// Texts shorter than this are too short to judge.
const FEWEST_WORDS: usize = 20;

/// What the hint says about one text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readability {
    /// Roughly the reading age (in years) the text needs, 5 to 21.
    pub reading_age: u8,
    /// Sentences of more than [`LONG_SENTENCE`] words.
    pub long_sentences: usize,
}

impl Readability {
    /// How readable `text` is, or `None` when it is too short to say.
    pub fn of(text: &str) -> Option<Readability> {
        let mut words = 0usize;
        let mut syllables = 0usize;
        let mut sentences = 0usize;
        let mut long_sentences = 0usize;
        for sentence in sentences_of(text) {
            let in_sentence: Vec<&str> = sentence
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.chars().any(char::is_alphabetic))
                .collect();
            if in_sentence.is_empty() {
                continue;
            }
            sentences += 1;
            words += in_sentence.len();
            long_sentences += usize::from(in_sentence.len() > LONG_SENTENCE);
            syllables += in_sentence.iter().map(|w| syllables_in(w)).sum::<usize>();
        }
        if words < FEWEST_WORDS {
            return None;
        }
        let grade = 0.39 * (words as f64 / sentences as f64)
            + 11.8 * (syllables as f64 / words as f64)
            - 15.59;
        let reading_age = (grade + 5.0).round().clamp(5.0, 21.0) as u8;
        Some(Readability {
            reading_age,
            long_sentences,
        })
    }

    /// The hint, in words: "Reading age about 14: most people read most easily at
    /// about 9 to 11. 2 sentences are longer than 25 words: try splitting them."
    pub fn hint(&self) -> String {
        let age = match self.reading_age {
            21 => "Reading age about 21 or more".to_owned(),
            age => format!("Reading age about {age}"),
        };
        let mut hint = if self.reading_age <= 11 {
            format!("{age}: clear for most people.")
        } else {
            format!(
                "{age}: most people read most easily at about 9 to 11. Shorter words and sentences help."
            )
        };
        match self.long_sentences {
            0 => {}
            1 => hint.push_str(&format!(
                " 1 sentence is longer than {LONG_SENTENCE} words: try splitting it."
            )),
            n => hint.push_str(&format!(
                " {n} sentences are longer than {LONG_SENTENCE} words: try splitting them."
            )),
        }
        hint
    }
}

/// Sentences end at `.`, `!`, `?` or a line break (lists and headings in Markdown).
fn sentences_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Vowel groups, less a silent final "e"; at least one. A "w" is a vowel only in a
/// word with no other (Welsh "cwm").
fn syllables_in(word: &str) -> usize {
    let word = word.to_lowercase();
    let w_is_vowel = !word.contains(['a', 'e', 'i', 'o', 'u']);
    let vowel = |c: char| {
        matches!(
            c,
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'â' | 'ê' | 'î' | 'ô' | 'û' | 'ŵ' | 'ŷ'
        ) || (c == 'w' && w_is_vowel)
    };
    let mut groups = 0;
    let mut in_group = false;
    for c in word.chars() {
        let v = vowel(c);
        if v && !in_group {
            groups += 1;
        }
        in_group = v;
    }
    if word.ends_with('e') && !word.ends_with("le") && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_not_judged() {
        assert_eq!(Readability::of("A sleep diary for shift workers."), None);
    }

    #[test]
    fn plain_words_read_young_and_long_words_read_old() {
        let plain = "I want an app to help me sleep. It would show when I went to bed. \
                     It would show when I woke up. Then I could see what helps me.";
        let plain = Readability::of(plain).unwrap();
        assert!(plain.reading_age <= 9, "{plain:?}");
        assert_eq!(plain.long_sentences, 0);
        assert!(plain.hint().contains("clear for most people"));

        let dense = "Comprehensive longitudinal monitoring of physiological sleep parameters, \
                     integrated with contemporaneous medication administration documentation, \
                     would facilitate individualised therapeutic optimisation and considerably \
                     improve interdisciplinary communication between practitioners and their \
                     organisations across geographically distributed healthcare institutions.";
        let dense = Readability::of(dense).unwrap();
        assert!(dense.reading_age >= 18, "{dense:?}");
        assert_eq!(dense.long_sentences, 1);
        assert!(
            dense
                .hint()
                .ends_with("1 sentence is longer than 25 words: try splitting it.")
        );
    }

    #[test]
    fn syllables_are_counted_by_vowel_groups() {
        assert_eq!(syllables_in("sleep"), 1);
        assert_eq!(syllables_in("diary"), 2);
        assert_eq!(syllables_in("medicine"), 3);
        assert_eq!(syllables_in("table"), 2);
        assert_eq!(syllables_in("rhythm"), 1);
        assert_eq!(syllables_in("cwm"), 1);
    }
}
