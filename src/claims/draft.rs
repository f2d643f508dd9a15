//! From quantities found in prose to a claims file `check` can run: pairs that make a checkable
//! claim in one sentence, the rest as cited claims, and the classic confusions flagged.

use super::equivalents;
use super::extract::{Found, Mention, sentences};
use super::file::{Article, Claim, ClaimKind};
use super::geography::Gazetteer;
use super::growths;
use super::money::money_is_build_cost;
use super::shares::{self, ShareOf};
use super::words;
use crate::units::{Quantity, format, parse_quantity};

const GENERATION_WORDS: &[&str] = &["generation", "generated", "توليد", "المولدة"];
const CHIP_NAMES: &[&str] = &["gb200", "gb300", "h100", "h200", "b200", "b300", "b100"];

/// A drafted claims file and what a reader should look at.
#[derive(Debug, Clone)]
pub struct Draft {
    pub article: Article,
    pub claims: Vec<Claim>,
    /// (claim id, what to check) for the classic confusions.
    pub flags: Vec<(String, String)>,
    /// Claims drafted so far of each kind, for their ids.
    numbered: std::collections::HashMap<&'static str, usize>,
}

/// What a claim states, as the text states it: the value with its hedge (`nearly 3%`), or a
/// range as its two ends (`6.7%..12%`).
fn stated(mention: &Mention) -> String {
    // The text as written when it reads back as its value; else (`1,5 في المئة`) the value.
    let reads_back = |value: Quantity| {
        parse_quantity(&mention.text)
            .is_ok_and(|q| (q.base() - value.base()).abs() <= 1e-9 * value.base().abs())
    };
    let value = match (mention.value, mention.high) {
        (Some(low), Some(high)) => format!("{}..{}", format::quantity(low), format::quantity(high)),
        (Some(value), None) if !reads_back(value) => format::quantity(value),
        _ => mention.text.clone(),
    };
    match mention.hedge {
        Some(hedge) => format!("{hedge} {value}"),
        None => value,
    }
}

/// A mention as a claim's load, and whether it is an energy with no period, read as a year's
/// (`57 TWh/yr..66 TWh/yr`).
fn as_load(mention: &Mention) -> (String, bool) {
    if mention.found != Found::Energy {
        return (stated(mention), false);
    }
    let yearly = match (mention.value, mention.high) {
        (Some(low), Some(high)) => {
            format!(
                "{}/yr..{}/yr",
                format::quantity(low),
                format::quantity(high)
            )
        }
        _ => format!("{}/yr", stated(mention)),
    };
    (yearly, true)
}

/// Drafts claims from the text and its quantities.
pub fn draft(
    title: &str,
    language: &str,
    text: &str,
    mentions: &[Mention],
    places: &Gazetteer,
) -> Draft {
    let ranges = sentences(text);
    let chars: Vec<char> = text.chars().collect();
    let sentence_text = |i: usize| -> String {
        ranges
            .get(i)
            .map(|&(s, e)| chars[s..e].iter().collect::<String>().trim().to_string())
            .unwrap_or_default()
    };
    let all: Vec<String> = (0..ranges.len()).map(&sentence_text).collect();
    let article_place = places.of_article(all.iter().map(String::as_str));
    let place_of = |quote: &str| places.named_in(quote).or_else(|| article_place.clone());
    let mut draft = Draft {
        article: Article {
            title: title.into(),
            language: Some(language.into()),
            published: None,
            url: None,
        },
        claims: Vec::new(),
        flags: Vec::new(),
        numbered: Default::default(),
    };
    // `used`: taken by a pairing that consumes it; `claimed`: part of any drafted claim.
    // A range (`74 and 132 gigawatts`) is not paired yet: a claims file's fields hold one value.
    let mut used: Vec<bool> = mentions.iter().map(|m| m.high.is_some()).collect();
    let mut claimed = vec![false; mentions.len()];
    // Each sentence's mentions, found once.
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); ranges.len()];
    for (i, mention) in mentions.iter().enumerate() {
        if let Some(list) = by_sentence.get_mut(mention.sentence) {
            list.push(i);
        }
    }
    for (sentence, &(start, end)) in ranges.iter().enumerate() {
        let quote = sentence_text(sentence);
        let lower = quote.to_lowercase();
        let in_sentence: Vec<usize> = by_sentence[sentence].clone();
        let first = |used: &[bool], kind: Found| {
            in_sentence
                .iter()
                .copied()
                .find(|&i| mentions[i].found == kind && !used[i])
        };
        let previous_mentions: Vec<usize> = sentence
            .checked_sub(1)
            .map(|p| by_sentence[p].clone())
            .unwrap_or_default();
        // A homes figure pairs with a load in its sentence, or with the last in the sentence
        // before when it points back ("This equals the use of 800,000 homes").
        let homes = in_sentence
            .iter()
            .copied()
            .find(|&i| mentions[i].found == Found::Homes && !claimed[i]);
        let energy_here = || {
            in_sentence
                .iter()
                .copied()
                .find(|&i| mentions[i].found == Found::Energy && !claimed[i])
        };
        let load_here = first(&used, Found::Power)
            .or_else(|| first(&used, Found::EnergyRate))
            .or_else(|| homes.and(energy_here()));
        let load_before = || {
            let loads = [Found::Power, Found::EnergyRate, Found::Energy];
            previous_mentions
                .iter()
                .rev()
                .copied()
                .find(|&i| loads.contains(&mentions[i].found))
                .filter(|_| words::points_back(&quote))
        };
        if let (Some(homes), Some(power)) = (homes, load_here.or_else(load_before)) {
            let (load, per_year) = as_load(&mentions[power]);
            let id = draft.add(ClaimKind::Homes, &quote, &stated(&mentions[homes]), |c| {
                c.load = Some(load);
                c.geography = place_of(&quote);
            });
            if per_year {
                draft.flag(&id, "an energy with no period, read as a year's: the homes are those it would supply for a year");
            }
            draft.flag(&id, "capacity stated as if it were average draw: a homes figure assumes the load runs flat out all year; data centers average about half their capacity");
            used[homes] = true;
            claimed[power] = true;
        }
        if let (Some(power), Some(money), true) = (
            first(&used, Found::Power),
            first(&used, Found::Money),
            money_is_build_cost(&quote),
        ) {
            draft.add(ClaimKind::Cost, &quote, &stated(&mentions[money]), |c| {
                c.load = Some(stated(&mentions[power]))
            });
            used[power] = true;
            used[money] = true;
        }
        let previous = sentence
            .checked_sub(1)
            .map(&sentence_text)
            .unwrap_or_default();
        let context = format!("{previous} {quote}");
        let shares: Vec<usize> = in_sentence
            .iter()
            .copied()
            .filter(|&i| mentions[i].found == Found::Share && !claimed[i])
            .collect();
        let mut previous_of = ShareOf::Other;
        for (n, &share) in shares.iter().enumerate() {
            // The share's clause: from the share before it to the share after it.
            let clause_start = n.checked_sub(1).map_or(start, |p| mentions[shares[p]].end);
            let clause_end = shares.get(n + 1).map_or(end, |&next| mentions[next].start);
            let piece = |from: usize, to: usize| chars[from..to].iter().collect::<String>();
            let before = piece(clause_start, mentions[share].start);
            let before = before
                .trim_end()
                .strip_suffix(mentions[share].hedge.unwrap_or(""))
                .unwrap_or(&before)
                .to_string();
            let after = piece(mentions[share].end, clause_end);
            let year = in_sentence
                .iter()
                .copied()
                .filter(|&i| mentions[i].found == Found::Year && !used[i])
                .min_by_key(|&i| {
                    let after_share = mentions[i].start >= mentions[share].end;
                    (
                        !after_share,
                        mentions[i].start.abs_diff(mentions[share].end),
                    )
                });
            let year_value = year
                .and_then(|i| mentions[i].value)
                .map(|q| q.base() as i32);
            let load = first(&used, Found::Power).or_else(|| first(&used, Found::EnergyRate));
            let geography = places
                .named_in(&after)
                .or_else(|| places.named_in(&before))
                .or_else(|| place_of(&quote));
            let of = match shares::share_of(&context, &quote, &before, &after) {
                ShareOf::AsBefore => previous_of,
                of => of,
            };
            previous_of = of;
            if of != ShareOf::Electricity {
                continue;
            }
            let scenario = match load {
                None => {
                    shares::scenario(&context, geography.as_deref().unwrap_or("US"), year_value)
                }
                Some(_) => None,
            };
            if load.is_none() && scenario.is_none() {
                continue;
            }
            let scope_ai = crate::claims::scope::says_ai(&quote);
            let id = draft.add(ClaimKind::Share, &quote, &stated(&mentions[share]), |c| {
                c.year = year_value;
                c.geography = geography.clone();
                c.load = load.map(|load| stated(&mentions[load]));
                c.scenario = scenario.clone();
                if scope_ai {
                    c.scope = Some("AI data centers".into());
                }
            });
            if scope_ai && scenario.is_some() {
                draft.flag(&id, "scope: the text speaks of AI data centers; the cited projection covers all data centers");
            }
            if scenario.is_some() && !shares::names_a_source(&context) {
                draft.flag(&id, "the text names no source: checked against the reference projection for its geography");
            }
            if GENERATION_WORDS.iter().any(|w| lower.contains(w)) {
                draft.flag(&id, "share of generation or of consumption? the national totals differ by several percent");
            }
            used[share] = true;
            claimed[share] = true;
            if let Some(year) = year {
                used[year] = true;
            }
            if let Some(load) = load {
                used[load] = true;
            }
        }
        // A power over a stated time and the energy it comes to (`300 MW … 100 hours … 30
        // GWh`): drafted only when the sentence holds one of each, so none is paired by guess.
        let only = |kind: Found| {
            let of_kind: Vec<usize> = in_sentence
                .iter()
                .copied()
                .filter(|&i| mentions[i].found == kind && !used[i])
                .collect();
            (of_kind.len() == 1).then(|| of_kind[0])
        };
        let hours = only(Found::Duration).filter(|&d| {
            mentions[d].value.is_some_and(
                |q| matches!(q, Quantity::Time(t) if t.get::<uom::si::time::day>() <= 31.0),
            )
        });
        if let (Some(power), Some(duration), Some(energy)) =
            (only(Found::Power), hours, only(Found::Energy))
        {
            draft.add(ClaimKind::Energy, &quote, &stated(&mentions[energy]), |c| {
                c.load = Some(stated(&mentions[power]));
                c.duration = mentions[duration].value.map(format::quantity);
            });
            for i in [power, duration, energy] {
                used[i] = true;
                claimed[i] = true;
            }
        }
        let is_change = |i: usize| {
            let before: String = chars[start..mentions[i].start].iter().collect();
            let hedge = mentions[i].hedge.unwrap_or("");
            shares::is_change(before.trim_end().strip_suffix(hedge).unwrap_or(&before))
        };
        let sentence_growths = growths::in_sentence(&chars, mentions, &in_sentence, is_change);
        for (g, growth) in sentence_growths.iter().enumerate() {
            // A figure may also be a homes claim's load; a range is free for a growth too.
            let here: Vec<usize> = in_sentence
                .iter()
                .copied()
                .filter(|i| !growth.stating.contains(i))
                .filter(|&i| !used[i] || mentions[i].high.is_some())
                .collect();
            let last = *growth.stating.last().expect("a growth is stated");
            // The year the growth reaches ("by 2030"), in its clause: before the next growth.
            let clause_end = sentence_growths
                .get(g + 1)
                .map_or(end, |next| mentions[next.stating[0]].start);
            let year = in_sentence
                .iter()
                .copied()
                .filter(|&i| mentions[i].found == Found::Year)
                .filter(|&i| {
                    mentions[i].start > mentions[last].end && mentions[i].end <= clause_end
                })
                .find(|&i| {
                    growths::reached_by(&chars[start..mentions[i].start].iter().collect::<String>())
                })
                .and_then(|i| mentions[i].value)
                .map(|q| q.base() as i32);
            let geography = place_of(&quote);
            let basis = match growths::figures(mentions, &here, &previous_mentions, &quote) {
                Some(pair) => Some((Some(pair), None)),
                None if shares::about_data_center_electricity(&context, &quote) => year
                    .and_then(|y| {
                        shares::scenario(&context, geography.as_deref().unwrap_or("US"), Some(y))
                    })
                    .map(|scenario| (None, Some(scenario))),
                None => None,
            };
            let Some((pair, scenario)) = basis else {
                continue;
            };
            draft.add(ClaimKind::Growth, &quote, &growth.stated, |c| {
                if let Some((from, to)) = pair {
                    c.from = Some(stated(&mentions[from]));
                    c.to = Some(stated(&mentions[to]));
                }
                if scenario.is_some() {
                    c.scenario = scenario.clone();
                    c.year = year;
                    c.geography = geography.clone();
                }
            });
            for i in growth
                .stating
                .iter()
                .copied()
                .chain(pair.into_iter().flat_map(|(a, b)| [a, b]))
            {
                used[i] = true;
                claimed[i] = true;
            }
        }
        let chip = CHIP_NAMES
            .iter()
            .find(|name| lower.replace(['-', ' '], "").contains(*name));
        if let (Some(chips), Some(power), Some(chip)) =
            (first(&used, Found::Chips), first(&used, Found::Power), chip)
        {
            let id = draft.add(ClaimKind::Fleet, &quote, &stated(&mentions[power]), |c| {
                c.count = Some(mentions[chips].text.clone());
                c.chip = Some(chip.to_string());
            });
            draft.flag(&id, "chip power or facility power? the claim is checked at the facility (grid) boundary; set `boundary` if the article means chips");
            used[chips] = true;
            used[power] = true;
        }
        let load_here = first(&used, Found::Power)
            .or_else(|| first(&used, Found::EnergyRate))
            .or_else(|| first(&used, Found::Energy));
        // "That is enough electricity to power nearly 16 Chicagos": the load before.
        let load = load_here
            .map(|l| (l, mentions[l].end.saturating_sub(start)))
            .or_else(|| {
                let loads = [Found::Power, Found::EnergyRate, Found::Energy];
                previous_mentions
                    .iter()
                    .rev()
                    .copied()
                    .find(|&i| loads.contains(&mentions[i].found))
                    .filter(|_| words::points_back(&quote))
                    .map(|l| (l, 0))
            });
        if let Some((load, load_end)) = load {
            let whole: String = chars[start..end].iter().collect();
            if let Some(found) = equivalents::in_sentence(&whole, load_end, places) {
                let (load_text, per_year) = as_load(&mentions[load]);
                let id = draft.add(ClaimKind::Equivalent, &quote, &found.stated, |c| {
                    c.load = Some(load_text);
                    c.reference = Some(found.reference.clone());
                    if found.reference == "people" {
                        c.geography = place_of(&quote).filter(|p| p != "world");
                    }
                });
                if per_year {
                    draft.flag(&id, "an energy with no period, read as a year's: the comparison is with yearly consumption");
                }
                used[load] = true;
            }
        }
        let rest: Vec<&str> = in_sentence
            .iter()
            .filter(|&&i| !used[i] && !claimed[i])
            .map(|&i| mentions[i].text.as_str())
            .collect();
        if !rest.is_empty() {
            draft.add(ClaimKind::Cited, &quote, &rest.join("; "), |c| {
                c.source = Some("the article; add a source id from `wattcheck sources`".into());
            });
        }
        let id = draft
            .claims
            .last()
            .map(|c| c.id.clone())
            .unwrap_or_default();
        for &i in &in_sentence {
            let text = &mentions[i].text;
            match mentions[i].found {
                Found::Energy if !claimed[i] => draft.flag(&id, &format!("`{text}` is an energy with no period: a capacity (W) or a yearly use (Wh per year)?")),
                Found::Vague => draft.flag(&id, &format!("`{text}` is a vague count: nothing to check until it is a number")),
                _ => {}
            }
        }
    }
    draft
}

impl Draft {
    /// Adds a claim of `kind` quoting `quote`, stating `stated`, with `fill` setting its inputs.
    fn add(
        &mut self,
        kind: ClaimKind,
        quote: &str,
        stated: &str,
        fill: impl FnOnce(&mut Claim),
    ) -> String {
        let count = self.numbered.entry(kind.name()).or_insert(0);
        *count += 1;
        let number = *count;
        let id = format!("{}-{number}", kind.name());
        let mut claim = Claim::new(&id, quote, kind, stated);
        claim.note = Some("drafted by `wattcheck extract`".into());
        fill(&mut claim);
        self.claims.push(claim);
        id
    }

    /// Records a confusion to look at, and notes it on the claim so `check` shows it too.
    fn flag(&mut self, id: &str, what: &str) {
        if let Some(claim) = self.claims.iter_mut().rev().find(|c| c.id == id) {
            let note = claim.note.get_or_insert_with(String::new);
            note.push_str(&format!("; check: {what}"));
        }
        self.flags.push((id.to_string(), what.to_string()));
    }
}
