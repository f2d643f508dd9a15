//! What a claim states, as the press states it: a number, a hedged number ("nearly 3%",
//! `أكثر من 10%`), or a range (`15..18 million`). Each hedge has a meaning in the verdict:
//! - none: within the tolerance of the computed value;
//! - about (`about`, `around`, `approximately`, `نحو`, `حوالي`): within one and a half times
//!   the tolerance: the writer says the figure is rounded, so it may stray further;
//! - nearly (`nearly`, `almost`, `قرابة`): close to it from below: no more than the tolerance
//!   over it, no more than one and a half times the tolerance under it;
//! - up to, less than: at or below the stated value, with the tolerance over it; a note
//!   when the computed value is less than half the stated one (true, but it overstates);
//! - more than, at least: at or above the stated value, with the tolerance under it; a note when
//!   the computed value is more than twice the stated one (true, but it understates);
//! - a range: the computed value lies in it, widened by the tolerance at each end.
//!
//! A hedged input (`nearly 2 GW … 1.5 million homes`) becomes the range it allows, sampled.
//!
//! "With the tolerance" widens a bound by that fraction of itself (10% over 12% is 13.2%).

use super::verdict::{Comparison, Verdict};
use crate::uncertainty::{Dist, Uncertain};
use crate::units::Quantity;

/// How much "about" widens the tolerance.
const ABOUT_WIDENS: f64 = 1.5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    About,
    /// Close to it from below: "nearly", "almost", `قرابة`.
    Nearly,
    AtMost,
    AtLeast,
}

/// Hedge words and phrases, longest first where one starts another.
const WORDS: &[(&str, Hedge)] = &[
    ("approximately", Hedge::About),
    ("about", Hedge::About),
    ("around", Hedge::About),
    ("roughly", Hedge::About),
    ("some", Hedge::About),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("close to", Hedge::Nearly),
    ("up to", Hedge::AtMost),
    ("as much as", Hedge::AtMost),
    ("as many as", Hedge::AtMost),
    ("less than", Hedge::AtMost),
    ("fewer than", Hedge::AtMost),
    ("under", Hedge::AtMost),
    ("no more than", Hedge::AtMost),
    ("not more than", Hedge::AtMost),
    ("does not exceed", Hedge::AtMost),
    ("more than", Hedge::AtLeast),
    ("over", Hedge::AtLeast),
    ("at least", Hedge::AtLeast),
    ("exceeding", Hedge::AtLeast),
    ("ما يقرب من", Hedge::Nearly),
    ("ما يصل إلى", Hedge::AtMost),
    ("أقل من", Hedge::AtMost),
    ("لا تتجاوز", Hedge::AtMost),
    ("لا يتجاوز", Hedge::AtMost),
    ("قرابة", Hedge::Nearly),
    ("حتى", Hedge::AtMost),
    ("أكثر من", Hedge::AtLeast),
    ("ما لا يقل عن", Hedge::AtLeast),
    ("حوالي", Hedge::About),
    ("حوالى", Hedge::About),
    ("نحو", Hedge::About),
];

/// The hedge phrase that `text` ends with (before a number), as written in [`WORDS`].
pub fn ending(text: &str) -> Option<&'static str> {
    let trimmed = text.trim_end();
    WORDS.iter().map(|(word, _)| *word).find(|word| {
        let Some(head) = trimmed
            .len()
            .checked_sub(word.len())
            .and_then(|at| trimmed.get(at..))
        else {
            return false;
        };
        let before = &trimmed[..trimmed.len() - word.len()];
        head.eq_ignore_ascii_case(word)
            && before
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The hedge that `text` starts with, and the rest.
pub fn split(text: &str) -> (Option<Hedge>, &str) {
    let trimmed = text.trim_start();
    for (word, hedge) in WORDS {
        let starts = trimmed
            .get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word));
        if starts && trimmed[word.len()..].starts_with(char::is_whitespace) {
            return (Some(*hedge), trimmed[word.len()..].trim_start());
        }
    }
    (None, trimmed)
}

/// An input the article hedged (`nearly 2 GW`), as the range of values it allows: `width` (a
/// fraction, the claim's tolerance) below it for at most, above it for at least, on both sides
/// for about; uniform over the range. `None` for a value that is not hedged or not fixed.
pub fn as_range(hedge: Option<Hedge>, value: &Uncertain, width: f64) -> Option<Uncertain> {
    let Dist::Fixed(v) = value.dist else {
        return None;
    };
    let (low, high) = match hedge? {
        Hedge::AtMost | Hedge::Nearly => (v * (1.0 - width), v),
        Hedge::AtLeast => (v, v * (1.0 + width)),
        Hedge::About => (v * (1.0 - width), v * (1.0 + width)),
    };
    Some(Uncertain {
        kind: value.kind,
        dist: Dist::Uniform { low, high },
    })
}

/// A stated value: one number, hedged or not, or a range; in the units `read` gives.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Claimed {
    pub hedge: Option<Hedge>,
    pub low: Quantity,
    pub high: Quantity,
}

impl Claimed {
    /// Reads `text` with `read` for the number: `nearly 3%`, `15..18 million`, `25 million`.
    pub fn read<E>(text: &str, read: impl Fn(&str) -> Result<Quantity, E>) -> Result<Claimed, E> {
        let (hedge, rest) = split(text);
        if let Some((low, high)) = rest.split_once("..") {
            let high_value = read(high.trim())?;
            let unit = high
                .trim()
                .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','));
            // A bare low end takes the high end's unit (`15..18 million`); `6.7%..12%` has its own.
            let bare = low
                .trim()
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','));
            let low_value = match bare {
                true => read(&format!("{}{unit}", low.trim()))?,
                false => read(low.trim())?,
            };
            return Ok(Claimed {
                hedge,
                low: low_value,
                high: high_value,
            });
        }
        let value = read(rest)?;
        Ok(Claimed {
            hedge,
            low: value,
            high: value,
        })
    }

    /// The single value, or the middle of the range: what the relative error is measured from.
    pub fn central(&self) -> Quantity {
        if self.low == self.high {
            return self.low;
        }
        let middle = (self.low.base() + self.high.base()) / 2.0;
        Quantity::from_base(self.low.kind(), middle)
    }

    /// Whether `computed` (in the same units) bears the claim out.
    pub fn holds(&self, computed: f64, tolerance: f64) -> bool {
        let (low, high) = (self.low.base(), self.high.base());
        let (floor, ceiling) = (low * (1.0 - tolerance), high * (1.0 + tolerance));
        match self.hedge {
            _ if low < high => floor <= computed && computed <= ceiling,
            Some(Hedge::AtMost) => computed <= ceiling,
            Some(Hedge::Nearly) => {
                low * (1.0 - ABOUT_WIDENS * tolerance) <= computed && computed <= ceiling
            }
            Some(Hedge::AtLeast) => computed >= floor,
            Some(Hedge::About) => {
                (low - computed).abs() <= ABOUT_WIDENS * tolerance * computed.abs()
            }
            None => (low - computed).abs() <= tolerance * computed.abs(),
        }
    }

    /// The comparison of the claim with `computed`, and a note when a one-sided hedge holds
    /// only loosely (the stated value more than twice off).
    pub fn compare(&self, computed: f64, tolerance: f64) -> (Comparison, Option<String>) {
        let central = self.central().base();
        let verdict = if self.holds(computed, tolerance) {
            Verdict::Consistent
        } else {
            Verdict::Inconsistent
        };
        let comparison = Comparison {
            verdict,
            relative_error: (central - computed) / computed,
            probability: None,
        };
        let note = match self.hedge {
            Some(Hedge::AtLeast) if computed > 2.0 * central => {
                Some("the stated lower bound holds, but the recomputed value is more than twice it")
            }
            Some(Hedge::AtMost) if computed < 0.5 * central => Some(
                "the stated upper bound holds, but the recomputed value is less than half of it",
            ),
            _ => None,
        };
        (comparison, note.map(str::to_string))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::parse::parse_quantity;

    fn claimed(text: &str) -> Claimed {
        Claimed::read(text, parse_quantity).unwrap()
    }

    #[test]
    fn hedges_in_both_languages() {
        assert_eq!(split("nearly 3%").0, Some(Hedge::Nearly));
        assert_eq!(split("up to 12%").0, Some(Hedge::AtMost));
        assert_eq!(split("More than 10%").0, Some(Hedge::AtLeast));
        assert_eq!(split("أكثر من 10%").0, Some(Hedge::AtLeast));
        assert_eq!(split("نحو 25 مليون"), (Some(Hedge::About), "25 مليون"));
        assert_eq!(split("overall 3%").0, None);
    }

    #[test]
    fn a_hedge_before_a_number() {
        assert_eq!(ending("demand of nearly "), Some("nearly"));
        assert_eq!(ending("بقدرة تصل إلى ما يصل إلى "), Some("ما يصل إلى"));
        assert_eq!(ending("Moreover "), None);
        assert_eq!(ending("the cover "), None);
    }

    #[test]
    fn each_hedge_means_what_it_says() {
        // "more than 10%": 12% holds, 9.5% holds within 10% tolerance, 8% does not.
        let more = claimed("more than 10%");
        assert!(more.holds(0.12, 0.1) && more.holds(0.095, 0.1) && !more.holds(0.08, 0.1));
        // "up to 12%": 6.7% holds (with a note: less than half? 6.7 > 6, no note), 14% does not.
        let up_to = claimed("up to 12%");
        assert!(up_to.holds(0.067, 0.1) && !up_to.holds(0.14, 0.1));
        assert!(up_to.compare(0.05, 0.1).1.is_some());
        // "nearly 50%": close below it (42.5% or more), not any smaller share.
        let nearly = claimed("nearly 50%");
        assert!(nearly.holds(0.45, 0.1) && nearly.holds(0.54, 0.1));
        assert!(!nearly.holds(0.044, 0.1) && !nearly.holds(0.4, 0.1));
        // A range: 16.5 million homes lie in 15..18 million; 20 million do not.
        let range = claimed("15..18 million");
        assert_eq!(range.low.base(), 15e6);
        assert!(range.holds(16.5e6, 0.1) && !range.holds(20e6, 0.1));
        // Each end with its unit, as `extract` writes a range.
        let both = claimed("6.7%..12%");
        assert_eq!((both.low.base(), both.high.base()), (0.067, 0.12));
        // Plain: within the tolerance either way.
        assert!(claimed("25 million").holds(25.32e6, 0.1));
        assert!(!claimed("7.5 million").holds(8.456e6, 0.1));
        // About: within one and a half times it (7.5 is 11.3% under 8.456).
        assert!(claimed("approximately 7.5 million").holds(8.456e6, 0.1));
        assert!(!claimed("about 800%").holds(5.68, 0.1));
    }
}
