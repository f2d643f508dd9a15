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
    first_mention(text, phrases).is_some()
}

/// The word position in `text` where the first of `phrases` to appear starts.
fn first_mention(text: &str, phrases: &[&str]) -> Option<usize> {
    let text = words(text);
    phrases
        .iter()
        .filter_map(|phrase| {
            let phrase = words(phrase);
            if phrase.is_empty() {
                return None;
            }
            text.windows(phrase.len()).position(|window| {
                window
                    .iter()
                    .zip(&phrase)
                    .all(|(word, wanted)| same_word(word, wanted))
            })
        })
        .min()
}

#[cfg(test)]
mod tests {
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
