//! One quantity in prose: a number (in digits or a word) read with the words after it, as
//! units/parse reads it, and classified by what it counts: a power, an energy, an energy per
//! day or year, homes, chips, a multiple, a share, a year or a duration.

use super::extract::Found;
use crate::units::parse::HOME_NOUNS;
use crate::units::{Kind, Quantity, parse_quantity};

const CHIP_WORDS: &[&str] = &[
    "شريحة",
    "شرائح",
    "الشرائح",
    "معالج",
    "معالجات",
    "chip",
    "chips",
    "gpu",
    "gpus",
    "processing units",
    "وحدة معالجة",
    "accelerators",
];
/// Words after a number that make it a multiple (`3 مرات` is x3).
const MULTIPLE_WORDS: &[&str] = &["times", "fold", "مرات", "أضعاف", "ضعف", "ضعفا"];
const YEAR_WORDS: &[&str] = &["سنوات", "سنة", "أعوام", "عام", "years", "year"];

/// Where each of the next `count` words after `end` ends, trailing punctuation left out: the
/// candidate ends of a quantity's unit.
fn word_ends(text: &str, end: usize, count: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut position = 0;
    for word in text[end..].split_inclusive(char::is_whitespace).take(count) {
        let trimmed = word.trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    ',' | '،'
                        | '.'
                        | '—'
                        | ')'
                        | '('
                        | ';'
                        | ':'
                        | '؛'
                        | '"'
                        | '”'
                        | '“'
                        | '»'
                        | '«'
                )
        });
        if trimmed.is_empty() && position > 0 {
            break;
        }
        position += word.len();
        ends.push(end + position - (word.len() - trimmed.len()));
    }
    ends
}

/// A number written as a word, read with the unit or noun after it (`five years` is 5 yr,
/// `eight million homes` 8e6 homes); a word with neither is not taken as a quantity.
pub(super) fn read_words_after(
    text: &str,
    number: f64,
    end: usize,
) -> Option<(Found, usize, Quantity)> {
    word_ends(text, end, 4)
        .into_iter()
        .rev()
        .find_map(|word_end| {
            let words = text[end..word_end].trim();
            let value = parse_quantity(&format!("{number} {words}")).ok()?;
            let found = classify(value, words);
            let has_unit =
                value.kind() != Kind::Number || matches!(found, Found::Homes | Found::Chips);
            has_unit.then_some((found, word_end, value))
        })
}

/// Words after a fraction word that make it a share of something (`half of`, `نصف من`).
const OF_WORDS: &[&str] = &["of", "من"];
/// Ordinals before `half` that make it part of a year (`the second half of 2026`).
const ORDINALS: &[&str] = &["first", "second", "الأول", "الثاني", "الأولى", "الثانية"];

/// A number word with no unit: a count of whatever it counts (`seven`, `ثلاثة مشاريع`, `top
/// ten`) when it is two or more, or a share when a fraction word says what it is a share of
/// (`nearly half of the growth`, `ربع إجمالي الانبعاثات`); "one" counts nothing by itself, and
/// "the second half of 2026" is a time.
pub(super) fn counted_word(before: &str, n: f64, after: &str) -> Option<(Found, Quantity)> {
    let next = after.split_whitespace().next().map(|w| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let previous = before.split_whitespace().next_back().map(str::to_lowercase);
    if n >= 2.0 && n.fract() == 0.0 {
        return Some((Found::Count, Quantity::Number(n)));
    }
    let ordinal = previous.is_some_and(|p| ORDINALS.contains(&p.as_str()));
    let arabic_noun = next.as_deref().is_some_and(|w| {
        w.chars()
            .next()
            .is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c))
    });
    let of = next.as_deref().is_some_and(|w| OF_WORDS.contains(&w));
    let share = uom::si::f64::Ratio::new::<uom::si::ratio::ratio>(n);
    (n < 1.0 && !ordinal && (of || arabic_noun)).then_some((Found::Share, Quantity::Percent(share)))
}

/// Reads the number at `start..end` with as many following words (up to four) as
/// units/parse accepts; returns what it is, where it ends, and its value.
pub(super) fn read_following(
    text: &str,
    start: usize,
    end: usize,
) -> Option<(Found, usize, Option<Quantity>)> {
    let number = &text[start..end];
    if let Some((hours, minutes)) = number.split_once(':') {
        let ok = hours.parse::<u32>().is_ok_and(|h| h < 24)
            && minutes.parse::<u32>().is_ok_and(|m| m < 60);
        return ok.then_some((Found::Time, end, None));
    }
    let rest = &text[end..];
    let ends = word_ends(text, end, 5);
    for &word_end in ends.iter().rev().filter(|&&e| e > end) {
        let candidate = text[start..word_end].trim();
        if let Ok(value) = parse_quantity(candidate) {
            if let Quantity::Energy(energy) = value
                && let Some((period, period_end)) = period_after(text, word_end)
            {
                return Some((
                    Found::EnergyRate,
                    period_end,
                    Some(Quantity::Power(energy / period)),
                ));
            }
            // A count's noun may come after its scale, within three words (`5 million graphics
            // processing units`; the first of the four pieces is the space).
            let noun_end = match value.kind() {
                Kind::Number => word_ends(text, word_end, 4)
                    .last()
                    .copied()
                    .unwrap_or(word_end),
                _ => word_end,
            };
            // "17 ألف ضعف", "10 thousand times": a multiple with its scale.
            let multiple_end =
                multiple_after(text, word_end).filter(|_| value.kind() == Kind::Number);
            if let Some(multiple_end) = multiple_end {
                return Some((Found::Ratio, multiple_end, Some(value)));
            }
            let found = classify(value, &text[end..noun_end]);
            return Some((found, word_end, Some(value)));
        }
    }
    let value = parse_quantity(number).ok()?;
    let following: Vec<&str> = rest
        .split_whitespace()
        .take(3)
        // A full stop glued to the next sentence ("50 years.Earlier") ends the word.
        .map(|w| w.split('.').next().unwrap_or(w))
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '،' | '؛')))
        .collect();
    let found = match value {
        Quantity::Number(n)
            if n.fract() == 0.0 && (1900.0..=2100.0).contains(&n) && !number.contains(',') =>
        {
            Found::Year
        }
        Quantity::Number(_) if following.first().is_some_and(|w| YEAR_WORDS.contains(w)) => {
            Found::Duration
        }
        // "3 times", `3 مرات`, `17000 ضعف`: a multiple.
        Quantity::Number(_)
            if following
                .first()
                .is_some_and(|w| MULTIPLE_WORDS.contains(&w.trim_end_matches([',', '،', '.']))) =>
        {
            let word_end = ends.get(1).copied().unwrap_or(end);
            return Some((Found::Ratio, word_end, Some(value)));
        }
        // "100,000 H100 chips": the noun may follow a name.
        other => classify(other, &following.join(" ")),
    };
    Some((found, end, Some(value)))
}

/// Where a multiple word right after `end` ends (`ضعف` in `17 ألف ضعف`).
pub(super) fn multiple_after(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let word = rest.split_whitespace().next()?;
    let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    MULTIPLE_WORDS
        .contains(&bare)
        .then(|| end + rest.find(word).unwrap_or(0) + bare.len())
}

/// Words after an energy that make it an energy per period, in days (a year is 8,760 h, as
/// everywhere in wattcheck): `29 kWh a day`, `يومياً`.
const PERIODS: &[(&str, f64)] = &[
    ("a day", 1.0),
    ("per day", 1.0),
    ("each day", 1.0),
    ("every day", 1.0),
    ("daily", 1.0),
    ("يومياً", 1.0),
    ("يوميًا", 1.0),
    ("يوميا", 1.0),
    ("في اليوم", 1.0),
    ("a year", 365.0),
    ("per year", 365.0),
    ("each year", 365.0),
    ("annually", 365.0),
    ("سنوياً", 365.0),
    ("سنويًا", 365.0),
    ("سنويا", 365.0),
    ("في السنة", 365.0),
];

/// What ends a clause after an energy.
const CLAUSE_ENDS: &[&str] = &[",", "،", ";", "؛", ". ", ".\n", "(", ")", "—", " – "];

/// The period that closes the clause after `end`, when its last words are one (`… طلب يومياً`).
pub(super) fn period_closing_clause(text: &str, end: usize) -> Option<crate::units::Time> {
    let rest = &text[end..];
    // The first mark, scanning forward (searching for each mark through the whole rest of the
    // text would make a long text quadratic).
    let clause_end = rest
        .char_indices()
        .map(|(at, _)| at)
        .find(|&at| CLAUSE_ENDS.iter().any(|mark| rest[at..].starts_with(mark)))
        .unwrap_or(rest.len());
    let clause = rest[..clause_end].trim_end_matches(['.', ' ']);
    PERIODS.iter().find_map(|(words, days)| {
        let at = clause.len().checked_sub(words.len())?;
        let tail = clause.get(at..)?;
        let whole = clause[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_whitespace);
        (tail.eq_ignore_ascii_case(words) && whole)
            .then(|| crate::units::Time::new::<uom::si::time::day>(*days))
    })
}

/// The period written right after `end` (an energy's unit), and where it ends.
fn period_after(text: &str, end: usize) -> Option<(crate::units::Time, usize)> {
    let rest = &text[end..];
    let trimmed = rest.trim_start();
    let skipped = rest.len() - trimmed.len();
    PERIODS.iter().find_map(|(words, days)| {
        let head = trimmed.get(..words.len())?;
        let whole = trimmed[words.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        (head.eq_ignore_ascii_case(words) && whole).then(|| {
            let period = crate::units::Time::new::<uom::si::time::day>(*days);
            (period, end + skipped + words.len())
        })
    })
}

fn classify(value: Quantity, words: &str) -> Found {
    let lower = words.to_lowercase();
    let mentions = |list: &[&str]| {
        let phrase = |p: &&str| p.contains(' ') && lower.contains(*p);
        list.iter().any(phrase)
            || lower.split_whitespace().any(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                list.contains(&w.trim_end_matches('s')) || list.contains(&w)
            })
    };
    match value.kind() {
        Kind::Power if words.contains('/') || lower.contains(" per ") => Found::EnergyRate,
        Kind::Power => Found::Power,
        Kind::Energy => Found::Energy,
        Kind::Money(_) => Found::Money,
        Kind::Fraction => Found::Share,
        Kind::Time => Found::Duration,
        Kind::Number if mentions(HOME_NOUNS) => Found::Homes,
        Kind::Number if mentions(CHIP_WORDS) => Found::Chips,
        _ => Found::Count,
    }
}
