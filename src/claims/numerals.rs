//! Numbers written as words, in English and Arabic (masculine and feminine forms, a glued
//! conjunction or preposition), the fractions the press writes out, and multiples ("tripled",
//! `الضعف`): the reader turns each into a number and reads what follows as it reads digits.

use std::sync::LazyLock;

use regex::Regex;

/// Number words and their values. Arabic forms: masculine and feminine, and the genitive of two.
const WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("half", 0.5),
    ("half a million", 5e5),
    ("half a billion", 5e8),
    ("half a trillion", 5e11),
    ("a quarter", 0.25),
    ("a third", 1.0 / 3.0),
    ("two-thirds", 2.0 / 3.0),
    ("two thirds", 2.0 / 3.0),
    ("واحد", 1.0),
    ("واحدة", 1.0),
    ("اثنان", 2.0),
    ("اثنين", 2.0),
    ("اثنتان", 2.0),
    ("اثنتين", 2.0),
    ("ثلاث", 3.0),
    ("ثلاثة", 3.0),
    ("أربع", 4.0),
    ("أربعة", 4.0),
    ("خمس", 5.0),
    ("خمسة", 5.0),
    ("ست", 6.0),
    ("ستة", 6.0),
    ("سبع", 7.0),
    ("سبعة", 7.0),
    ("ثماني", 8.0),
    ("ثمان", 8.0),
    ("ثمانية", 8.0),
    ("تسع", 9.0),
    ("تسعة", 9.0),
    ("عشر", 10.0),
    ("عشرة", 10.0),
    ("اثني عشر", 12.0),
    ("اثنتي عشرة", 12.0),
    ("اثنا عشر", 12.0),
    ("اثنتا عشرة", 12.0),
    ("عشرين", 20.0),
    ("عشرون", 20.0),
    ("مئة", 100.0),
    ("مائة", 100.0),
    ("نصف", 0.5),
    ("ربع", 0.25),
    ("ثلث", 1.0 / 3.0),
    ("ثلثي", 2.0 / 3.0),
    ("الثلثين", 2.0 / 3.0),
];

/// Multiples and growth words, and the factor each states.
const MULTIPLES: &[(&str, f64)] = &[
    ("double", 2.0),
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("twofold", 2.0),
    ("triple", 3.0),
    ("tripled", 3.0),
    ("tripling", 3.0),
    ("threefold", 3.0),
    ("quadruple", 4.0),
    ("quadrupled", 4.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("tenfold", 10.0),
    ("الضعف", 2.0),
    ("ضعف", 2.0),
    ("ضعفين", 2.0),
    ("الضعفين", 2.0),
];

/// Any number word or multiple, as a whole word; Arabic ones may carry a glued `و`, `ب` or `ل`.
pub static NUMBER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let mut words: Vec<&str> = WORDS.iter().chain(MULTIPLES).map(|(w, _)| *w).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let alternatives = words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"(?i)(?:^|[^\w])(?:[وبل])?({alternatives})(?:$|[^\w])"
    ))
    .expect("valid pattern")
});

/// What a number word found by [`NUMBER_WORD`] stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Numeral {
    /// A number, read with whatever unit follows it.
    Number(f64),
    /// A multiple of something ("tripled", `الضعف`).
    Multiple(f64),
}

pub fn numeral(word: &str) -> Option<Numeral> {
    let lower = word.to_lowercase();
    let find = |list: &[(&str, f64)]| list.iter().find(|(w, _)| *w == lower).map(|(_, v)| *v);
    find(WORDS)
        .map(Numeral::Number)
        .or_else(|| find(MULTIPLES).map(Numeral::Multiple))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_in(text: &str) -> Vec<Numeral> {
        NUMBER_WORD
            .captures_iter(text)
            .filter_map(|c| numeral(c.get(1)?.as_str()))
            .collect()
    }

    #[test]
    fn english_and_arabic_words() {
        assert_eq!(words_in("eight million homes"), [Numeral::Number(8.0)]);
        assert_eq!(words_in("خلال خمس سنوات"), [Numeral::Number(5.0)]);
        assert_eq!(words_in("ولثلاثة أيام"), Vec::<Numeral>::new());
        assert_eq!(words_in("و ثلاثة أيام"), [Numeral::Number(3.0)]);
        assert_eq!(words_in("اثنتي عشرة أسرة"), [Numeral::Number(12.0)]);
        assert_eq!(words_in("demand tripled"), [Numeral::Multiple(3.0)]);
        assert_eq!(words_in("تضاعف إلى الضعف"), [Numeral::Multiple(2.0)]);
    }

    #[test]
    fn words_inside_other_words_are_not_numbers() {
        assert!(words_in("often, tension, someone, done").is_empty());
        assert!(words_in("ستشهد الشركة").is_empty());
    }
}
