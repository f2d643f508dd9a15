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

/// Whether `text` says any of `phrases`, each matched as a run of whole words.
pub fn mentions_any(text: &str, phrases: &[&str]) -> bool {
    first_mention(text, phrases).is_some()
}

/// The word position in `text` where the first of `phrases` to appear starts.
pub fn first_mention(text: &str, phrases: &[&str]) -> Option<usize> {
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
