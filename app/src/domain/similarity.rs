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

/// How pairs that may be alike are found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Every pair that can reach the threshold is compared: the groups are exactly those
    /// of comparing every pair. Candidate pairs grow with the square of the campaign
    /// where common words are shared, so this is for campaigns of up to
    /// [`EXACT_UP_TO`] ideas (0.06 s at 5,000, 30 s at 100,000; `bench/similarity`).
    Exact,
    /// Pairs are found by MinHash with locality-sensitive hashing, then compared exactly,
    /// so no pair below the threshold is ever grouped; a pair exactly at 0.5 is missed
    /// about one time in 270, a pair at 0.6 one time in 50,000. Time grows with the
    /// campaign, not its square.
    MinHash,
}

/// The largest campaign whose possible duplicates are found exactly.
pub const EXACT_UP_TO: usize = 10_000;

impl Method {
    /// The method for a campaign of `ideas` ideas.
    pub fn for_size(ideas: usize) -> Self {
        if ideas <= EXACT_UP_TO {
            Self::Exact
        } else {
            Self::MinHash
        }
    }
}

/// Groups of two or more of `items` (id, text) that are alike at `threshold` or more,
/// directly or through each other; each group in id order, groups largest first. Exact
/// on campaigns of up to [`EXACT_UP_TO`] ideas, MinHash above (see [`Method`]).
pub fn similar_groups(items: &[(i64, String)], threshold: f64) -> Vec<Vec<i64>> {
    similar_groups_by(items, threshold, Method::for_size(items.len()))
}

/// [`similar_groups`] by a chosen method.
pub fn similar_groups_by(items: &[(i64, String)], threshold: f64, method: Method) -> Vec<Vec<i64>> {
    let mut sets = WordSets::default();
    for (id, text) in items {
        sets.add(*id, &[text]);
    }
    sets.groups_by(threshold, method)
}

/// Ideas' words, taken in one idea at a time and kept as numbers, each word's text once:
/// a campaign's texts can be read as a stream and let go as they are read, where holding
/// them all would take tens of megabytes at 100,000 ideas.
#[derive(Default)]
pub struct WordSets {
    ids: Vec<i64>,
    /// Each idea's words, numbered in the order first met.
    sets: Vec<Vec<u32>>,
    numbers: HashMap<String, u32>,
    /// How many ideas use each word, by its number.
    frequency: Vec<u32>,
}

impl WordSets {
    /// Takes in idea `id`'s text, given in `parts` (a title and a summary, say) whose
    /// words are taken together.
    pub fn add(&mut self, id: i64, parts: &[&str]) {
        let words: BTreeSet<String> = parts.iter().flat_map(|part| words(part)).collect();
        let set = words
            .into_iter()
            .map(|word| {
                let next = self.numbers.len() as u32;
                let n = *self.numbers.entry(word).or_insert(next);
                if n as usize == self.frequency.len() {
                    self.frequency.push(0);
                }
                self.frequency[n as usize] += 1;
                n
            })
            .collect();
        self.ids.push(id);
        self.sets.push(set);
    }

    /// How many ideas have been taken in.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no idea has been taken in.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// [`similar_groups`] of the ideas taken in.
    pub fn groups(self, threshold: f64) -> Vec<Vec<i64>> {
        let method = Method::for_size(self.len());
        self.groups_by(threshold, method)
    }

    /// [`similar_groups_by`] of the ideas taken in.
    pub fn groups_by(self, threshold: f64, method: Method) -> Vec<Vec<i64>> {
        let threshold = threshold.clamp(f64::MIN_POSITIVE, 1.0);
        let (ids, sets) = self.ranked();
        let mut groups = Groups::new(sets.len());
        // Ideas with the same words are alike whatever the method: joined here, and only
        // one of each is compared further (a campaign may hold hundreds of copies).
        let mut distinct: HashMap<&[u32], usize> = HashMap::new();
        let mut unique: Vec<usize> = Vec::new();
        for (i, set) in sets.iter().enumerate() {
            if set.is_empty() {
                continue;
            }
            match distinct.entry(set.as_slice()) {
                std::collections::hash_map::Entry::Occupied(first) => groups.join(*first.get(), i),
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(i);
                    unique.push(i);
                }
            }
        }
        match method {
            Method::Exact => join_exact(&sets, &unique, threshold, &mut groups),
            Method::MinHash => join_minhash(&sets, &unique, threshold, &mut groups),
        }
        groups.of(&ids)
    }

    /// The ideas' ids and their words renumbered by how many ideas use them, each set
    /// sorted so its rarest words come first (ties by number): comparing sorted numbers
    /// is many times cheaper than comparing sets of strings, and prefix filtering wants
    /// the rarest words first. The words' texts are let go first.
    fn ranked(self) -> (Vec<i64>, Vec<Vec<u32>>) {
        let Self {
            ids,
            mut sets,
            numbers,
            frequency,
        } = self;
        drop(numbers);
        let mut order: Vec<u32> = (0..frequency.len() as u32).collect();
        order.sort_by_key(|&n| (frequency[n as usize], n));
        let mut rank = vec![0u32; order.len()];
        for (r, &n) in order.iter().enumerate() {
            rank[n as usize] = r as u32;
        }
        for set in &mut sets {
            for n in set.iter_mut() {
                *n = rank[*n as usize];
            }
            set.sort_unstable();
        }
        (ids, sets)
    }
}

/// Ideas joined into groups as pairs are found alike (union-find).
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn join(&mut self, i: usize, j: usize) {
        let (a, b) = (self.root(i), self.root(j));
        if a != b {
            self.parent[b] = a;
        }
    }

    /// Whether `i` and `j` are already in one group (so need no comparing).
    fn together(&mut self, i: usize, j: usize) -> bool {
        self.root(i) == self.root(j)
    }

    /// The groups of two or more, by the items' `ids`: each in id order, largest first.
    fn of(mut self, ids: &[i64]) -> Vec<Vec<i64>> {
        let mut groups: HashMap<usize, Vec<i64>> = HashMap::new();
        for (i, id) in ids.iter().enumerate() {
            let r = self.root(i);
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
}

/// Whether two sets can be alike at `threshold` given their sizes alone (exact for
/// Jaccard), then whether they are.
fn alike(a: &[u32], b: &[u32], threshold: f64) -> bool {
    let (x, y) = (a.len() as f64, b.len() as f64);
    if x < threshold * y || y < threshold * x {
        return false;
    }
    jaccard(a, b) >= threshold
}

/// Joins every pair of `unique` alike at `threshold`, comparing only pairs that can be
/// (prefix filtering, exact for Jaccard): with each set's words ordered rarest first,
/// two sets alike at `threshold` must share one of the first `n - ceil(threshold * n) + 1`
/// words of each.
fn join_exact(sets: &[Vec<u32>], unique: &[usize], threshold: f64, groups: &mut Groups) {
    let prefix_len = |n: usize| {
        (n + 1)
            .saturating_sub((threshold * n as f64).ceil() as usize)
            .min(n)
    };
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for &i in unique {
        let set = &sets[i];
        for &word in &set[..prefix_len(set.len())] {
            index.entry(word).or_default().push(i);
        }
    }
    // The last idea each one was compared with, so a pair sharing several prefix
    // words is compared once.
    let mut compared_with = vec![usize::MAX; sets.len()];
    for &i in unique {
        let set = &sets[i];
        for word in &set[..prefix_len(set.len())] {
            for &j in &index[word] {
                if j <= i || compared_with[j] == i {
                    continue;
                }
                compared_with[j] = i;
                if alike(set, &sets[j], threshold) {
                    groups.join(i, j);
                }
            }
        }
    }
}

/// Bands of MinHash signatures, and rows per band. A pair alike at `s` shares a band
/// with probability `1 - (1 - s^ROWS)^BANDS`: at 0.5, 99.6 %; at 0.6, 99.998 %; at 0.2,
/// 13 %, at 0.1, 0.8 % (those are compared and not joined). More rows per band would
/// compare fewer unlike pairs, but need more bands, each a pass over every idea.
const BANDS: u64 = 84;
const ROWS: u64 = 4;

/// A 64-bit mix (SplitMix64's finaliser): one independent hash of a word per seed.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Joins the pairs of `unique` alike at `threshold` that MinHash puts in one bucket of
/// some band; each candidate pair is compared exactly. A band at a time, its buckets
/// found by sorting, so memory stays a few bytes per idea.
fn join_minhash(sets: &[Vec<u32>], unique: &[usize], threshold: f64, groups: &mut Groups) {
    let mut keys: Vec<(u64, usize)> = Vec::with_capacity(unique.len());
    for band in 0..BANDS {
        let seeds: Vec<u64> = (0..ROWS)
            .map(|row| mix((band * ROWS + row).wrapping_add(0x9e37_79b9_7f4a_7c15)))
            .collect();
        keys.clear();
        keys.extend(unique.iter().map(|&i| {
            let key = seeds.iter().fold(band, |key, seed| {
                let least = sets[i]
                    .iter()
                    .map(|&word| mix(u64::from(word) ^ seed))
                    .min()
                    .unwrap_or(u64::MAX);
                mix(key ^ least)
            });
            (key, i)
        }));
        keys.sort_unstable();
        for bucket in keys.chunk_by(|a, b| a.0 == b.0).filter(|b| b.len() > 1) {
            for (n, &(_, i)) in bucket.iter().enumerate() {
                for &(_, j) in &bucket[n + 1..] {
                    if !groups.together(i, j) && alike(&sets[i], &sets[j], threshold) {
                        groups.join(i, j);
                    }
                }
            }
        }
    }
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
    fn a_text_taken_in_parts_groups_as_the_whole_text() {
        let whole = vec![
            (1, "Sleep diary for teenagers".to_owned()),
            (2, "Sleep diary app for teenagers and parents".to_owned()),
            (3, "Medicine reminders".to_owned()),
        ];
        let mut parts = WordSets::default();
        parts.add(1, &["Sleep diary", "for teenagers"]);
        parts.add(2, &["Sleep", "diary app for teenagers and parents"]);
        parts.add(3, &["Medicine", "reminders"]);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts.groups(0.5), similar_groups(&whole, 0.5));
        assert_eq!(similar_groups(&whole, 0.5), vec![vec![1, 2]]);
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

    /// Ideas from a small vocabulary, so that many overlap by chance.
    fn overlapping_ideas(count: i64) -> Vec<(i64, String)> {
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
        (0..count)
            .map(|id| {
                let n = 1 + next() % 5;
                let text = (0..n)
                    .map(|_| VOCABULARY[(next() % VOCABULARY.len() as u64) as usize])
                    .collect::<Vec<_>>()
                    .join(" ");
                (id, text)
            })
            .collect()
    }

    #[test]
    fn minhash_groups_only_what_is_alike_and_finds_close_copies() {
        // Every group MinHash finds lies within one exact group: nothing below the
        // threshold is ever joined.
        let items = overlapping_ideas(400);
        let exact = similar_groups_by(&items, 0.5, Method::Exact);
        let group_of: HashMap<i64, usize> = exact
            .iter()
            .enumerate()
            .flat_map(|(n, g)| g.iter().map(move |id| (*id, n)))
            .collect();
        let approximate = similar_groups_by(&items, 0.5, Method::MinHash);
        assert!(!approximate.is_empty());
        for group in &approximate {
            let first = group_of[&group[0]];
            assert!(group.iter().all(|id| group_of[id] == first), "{group:?}");
        }
        // Ideas of many distinct words, each copied once with one word changed
        // (alike at 0.8 or more): MinHash finds every copy and nothing else.
        let mut items: Vec<(i64, String)> = (0..2_000)
            .map(|id| {
                let words: Vec<String> = (0..10).map(|w| format!("w{}x{w}", id)).collect();
                (id, words.join(" "))
            })
            .collect();
        for id in 0..200 {
            let copy = items[id as usize].1.replace(&format!("w{id}x9"), "changed");
            items.push((10_000 + id, copy));
        }
        let expected: Vec<Vec<i64>> = (0..200).map(|id| vec![id, 10_000 + id]).collect();
        assert_eq!(similar_groups_by(&items, 0.5, Method::MinHash), expected);
        assert_eq!(similar_groups_by(&items, 0.5, Method::Exact), expected);
    }

    #[test]
    fn large_campaigns_are_grouped_by_minhash() {
        assert_eq!(Method::for_size(500), Method::Exact);
        assert_eq!(Method::for_size(EXACT_UP_TO), Method::Exact);
        assert_eq!(Method::for_size(EXACT_UP_TO + 1), Method::MinHash);
    }

    #[test]
    fn only_comparing_likely_pairs_finds_the_same_groups_as_comparing_all() {
        let items = overlapping_ideas(400);
        for threshold in [0.3, 0.5, 0.75, 1.0] {
            assert_eq!(
                similar_groups_by(&items, threshold, Method::Exact),
                brute_force(&items, threshold),
                "threshold {threshold}"
            );
        }
    }
}
