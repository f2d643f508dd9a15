//! `fleet` claims: a number of chips draws a power, at the chip, server, IT or facility boundary,
//! recomputed by the `fleet` calculator.

use super::{Context, Recomputed, Stated, field};
use crate::calculators::fleet::fleet;
use crate::claims::file::{Boundary, Claim};
use crate::claims::verdict::{Comparison, Verdict};
use crate::request::values::{self, Given};
use crate::request::{FleetRequest, Households};
use crate::units::parse::parse_power;
use crate::units::{Power, Quantity, format};

pub struct FleetClaim {
    stated: Power,
    count: Given,
    chip: String,
    pue: Option<Given>,
    load_factor: Option<Given>,
    boundary: Boundary,
}

impl FleetClaim {
    pub fn read(claim: &Claim) -> anyhow::Result<FleetClaim> {
        Ok(FleetClaim {
            stated: parse_power(&claim.stated)?,
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
                region: "US".into(),
                year: None,
            },
        };
        let ladder = fleet(context.dataset, &request, context.sampling)?;
        let point = ladder.estimate.point;
        let boundaries = [
            (Boundary::Chip, "chip", point.chip_power),
            (Boundary::Server, "server", point.server_power),
            (Boundary::It, "it", point.it_power),
            (Boundary::Facility, "facility", point.facility_power),
        ];
        let at = |boundary: Boundary| {
            boundaries
                .iter()
                .find(|(b, ..)| *b == boundary)
                .map_or(point.facility_power, |(.., power)| *power)
        };
        let computed = at(self.boundary);
        let mut explanation = ladder
            .estimate
            .outputs()
            .iter()
            .filter(|o| o.field.key.ends_with("_power"))
            .map(|o| {
                let label = ladder.label_of(o.field.key).unwrap_or_default();
                format!("{label} {}", format::quantity(o.value))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let watts = |p: Power| p.get::<uom::si::power::watt>();
        for (boundary, name, power) in boundaries {
            let other = boundary != self.boundary && boundary != Boundary::It;
            if other
                && Comparison::of(watts(self.stated), watts(power), tolerance).verdict
                    == Verdict::Consistent
            {
                explanation.push_str(&format!(
                    "; the stated power matches the {name} boundary instead"
                ));
            }
        }
        Ok(Recomputed {
            stated: Stated::quantity(Quantity::Power(self.stated)),
            computed: Some(Stated::quantity(Quantity::Power(computed))),
            comparison: Some(Comparison::of(
                watts(self.stated),
                watts(computed),
                tolerance,
            )),
            verdict: None,
            explanation,
            sources: ladder.provenance.source_ids(),
        })
    }
}
