//! What a number covers: the words that say a claim is about AI alone, not all data centers.

/// Words and phrases that scope a number to AI, in English and Arabic, matched as whole words.
const AI_WORDS: &[&str] = &[
    "ai",
    "a.i.",
    "artificial intelligence",
    "genai",
    "الذكاء الاصطناعي",
];

/// Whether `text` scopes a number to AI ("AI data centers", `مراكز بيانات الذكاء الاصطناعي`);
/// "main" or "domain" do not.
pub fn says_ai(text: &str) -> bool {
    super::words::mentions_any(text, AI_WORDS)
}

#[cfg(test)]
mod tests {
    use super::says_ai;

    #[test]
    fn ai_as_a_word_in_both_languages() {
        assert!(says_ai("AI data centers"));
        assert!(says_ai("A.I. data centres"));
        assert!(says_ai("مراكز بيانات الذكاء الاصطناعي"));
        assert!(says_ai("for generative AI"));
    }

    #[test]
    fn words_that_contain_ai_are_not_ai() {
        assert!(!says_ai("the main data centers"));
        assert!(!says_ai("all data centers in the domain"));
        assert!(!says_ai("Dubai"));
        assert!(!says_ai("جميع مراكز البيانات"));
    }
}
