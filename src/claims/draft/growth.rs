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
        // Or the span it covers up to now ("over the past decade").
        let span = s
            .here
            .iter()
            .copied()
            .filter(|&i| m[i].found == Found::Duration)
            .filter(|&i| m[i].start > m[last].end && m[i].end <= clause_end)
            .find(|&i| growths::in_the_past(&m[i].text));
        let years = span
            .and_then(|i| m[i].value)
            .map(|q| (q.base() / crate::units::year().value).round() as i32);
        let compares = growths::compares(&s.piece(m[last].end, s.end));
        let pair = growths::figures(m, (&free, &s.before, &s.earlier), &s.quote, compares);
        // A lead "up nearly two-thirds since 2019" whose figures come in the sentences after.
        let since = s
            .here
            .iter()
            .copied()
            .filter(|&i| m[i].found == Found::Year)
            .filter(|&i| m[i].start > m[last].end && m[i].end <= clause_end)
            .find(|&i| growths::since(&s.piece(s.start, m[i].start)))
            .and_then(|i| m[i].value)
            .map(|q| q.base() as i32);
        let lead = match pair {
            Some(_) => None,
            None => since
                .filter(|_| free.iter().all(|&i| m[i].found == Found::Year))
                .and_then(|since| growths::dated_figures(m, &s.after, since)),
        };
        let pair = pair.or(lead);
        let scenario = match (pair, year.or(years.map(|_| 0))) {
            (None, Some(_)) if shares::about_data_center_electricity(&s.context, &s.quote) => {
                shares::scenario(&s.context, s.place.as_deref().unwrap_or("US"), year)
            }
            _ => None,
        };
        let tie = match (pair, &scenario) {
            (Some((from, to)), _) => format!(
                "`{}` from `{}` to `{}`",
                growth.stated, m[from].text, m[to].text
            ),
            (None, Some(scenario)) => match year {
                Some(year) => format!("`{}` along {scenario} to {year}", growth.stated),
                None => format!(
                    "`{}` along {scenario} over its last {} years",
                    growth.stated,
                    years.unwrap_or_default()
                ),
            },
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
                c.years = year.is_none().then_some(years).flatten();
                c.geography = s.place.clone();
            }
        });
        // A lead's figures stand in later sentences, free for their own claims there.
        let ends = pair
            .filter(|_| lead.is_none())
            .into_iter()
            .flat_map(|(a, b)| [a, b]);
        if let Some((from, to)) = lead {
            taken.claimed[from] = true;
            taken.claimed[to] = true;
        }
        let span = span.filter(|_| scenario.is_some() && year.is_none());
        taken.take(growth.stating.iter().copied().chain(ends).chain(span));
    }
}
