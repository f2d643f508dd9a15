//! Quantities in prose (Arabic or English): each number with its scale word and unit, found by
//! pattern and then read by units/parse itself, so a quantity in an article is understood exactly
//! as it would be on the command line. Also number words (`سبع سنوات`, `five years`), a scale word
//! alone (`تريليون دولار`), vague counts (`مئات الآلاف`), years and clock times.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::dates;
use super::numerals::{NUMBER_WORD, Numeral, numeral};
use super::ranges::read_range;
use super::reading::{counted_word, multiple_after, read_following, read_words_after};
pub use super::sentences::sentences;
use crate::language::Language;
use crate::units::{Quantity, parse_quantity};

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
        r"(?i)(?-u:\b)(?:a|an|one|each|every|each new|the first)\s+((?:giga|mega|tera)watt)(?-u:\b)|(?:^|\s)[وب]?((?:غيغا|جيجا|جيغا|ميغا|ميجا|تيرا)(?:واط|وات))(?:\s|$|[،.])",
    )
    .expect("valid pattern")
});

/// A span of years (`2024-25`). Word boundaries here and below are ASCII ones (`(?-u:\b)`):
/// the Unicode kind keeps a regex off its fast engine, a hundred times slower on a long text.
static YEAR_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)\d{2})[-–/](\d{2})(?-u:\b)").expect("valid pattern")
});

/// Durations in words: `السنوات الخمس` (the five years), `عام واحد`, `لمدة عام` (for a year),
/// `لثانية` (for a second), "the past decade", `العقد المقبل`.
static DURATION_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|\s)(?:ال)?(سنوات|أعوام|أشهر|شهور|أيام|ساعات)\s+(?:ال)?([\x{0621}-\x{064A}]+)(?:\s+(?:الماضية|المقبلة|الأخيرة))?|(?:^|\s)(عام|سنة|شهر|يوم|ساعة)\s+(واحد|واحدة)|(?:^|\s)لمدة\s+(عام|سنة|شهر|يوم|ساعة)(?:\s|$|[،.])|(?:^|\s)ل(ثانية|دقيقة|ساعة)(?:\s|$|[،.])|(?-u:\b)(?:the\s+)?(?:past|last|next|previous|coming)\s+(decade)(?-u:\b)|(?:^|\s)(?:ال)?(عقد)\s+(?:المقبل|الماضي|القادم)",
    )
    .expect("valid pattern")
});

/// The unit of an Arabic or English time word, as units/parse writes it.
fn time_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "سنوات" | "أعوام" | "عام" | "سنة" => "yr",
        "أشهر" | "شهور" | "شهر" => "mo",
        "أيام" | "يوم" => "d",
        "ساعات" | "ساعة" => "h",
        "دقيقة" => "min",
        "ثانية" => "s",
        "decade" | "عقد" => "decade",
        _ => return None,
    })
}

/// Each duration written in words: byte span and value.
fn durations_in_words(text: &str) -> Vec<(usize, usize, Quantity)> {
    let mut found = Vec::new();
    for caps in DURATION_WORDS.captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let group = |i: usize| caps.get(i).map(|m| m.as_str());
        let (count, unit) = match (group(1), group(2)) {
            (Some(unit), Some(word)) => match numeral(word) {
                Some(Numeral::Number(n)) => (n, unit),
                _ => continue,
            },
            _ => {
                let unit = [3, 5, 6, 7, 8].into_iter().find_map(group);
                let Some(unit) = unit else { continue };
                (1.0, unit)
            }
        };
        let value = match time_unit(unit) {
            Some("decade") => parse_quantity(&format!("{} yr", 10.0 * count)),
            Some("min") => parse_quantity(&format!("{} s", 60.0 * count)),
            Some(symbol) => parse_quantity(&format!("{count} {symbol}")),
            None => continue,
        };
        let Ok(value) = value else { continue };
        let trimmed = whole
            .as_str()
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '،' | '.'));
        let lead = trimmed.len() - trimmed.trim_start().len();
        found.push((whole.start() + lead, whole.start() + trimmed.len(), value));
    }
    found
}

/// Words before a number that make it a label: "Phase 2", "Unit 3", `المرحلة 2`.
const LABELS: &[&str] = &[
    "phase",
    "stage",
    "round",
    "unit",
    "block",
    "tier",
    "version",
    "model",
    "level",
    "step",
    "part",
    "chapter",
    "section",
    "المرحلة",
    "مرحلة",
];

/// Units of data, which wattcheck does not check: "194 petabytes", "3.6 terabits".
const DATA_UNITS: &[&str] = &[
    "petabyte", "terabyte", "gigabyte", "megabyte", "terabit", "gigabit", "megabit",
];

/// Scale words a rate's amount may end with (`$333.4 million a megawatt-day`).
const SCALES: &[&str] = &["thousand", "million", "billion", "trillion"];

/// A scale word standing alone before a noun, one of that scale: `مليار طلب` (a billion
/// requests), "a million users".
static SCALE_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)(?:a\s+|one\s+)?(مليون|مليار|million|billion)\s+([^\s\d.,،؛]+)")
        .expect("valid pattern")
});

static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(مئات الآلاف|عشرات الآلاف|آلاف|ملايين|مليارات|مئات|عشرات|hundreds of thousands|tens of thousands|thousands|millions|billions|hundreds|dozens)(\s+(?:من|of)\s+\S+|\s+\S+)?")
        .expect("valid pattern")
});

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
    // A day with no year (`on June 3`, `في 3 نوفمبر`) is when, not how much: no quantity is
    // read in it, unless a unit follows the day (`in June 3 GW came online`).
    let language = Language::of(text);
    let dated = dates(text, language);
    for date in dated.iter().filter(|d| d.year.is_none()) {
        if read_words_after(text, 1.0, date.day_end).is_none() {
            taken.insert(char_of(date.start), char_of(date.end));
        }
    }
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
        // A period closing an energy's clause is its too ("half a million kWh … to answer 200
        // million requests a day").
        let (found_kind, value) = match (found_kind, value, high) {
            (Found::Energy, Some(Quantity::Energy(energy)), None) => {
                match super::reading::period_closing_clause(text, end_byte) {
                    Some(period) => (Found::EnergyRate, Some(Quantity::Power(energy / period))),
                    None => (found_kind, value),
                }
            }
            _ => (found_kind, value),
        };
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

    if language == Language::Ar {
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
            match read_words_after(text, value, end) {
                Some((kind, end, quantity)) => push(kind, (start, end), Some(quantity), None),
                // A unit wattcheck does not read: the number is still one number, not two.
                None => push(
                    Found::Count,
                    (start, end),
                    Some(Quantity::Number(value)),
                    None,
                ),
            }
        }
    }
    // A date (`23/09/2025`, `2024.03.11 - 02:26`, `June 3, 2019`) is its year, not three counts.
    for date in &dated {
        if let Some(year) = date.year {
            push(
                Found::Year,
                (date.start, date.end),
                Some(Quantity::Number(year.into())),
                None,
            );
        }
    }
    // A span of years (`2024-25`, the fiscal or delivery year): from one year to the next.
    for caps in YEAR_SPAN.captures_iter(text) {
        let (first, second) = (&caps[1], &caps[2]);
        let (Ok(year), Ok(next)) = (first.parse::<i32>(), second.parse::<i32>()) else {
            continue;
        };
        if next == (year + 1) % 100 {
            let whole = caps.get(0).expect("match");
            let (low, high) = (
                Quantity::Number(year.into()),
                Quantity::Number((year + 1).into()),
            );
            push(
                Found::Year,
                (whole.start(), whole.end()),
                Some(low),
                Some(high),
            );
        }
    }
    for m in NUMBER.find_iter(text) {
        // A number glued to letters is part of a name (GB200, H100), not a quantity.
        let before = text[..m.start()].chars().next_back();
        if before.is_some_and(|c| c.is_alphabetic() && !is_arabic_prefix(c)) {
            continue;
        }
        // A label ("Phase 2", `المرحلة 2`) or a data size ("194 petabytes") is not a quantity.
        let word_before = text[..m.start()]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        let word_after = text[m.end()..].split_whitespace().next().unwrap_or("");
        let lower = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        if LABELS.contains(&lower(word_before).as_str())
            || DATA_UNITS.iter().any(|u| lower(word_after).starts_with(u))
        {
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
                // "ten times", `ثلاث مرات`: a multiple.
                if let Some(end) = multiple_after(text, word.end()) {
                    push(
                        Found::Ratio,
                        (word.start(), end),
                        Some(Quantity::Number(n)),
                        None,
                    );
                } else if let Some((kind, end, value)) = read_words_after(text, n, word.end()) {
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
    for caps in SCALE_COUNT.captures_iter(text) {
        let scale = caps.get(1).expect("scale");
        let noun = caps.get(2).expect("noun");
        let currency = parse_quantity(&format!("1 {}", noun.as_str()))
            .is_ok_and(|q| matches!(q.kind(), crate::units::Kind::Money(_)));
        let counted = text[..scale.start()]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit() || ('٠'..='٩').contains(&c));
        let value = parse_quantity(&format!("1 {}", scale.as_str()));
        if let (false, false, Ok(value)) = (currency, counted, value) {
            push(Found::Count, (scale.start(), noun.end()), Some(value), None);
        }
    }
    for caps in SCALE_MONEY.captures_iter(text) {
        let (scale, currency) = (caps.get(1).expect("scale"), caps.get(2).expect("currency"));
        let value = parse_quantity(&format!("1 {} {}", scale.as_str(), currency.as_str())).ok();
        push(Found::Money, (scale.start(), currency.end()), value, None);
    }
    for (start, end, value) in durations_in_words(text) {
        push(Found::Duration, (start, end), Some(value), None);
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
        let before = text[..caps.get(0).expect("match").start()].trim_end();
        // "$333 million a megawatt-day", "$10 million per megawatt": a rate's unit, not a power.
        let compound = text[word.end()..].starts_with('-');
        let after_amount = before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_digit()) || SCALES.contains(&w));
        let per = compound
            || after_amount
            || ["لكل", "per"]
                .iter()
                .any(|p| text[..word.start()].trim_end().ends_with(p));
        let before = text[..word.start()].trim_end();
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

/// Arabic letters that attach to a following number (`بـ`, `و`, `ل`).
fn is_arabic_prefix(c: char) -> bool {
    matches!(c, 'ب' | 'و' | 'ل' | 'ـ')
}

/// Byte offset → character offset, by bisection over the characters' byte offsets.
fn char_offsets(text: &str) -> impl Fn(usize) -> usize {
    let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    move |byte| starts.partition_point(|&b| b < byte)
}
