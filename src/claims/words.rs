//! Words and phrases found in a sentence as whole words, in either language: `ai` is not in
//! "main", and an Arabic word may carry one glued letter or article (`وتكلفة`, `التكلفة`).

/// Letters and the article an Arabic word may carry in front, longest first.
const GLUED: &[&str] = &["وبال", "وال", "بال", "لل", "ال", "و", "ب", "ل"];

/// The words of `text`, in lower case, without a trailing full stop (`A.I.` is `a.i`) and
/// without Arabic diacritics (`استثمارًا` is `استثمارا`).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '.' || is_diacritic(c)))
        .map(|w| {
            w.trim_end_matches('.')
                .chars()
                .filter(|c| !is_diacritic(*c))
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Arabic short vowels, tanween, shadda and sukun.
fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}')
}

/// `word` as written, or with one glued prefix before `wanted`, or `wanted` in the accusative
/// (`استثمارًا`: a trailing alef after its tanween).
fn same_word(word: &str, wanted: &str) -> bool {
    let accusative = |w: &str| wanted.chars().count() >= 3 && w.strip_suffix('ا') == Some(wanted);
    let stem = |w: &str| w == wanted || accusative(w);
    stem(word) || GLUED.iter().any(|g| word.strip_prefix(g).is_some_and(stem))
}

/// The forms a text's word may stand for: itself, without a glued prefix, and in the accusative
/// without its trailing alef.
fn stems(word: &str) -> impl Iterator<Item = &str> {
    let bare = std::iter::once(word).chain(GLUED.iter().filter_map(move |g| word.strip_prefix(*g)));
    bare.flat_map(|w| {
        let accusative = w.strip_suffix('ا').filter(|s| s.chars().count() >= 3);
        std::iter::once(w).chain(accusative)
    })
}

/// Words that open an English sentence pointing back at the one before ("That's nearly…").
const POINTING_OPENERS: &[&str] = &[
    "that's",
    "that is",
    "that would",
    "that will",
    "this is",
    "this would",
    "this will",
];

/// Arabic demonstratives that point back at the sentence before (`ويعادل ذلك`, `فإن هذا يعادل`).
const ARABIC_POINTERS: &[&str] = &["هذا", "هذه", "ذلك", "وهذا", "وهذه", "وذلك"];

/// How far into a sentence an Arabic demonstrative still points back.
const POINTER_WORDS: usize = 12;

/// Whether a sentence speaks of the figure in the one before it: it opens with "That's" or
/// "This is", or an Arabic demonstrative stands among its first words.
pub fn points_back(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase().replace('’', "'");
    let opening: Vec<&str> = lower.split_whitespace().take(POINTER_WORDS).collect();
    // The sentence, or what follows a colon in it ("…perspective: That's roughly…").
    let starts = lower.split(':').map(str::trim_start);
    starts
        .flat_map(|start| POINTING_OPENERS.iter().map(move |w| (start, w)))
        .any(|(start, w)| {
            start.starts_with(&format!("{w} ")) || start.starts_with(&format!("{w},"))
        })
        || opening
            .iter()
            .any(|w| ARABIC_POINTERS.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
}

/// Many phrases, indexed by their first word, found in a text in one pass over its words: for
/// long lists (every country's names) where matching phrase by phrase would read the text once per
/// phrase.
pub struct PhraseIndex<T> {
    by_first_word: std::collections::HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T> PhraseIndex<T> {
    pub fn new(phrases: impl IntoIterator<Item = (String, T)>) -> PhraseIndex<T> {
        let mut by_first_word: std::collections::HashMap<String, Vec<(Vec<String>, T)>> =
            std::collections::HashMap::new();
        for (phrase, value) in phrases {
            let words = words(&phrase);
            if let Some(first) = words.first() {
                by_first_word
                    .entry(first.clone())
                    .or_default()
                    .push((words, value));
            }
        }
        PhraseIndex { by_first_word }
    }

    /// The value of the phrase that starts earliest in `text`, and its word position.
    pub fn first_in(&self, text: &str) -> Option<(usize, &T)> {
        let text = words(text);
        text.iter().enumerate().find_map(|(at, word)| {
            stems(word)
                .filter_map(|stem| self.by_first_word.get(stem))
                .flatten()
                .find(|(phrase, _)| {
                    text.len() >= at + phrase.len()
                        && text[at + 1..at + phrase.len()]
                            .iter()
                            .zip(&phrase[1..])
                            .all(|(word, wanted)| same_word(word, wanted))
                })
                .map(|(_, value)| (at, value))
        })
    }
}

/// Whether `text` says any of `phrases`, each matched as a run of whole words.
pub fn mentions_any(text: &str, phrases: &[&str]) -> bool {
    Words::of(text).say_any(phrases)
}

/// A text's words, and the same joined by spaces for a quick test before matching word by word:
/// read once to test many phrases.
pub struct Words {
    words: Vec<String>,
    joined: String,
}

impl Words {
    pub fn of(text: &str) -> Words {
        let words = words(text);
        let joined = words.join(" ");
        Words { words, joined }
    }

    /// Whether the text says any of `phrases`, each matched as a run of whole words.
    pub fn say_any(&self, phrases: &[impl AsRef<str>]) -> bool {
        phrases
            .iter()
            .any(|phrase| self.position(phrase.as_ref()).is_some())
    }

    /// The word position where `phrase` starts. A phrase's first word appears inside the text's
    /// (after any glued prefix, before an accusative alef), so most phrases are ruled out by a
    /// substring test.
    fn position(&self, phrase: &str) -> Option<usize> {
        // The test on the first word as written, where it is already a word of `words`' form,
        // spares reading the phrase into words for most phrases (they are ruled out).
        let written = phrase
            .split(|c: char| !(c.is_alphanumeric() || c == '.' || is_diacritic(c)))
            .map(|w| w.trim_end_matches('.'))
            .find(|w| !w.is_empty())?;
        if written
            .chars()
            .all(|c| !c.is_uppercase() && !is_diacritic(c))
            && !self.joined.contains(written)
        {
            return None;
        }
        let phrase = words(phrase);
        let first = phrase.first()?;
        if !self.joined.contains(first.as_str()) {
            return None;
        }
        self.words.windows(phrase.len()).position(|window| {
            window
                .iter()
                .zip(&phrase)
                .all(|(word, wanted)| same_word(word, wanted))
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sentences_that_point_back() {
        assert!(super::points_back(
            "That's nearly quadruple what it reported."
        ));
        assert!(super::points_back(
            "The Journal offers a perspective: That's roughly eight million homes."
        ));
        assert!(super::points_back("ويعادل ذلك استهلاك 15 مليون منزل"));
        assert!(super::points_back(
            "ووفقا للمشغلين، فإن هذا يعادل تزويد 800 ألف منزل"
        ));
        assert!(!super::points_back("That plant runs on gas."));
        assert!(!super::points_back("The grid said that demand rose."));
    }

    use super::mentions_any;

    #[test]
    fn arabic_words_with_tanween_and_diacritics() {
        assert!(mentions_any("تشمل استثمارًا يصل إلى", &["استثمار"]));
        assert!(mentions_any("والاستثمارَ", &["استثمار"]));
        assert!(!mentions_any("ما", &["م"]));
    }

    #[test]
    fn whole_words_with_glued_letters() {
        assert!(mentions_any("The A.I. boom", &["a.i."]));
        assert!(mentions_any("وتبلغ التكلفة", &["تكلفة"]));
        assert!(mentions_any("a multi-year build-out", &["build-out"]));
        assert!(!mentions_any("the main campus", &["ai"]));
        assert!(!mentions_any("overcost", &["cost"]));
    }
}
