//! `equivalent` claims: a load is as big as a number of something ("as much electricity as
//! Japan", "ten nuclear reactors", "16 Hoover Dams"). A capacity is measured by capacities
//! (nameplates, peaks), an energy per year by annual energies; a country by its yearly
//! electricity, which a capacity reaches at its load factor. With no `load`, the stated value is
//! the load itself, said to be one of the reference ("945 TWh, matching Japan's use").

use super::{Context, Recomputed, StatedAs, field, hedged_load, numeric};
use crate::claims::file::Claim;
use crate::data::ReferenceKind;
use crate::inputs::register_load;
use crate::model::compare;
use crate::request::values::{LoadRequest, Shape};
use crate::uncertainty::sampling::Calc;
use crate::units::parse::{parse_count, parse_quantity};
use crate::units::{Power, Quantity, format, year};
use crate::yardsticks::{self, Yardstick};

pub struct EquivalentClaim {
    stated: StatedAs,
    load: LoadRequest,
    reference: String,
    /// The country a per-capita comparison is about (the claim's `geography`; the US by default).
    place: String,
    /// Whether `stated` is the load, said to equal one of the reference.
    stated_load: bool,
}

crate::outputs! {
    pub struct EquivalentClaimOutputs {
        times: f64 = Number "How many",
        holds: f64 = Number "Claim holds",
    }
    main [times]
}

impl EquivalentClaim {
    pub fn read(claim: &Claim) -> anyhow::Result<EquivalentClaim> {
        let stated_load = claim.load.is_none();
        let stated = match stated_load {
            true => StatedAs::read(&claim.stated, parse_quantity)?,
            false => StatedAs::read(&claim.stated, |t| parse_count(t).map(Quantity::Number))?,
        };
        Ok(EquivalentClaim {
            stated,
            load: hedged_load(
                &claim.load.clone().unwrap_or_else(|| yearly(&claim.stated)),
                claim.assume.load_factor.as_deref(),
                claim.tolerance()?.value,
            )?,
            reference: field(claim, "reference", &claim.reference)?.to_string(),
            place: claim.geography.clone().unwrap_or_else(|| "US".into()),
            stated_load,
        })
    }

    pub fn check(&self, context: &Context, tolerance: f64) -> anyhow::Result<Recomputed> {
        let capacity = self.load.shape == Shape::Capacity;
        let place = match context.dataset.country(&self.place) {
            Ok(country) => country.iso2.clone(),
            Err(_) => self.place.clone(),
        };
        let find = |annual| yardsticks::find(context.dataset, &self.reference, annual, &place);
        let yardstick = find(!capacity)?;
        // A country's or a person's electricity is yearly: a capacity reaches it at its load
        // factor.
        let by_energy = !capacity
            || matches!(
                yardstick.kind,
                ReferenceKind::Country | ReferenceKind::Person
            );
        let mut calc = Calc::new();
        let load = register_load(&mut calc, &self.load);
        let stated = self.stated.claimed;
        let reference = yardstick.value;
        let estimate = calc.run(context.sampling, |d| {
            let measured: Power = match by_energy {
                true => load.read(d).energy_per_year() / year(),
                false => d.get(load.power()),
            };
            let times = compare::times(measured, reference).value;
            EquivalentClaimOutputs {
                times,
                holds: f64::from(u8::from(stated.holds(times, tolerance))),
            }
        });
        let explanation = self.explain(&yardstick, by_energy, estimate.point.times);
        if self.stated_load {
            // The stated load against one of the reference, in the stated kind.
            let one = match self.stated.claimed.low {
                Quantity::Energy(_) => Quantity::Energy(reference * year()),
                _ => Quantity::Power(reference),
            };
            let explanation = format!(
                "one {}: {}; {explanation}",
                yardstick.name,
                format::quantity(one)
            );
            return Ok(numeric(
                (&self.stated, one),
                tolerance,
                None,
                explanation,
                sources(context, &yardstick)?,
            ));
        }
        Ok(numeric(
            (&self.stated, Quantity::Number(estimate.point.times)),
            tolerance,
            estimate.probability(|o| o.holds),
            explanation,
            sources(context, &yardstick)?,
        ))
    }

    fn explain(&self, yardstick: &Yardstick, by_energy: bool, times: f64) -> String {
        let shown = |p: Power| match by_energy {
            true => format::energy_per_year(p),
            false => format::power(p),
        };
        let load = match (self.load.shape, by_energy) {
            (Shape::Capacity, true) => match &self.load.load_factor {
                Some(lf) => format!("{} at load factor {} a year", self.load.power.text, lf.text),
                None => format!("{} running flat out a year", self.load.power.text),
            },
            _ => self.load.power.text.clone(),
        };
        format!(
            "{load} ÷ {} ({}, {}; {}) = {}",
            yardstick.name,
            yardstick.basis,
            shown(yardstick.value),
            yardstick.figures.join(", "),
            format::count(times)
        )
    }
}

/// A stated energy with no period ("945 TWh, matching Japan's use") as a year's.
fn yearly(stated: &str) -> String {
    match parse_quantity(crate::claims::hedge::split(stated).1) {
        Ok(Quantity::Energy(_)) => format!("{}/yr", stated.trim()),
        _ => stated.to_string(),
    }
}

fn sources(context: &Context, yardstick: &Yardstick) -> anyhow::Result<Vec<String>> {
    let mut sources = Vec::new();
    for id in &yardstick.figures {
        let source = context.dataset.figure(id)?.record.source.clone();
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    Ok(sources)
}
