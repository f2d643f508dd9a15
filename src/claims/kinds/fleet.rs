//! `fleet` claims: a number of chips draws a power, at the chip, server, IT or facility boundary,
//! recomputed by the `fleet` calculator.

use super::{Context, Recomputed, StatedAs, field, numeric};
use crate::calculators::fleet::setup;
use crate::claims::file::{Boundary, Claim};
use crate::claims::verdict::{Comparison, Verdict};
use crate::data::When;
use crate::model::fleet::FleetOutputs;
use crate::request::values::{self, Given};
use crate::request::{FleetRequest, Households};
use crate::units::parse::parse_power;
use crate::units::{Power, Quantity, format};

pub struct FleetClaim {
    stated: StatedAs,
    count: Given,
    chip: String,
    pue: Option<Given>,
    load_factor: Option<Given>,
    boundary: Boundary,
}

impl FleetClaim {
    pub fn read(claim: &Claim) -> anyhow::Result<FleetClaim> {
        Ok(FleetClaim {
            stated: StatedAs::read(&claim.stated, |t| parse_power(t).map(Quantity::Power))?,
            count: values::chip_count(field(claim, "count", &claim.count)?)?,
            chip: field(claim, "chip", &claim.chip)?.to_string(),
            pue: claim.assume.pue.as_deref().map(values::pue).transpose()?,
            load_factor: claim
                .assume
                .load_factor
                .as_deref()
                .map(values::load_factor)
                .transpose()?,
            boundary: claim.boundary.unwrap_or(Boundary::Facility),
        })
    }

    pub fn check(&self, context: &Context, tolerance: f64) -> anyhow::Result<Recomputed> {
        let request = FleetRequest {
            count: self.count.clone(),
            chip: self.chip.clone(),
            pue: self.pue.clone(),
            overhead: None,
            load_factor: self.load_factor.clone(),
            homes: Households {
                per_home: None,
                place: crate::geography::PlaceRequest::Us,
                when: When::of(None, context.as_of),
            },
        };
        let ladder = setup(context.dataset, &request)?;
        let (boundary, stated) = (self.boundary, self.stated.claimed);
        let estimate = ladder.calc.run(context.sampling, |d| {
            let out = ladder.evaluate(d);
            let at = at_boundary(&out, boundary);
            let holds = stated.holds(watts(at), tolerance);
            FleetClaimOutputs {
                power: at,
                holds: f64::from(u8::from(holds)),
            }
        });
        let point = ladder.calc.point_with(&[], &|d| ladder.evaluate(d));
        let computed = estimate.point.power;
        let labels = ladder.labels(&point);
        let mut explanation = labels
            .iter()
            .zip([
                point.chip_power,
                point.server_power,
                point.it_power,
                point.facility_power,
            ])
            .map(|((_, label), power)| format!("{label} {}", format::power(power)))
            .collect::<Vec<_>>()
            .join("; ");
        for (other, name) in [
            (Boundary::Chip, "chip"),
            (Boundary::Server, "server"),
            (Boundary::Facility, "facility"),
        ] {
            let power = at_boundary(&point, other);
            if other != self.boundary
                && Comparison::of(stated.central().base(), watts(power), tolerance).verdict
                    == Verdict::Consistent
            {
                explanation.push_str(&format!(
                    "; the stated power matches the {name} boundary instead"
                ));
            }
        }
        Ok(numeric(
            (&self.stated, Quantity::Power(computed)),
            tolerance,
            estimate.probability(|o| o.holds),
            explanation,
            ladder.provenance.source_ids(),
        ))
    }
}

fn watts(power: Power) -> f64 {
    power.get::<uom::si::power::watt>()
}

fn at_boundary(ladder: &FleetOutputs, boundary: Boundary) -> Power {
    match boundary {
        Boundary::Chip => ladder.chip_power,
        Boundary::Server => ladder.server_power,
        Boundary::It => ladder.it_power,
        Boundary::Facility => ladder.facility_power,
    }
}

crate::outputs! {
    /// The power at the claim's boundary, and whether the claim holds (1 or 0).
    pub struct FleetClaimOutputs {
        power: Power = Power "Power at the boundary",
        holds: f64 = Number "Claim holds",
    }
    main [power]
}
