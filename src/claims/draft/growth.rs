//! Growth claims: each multiple or change a sentence states, between two figures of the text, or
//! along a projection to the year it reaches when the text speaks of data-center electricity.

use super::{Draft, Sentence, Taken, tied};
use crate::claims::extract::Found;
use crate::claims::file::ClaimKind;
use crate::claims::{growths, shares};

pub(super) fn draft(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    let is_change = |i: usize| {
        let before = s.piece(s.start, m[i].start);
        let hedge = m[i].hedge.unwrap_or("");
        shares::is_change(before.trim_end().strip_suffix(hedge).unwrap_or(&before))
    };
    let stated_growths = growths::in_sentence(s.chars, m, &s.here, is_change);
    for (g, growth) in stated_growths.iter().enumerate() {
        // A figure may also be a homes claim's load; a range is free for a growth too.
        let free: Vec<usize> = s
            .here
            .iter()
            .copied()
            .filter(|i| !growth.stating.contains(i))
            .filter(|&i| !taken.used[i] || m[i].high.is_some())
            .collect();
        let last = *growth.stating.last().expect("a growth is stated");
        // The year the growth reaches ("by 2030"), in its clause: before the next growth.
        let clause_end = stated_growths
            .get(g + 1)
            .map_or(s.end, |next| m[next.stating[0]].start);
        let year = s
            .here
            .iter()
            .copied()
            .filter(|&i| m[i].found == Found::Year)
            .filter(|&i| m[i].start > m[last].end && m[i].end <= clause_end)
            .find(|&i| growths::reached_by(&s.piece(s.start, m[i].start)))
            .and_then(|i| m[i].value)
            .map(|q| q.base() as i32);
        let pair = growths::figures(m, &free, &s.before, &s.quote);
        let scenario = match pair {
            Some(_) => None,
            None if shares::about_data_center_electricity(&s.context, &s.quote) => {
                year.and_then(|y| {
                    shares::scenario(&s.context, s.place.as_deref().unwrap_or("US"), Some(y))
                })
            }
            None => None,
        };
        let tie = match (pair, &scenario) {
            (Some((from, to)), _) => format!(
                "`{}` from `{}` to `{}`",
                growth.stated, m[from].text, m[to].text
            ),
            (None, Some(scenario)) => format!(
                "`{}` along {scenario} to {}",
                growth.stated,
                year.unwrap_or_default()
            ),
            (None, None) => continue,
        };
        draft.add(ClaimKind::Growth, &s.quote, &growth.stated, |c| {
            c.note = tied(&tie);
            if let Some((from, to)) = pair {
                c.from = Some(super::stated(&m[from]));
                c.to = Some(super::stated(&m[to]));
            }
            if scenario.is_some() {
                c.scenario = scenario.clone();
                c.year = year;
                c.geography = s.place.clone();
            }
        });
        let ends = pair.into_iter().flat_map(|(a, b)| [a, b]);
        taken.take(growth.stating.iter().copied().chain(ends));
    }
}
