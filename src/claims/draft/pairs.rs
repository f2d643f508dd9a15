//! Pairings of two or three figures a sentence ties together: a load and homes, a build cost and
//! a power, a power over a time and its energy, chips and their power, a load and what it
//! equals.

use super::{Draft, LOADS, Sentence, Taken, as_load, count_of, stated, tied};
use crate::claims::equivalents;
use crate::claims::extract::Found;
use crate::claims::file::ClaimKind;
use crate::claims::money::money_is_build_cost;
use crate::claims::words::mentions_any;
use crate::units::{Quantity, format};

const CHIP_NAMES: &[&str] = &["gb200", "gb300", "h100", "h200", "b200", "b300", "b100"];

/// The chip assumed for GPUs the text does not name: the newest flagship held.
const UNNAMED_CHIP: &str = "gb300";

/// How long a stated time may be for a power over it to be an energy claim (a battery's hours,
/// a training run's days), not a span of years.
const LONGEST_RUN_DAYS: f64 = 31.0;

/// A number of homes and the load it stands for: in the sentence, or in the sentence before
/// when this one points back ("This equals the use of 800,000 homes").
pub(super) fn homes(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    let Some(homes) = s
        .here
        .iter()
        .copied()
        .find(|&i| m[i].found == Found::Homes && !taken.claimed[i])
    else {
        return;
    };
    let energy_here = || {
        s.here
            .iter()
            .copied()
            .find(|&i| m[i].found == Found::Energy && !taken.claimed[i])
    };
    let load_here = s
        .first(taken, Found::Power)
        .or_else(|| s.first(taken, Found::EnergyRate))
        .or_else(energy_here);
    let Some(power) = load_here.or_else(|| s.load_before()) else {
        return;
    };
    let (load, per_year) = as_load(&m[power]);
    let tie = match load_here {
        Some(_) => format!(
            "`{}` and `{}` in one sentence",
            m[power].text, m[homes].text
        ),
        None => format!(
            "`{}` in a sentence that points back at `{}` in the one before",
            m[homes].text, m[power].text
        ),
    };
    let id = draft.add(ClaimKind::Homes, &s.quote, &stated(&m[homes]), |c| {
        c.load = Some(load);
        c.geography = s.place.clone();
        c.note = tied(&tie);
    });
    if per_year {
        draft.flag(&id, "an energy with no period, read as a year's: the homes are those it would supply for a year");
    }
    draft.flag(&id, "capacity stated as if it were average draw: a homes figure assumes the load runs flat out all year; data centers average about half their capacity");
    taken.used[homes] = true;
    taken.claimed[power] = true;
}

/// Money the sentence calls a build cost, and the power it builds.
pub(super) fn cost(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    let (Some(power), Some(money), true) = (
        s.first(taken, Found::Power),
        s.first(taken, Found::Money),
        money_is_build_cost(&s.quote),
    ) else {
        return;
    };
    draft.add(ClaimKind::Cost, &s.quote, &stated(&m[money]), |c| {
        c.load = Some(stated(&m[power]));
        c.note = tied(&format!(
            "`{}`, a build cost by the sentence's words, beside `{}`",
            m[money].text, m[power].text
        ));
    });
    taken.used[power] = true;
    taken.used[money] = true;
}

/// Words that make a power, a time and an energy a store's: its rating, how long it runs, and
/// what it holds.
const STORAGE_WORDS: &[&str] = &[
    "battery",
    "batteries",
    "storage",
    "بطارية",
    "بطاريات",
    "البطارية",
    "تخزين",
];

/// A power over a stated time and the energy it comes to (`300 MW … 100 hours … 30 GWh`):
/// drafted only when the sentence holds one of each, so none is paired by guess; for a battery,
/// with the one power of this sentence or the two before whose clause names storage.
pub(super) fn energy_over_time(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    let only = |kind: Found| {
        let of_kind: Vec<usize> = s
            .here
            .iter()
            .copied()
            .filter(|&i| m[i].found == kind && !taken.used[i])
            .collect();
        (of_kind.len() == 1).then(|| of_kind[0])
    };
    let run = only(Found::Duration).filter(|&d| {
        m[d].value.is_some_and(
            |q| matches!(q, Quantity::Time(t) if t.get::<uom::si::time::day>() <= LONGEST_RUN_DAYS),
        )
    });
    let (Some(duration), Some(energy)) = (run, only(Found::Energy)) else {
        return;
    };
    let stored = |i: usize| mentions_any(&s.clause_of(i), STORAGE_WORDS);
    // A store's energy is its own rating's: not another power the sentence names.
    let storage = stored(duration) || stored(energy);
    let power = match storage {
        false => only(Found::Power),
        true => {
            let rated: Vec<usize> = s
                .earlier
                .iter()
                .chain(&s.here)
                .copied()
                .filter(|&i| m[i].found == Found::Power && !taken.used[i] && stored(i))
                .collect();
            (rated.len() == 1).then(|| rated[0])
        }
    };
    let Some(power) = power else { return };
    draft.add(ClaimKind::Energy, &s.quote, &stated(&m[energy]), |c| {
        c.note = tied(&format!(
            "`{}` over `{}` makes `{}`",
            m[power].text, m[duration].text, m[energy].text
        ));
        c.load = Some(stated(&m[power]));
        c.duration = m[duration].value.map(format::quantity);
    });
    taken.take([power, duration, energy]);
}

/// A count of chips and the power they draw: of the chip the sentence names, else of the newest
/// flagship (said in a flag). A count may be a range ("between 4 million and 5 million GPUs").
pub(super) fn fleet(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    let named = CHIP_NAMES
        .iter()
        .find(|name| s.lower.replace(['-', ' '], "").contains(*name));
    let chips = s
        .here
        .iter()
        .copied()
        .find(|&i| m[i].found == Found::Chips && !taken.claimed[i]);
    let power = s.first(taken, Found::Power).or_else(|| {
        s.load_before()
            .filter(|&l| m[l].found == Found::Power && !taken.used[l])
    });
    let (Some(chips), Some(power)) = (chips, power) else {
        return;
    };
    let chip = named.copied().unwrap_or(UNNAMED_CHIP);
    let id = draft.add(ClaimKind::Fleet, &s.quote, &stated(&m[power]), |c| {
        c.note = tied(&format!(
            "`{}` {chip} chips and `{}` in one sentence",
            m[chips].text, m[power].text
        ));
        // A hedge on the count is not read by a fleet.
        c.count = Some(count_of(&m[chips]));
        c.chip = Some(chip.to_string());
    });
    draft.flag(&id, "chip power or facility power? the claim is checked at the facility (grid) boundary; set `boundary` if the article means chips");
    if named.is_none() {
        draft.flag(
            &id,
            &format!("the chip is not named: assumed {UNNAMED_CHIP}, the newest flagship held; set `chip`"),
        );
    }
    taken.take([chips, power]);
}

/// A load and what the sentence says it equals: in the sentence, or the load of the sentence
/// before when this one points back ("That is enough to power nearly 16 Chicagos").
pub(super) fn equivalent(s: &Sentence, taken: &mut Taken, draft: &mut Draft) {
    let m = s.mentions;
    let load_here = LOADS.iter().find_map(|&kind| s.first(taken, kind));
    let Some((load, load_end)) = load_here
        .map(|l| (l, m[l].end.saturating_sub(s.start)))
        .or_else(|| s.load_before().map(|l| (l, 0)))
    else {
        return;
    };
    let whole = s.piece(s.start, s.end);
    let Some(found) = equivalents::in_sentence(&whole, load_end, s.places) else {
        return;
    };
    let (load_text, per_year) = as_load(&m[load]);
    // "matching Japan's use": no count, so the load itself is what the text states.
    let one = found.stated == "1";
    let stated = match one {
        true => stated(&m[load]),
        false => found.stated.clone(),
    };
    let id = draft.add(ClaimKind::Equivalent, &s.quote, &stated, |c| {
        c.note = tied(&format!(
            "`{}` measured by {} ({})",
            m[load].text,
            found.reference,
            match load_here {
                Some(_) => "one sentence",
                None => "a sentence pointing back at the load",
            }
        ));
        c.load = (!one).then_some(load_text);
        c.reference = Some(found.reference.clone());
        if found.reference == "people" {
            c.geography = s.place.clone().filter(|p| p != "world");
        }
    });
    if per_year {
        draft.flag(
            &id,
            "an energy with no period, read as a year's: the comparison is with yearly consumption",
        );
    }
    taken.used[load] = true;
}
