//! `homes`, `energy` and `share` claims that start from a load: the load's energy per year, as
//! homes, as itself, or as a share of the national total, recomputed by the model at central
//! values and, when sampling, over the draws (the verdict is then the share of draws that hold).

use super::{Context, Recomputed, Stated, StatedAs, alternative, field, hedged_load};
use crate::claims::file::{Claim, ClaimKind};
use crate::data::{Denominator, When};
use crate::geography::PlaceRequest;
use crate::inputs::{national_total, register_load, typical_load_factor, use_per_home};
use crate::model::energy::energy_over;
use crate::model::fleet::facility_power;
use crate::model::{households, share};
use crate::provenance::Provenance;
use crate::request::values::{self, Given, LoadRequest, Shape};
use crate::request::{Households, National};
use crate::uncertainty::sampling::{Calc, Input, Slot};
use crate::units::parse::{parse_count, parse_fraction, parse_quantity};
use crate::units::{Energy, Power, Quantity, Ratio, Time, format, year};

/// What a load claim states it comes to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    Homes,
    Energy,
    Share,
}

/// A load and what the article says it amounts to, with the claim's own assumptions.
pub struct LoadClaim {
    target: Target,
    stated: StatedAs,
    load: LoadRequest,
    per_home: Option<Given>,
    national_total: Option<Given>,
    year: Option<i32>,
    place: PlaceRequest,
    /// An energy claim's duration (`300 MW × 100 h`); without one, a year.
    duration: Option<Time>,
}

crate::outputs! {
    /// The claim's value, the energy it rests on, and whether the claim holds (1 or 0).
    pub struct LoadClaimOutputs {
        value: f64 = Number "Recomputed",
        annual_energy: Energy = Energy "Energy per year",
        holds: f64 = Number "Claim holds",
    }
    main [value]
}

impl LoadClaim {
    pub fn read(claim: &Claim) -> anyhow::Result<LoadClaim> {
        let target = match claim.kind {
            ClaimKind::Homes => Target::Homes,
            ClaimKind::Energy => Target::Energy,
            _ => Target::Share,
        };
        let text = &claim.stated;
        let stated = match target {
            Target::Homes => StatedAs::read(text, |t| -> anyhow::Result<Quantity> {
                Ok(Quantity::Number(parse_count(t)?))
            })?,
            Target::Share => StatedAs::read(text, |t| -> anyhow::Result<Quantity> {
                Ok(Quantity::Percent(parse_fraction(t)?))
            })?,
            Target::Energy => StatedAs::read(text, |t| -> anyhow::Result<Quantity> {
                match parse_quantity(t)? {
                    Quantity::Energy(e) => Ok(Quantity::Energy(e)),
                    Quantity::Power(p) => Ok(Quantity::Energy(p * year())),
                    other => anyhow::bail!(
                        "stated: expected an energy per year such as `262.8 TWh`; `{t}` is {}",
                        other.kind().name()
                    ),
                }
            })?,
        };
        let assume = &claim.assume;
        Ok(LoadClaim {
            target,
            stated,
            load: hedged_load(
                field(claim, "load", &claim.load)?,
                assume.load_factor.as_deref(),
                claim.tolerance()?.value,
            )?,
            per_home: assume
                .per_home
                .as_deref()
                .map(|t| values::energy_per_year(t, "an energy per period such as `10,791 kWh/yr`"))
                .transpose()?,
            national_total: assume
                .national_total
                .as_deref()
                .map(values::national_total)
                .transpose()?,
            year: claim.year,
            place: PlaceRequest::of_geography(claim.geography.as_deref()),
            duration: claim
                .duration
                .as_deref()
                .map(|t| match parse_quantity(t)? {
                    Quantity::Time(d) if d.value > 0.0 => Ok(d),
                    other => anyhow::bail!(
                        "duration: expected a time such as `100 h` or `3 days`; `{t}` is {}",
                        other.kind().name()
                    ),
                })
                .transpose()?,
        })
    }

    pub fn check(&self, context: &Context, tolerance: f64) -> anyhow::Result<Recomputed> {
        let dataset = context.dataset;
        // The year of the share's national totals.
        let share_year = When::of(self.year, context.as_of);
        let mut provenance = Provenance::default();
        let mut calc = Calc::new();
        let load = register_load(&mut calc, &self.load);
        let (divisor, divisor_label): (Option<Input>, String) = match self.target {
            Target::Homes => {
                let per_home = match (&self.per_home, &self.place) {
                    (None, PlaceRequest::World) => Some(world_homes(dataset)?),
                    (given, _) => given.clone(),
                };
                let homes = Households {
                    per_home,
                    place: self.place.clone(),
                    when: When::of(None, context.as_of),
                };
                (
                    Some(use_per_home(&mut provenance, dataset, &homes)?),
                    "per home".into(),
                )
            }
            Target::Share => {
                let national = National {
                    place: self.place.clone(),
                    when: share_year,
                    denominator: Denominator::EndUse,
                    total: self.national_total.clone(),
                };
                let (total, label) = national_total(&mut provenance, dataset, &national)?;
                (Some(total), format!("({label})"))
            }
            Target::Energy => (None, String::new()),
        };
        let divisor_central = divisor.as_ref().map(Input::central);
        let divisor: Option<Slot<Power>> = divisor.map(|d| calc.add("divisor", &d));
        let (target, stated, duration) = (self.target, self.stated.claimed, self.duration);
        let kind = stated.low.kind();
        let model = |d: &crate::uncertainty::monte_carlo::Draw| {
            let annual = load.read(d).energy_per_year();
            let value = match (target, divisor) {
                (Target::Homes, Some(home)) => households::homes(annual, d.get(home)).value,
                (Target::Share, Some(total)) => share::share(annual, d.get(total)).value,
                _ => match duration {
                    Some(d) => energy_over(annual, d).value,
                    None => annual.value,
                },
            };
            let holds = stated.holds(value, tolerance);
            LoadClaimOutputs {
                value,
                annual_energy: annual,
                holds: f64::from(u8::from(holds)),
            }
        };
        let estimate = calc.run(context.sampling, model);
        let at = |changes: &[(usize, f64)]| calc.point_with(changes, &model).value;
        let computed = Quantity::from_base(kind, estimate.point.value);
        let mut explanation = format!(
            "{} = {}",
            self.describe_load(),
            format::quantity(Quantity::Energy(estimate.point.annual_energy))
        );
        if let Some(d) = self.duration {
            explanation.push_str(&format!(
                " a year; over {} h: {}",
                format::count(d.get::<uom::si::time::hour>()),
                format::quantity(computed)
            ));
        }
        if let Some(divisor) = divisor_central {
            explanation.push_str(&format!(
                "; ÷ {} {divisor_label}{} = {}",
                shown_per_year(divisor),
                provenance
                    .assumptions
                    .first()
                    .map(|a| format!(" [{}]", a.id))
                    .unwrap_or_default(),
                format::quantity(computed)
            ));
        }
        let (mut comparison, note) = stated.compare(computed.base(), tolerance);
        if let Some(note) = note {
            explanation.push_str(&format!("; {note}"));
        }
        if let Some(probability) = estimate.probability(|o| o.holds) {
            comparison = comparison.with_probability(probability);
            let stats = estimate
                .outputs()
                .first()
                .and_then(|o| o.stats.clone())
                .map(|s| {
                    let typed = |q: Quantity| Quantity::from_base(kind, q.base());
                    crate::report::stats_line(&crate::report::Stats {
                        mean: typed(s.mean),
                        p5: typed(s.p5),
                        p50: typed(s.p50),
                        p95: typed(s.p95),
                        histogram: Vec::new(),
                    })
                })
                .unwrap_or_default();
            explanation.push_str(&format!(
                "; over the draws: {stats}; the claim holds in {:.0}% of them",
                probability * 100.0
            ));
        }
        let show = |v: f64| format::quantity(Quantity::from_base(kind, v));
        let mut flags = self.flags(context, (load.power(), load.load_factor()), at)?;
        if let (Target::Share, None, Some(total)) = (self.target, &self.national_total, divisor)
            && let Ok(retail) = dataset.national_total(Denominator::RetailSales, share_year)
        {
            let what = format!("on retail sales ({})", retail.id());
            flags.push((what, at(&[(total.index(), retail.power().value)])));
        }
        for (what, value) in flags {
            explanation.push_str(&format!(
                "; {}",
                alternative(&what, value, &stated, tolerance, show(value))
            ));
        }
        Ok(Recomputed {
            stated: self.stated.shown(),
            computed: Some(Stated::quantity(computed)),
            comparison: Some(comparison),
            verdict: None,
            explanation,
            sources: provenance.source_ids(),
        })
    }

    /// What would change the verdict: the load factor data centers actually average, and the
    /// load being IT capacity rather than grid power. Each is (what, the claim recomputed).
    fn flags(
        &self,
        context: &Context,
        (power, load_factor): (Slot<Power>, Slot<Ratio>),
        at: impl Fn(&[(usize, f64)]) -> f64,
    ) -> anyhow::Result<Vec<(String, f64)>> {
        let (Shape::Capacity, Quantity::Power(capacity)) =
            (self.load.shape, self.load.power.value.central())
        else {
            return Ok(Vec::new());
        };
        let mut flags = Vec::new();
        if self.load.at_full_load() {
            let (typical, basis) = typical_load_factor(context.dataset)?;
            let what = format!(
                "at the {:.0}% load factor {basis} imply",
                typical.get::<uom::si::ratio::percent>()
            );
            flags.push((what, at(&[(load_factor.index(), typical.value)])));
        }
        let pue = context.dataset.best("pue", "new-large-builds")?;
        let facility = facility_power(capacity, Ratio::new::<uom::si::ratio::ratio>(pue.number()));
        let what = format!(
            "if the load is IT capacity, × PUE {} ({})",
            pue.number(),
            pue.id()
        );
        flags.push((what, at(&[(power.index(), facility.value)])));
        Ok(flags)
    }

    fn describe_load(&self) -> String {
        let central = self.load.power.value.central();
        match (self.load.shape, central) {
            (Shape::Capacity, Quantity::Power(p)) => format!(
                "{} × load factor {} × 8,760 h",
                format::power(p),
                format::quantity(self.load.load_factor_value().central())
            ),
            _ => shown_per_year(central),
        }
    }
}

/// A power shown as an energy per year; anything else as itself.
fn shown_per_year(value: Quantity) -> String {
    match value {
        Quantity::Power(p) => format::energy_per_year(p),
        other => format::quantity(other),
    }
}

/// The world has no household average: the homes of a world claim are anywhere between the
/// lowest and the highest national average the data holds, so the verdict says it depends.
fn world_homes(dataset: &crate::data::Dataset) -> anyhow::Result<Given> {
    let averages: Vec<f64> = dataset
        .countries()
        .filter_map(|c| dataset.best("household-use", &c.iso2).ok())
        .map(|f| f.power().value)
        .collect();
    let low = averages.iter().copied().fold(f64::INFINITY, f64::min);
    let high = averages.iter().copied().fold(0.0, f64::max);
    anyhow::ensure!(
        low < high,
        "no household averages to span the world's homes"
    );
    let per_year = |w: f64| format::energy_per_year(Power::new::<uom::si::power::watt>(w));
    Ok(Given::new(
        crate::uncertainty::Uncertain {
            kind: crate::units::Kind::Power,
            dist: crate::uncertainty::dist::Dist::Uniform { low, high },
        },
        &format!(
            "no world average: national averages span {}–{}",
            per_year(low),
            per_year(high)
        ),
    ))
}
