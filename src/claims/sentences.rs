//! Sentences of an article as it was published: hard-wrapped lines joined, headlines apart,
//! abbreviations and decimals kept inside.

/// Words ending in a full stop that do not end a sentence (compared in lower case): titles,
/// companies, months, Latin, and currency signs written with a stop (`Rs. 57,402 crore`).
const ABBREVIATIONS: &[&str] = &[
    "u.s.", "u.k.", "u.n.", "a.m.", "p.m.", "mr.", "mrs.", "ms.", "dr.", "prof.", "inc.", "corp.",
    "co.", "ltd.", "jr.", "sr.", "st.", "vs.", "e.g.", "i.e.", "no.", "approx.", "est.", "jan.",
    "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "rs.", "rp.", "dh.",
];

/// A line this short with no final punctuation is a headline or a list item: it ends there.
const HEADLINE: usize = 80;

/// Sentences as character ranges. Hard-wrapped text is unwrapped first: a single line break
/// inside a paragraph is a space; a blank line, or a short line with no final punctuation (a
/// headline), ends a sentence. Then a sentence ends after `.`, `!`, `?`, `؟` or `؛` followed by a
/// space, but not after an abbreviation (`U.S.`, `a.m.`), an initial, or inside a number.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut ranges = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        let ends = match chars[i] {
            '\n' => line_ends_sentence(&chars, i),
            '.' => chars.get(i + 1).is_none_or(|c| c.is_whitespace()) && !abbreviation(&chars, i),
            '!' | '?' | '؟' | '؛' => chars.get(i + 1).is_none_or(|c| c.is_whitespace()),
            _ => false,
        };
        if ends {
            ranges.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < chars.len() {
        ranges.push((start, chars.len()));
    }
    ranges.retain(|&(s, e)| chars[s..e].iter().any(|c| !c.is_whitespace()));
    ranges
}

/// Whether the line break at `at` ends a sentence: before a blank line or the end of the text,
/// or after a headline (a short line with no final punctuation, not followed by a line that goes
/// on in lower case).
fn line_ends_sentence(chars: &[char], at: usize) -> bool {
    let next_line_blank = chars[at + 1..]
        .iter()
        .take_while(|c| **c != '\n')
        .all(|c| c.is_whitespace());
    if next_line_blank {
        return true;
    }
    // A next line that goes on in lower case continues the sentence, whatever this line's length.
    let continues = chars[at + 1..]
        .iter()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_lowercase());
    if continues {
        return false;
    }
    let line_start = chars[..at]
        .iter()
        .rposition(|c| *c == '\n')
        .map_or(0, |p| p + 1);
    let line: String = chars[line_start..at].iter().collect();
    let line = line.trim();
    let punctuated = line.chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '؟' | '؛' | ':' | ',' | '،' | ';' | '"' | '”' | '»' | ')'
        )
    });
    line.chars().count() < HEADLINE && !punctuated
}

/// Whether the full stop at `at` closes an abbreviation or an initial rather than a sentence.
fn abbreviation(chars: &[char], at: usize) -> bool {
    let word_start = chars[..at]
        .iter()
        .rposition(|c| c.is_whitespace() || matches!(c, '(' | '"' | '“'))
        .map_or(0, |p| p + 1);
    let word: String = chars[word_start..=at]
        .iter()
        .collect::<String>()
        .to_lowercase();
    let initial = word.chars().count() == 2 && word.starts_with(|c: char| c.is_alphabetic());
    ABBREVIATIONS.contains(&word.as_str()) || initial
}
