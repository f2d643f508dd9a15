//! Share claims: each percentage of a sentence that its clause makes a data-center share of a
//! nation's or the world's electricity, checked with a load the sentence gives, else against the
//! projection the text names or the reference one for its geography.

use super::{Draft, Sentence, Taken, stated, tied};
use crate::claims::extract::Found;
use crate::claims::file::ClaimKind;
use crate::claims::scope::says_ai;
use crate::claims::shares::{self, ShareOf};

const GENERATION_WORDS: &[&str] = &["generation", "generated", "توليد", "المولدة"];

pub(super) fn draft(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    let percentages: Vec<usize> = s
        .here
        .iter()
        .copied()
        .filter(|&i| m[i].found == Found::Share && !taken.claimed[i])
        .collect();
    let mut previous_of = ShareOf::Other;
    for (n, &share) in percentages.iter().enumerate() {
        // The share's clause: from the share before it to the share after it.
        let clause_start = n.checked_sub(1).map_or(s.start, |p| m[percentages[p]].end);
        let clause_end = percentages.get(n + 1).map_or(s.end, |&next| m[next].start);
        let before = s.piece(clause_start, m[share].start);
        let before = before
            .trim_end()
            .strip_suffix(m[share].hedge.unwrap_or(""))
            .unwrap_or(&before)
            .to_string();
        let after = s.piece(m[share].end, clause_end);
        let of = match shares::share_of(&s.context, &s.quote, &before, &after) {
            ShareOf::AsBefore => previous_of,
            of => of,
        };
        previous_of = of;
        if of != ShareOf::Electricity {
            continue;
        }
        // The year nearest the share, one after it first ("4.4% … in 2023").
        let year = s
            .here
            .iter()
            .copied()
            .filter(|&i| m[i].found == Found::Year && !taken.used[i])
            .min_by_key(|&i| {
                let after_share = m[i].start >= m[share].end;
                (!after_share, m[i].start.abs_diff(m[share].end))
            });
        let year_value = year.and_then(|i| m[i].value).map(|q| q.base() as i32);
        let load = s
            .first(taken, Found::Power)
            .or_else(|| s.first(taken, Found::EnergyRate));
        let geography = s
            .places
            .named_in(&after)
            .or_else(|| s.places.named_in(&before))
            .or_else(|| s.place.clone());
        let scenario = match load {
            None => shares::scenario(&s.context, geography.as_deref().unwrap_or("US"), year_value),
            Some(_) => None,
        };
        let tie = match (load, &scenario) {
            (Some(load), _) => format!(
                "`{}` of electricity beside the load `{}`",
                m[share].text, m[load].text
            ),
            (None, Some(scenario)) => format!(
                "`{}` of electricity, {}, checked against {scenario}",
                m[share].text,
                year_value.map_or(
                    "no year (the estimate nearest the article's date, else the latest)".into(),
                    |y| format!("in {y}")
                ),
            ),
            (None, None) => continue,
        };
        let scope_ai = says_ai(&s.quote);
        let id = draft.add(ClaimKind::Share, &s.quote, &stated(&m[share]), |c| {
            c.note = tied(&tie);
            c.year = year_value;
            c.geography = geography.clone();
            c.load = load.map(|load| stated(&m[load]));
            c.scenario = scenario.clone();
            if scope_ai {
                c.scope = Some("AI data centers".into());
            }
        });
        if scope_ai && scenario.is_some() {
            draft.flag(&id, "scope: the text speaks of AI data centers; the cited projection covers all data centers");
        }
        if scenario.is_some() && !shares::names_a_source(&s.context) {
            draft.flag(&id, "the text names no source: checked against the reference projection for its geography");
        }
        if GENERATION_WORDS.iter().any(|w| s.lower.contains(w)) {
            draft.flag(&id, "share of generation or of consumption? the national totals differ by several percent");
        }
        taken.take([share]);
        taken.take(year.into_iter().chain(load));
    }
}
