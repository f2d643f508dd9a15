//! Quantities in prose (Arabic or English): each number with its scale word and unit, found by
//! pattern and then read by units/parse itself, so a quantity in an article is understood exactly
//! as it would be on the command line. Also number words (`سبع سنوات`, `five years`), a scale word
//! alone (`تريليون دولار`), vague counts (`مئات الآلاف`), years and clock times.

use std::sync::LazyLock;

use regex::Regex;

use super::numerals::{NUMBER_WORD, Numeral, numeral};
use super::ranges::read_range;
pub use super::sentences::sentences;
use crate::language::Language;
use crate::units::parse::HOME_NOUNS;
use crate::units::{Kind, Quantity, parse_quantity};

/// What a found quantity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Found {
    Power,
    Energy,
    EnergyRate,
    Money,
    Homes,
    Chips,
    Share,
    Count,
    Duration,
    /// A multiple or a growth factor ("tripled", `الضعف`).
    Ratio,
    Year,
    Time,
    /// "thousands", "hundreds of thousands": no number to check.
    Vague,
}

/// A quantity found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub found: Found,
    /// Character offsets of the mention in the text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The sentence it is in (index into [`sentences`]).
    pub sentence: usize,
    /// The value, or the low end of a range.
    pub value: Option<Quantity>,
    /// The high end of a range (`74 and 132 gigawatts`).
    pub high: Option<Quantity>,
    /// The hedge written just before it (`nearly`, `نحو`), kept with the value.
    pub hedge: Option<&'static str>,
}

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:US ?\$ ?|CN¥ ?|E£ ?|Rs\.? ?|[$€£¥₹] ?)?[0-9٠-٩]+(?:[.,٫٬][0-9٠-٩]+)*(?::[0-9]{2})?%?",
    )
    .expect("valid pattern")
});

/// Decimals as Arabic news writes them: the agency style `5ر4` (4.5: the whole part after the
/// `ر`), the same reversed with a space `24 ,0` (0.24), and, in Arabic text, a decimal comma
/// with one or two digits after it (`1,5` is 1.5; `14,000` stays a grouping).
static ARABIC_DECIMAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"([0-9]+)ر([0-9]+)|([0-9]+) ,([0-9]+)|(?:^|[^0-9,.])([0-9]+),([0-9]{1,2})(?:[^0-9,]|$)",
    )
    .expect("valid pattern")
});

static SCALE_MONEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^0-9٠-٩\s]\s*|\s)(تريليون|مليار|trillion|billion)\s+(دولار|dollars?)")
        .expect("valid pattern")
});

/// A unit of power written alone, meaning one of it: "a gigawatt", "each new gigawatt",
/// `طاقة تبلغ غيغاواط`. English needs the article or `each`; Arabic writes the word bare.
static UNIT_WORD_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:a|an|one|each|every|each new|the first)\s+((?:giga|mega|tera)watt)\b|(?:^|\s)[وب]?((?:غيغا|جيجا|جيغا|ميغا|ميجا|تيرا)(?:واط|وات))(?:\s|$|[،.])",
    )
    .expect("valid pattern")
});

static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(مئات الآلاف|عشرات الآلاف|آلاف|ملايين|hundreds of thousands|tens of thousands|thousands|millions)(\s+(?:من|of)\s+\S+|\s+\S+)?")
        .expect("valid pattern")
});

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

/// Every quantity in `text`, in order.
pub fn quantities(text: &str) -> Vec<Mention> {
    let sentences = sentences(text);
    let char_of = char_offsets(text);
    // Sentences are in order: the one a character is in is found by bisection.
    let sentence_of = |at: usize| {
        let i = sentences.partition_point(|&(_, e)| e <= at);
        sentences.get(i).filter(|&&(s, _)| s <= at).map_or(0, |_| i)
    };
    let mut found: Vec<Mention> = Vec::new();
    // Spans taken so far (start → end); spans never overlap, so only the one starting last
    // before a new span's end can overlap it.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut push = |found_kind: Found,
                    (start_byte, end_byte): (usize, usize),
                    value: Option<Quantity>,
                    high: Option<Quantity>| {
        let (start, end) = (char_of(start_byte), char_of(end_byte));
        if taken
            .range(..end)
            .next_back()
            .is_some_and(|(_, &e)| e > start)
        {
            return;
        }
        taken.insert(start, end);
        found.push(Mention {
            found: found_kind,
            start,
            end,
            text: text[start_byte..end_byte].trim().to_string(),
            sentence: sentence_of(start),
            value,
            high,
            hedge: super::hedge::ending(&text[..start_byte]),
        });
    };

    if Language::of(text) == Language::Ar {
        for caps in ARABIC_DECIMAL.captures_iter(text) {
            let group = |i: usize| caps.get(i);
            let (start, end, number) =
                match (group(1), group(2), group(3), group(4), group(5), group(6)) {
                    (Some(fraction), Some(whole), ..) | (_, _, Some(fraction), Some(whole), ..) => {
                        (
                            fraction.start(),
                            whole.end(),
                            format!("{}.{}", whole.as_str(), fraction.as_str()),
                        )
                    }
                    (.., Some(whole), Some(fraction)) => (
                        whole.start(),
                        fraction.end(),
                        format!("{}.{}", whole.as_str(), fraction.as_str()),
                    ),
                    _ => continue,
                };
            let Ok(value) = number.parse::<f64>() else {
                continue;
            };
            if let Some((kind, end, quantity)) = read_words_after(text, value, end) {
                push(kind, (start, end), Some(quantity), None);
            }
        }
    }
    for m in NUMBER.find_iter(text) {
        // A number glued to letters is part of a name (GB200, H100), not a quantity.
        let before = text[..m.start()].chars().next_back();
        if before.is_some_and(|c| c.is_alphabetic() && !is_arabic_prefix(c)) {
            continue;
        }
        if let Some((kind, end, low, high)) = read_range(text, m.start(), m.end()) {
            push(kind, (m.start(), end), Some(low), Some(high));
        } else if let Some((kind, end, value)) = read_following(text, m.start(), m.end()) {
            push(kind, (m.start(), end), value, None);
        }
    }
    for caps in NUMBER_WORD.captures_iter(text) {
        let word = caps.get(1).expect("the word");
        match numeral(word.as_str()) {
            Some(Numeral::Multiple(factor)) => push(
                Found::Ratio,
                (word.start(), word.end()),
                Some(Quantity::Number(factor)),
                None,
            ),
            Some(Numeral::Number(n)) => {
                if let Some((kind, end, value)) = read_words_after(text, n, word.end()) {
                    push(kind, (word.start(), end), Some(value), None);
                } else if let Some((kind, value)) =
                    counted_word(&text[..word.start()], n, &text[word.end()..])
                {
                    push(kind, (word.start(), word.end()), Some(value), None);
                }
            }
            None => {}
        }
    }
    for caps in SCALE_MONEY.captures_iter(text) {
        let (scale, currency) = (caps.get(1).expect("scale"), caps.get(2).expect("currency"));
        let value = parse_quantity(&format!("1 {} {}", scale.as_str(), currency.as_str())).ok();
        push(Found::Money, (scale.start(), currency.end()), value, None);
    }
    for caps in VAGUE.captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let kept = whole
            .as_str()
            .trim_end_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '،' | '؛'));
        push(
            Found::Vague,
            (whole.start(), whole.start() + kept.len()),
            None,
            None,
        );
    }
    for caps in UNIT_WORD_ALONE.captures_iter(text) {
        let word = caps.get(1).or(caps.get(2)).expect("the unit word");
        let before = text[..word.start()].trim_end();
        let per = ["لكل", "per"].iter().any(|p| before.ends_with(p));
        let counted = before.ends_with(|c: char| c.is_ascii_digit() || ('٠'..='٩').contains(&c));
        if let (false, false, Ok(value)) = (
            per,
            counted,
            parse_quantity(&format!("1 {}", word.as_str())),
        ) {
            push(Found::Power, (word.start(), word.end()), Some(value), None);
        }
    }
    found.sort_by_key(|m| m.start);
    found
}

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
fn read_words_after(text: &str, number: f64, end: usize) -> Option<(Found, usize, Quantity)> {
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
fn counted_word(before: &str, n: f64, after: &str) -> Option<(Found, Quantity)> {
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

/// Arabic letters that attach to a following number (`بـ`, `و`, `ل`).
fn is_arabic_prefix(c: char) -> bool {
    matches!(c, 'ب' | 'و' | 'ل' | 'ـ')
}

/// Byte offset → character offset, by bisection over the characters' byte offsets.
fn char_offsets(text: &str) -> impl Fn(usize) -> usize {
    let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    move |byte| starts.partition_point(|&b| b < byte)
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
            // A count's noun may come after its scale (`5 million graphics processing units`).
            let noun_end = match value.kind() {
                Kind::Number => word_ends(text, word_end, 3)
                    .last()
                    .copied()
                    .unwrap_or(word_end),
                _ => word_end,
            };
            let found = classify(value, &text[end..noun_end]);
            return Some((found, word_end, Some(value)));
        }
    }
    let value = parse_quantity(number).ok()?;
    let following: Vec<&str> = rest
        .split_whitespace()
        .take(3)
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
