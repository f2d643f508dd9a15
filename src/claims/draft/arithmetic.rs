//! Arithmetic claims: a figure restated in other units in brackets or after "equivalent to"
//! (`1.85 billion gallons (7 billion litres)`, `Rs. 2,64,930 crore (US$ 30 billion)`), and a
//! total the text gives for figures it lists ("100,000 … 50,000 more. This will bring the total
//! to 200,000").

use super::{Draft, Sentence, Taken, stated, tied};
use crate::claims::extract::{Found, Mention};
use crate::claims::file::ClaimKind;
use crate::claims::words::{mentions_any, points_back};
use crate::units::{Kind, Quantity};

/// What stands between a figure and the same figure in other units.
const RESTATING: &[&str] = &[
    "(",
    "or about",
    "or roughly",
    "equivalent to",
    "i.e.",
    "أي",
    "أي نحو",
    "بما يعادل",
    "ما يعادل",
    "أو ما يعادل",
];

/// Words just before a figure that make it the total of others.
const TOTAL_WORDS: &[&str] = &[
    "total",
    "totals",
    "combined",
    "altogether",
    "إجمالي",
    "إجمالية",
    "مجموع",
    "مجتمعة",
];

/// How many words before a figure a total word may stand ("the total to 200,000").
const TOTAL_REACH: usize = 3;

/// The quantity of a mention that arithmetic can use: one value, not a range, not a share.
fn amount(mention: &Mention) -> Option<Quantity> {
    let usable = !matches!(
        mention.found,
        Found::Share | Found::Year | Found::Time | Found::Vague | Found::Ratio | Found::Duration
    );
    mention.value.filter(|_| usable && mention.high.is_none())
}

/// Two amounts that measure the same thing written in other units: money in two currencies, or
/// a physical quantity in two units (a count is not restated).
fn restates(a: Quantity, b: Quantity, (text_a, text_b): (&str, &str)) -> bool {
    match (a.kind(), b.kind()) {
        (Kind::Money(x), Kind::Money(y)) => x != y,
        (Kind::Number | Kind::Fraction, _) => false,
        (x, y) => x == y && text_a != text_b,
    }
}

/// Each figure restated in other units just after it: the restatement is the claim.
pub(super) fn conversions(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    for pair in s.here.windows(2) {
        let (first, second) = (pair[0], pair[1]);
        if taken.used[first] || taken.used[second] {
            continue;
        }
        let (Some(a), Some(b)) = (amount(&m[first]), amount(&m[second])) else {
            continue;
        };
        let gap = s.piece(m[first].end, m[second].start).trim().to_lowercase();
        let gap = gap.trim_start_matches([',', '،']).trim();
        if !RESTATING.contains(&gap) || !restates(a, b, (&m[first].text, &m[second].text)) {
            continue;
        }
        draft.add(ClaimKind::Arithmetic, &s.quote, &stated(&m[second]), |c| {
            c.note = tied(&format!(
                "`{}` restated as `{}`",
                m[first].text, m[second].text
            ));
            c.same = Some(stated(&m[first]));
        });
        // The restatement is spent; the figure itself may still be part of another claim.
        taken.take([second]);
        taken.claimed[first] = true;
    }
}

/// A total the sentence gives ("the total to 200,000"), as the sum of the other figures of its
/// kind in the sentence, or, when it points back, in the sentence before.
pub(super) fn totals(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    let total = s.here.iter().copied().find(|&i| {
        let before = s.piece(s.start, m[i].start);
        let mut near: Vec<&str> = before.split_whitespace().rev().take(TOTAL_REACH).collect();
        near.reverse();
        !taken.used[i] && amount(&m[i]).is_some() && mentions_any(&near.join(" "), TOTAL_WORDS)
    });
    let Some(total) = total else { return };
    let Some(sum) = amount(&m[total]) else { return };
    let parts_in = |list: &[usize]| -> Vec<usize> {
        list.iter()
            .copied()
            .filter(|&i| i != total && m[i].found == m[total].found)
            .filter(|&i| {
                amount(&m[i]).is_some_and(|q| {
                    q.kind().measures_like(sum.kind()) && q.base() < sum.base() && q.base() > 0.0
                })
            })
            .collect()
    };
    let here = parts_in(&s.here);
    let parts = match here.len() {
        0 | 1 if points_back(&s.quote) => parts_in(&s.before),
        _ => here,
    };
    if parts.len() < 2 {
        return;
    }
    let written: Vec<&str> = parts.iter().map(|&i| m[i].text.as_str()).collect();
    draft.add(ClaimKind::Arithmetic, &s.quote, &stated(&m[total]), |c| {
        c.note = tied(&format!(
            "`{}` is given as the total of `{}`",
            m[total].text,
            written.join("`, `")
        ));
        c.sum = Some(parts.iter().map(|&i| stated(&m[i])).collect());
    });
    taken.take(std::iter::once(total).chain(parts.iter().copied()));
}

/// What joins a figure to its share of a whole: "44,102 bitcoin, or 37.84%", `أي 1.51٪`.
const SHARE_JOINS: &[&str] = &["or", "i.e.", "أو", "أي", "(", ","];

/// How many words (a noun: "bitcoin", `أسرة`) may stand between a part and its joined share.
const PART_NOUN_WORDS: usize = 2;

/// A share stated as a part's ("44,102 bitcoin, or 37.84%"), of the largest figure of the same
/// kind before the part in the sentence, or the one before when none is here.
pub(super) fn shares_of_wholes(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    for pair in s.here.windows(2) {
        let (part, share) = (pair[0], pair[1]);
        if m[share].found != Found::Share || taken.claimed[share] || m[share].high.is_some() {
            continue;
        }
        let Some(value) = amount(&m[part]) else {
            continue;
        };
        let gap = s.piece(m[part].end, m[share].start);
        let words: Vec<&str> = gap.split_whitespace().collect();
        let joined = words
            .last()
            .is_some_and(|w| SHARE_JOINS.contains(&w.to_lowercase().as_str()))
            || gap.trim_end().ends_with([',', '،', '(']);
        if !joined || words.len() > PART_NOUN_WORDS + 1 {
            continue;
        }
        let whole_in = |list: &[usize]| {
            list.iter()
                .copied()
                .filter(|&w| w != part && m[w].start < m[part].start && m[w].found == m[part].found)
                .filter(|&w| {
                    amount(&m[w])
                        .is_some_and(|q| q.kind() == value.kind() && q.base() > value.base())
                })
                .max_by(|&a, &b| {
                    let base = |i: usize| amount(&m[i]).map_or(0.0, |q| q.base());
                    base(a).total_cmp(&base(b))
                })
        };
        let Some(whole) = whole_in(&s.here).or_else(|| whole_in(&s.before)) else {
            continue;
        };
        draft.add(ClaimKind::Share, &s.quote, &stated(&m[share]), |c| {
            c.note = tied(&format!(
                "`{}` is `{}` of `{}`",
                m[share].text, m[part].text, m[whole].text
            ));
            c.ratio = Some(vec![stated(&m[part]), stated(&m[whole])]);
        });
        taken.take([share]);
        taken.claimed[part] = true;
        taken.claimed[whole] = true;
    }
}

/// Words after a share that make it a share of all of a country's households ("of all US
/// households", `من جميع الأسر الأمريكية`).
const ALL_HOUSEHOLDS: &[&str] = &[
    "all households",
    "all homes",
    "all american households",
    "all u.s. households",
    "all us households",
    "جميع الأسر",
    "كل الأسر",
    "جميع المنازل",
];

/// The bundled count of households, by place.
const HOUSEHOLD_COUNTS: &[(&str, &str)] = &[("US", "us-households-2023")];

/// How many words after a share may name the households it is of.
const WHOLE_REACH: usize = 6;

/// A share of all a country's households that a number of homes in the sentence makes
/// ("1,983,107 households for a year, or 1.51% of all US households").
pub(super) fn shares_of_households(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    for (n, &share) in s.here.iter().enumerate() {
        if m[share].found != Found::Share || taken.claimed[share] || m[share].high.is_some() {
            continue;
        }
        let after = s.piece(m[share].end, s.end);
        let near: Vec<&str> = after.split_whitespace().take(WHOLE_REACH).collect();
        let near = near.join(" ");
        if !mentions_any(&near, ALL_HOUSEHOLDS) {
            continue;
        }
        let place = s.places.named_in(&near).or_else(|| s.place.clone());
        let Some((_, whole)) = HOUSEHOLD_COUNTS
            .iter()
            .find(|(code, _)| place.as_deref() == Some(code))
        else {
            continue;
        };
        let Some(&homes) = s.here[..n]
            .iter()
            .rev()
            .find(|&&i| m[i].found == Found::Homes)
        else {
            continue;
        };
        draft.add(ClaimKind::Share, &s.quote, &stated(&m[share]), |c| {
            c.note = tied(&format!(
                "`{}` is `{}` of all the households `{whole}` counts",
                m[share].text, m[homes].text
            ));
            c.ratio = Some(vec![super::count_of(&m[homes]), whole.to_string()]);
        });
        taken.take([share]);
    }
}
