//! `growth` claims: a stated multiple (`x3`, "tripled") or change (`48%`, "an increase of 800%")
//! between two figures, either both in the text (`from`, `to`) or a projection's (`scenario`,
//! from `since`, or its latest estimate before `year`, to `year`). A range on either side (`to =
//! "57 TWh..66 TWh"`, or a source's cases) gives a range of multiples; the claim holds when the
//! stated value is within the tolerance of it.

use anyhow::{Context as _, bail};

use super::{Context, Recomputed, StatedAs, numeric, scenario_source, shown};
use crate::atlas::{AtlasRow, project};
use crate::claims::file::Claim;
use crate::claims::hedge::Claimed;
use crate::error::UnitError;
use crate::model::projection::Metric;
use crate::report::Value;
use crate::request::ProjectRequest;
use crate::units::parse::{parse_fraction, parse_quantity};
use crate::units::{Quantity, format};

pub struct GrowthClaim {
    stated: StatedAs,
    /// Whether the stated value is a change (`48%`: to ÷ from − 1) rather than a multiple.
    change: bool,
    basis: Basis,
}

enum Basis {
    Text {
        from: Claimed,
        to: Claimed,
    },
    Projection {
        scenario: String,
        since: Option<i32>,
        /// The year reached; `None` for the source's latest estimate ("over the past decade").
        year: Option<i32>,
        /// How many years the growth spans, when `since` is not given.
        years: Option<i32>,
        world: bool,
    },
}

/// A multiple (`x3`, `3x`, `3 times`, `3`) as a number, or a change (`48%`) as a fraction.
pub(super) fn read_stated(text: &str) -> Result<Quantity, UnitError> {
    let t = text.trim();
    if t.ends_with('%') || t.ends_with("percent") || t.contains("المئة") || t.contains("٪") {
        // A change may pass 100% (`an increase of 800%`); only the unit is checked.
        return match parse_quantity(t)? {
            Quantity::Percent(r) => Ok(Quantity::Percent(r)),
            _ => parse_fraction(t).map(Quantity::Percent),
        };
    }
    let bare = t
        .trim_start_matches(['x', '×'])
        .trim_end_matches("times")
        .trim_end_matches(['x', '×'])
        .trim();
    parse_quantity(bare)
}

impl GrowthClaim {
    pub fn read(claim: &Claim) -> anyhow::Result<GrowthClaim> {
        let stated = StatedAs::read(&claim.stated, read_stated)?;
        let change = matches!(stated.claimed.low, Quantity::Percent(_));
        let basis = match (&claim.from, &claim.to, &claim.scenario) {
            (Some(from), Some(to), None) => {
                let (from, to) = (
                    Claimed::read(from, parse_quantity)?,
                    Claimed::read(to, parse_quantity)?,
                );
                if from.low.kind() != to.low.kind() {
                    bail!(
                        "a growth claim's `from` and `to` must measure the same thing: `{}` is {}, `{}` is {}",
                        claim.from.as_deref().unwrap_or_default(),
                        from.low.kind().name(),
                        claim.to.as_deref().unwrap_or_default(),
                        to.low.kind().name()
                    );
                }
                Basis::Text { from, to }
            }
            (None, None, Some(scenario)) => Basis::Projection {
                scenario: scenario.clone(),
                since: claim.since,
                year: claim.year,
                years: match (claim.year, claim.years) {
                    (None, None) => bail!(
                        "a growth claim on a `scenario` needs `year`, or `years` for a growth to its latest estimate"
                    ),
                    (_, years) => years,
                },
                world: claim
                    .geography
                    .as_deref()
                    .is_some_and(|g| g.eq_ignore_ascii_case("world")),
            },
            _ => bail!("a growth claim needs `from` and `to`, or `scenario` and `year`"),
        };
        Ok(GrowthClaim {
            stated,
            change,
            basis,
        })
    }

    pub fn check(&self, context: &Context, tolerance: f64) -> anyhow::Result<Recomputed> {
        let (low, high, explanation, sources) = match &self.basis {
            Basis::Text { from, to } => {
                let (low, high) = (
                    to.low.base() / from.high.base(),
                    to.high.base() / from.low.base(),
                );
                let explanation = format!(
                    "from {} to {}: x{}",
                    shown(from),
                    shown(to),
                    multiples_text(low, high)
                );
                (low, high, explanation, Vec::new())
            }
            Basis::Projection {
                scenario,
                since,
                year,
                years,
                world,
            } => projected(context, scenario, (*since, *year, *years), *world)?,
        };
        if !(low.is_finite() && high.is_finite() && low > 0.0) {
            bail!("a growth claim needs figures above zero to compare");
        }
        // The stated value, held within the computed range: the nearest the figures allow.
        let stated = self.stated.claimed.central().base();
        let offset = if self.change { 1.0 } else { 0.0 };
        let nearest = (stated + offset).clamp(low, high) - offset;
        let computed = match self.change {
            true => Quantity::Percent(uom::si::f64::Ratio::new::<uom::si::ratio::ratio>(nearest)),
            false => Quantity::Number(nearest),
        };
        let explanation = match (self.change, low == high) {
            (true, _) => format!("{explanation}, a change of {}", changes(low, high)),
            (false, true) => explanation,
            (false, false) => format!(
                "{explanation}; the nearest to the stated value: x{}",
                round(nearest)
            ),
        };
        Ok(numeric(
            (&self.stated, computed),
            tolerance,
            None,
            explanation,
            sources,
        ))
    }
}

/// The multiples a projection gives from its estimate for `since` (or `years` before `year`, or
/// its latest before `year`) to `year` (or its latest estimate): over every case when `scenario`
/// is a bare source id.
fn projected(
    context: &Context,
    scenario: &str,
    (since, year, years): (Option<i32>, Option<i32>, Option<i32>),
    world: bool,
) -> anyhow::Result<(f64, f64, String, Vec<String>)> {
    let source = scenario_source(context, scenario)?;
    let atlas = project(
        context.dataset,
        &ProjectRequest {
            source: Some(source.to_string()),
            from: None,
            to: None,
            metric: Metric::Twh,
        },
    )?;
    let region = if world { "world" } else { "US" };
    let energy = |r: &AtlasRow| match r.value {
        Value::AnnualEnergy(p) => Some(p.value),
        Value::Quantity(q) => Some(q.base()),
        _ => None,
    };
    let rows: Vec<&AtlasRow> = atlas.rows.iter().filter(|r| r.region == region).collect();
    let latest = rows
        .iter()
        .filter(|r| r.is_history(source))
        .map(|r| r.year)
        .max();
    let year = year
        .or(latest)
        .with_context(|| format!("{source} has no {region} estimate"))?;
    let since = since.or(years.map(|n| year - n));
    let start = rows
        .iter()
        .filter(|r| r.is_history(source) && r.year < year)
        .filter(|r| since.is_none_or(|s| (r.year - s).abs() <= 1))
        .min_by_key(|r| since.map_or(-r.year, |s| (r.year - s).abs()))
        .with_context(|| format!("{source} has no {region} estimate before {year} to grow from"))?;
    let ends: Vec<&&AtlasRow> = rows
        .iter()
        .filter(|r| r.year == year)
        .filter(|r| {
            r.projection == scenario || (scenario == source && r.projection.starts_with(source))
        })
        .collect();
    let from = energy(start).context("the starting estimate is not an energy")?;
    let multiples: Vec<f64> = ends
        .iter()
        .filter_map(|r| energy(r))
        .map(|to| to / from)
        .collect();
    let (low, high) = multiples
        .iter()
        .fold(None, |acc: Option<(f64, f64)>, &m| {
            Some(acc.map_or((m, m), |(l, h)| (l.min(m), h.max(m))))
        })
        .with_context(|| format!("{scenario} has no {region} estimate for {year}"))?;
    let cases: Vec<String> = ends
        .iter()
        .map(|r| format!("{} {}", r.projection, r.value.display()))
        .collect();
    let explanation = format!(
        "{source}, {region}: {} in {} to {} in {year}: x{}",
        start.value.display(),
        start.year,
        cases.join(", "),
        multiples_text(low, high)
    );
    Ok((low, high, explanation, vec![source.to_string()]))
}

fn round(x: f64) -> String {
    format::count(x)
}

fn multiples_text(low: f64, high: f64) -> String {
    match low == high {
        true => round(low),
        false => format!("{}..{}", round(low), round(high)),
    }
}

fn changes(low: f64, high: f64) -> String {
    let percent = |m: f64| format!("{}%", round((m - 1.0) * 100.0));
    match low == high {
        true => percent(low),
        false => format!("{}..{}", percent(low), percent(high)),
    }
}
