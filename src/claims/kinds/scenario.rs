//! `share` claims about a projection's scenario (`lbnl-2024-high` in 2028): the share the atlas
//! holds for that year, with its scope and its source's other cases. A year the scenario does not
//! cover falls back to the source's own estimate nearest to it (a case starts after its source's
//! last measured year); a claim with no year ("currently") takes the source's estimate nearest the
//! article's date, or with no date its latest.

use anyhow::Context as _;

use super::{Context, Recomputed, StatedAs, field, numeric, scenario_source};
use crate::atlas::{Atlas, AtlasRow, project};
use crate::claims::file::Claim;
use crate::claims::scope::says_ai;
use crate::data::nearness;
use crate::model::projection::Metric;
use crate::report::Value;
use crate::request::ProjectRequest;
use crate::units::Quantity;
use crate::units::parse::parse_fraction;

/// How far from the asked year a source's own estimate may stand in for it.
const NEAREST_YEARS: i32 = 1;

pub struct ScenarioClaim {
    stated: StatedAs,
    scenario: String,
    year: Option<i32>,
    scope: Option<String>,
    /// The atlas region of the claim's geography: `world` or `US`.
    region: &'static str,
}

impl ScenarioClaim {
    pub fn read(claim: &Claim) -> anyhow::Result<ScenarioClaim> {
        Ok(ScenarioClaim {
            stated: StatedAs::read(&claim.stated, |t| parse_fraction(t).map(Quantity::Percent))?,
            scenario: field(claim, "scenario", &claim.scenario)?.to_string(),
            year: claim.year,
            scope: claim.scope.clone(),
            region: match claim.geography.as_deref() {
                Some(g) if g.eq_ignore_ascii_case("world") => "world",
                _ => "US",
            },
        })
    }

    pub fn check(&self, context: &Context, tolerance: f64) -> anyhow::Result<Recomputed> {
        let (scenario, year) = (self.scenario.as_str(), self.year);
        let source = scenario_source(context, scenario)?;
        let atlas: Atlas = project(
            context.dataset,
            &ProjectRequest {
                source: Some(source.to_string()),
                from: None,
                to: None,
                metric: Metric::Share,
            },
        )?;
        let share_of = |value: &Value| match value {
            Value::Quantity(Quantity::Percent(share)) => Some(*share),
            _ => None,
        };
        let in_region = |r: &&AtlasRow| r.region == self.region && share_of(&r.value).is_some();
        // A source named without a case stands for all its cases: the one nearest the stated
        // value is the one the text cites.
        let stated = self.stated.claimed.central().base();
        let distance = |r: &&AtlasRow| {
            share_of(&r.value).map_or(f64::INFINITY, |v| (v.value.ln() - stated.ln()).abs())
        };
        let exact = year.and_then(|year| {
            atlas
                .rows
                .iter()
                .filter(in_region)
                .filter(|r| r.year == year)
                .filter(|r| {
                    r.projection == scenario
                        || (scenario == source && r.projection.starts_with(&format!("{source}-")))
                })
                .min_by(|a, b| distance(a).total_cmp(&distance(b)))
        });
        let history = atlas
            .rows
            .iter()
            .filter(in_region)
            .filter(|r| r.is_history(source));
        let row = match (exact, year) {
            (Some(row), _) => Some(row),
            (None, Some(year)) => history
                .filter(|r| (r.year - year).abs() <= NEAREST_YEARS)
                .min_by_key(|r| (r.year - year).abs()),
            // No year of its own: the estimate nearest the article's date, else the newest.
            (None, None) => match context.as_of {
                Some(around) => history.min_by_key(|r| nearness(r.year, around)),
                None => history.max_by_key(|r| r.year),
            },
        }
        .with_context(|| {
            let mut known: Vec<String> = atlas
                .rows
                .iter()
                .filter(in_region)
                .map(|r| format!("{} {}", r.projection, r.year))
                .collect();
            known.dedup();
            format!(
                "scenario `{scenario}` has no {} share for {}; the atlas has {}",
                self.region,
                year.map_or("any year".to_string(), |y| y.to_string()),
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            )
        })?;
        let year = row.year;
        let computed = share_of(&row.value)
            .with_context(|| format!("scenario `{scenario}` has no share for {year}"))?;
        let mut explanation = match self.year {
            Some(asked) if asked != year => {
                format!("{scenario} has no share for {asked}; {source}'s estimate for {year}: ")
            }
            None => match context.as_of {
                Some(around) => format!(
                    "no year stated; {source}'s estimate nearest the article's date ({around}), {year}: "
                ),
                None => format!("no year stated; {source}'s latest estimate, {year}: "),
            },
            Some(_) if row.projection != scenario => {
                format!(
                    "{scenario} for {year}, the case nearest the stated value, {}: ",
                    row.projection
                )
            }
            Some(_) => format!("{} for {year}: ", row.projection),
        };
        explanation.push_str(&format!(
            "{} ({}; {})",
            row.value.display(),
            row.scope,
            row.basis
        ));
        let others: Vec<String> = atlas
            .rows
            .iter()
            .filter(|r| r.year == year && r.region == self.region)
            .filter(|r| r.projection != row.projection)
            .map(|r| format!("{} {}", r.projection, r.value.display()))
            .collect();
        if !others.is_empty() {
            explanation.push_str(&format!(
                "; its other cases for {year}: {}",
                others.join(", ")
            ));
        }
        if let Some(claimed) = &self.scope
            && says_ai(claimed)
            && !row.ai_only
        {
            explanation.push_str(&format!(
                "; scope differs: the article says \"{claimed}\", but {source} covers {}",
                row.scope
            ));
        }
        Ok(numeric(
            (&self.stated, Quantity::Percent(computed)),
            tolerance,
            None,
            explanation,
            vec![source.to_string()],
        ))
    }
}
