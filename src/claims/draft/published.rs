//! Numbers quoted from their publishers: a figure of a sentence whose words name what a ledger
//! figure measures ("The United States, China, and Europe consume 85% of data centre
//! electricity"), checked against the publisher's figure. Of several that fit, the one whose
//! publisher the sentence itself names, then the nearest. A figure more than ten times off is
//! another measure, not a misquote, unless it has the same digits a power of a thousand away
//! ("$333.4 million a megawatt-day" for $333.44: a scale word slipped in).

use super::{Draft, Sentence, Taken, stated, tied};
use crate::claims::extract::Found;
use crate::claims::file::ClaimKind;
use crate::claims::shares;
use crate::claims::words::Words;
use crate::data::{CitedRecord, Dataset};
use crate::units::Quantity;

/// A ledger figure as drafting matches it: its words and its value.
pub struct Published {
    record: CitedRecord,
    value: Quantity,
}

/// The dataset's quoted figures, each with its value (a figure that is not held is left out:
/// the data check reports it).
pub fn ledger(dataset: &Dataset) -> Vec<Published> {
    dataset
        .cited()
        .filter_map(|record| {
            let value = dataset.figure(&record.figure).ok()?.value;
            Some(Published {
                record: record.clone(),
                value,
            })
        })
        .collect()
}

/// How far off a quoted number may be and still quote a figure: ten times either way.
const FARTHEST: f64 = 10.0;

/// How many words after a count its noun may stand (`200 مليون طلب`, "2.5 billion prompts").
const NOUN_REACH: usize = 3;

pub(super) fn draft(s: &Sentence, ledger: &[Published], taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    // The sentence's words, read once for all its figures.
    let mut words: Option<(Words, Words, Words)> = None;
    for &i in &s.here {
        let (Some(value), false) = (m[i].value, taken.claimed[i]) else {
            continue;
        };
        if matches!(m[i].found, Found::Year | Found::Time | Found::Vague) {
            continue;
        }
        let before = s.piece(s.start, m[i].start);
        let change = m[i].found == Found::Share
            && shares::is_change(
                before
                    .trim_end()
                    .strip_suffix(m[i].hedge.unwrap_or(""))
                    .unwrap_or(&before),
            );
        let of_kind: Vec<&Published> = ledger
            .iter()
            .filter(|p| p.value.kind().measures_like(value.kind()) && p.record.change == change)
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        let (quote, context, opening) = words.get_or_insert_with(|| {
            (
                Words::of(&s.quote),
                Words::of(&s.context),
                Words::of(s.opening),
            )
        });
        let clause = Words::of(&s.clause_of(i));
        let after = Words::of(&words_after(s, i));
        let nearest = of_kind
            .into_iter()
            .filter(|p| within_reach(p.value, value))
            .filter(|p| p.record.words.iter().all(|group| quote.say_any(group)))
            .filter(|p| p.record.near.is_empty() || clause.say_any(&p.record.near))
            // A count is of the noun that follows it: `200 مليون مستخدم` are users, not prompts.
            .filter(|p| {
                m[i].found == Found::Ratio
                    || !matches!(p.value, Quantity::Number(_))
                    || p.record
                        .words
                        .first()
                        .is_none_or(|noun| after.say_any(noun))
            })
            .filter_map(|p| {
                let who = &p.record.who;
                let named = match who.is_empty() {
                    true => Some(1),
                    false => [
                        quote.say_any(who),
                        context.say_any(who),
                        opening.say_any(who),
                    ]
                    .iter()
                    .position(|said| *said),
                };
                named.map(|rank| (rank, distance(p.value, value), p))
            })
            .min_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)))
            .map(|(_, _, p)| p);
        let Some(published) = nearest else { continue };
        let kind = match (m[i].found, change) {
            (Found::Ratio, _) | (_, true) => ClaimKind::Growth,
            (Found::Share, false) => ClaimKind::Share,
            _ => ClaimKind::Cited,
        };
        draft.add(kind, &s.quote, &stated(&m[i]), |c| {
            c.note = tied(&format!(
                "`{}` quoted as {}",
                m[i].text, published.record.what
            ));
            c.figure = Some(published.record.figure.clone());
        });
        // Quoting a figure does not spend it: it may still be part of another claim.
        taken.claimed[i] = true;
    }
}

/// How far apart two values are, as a ratio either way (its logarithm).
fn distance(a: Quantity, b: Quantity) -> f64 {
    (a.base().abs() / b.base().abs()).ln().abs()
}

/// Whether a quoted value may be a published one: within ten times of it, or its digits a power
/// of a thousand away (within 1%).
fn within_reach(published: Quantity, quoted: Quantity) -> bool {
    let apart = distance(published, quoted);
    let thousands = apart / 1000f64.ln();
    apart <= FARTHEST.ln()
        || (thousands.round() >= 1.0 && (thousands - thousands.round()).abs() * 1000f64.ln() < 0.01)
}

/// The few words after a mention, where a count's noun stands.
fn words_after(s: &Sentence, i: usize) -> String {
    let after = s.piece(s.mentions[i].end, s.end);
    after
        .split_whitespace()
        .take(NOUN_REACH)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::within_reach;
    use crate::units::parse_quantity;

    fn q(text: &str) -> crate::units::Quantity {
        parse_quantity(text).unwrap()
    }

    #[test]
    fn a_quote_is_within_ten_times_or_a_scale_word_away() {
        assert!(within_reach(q("0.24 Wh"), q("0.34 Wh")));
        assert!(within_reach(q("$333.44"), q("$333.4 million")));
        assert!(within_reach(q("$28.92"), q("$29 million")));
        assert!(!within_reach(q("0.24 Wh"), q("945 TWh")));
        assert!(!within_reach(q("2.5 billion"), q("200 million")));
        assert!(!within_reach(q("$333.44"), q("$16.4 billion")));
    }
}
