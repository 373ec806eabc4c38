//! The rules that find personal details and words of risk (see the module above).
//!
//! Each rule errs towards what a person would call the thing: a postcode is flagged
//! only when whole, a phone number only when it is a mobile or a landline (not an
//! organisation's 0300 or 0800 number), a date only after words about birth, and words
//! of risk only when they are about someone (the writer, or "my son"), not a topic
//! ("an app for suicide prevention"). `corpus.txt` holds examples of each way.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::{Concern, Concerns, Found};

const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|ionawr|chwefror|mawrth|fawrth|ebrill|mai|fai|mehefin|fehefin|gorffennaf|orffennaf|awst|medi|fedi|hydref|tachwedd|dachwedd|rhagfyr";

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\b")
        .expect("valid")
});

/// A UK number: `+44` or `0`, then nine or ten more digits, spaced or not.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(0|\b0)\d(?:[\s)-]{0,2}\d){8,9}\b").expect("valid")
});

static NHS_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b").expect("valid"));

static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b").expect("valid")
});

/// A house number, one to three capitalised words and a kind of street; or, in Welsh,
/// a number and the kind of street first ("4 Heol y Frenhines").
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\p{L}'-]+\s+){1,3}",
        r"(?i:Road|Rd|Street|Avenue|Ave|Lane|Close|Drive|Crescent|Gardens|Terrace|Grove|Mews|Square)\b",
        r"|\b\d{1,4}[a-z]?,?\s+(?:Heol|Ffordd|Stryd|Lôn|Cilgant|Rhodfa|Teras)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?",
    ))
    .expect("valid")
});

static DATE_OF_BIRTH: LazyLock<Regex> = LazyLock::new(|| {
    let context = r"(?:\bborn\b|\bd\.?o\.?b\b\.?|\bdate\s+of\s+birth\b|\bbirthday\b|\bganwyd\b|\bdyddiad\s+geni\b|\b(?:p|ph|b|mh)en-?blwydd\b)";
    let date = format!(
        r"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})\b|\d{{1,2}}(?:st|nd|rd|th|af|ail|ydd|fed|eg)?\s+(?:of\s+|o\s+)?(?:{MONTHS})\.?,?\s+\d{{4}}\b|(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b)"
    );
    Regex::new(&format!(r"(?i){context}[^\d\n]{{0,20}}?{date}")).expect("valid")
});

/// Words about someone at risk, in English and Welsh. Each phrase is about a person
/// ("I", "my", "himself"), so that writing about a topic is not flagged.
static AT_RISK: LazyLock<Regex> = LazyLock::new(|| {
    let phrases = [
        // English
        r"\bkill(?:ing)?\s+(?:myself|himself|herself)\b",
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|starve|starving)\s+myself\b",
        r"\b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b",
        r"\bi\s+(?:just\s+|really\s+|sometimes\s+)?(?:want|wanted|wish)\s+(?:to\s+die|i\s+(?:was|were)\s+dead)\b",
        r"\bi(?:'m|\s+am|\s+feel|\s+felt|'ve\s+been|\s+have\s+been)\s+(?:so\s+|really\s+|very\s+|quite\s+)?(?:feeling\s+)?suicidal\b",
        r"\b(?:no|nothing)\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on|carrying\s+on)\b",
        r"\bi\s+(?:can't|cant|cannot)\s+(?:go|carry)\s+on\b",
        r"\bbetter\s+off\s+without\s+me\b",
        r"\bi(?:'ve|\s+have)?\s+(?:took|taken)\s+an?\s+overdose\b",
        r"\b(?:going|planning)\s+to\s+take\s+an?\s+overdose\b",
        r"\b(?:he|she|they|my\s+\w+)\s+(?:hits|beats|hurts|abuses|threatens)\s+me\b",
        r"\bi(?:'m|\s+am)\s+being\s+(?:abused|hurt|hit|beaten)\b",
        r"\b(?:i'm|i\s+am|i've\s+been|i\s+have\s+been|i\s+keep|i\s+still|i\s+started)\s+self[- ]?harming\b",
        r"\bmy\s+\w+\s+(?:is|has\s+been|keeps|started)\s+self[- ]?harming\b",
        // Welsh
        r"\bl?ladd\s+(?:fy|ei)\s+hun(?:an)?\b",
        r"\bniweidio\s+fy\s+hun(?:an)?\b",
        r"\b(?:dw\s+i'n|dwi'n|rwy'n|rydw\s+i'n|rydw\s+i\s+wedi\s+bod\s+yn)\s+hunan-?niweidio\b",
        r"\b(?:eisiau|isio|moyn|am)\s+marw\b",
        r"\b(?:diweddu|gorffen|cymryd)\s+fy\s+mywyd\b",
        r"\bdim\s+rheswm\s+(?:i|dros)\s+fyw\b",
        r"\b(?:dw\s+i'n|dwi'n|rwy'n|rydw\s+i'n)\s+(?:teimlo'n\s+)?hunanladdol\b",
        r"\b(?:wedi\s+cymryd|cymerais|cymryd)\s+g?orddos\b",
        r"\b(?:methu|ddim\s+yn\s+gallu)\s+(?:mynd|cario)\s+ymlaen\b",
    ];
    Regex::new(&format!("(?i){}", phrases.join("|"))).expect("valid")
});

/// Everything of concern in `fields`, each given as (how the field reads in a sentence,
/// its text): `in-the-title`, `in-your-comment` (the keys of "in the title", "in your comment").
pub fn check(fields: &[(&str, &str)]) -> Concerns {
    let mut found: Vec<Found> = Vec::new();
    for (field, text) in fields {
        // Curly apostrophes, as phones type them, read as straight ones.
        let text = text.replace(['\u{2019}', '\u{2018}'], "'");
        for (concern, span) in in_text(&text) {
            let words = text[span].trim().to_owned();
            if !found
                .iter()
                .any(|f| f.concern == concern && f.text == words)
            {
                found.push(Found {
                    concern,
                    field: (*field).to_owned(),
                    text: words,
                });
            }
        }
    }
    // Risk first: the page leads with where to get help.
    found.sort_by_key(|f| f.concern != Concern::AtRisk);
    Concerns(found)
}

/// What happens to a submission: `Err` with what was found, for its author to look at,
/// unless `answer` says they have seen it and go ahead ([`super::GO_AHEAD`]); otherwise
/// `Ok` with what it is held for (nothing, when nothing is found: it is stored as usual).
/// The check runs again on every post, so words changed after a first look are checked.
pub fn before_storing(fields: &[(&str, &str)], answer: &str) -> Result<Concerns, Concerns> {
    let found = check(fields);
    if found.is_empty() || answer == super::GO_AHEAD {
        Ok(found)
    } else {
        Err(found)
    }
}

fn in_text(text: &str) -> Vec<(Concern, Range<usize>)> {
    let mut out = Vec::new();
    let spans = |re: &Regex| re.find_iter(text).map(|m| m.range()).collect::<Vec<_>>();
    for span in spans(&AT_RISK) {
        if !is_figure_of_speech(&text[span.clone()], &text[span.end..]) {
            out.push((Concern::AtRisk, span));
        }
    }
    let phones: Vec<Range<usize>> = spans(&PHONE)
        .into_iter()
        .filter(|span| is_personal_phone(&text[span.clone()]))
        .collect();
    // A phone number's digits are not also an NHS number.
    let overlaps = |span: &Range<usize>| {
        phones
            .iter()
            .any(|p| span.start < p.end && p.start < span.end)
    };
    for span in spans(&NHS_NUMBER) {
        if !overlaps(&span) && is_nhs_number(&text[span.clone()]) {
            out.push((Concern::NhsNumber, span));
        }
    }
    out.extend(phones.into_iter().map(|span| (Concern::PhoneNumber, span)));
    for span in spans(&EMAIL) {
        out.push((Concern::EmailAddress, span));
    }
    for span in spans(&DATE_OF_BIRTH) {
        out.push((Concern::DateOfBirth, span));
    }
    for span in spans(&ADDRESS) {
        out.push((Concern::PostalAddress, span));
    }
    for span in spans(&POSTCODE) {
        out.push((Concern::Postcode, span));
    }
    out
}

/// Phrases of risk that the next word shows to be something else: "I want to die my
/// hair" (dye, misspelt), "take my life back".
const FIGURES_OF_SPEECH: [(&str, &[&str]); 2] = [
    (
        "die",
        &["my", "your", "her", "his", "their", "it", "the", "them"],
    ),
    ("life", &["back"]),
];

fn is_figure_of_speech(phrase: &str, after: &str) -> bool {
    // Only the word straight after, in the same sentence: "I want to die. My hair…" is
    // not about hair.
    if !after.starts_with(' ') {
        return false;
    }
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let phrase = phrase.to_lowercase();
    FIGURES_OF_SPEECH
        .iter()
        .any(|(end, nexts)| phrase.ends_with(end) && nexts.contains(&next.as_str()))
}

/// Whether `candidate` (ten digits, maybe spaced) is a valid NHS number: the tenth digit
/// is the modulus 11 check of the first nine, weighted 10 down to 2. Numbers starting
/// with 0 are left to the phone rule.
pub fn is_nhs_number(candidate: &str) -> bool {
    let digits: Vec<u32> = candidate.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != 10 || digits[0] == 0 {
        return false;
    }
    let sum: u32 = digits[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(d, weight)| d * weight)
        .sum();
    match 11 - sum % 11 {
        11 => digits[9] == 0,
        10 => false,
        check => digits[9] == check,
    }
}

/// Whether a matched number is a person's: a UK number of 10 or 11 digits whose area
/// code starts 01, 02 or 07 (03, 08 and 09 belong to organisations).
fn is_personal_phone(candidate: &str) -> bool {
    let digits: String = candidate.chars().filter(char::is_ascii_digit).collect();
    let national = match digits.strip_prefix("44") {
        Some(rest) if candidate.trim_start().starts_with('+') => {
            format!("0{}", rest.strip_prefix('0').unwrap_or(rest))
        }
        _ => digits,
    };
    matches!(national.len(), 10 | 11)
        && matches!(national.as_bytes().get(1), Some(b'1' | b'2' | b'7'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of the corpus: `language | expected concerns (or none) | text`.
    #[test]
    fn the_corpus_is_read_as_expected() {
        let corpus = include_str!("corpus.txt");
        let mut failures = Vec::new();
        let mut count = 0;
        let mut welsh = 0;
        for (n, line) in corpus.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.splitn(3, '|').map(str::trim);
            let (Some(language), Some(expected), Some(text)) =
                (parts.next(), parts.next(), parts.next())
            else {
                panic!("corpus line {} is not `language | concerns | text`", n + 1);
            };
            assert!(matches!(language, "en" | "cy"), "line {}: language", n + 1);
            count += 1;
            welsh += usize::from(language == "cy");
            let mut expected: Vec<Concern> = match expected {
                "none" => Vec::new(),
                keys => keys
                    .split(',')
                    .map(|k| {
                        Concern::from_key(k.trim())
                            .unwrap_or_else(|| panic!("line {}: unknown concern {k}", n + 1))
                    })
                    .collect(),
            };
            expected.sort();
            let mut got: Vec<Concern> = check(&[("the text", text)])
                .iter()
                .map(|f| f.concern)
                .collect();
            got.sort();
            got.dedup();
            if got != expected {
                failures.push(format!(
                    "line {}: expected {expected:?}, found {got:?}: {text}",
                    n + 1
                ));
            }
        }
        assert!(count >= 80 && welsh >= 25, "the corpus is too small");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn going_ahead_holds_what_was_found() {
        let fields = [("your comment", "Email me: a@example.org")];
        assert_eq!(before_storing(&fields, "").unwrap_err().0.len(), 1);
        assert_eq!(before_storing(&fields, "go-ahead").unwrap().0.len(), 1);
        let clean = [("your comment", "A calm idea")];
        assert!(before_storing(&clean, "").unwrap().is_empty());
    }

    #[test]
    fn nhs_number_check_digits() {
        assert!(is_nhs_number("943 476 5919"));
        assert!(is_nhs_number("9434765919"));
        assert!(!is_nhs_number("943 476 5918"));
        // A check value of 10 is never issued.
        assert!(!is_nhs_number("1234567890"));
        assert!(!is_nhs_number("012 345 6789"));
    }

    #[test]
    fn findings_name_the_field_and_the_words_once() {
        let found = check(&[
            ("the title", "Call me on 07700 900123"),
            (
                "the description",
                "Again: 07700 900123. I want to end my life.",
            ),
        ]);
        let described: Vec<String> = found.iter().map(Found::describe).collect();
        assert_eq!(
            described,
            vec![
                "Words that suggest someone may be at risk in the description: “end my life”",
                "What looks like a phone number in the title: “07700 900123”",
            ]
        );
        assert!(found.at_risk() && found.personal_details());
    }
}
