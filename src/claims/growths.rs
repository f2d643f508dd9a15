//! Growth in prose: a multiple ("tripled", `3 مرات`, "double or triple") or a change ("an
//! increase of 800%", `بزيادة 48%`), and the two figures it relates: two of one kind in the
//! sentence, or one there and one in the sentence before that the sentence points back to
//! ("That's nearly quadruple…"), or else a projection's, when the text speaks of data-center
//! electricity and gives the year the growth reaches.

use super::extract::{Found, Mention};
use super::words::{mentions_any, points_back};
use crate::units::{Kind, format};

/// Kinds of figure a growth relates.
const FIGURES: &[Found] = &[Found::Power, Found::Energy, Found::EnergyRate, Found::Money];

/// Words right after a multiple that make it a comparison of two things ("ten times more energy
/// than", `17 ألف ضعف كمية الكهرباء`), not a growth over time.
const COMPARING: &[&str] = &[
    "more", "than", "as", "the", "greater", "larger", "higher", "أكثر", "ما", "مما", "كمية", "حجم",
];

/// Whether the words after a multiple make it a comparison.
pub fn compares(after: &str) -> bool {
    let first = after
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    mentions_any(&first, COMPARING)
}

/// What joins two multiples into a range ("double or triple").
const RANGE_JOINS: &[&str] = &["or", "to", "أو", "إلى"];

/// Words before a year that make it the year a growth reaches ("by 2030", `بحلول عام 2030`).
const REACHED_BY: &[&str] = &["by", "until", "through", "بحلول", "حتى"];

/// Whether the text before a year ends with a word that makes it the year a growth reaches.
pub fn reached_by(before: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(2)
        .map(str::to_lowercase)
        .collect();
    words.iter().any(|w| REACHED_BY.contains(&w.as_str()))
}

/// Words that put a span in the past: "the past decade", `السنوات الخمس الماضية`.
const PAST: &[&str] = &["past", "last", "previous", "الماضية", "الماضي"];

/// Whether a duration's words put it in the past, ending now.
pub fn in_the_past(duration: &str) -> bool {
    let lower = duration.to_lowercase();
    lower.split_whitespace().any(|w| PAST.contains(&w))
}

/// A growth found in a sentence: the stated multiple or change and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Growth {
    pub stated: String,
    /// The mentions that state it (two for a range of multiples).
    pub stating: Vec<usize>,
}

/// Growths stated in a sentence: its multiples (a pair joined by "or" as a range) and its
/// percentages that `is_change` says are changes.
pub fn in_sentence(
    text: &[char],
    mentions: &[Mention],
    in_sentence: &[usize],
    is_change: impl Fn(usize) -> bool,
) -> Vec<Growth> {
    let mut growths: Vec<Growth> = Vec::new();
    let mut joined = vec![false; mentions.len()];
    for (n, &i) in in_sentence.iter().enumerate() {
        let m = &mentions[i];
        if joined[i] {
            continue;
        }
        let multiple = |m: &Mention| m.value.map(|q| q.base()).filter(|v| *v > 1.0);
        match m.found {
            Found::Ratio => {
                let Some(value) = multiple(m) else { continue };
                let next = in_sentence.get(n + 1).copied().filter(|&j| {
                    let gap: String = text[m.end..mentions[j].start].iter().collect();
                    mentions[j].found == Found::Ratio
                        && RANGE_JOINS.contains(&gap.trim().to_lowercase().as_str())
                });
                let hedge = m.hedge.map_or(String::new(), |h| format!("{h} "));
                let (stated, stating) = match next
                    .and_then(|j| multiple(&mentions[j]).map(|v| (j, v)))
                {
                    Some((j, high)) => {
                        joined[j] = true;
                        (
                            format!("{hedge}x{}..x{}", format::count(value), format::count(high)),
                            vec![i, j],
                        )
                    }
                    None => (format!("{hedge}x{}", format::count(value)), vec![i]),
                };
                growths.push(Growth { stated, stating });
            }
            Found::Share if is_change(i) => {
                let hedge = m.hedge.map_or(String::new(), |h| format!("{h} "));
                let value = match (m.value, m.high) {
                    (Some(low), Some(high)) => {
                        format!("{}..{}", format::quantity(low), format::quantity(high))
                    }
                    (Some(value), None) => format::quantity(value),
                    _ => continue,
                };
                growths.push(Growth {
                    stated: format!("{hedge}{value}"),
                    stating: vec![i],
                });
            }
            _ => {}
        }
    }
    growths
}

/// The two figures a growth relates, smaller first: two of one kind among `here` (the
/// sentence's unused mentions), or one there and the last of its kind in `before` when `quote`
/// points back or the multiple `compares` two things; a comparison with none here compares the
/// last two of one kind in `earlier` (the two sentences before). `None` when the text does not
/// pair two.
pub fn figures(
    mentions: &[Mention],
    (here, before, earlier): (&[usize], &[usize], &[usize]),
    quote: &str,
    compares: bool,
) -> Option<(usize, usize)> {
    for kind in FIGURES {
        let of_kind: Vec<usize> = here
            .iter()
            .copied()
            .filter(|&i| mentions[i].found == *kind)
            .collect();
        let pair = match of_kind.as_slice() {
            [a, b] => Some((*a, *b)),
            [a] if compares || points_back(quote) => before
                .iter()
                .rev()
                .copied()
                .find(|&i| mentions[i].found == *kind)
                .map(|b| (b, *a)),
            [] if compares => {
                let last: Vec<usize> = earlier
                    .iter()
                    .rev()
                    .copied()
                    .filter(|&i| mentions[i].found == *kind && mentions[i].high.is_none())
                    .take(2)
                    .collect();
                (last.len() == 2).then(|| (last[1], last[0]))
            }
            _ => None,
        };
        if let Some((a, b)) = pair {
            let low = |i: usize| mentions[i].value.map_or(f64::NAN, |q| q.base());
            return match low(a) <= low(b) {
                true => Some((a, b)),
                false => Some((b, a)),
            };
        }
    }
    None
}

/// Words before a year that make it the year a growth starts from ("since 2019", `منذ عام 2019`).
const SINCE: &[&str] = &["since", "from", "منذ"];

/// Whether the text before a year ends with a word that makes it a growth's start.
pub fn since(before: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(2)
        .map(str::to_lowercase)
        .collect();
    words.iter().any(|w| SINCE.contains(&w.as_str()))
}

/// A lead's growth "since 2019" with no figures of its own, from the sentences after it: the
/// figure whose sentence is dated that year, and one of the same kind whose sentence is dated
/// later ("… 1.85 billion gallons in 2023. That compares with 1.13 billion in 2019").
pub fn dated_figures(mentions: &[Mention], after: &[usize], since: i32) -> Option<(usize, usize)> {
    let year_of_sentence = |i: usize| -> Vec<i32> {
        after
            .iter()
            .filter(|&&y| mentions[y].sentence == mentions[i].sentence)
            .filter(|&&y| mentions[y].found == Found::Year)
            .filter_map(|&y| mentions[y].value.map(|q| q.base() as i32))
            .collect()
    };
    let figures: Vec<usize> = after
        .iter()
        .copied()
        .filter(|&i| mentions[i].high.is_none())
        .filter(|&i| {
            mentions[i].value.is_some_and(|q| {
                !matches!(q.kind(), Kind::Number | Kind::Fraction | Kind::Time)
                    && !matches!(mentions[i].found, Found::Year | Found::Duration)
            })
        })
        .collect();
    let from = figures
        .iter()
        .copied()
        .find(|&i| year_of_sentence(i).contains(&since))?;
    let kind = mentions[from].value?.kind();
    let to = figures.iter().copied().find(|&i| {
        i != from
            && mentions[i]
                .value
                .is_some_and(|q| q.kind().measures_like(kind))
            && year_of_sentence(i).iter().any(|&y| y > since)
    })?;
    Some((from, to))
}
