//! Finding ideas that say the same thing: groups of possible duplicates by the words
//! they share, for moderators to merge.

use std::collections::{BTreeSet, HashMap};

/// Words too common to make two ideas alike.
const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "with", "that", "this", "app", "apps", "tool", "tools", "your", "you",
    "from", "into", "who", "what", "when", "how", "are", "can", "online", "help", "helps",
    "people", "would", "could", "should", "their", "them", "they", "about", "which", "will",
    "have", "has", "more", "not", "all", "new", "use", "using",
];

/// The words of a text that carry meaning: lower-case, three letters or more, not
/// common, with a plural "s" taken off so "diaries"/"diary" still differ but
/// "reminders"/"reminder" do not.
pub fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(&w.as_str()))
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if stem.chars().count() >= 3 && !stem.ends_with('s') => stem.to_owned(),
            _ => w,
        })
        .collect()
}

/// How alike two sets of words are: shared over all (Jaccard), from 0 to 1.
pub fn likeness(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// Groups of two or more of `items` (id, text) that are alike at `threshold` or more,
/// directly or through each other; each group in id order, groups largest first.
pub fn similar_groups(items: &[(i64, String)], threshold: f64) -> Vec<Vec<i64>> {
    let sets: Vec<BTreeSet<String>> = items.iter().map(|(_, text)| words(text)).collect();
    let mut parent: Vec<usize> = (0..items.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            if !sets[i].is_empty() && likeness(&sets[i], &sets[j]) >= threshold {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                if a != b {
                    parent[b] = a;
                }
            }
        }
    }
    let mut groups: HashMap<usize, Vec<i64>> = HashMap::new();
    for (i, (id, _)) in items.iter().enumerate() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(*id);
    }
    let mut out: Vec<Vec<i64>> = groups
        .into_values()
        .filter(|g| g.len() > 1)
        .map(|mut g| {
            g.sort_unstable();
            g
        })
        .collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alike_ideas_are_grouped_and_others_are_not() {
        let items = vec![
            (1, "A sleep diary for teenagers".to_owned()),
            (2, "Sleep diary app for teenagers and parents".to_owned()),
            (3, "Medicine reminders for carers".to_owned()),
            (4, "Reminder for medicines, for carers".to_owned()),
            (5, "Find a walking group nearby".to_owned()),
            (6, "The app".to_owned()),
        ];
        let groups = similar_groups(&items, 0.5);
        assert_eq!(groups, vec![vec![1, 2], vec![3, 4]]);
    }

    #[test]
    fn common_words_do_not_make_ideas_alike() {
        assert!(words("An app to help people online").is_empty());
        let a = words("Walking app");
        let b = words("Swimming app");
        assert_eq!(likeness(&a, &b), 0.0);
    }
}
