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

/// Jaccard likeness of two sorted lists of word numbers.
fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// Groups of two or more of `items` (id, text) that are alike at `threshold` or more,
/// directly or through each other; each group in id order, groups largest first.
///
/// Comparing every pair would take minutes for a campaign of 100,000 ideas, so only
/// pairs that can reach the threshold are compared (prefix filtering, exact for
/// Jaccard): with each idea's words ordered rarest first, two ideas alike at `threshold`
/// must share one of the first `n - ceil(threshold * n) + 1` words of each.
pub fn similar_groups(items: &[(i64, String)], threshold: f64) -> Vec<Vec<i64>> {
    let threshold = threshold.clamp(f64::MIN_POSITIVE, 1.0);
    // Each idea's words as numbers, rarest first (ties by number): comparing sorted
    // numbers is many times cheaper than comparing sets of strings.
    let mut numbers: HashMap<String, u32> = HashMap::new();
    let mut frequency: Vec<u32> = Vec::new();
    let raw: Vec<Vec<u32>> = items
        .iter()
        .map(|(_, text)| {
            words(text)
                .into_iter()
                .map(|word| {
                    let next = numbers.len() as u32;
                    let n = *numbers.entry(word).or_insert(next);
                    if n as usize == frequency.len() {
                        frequency.push(0);
                    }
                    frequency[n as usize] += 1;
                    n
                })
                .collect()
        })
        .collect();
    // Renumber by frequency, so that sorting a set by number puts its rarest words first.
    let mut order: Vec<u32> = (0..frequency.len() as u32).collect();
    order.sort_by_key(|&n| (frequency[n as usize], n));
    let mut rank = vec![0u32; order.len()];
    for (r, &n) in order.iter().enumerate() {
        rank[n as usize] = r as u32;
    }
    let sets: Vec<Vec<u32>> = raw
        .into_iter()
        .map(|set| {
            let mut ranked: Vec<u32> = set.into_iter().map(|n| rank[n as usize]).collect();
            ranked.sort_unstable();
            ranked
        })
        .collect();
    let prefix_len = |n: usize| {
        (n + 1)
            .saturating_sub((threshold * n as f64).ceil() as usize)
            .min(n)
    };
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, set) in sets.iter().enumerate() {
        for &word in &set[..prefix_len(set.len())] {
            index.entry(word).or_default().push(i);
        }
    }
    let mut parent: Vec<usize> = (0..items.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // The last idea each one was compared with, so a pair sharing several prefix
    // words is compared once.
    let mut compared_with = vec![usize::MAX; sets.len()];
    for (i, set) in sets.iter().enumerate() {
        let size = set.len() as f64;
        for word in &set[..prefix_len(set.len())] {
            for &j in &index[word] {
                if j <= i || compared_with[j] == i {
                    continue;
                }
                compared_with[j] = i;
                // Sets of very different sizes cannot be alike enough (exact for Jaccard).
                let other = sets[j].len() as f64;
                if other < threshold * size || size < threshold * other {
                    continue;
                }
                if jaccard(set, &sets[j]) >= threshold {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    if a != b {
                        parent[b] = a;
                    }
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

    /// Every pair compared, as the grouping did before prefix filtering.
    fn brute_force(items: &[(i64, String)], threshold: f64) -> Vec<Vec<i64>> {
        let sets: Vec<BTreeSet<String>> = items.iter().map(|(_, t)| words(t)).collect();
        let mut group_of: Vec<usize> = (0..items.len()).collect();
        for i in 0..items.len() {
            for j in i + 1..items.len() {
                if !sets[i].is_empty() && likeness(&sets[i], &sets[j]) >= threshold {
                    let (from, to) = (group_of[j], group_of[i]);
                    for g in group_of.iter_mut() {
                        if *g == from {
                            *g = to;
                        }
                    }
                }
            }
        }
        let mut groups: HashMap<usize, Vec<i64>> = HashMap::new();
        for (i, (id, _)) in items.iter().enumerate() {
            groups.entry(group_of[i]).or_default().push(*id);
        }
        let mut out: Vec<Vec<i64>> = groups.into_values().filter(|g| g.len() > 1).collect();
        for g in &mut out {
            g.sort_unstable();
        }
        out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        out
    }

    #[test]
    fn only_comparing_likely_pairs_finds_the_same_groups_as_comparing_all() {
        // Texts drawn from a small vocabulary, so that many overlap by chance.
        const VOCABULARY: [&str; 14] = [
            "sleep", "diary", "teenager", "carer", "medicine", "reminder", "walking", "group",
            "asthma", "inhaler", "map", "pharmacy", "mood", "tracker",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let items: Vec<(i64, String)> = (0..400)
            .map(|id| {
                let n = 1 + next() % 5;
                let text = (0..n)
                    .map(|_| VOCABULARY[(next() % VOCABULARY.len() as u64) as usize])
                    .collect::<Vec<_>>()
                    .join(" ");
                (id, text)
            })
            .collect();
        for threshold in [0.3, 0.5, 0.75, 1.0] {
            assert_eq!(
                similar_groups(&items, threshold),
                brute_force(&items, threshold),
                "threshold {threshold}"
            );
        }
    }
}
