//! `share` claims about a projection's scenario (`lbnl-2024-high` in 2028): the share the atlas
//! holds for that year, with its scope and its source's other cases.

use anyhow::Context as _;

use super::{Context, Recomputed, StatedAs, field, numeric};
use crate::atlas::{Atlas, project};
use crate::claims::file::Claim;
use crate::claims::scope::says_ai;
use crate::model::projection::Metric;
use crate::report::Value;
use crate::request::ProjectRequest;
use crate::units::Quantity;
use crate::units::parse::parse_fraction;

pub struct ScenarioClaim {
    stated: StatedAs,
    scenario: String,
    year: i32,
    scope: Option<String>,
    /// The atlas region of the claim's geography: `world` or `US`.
    region: &'static str,
}

impl ScenarioClaim {
    pub fn read(claim: &Claim) -> anyhow::Result<ScenarioClaim> {
        Ok(ScenarioClaim {
            stated: StatedAs::read(&claim.stated, |t| parse_fraction(t).map(Quantity::Percent))?,
            scenario: field(claim, "scenario", &claim.scenario)?.to_string(),
            year: claim.year.context("a scenario claim needs `year`")?,
            scope: claim.scope.clone(),
            region: match claim.geography.as_deref() {
                Some(g) if g.eq_ignore_ascii_case("world") => "world",
                _ => "US",
            },
        })
    }

    pub fn check(&self, context: &Context, tolerance: f64) -> anyhow::Result<Recomputed> {
        let (scenario, year) = (self.scenario.as_str(), self.year);
        let source = context
            .dataset
            .sources()
            .map(|s| s.id.as_str())
            .filter(|id| scenario == *id || scenario.starts_with(&format!("{id}-")))
            .max_by_key(|id| id.len())
            .with_context(|| format!("unknown scenario `{scenario}`: a scenario is a projection source id and a case, such as `lbnl-2024-high`"))?;
        let atlas: Atlas = project(
            context.dataset,
            &ProjectRequest {
                source: Some(source.to_string()),
                from: Some(year),
                to: Some(year),
                metric: Metric::Share,
            },
        )?;
        let share_of = |value: &Value| match value {
            Value::Quantity(Quantity::Percent(share)) => Some(*share),
            _ => None,
        };
        let of_scenario = |r: &&crate::atlas::AtlasRow| r.projection == scenario;
        let row = atlas
            .rows
            .iter()
            .filter(of_scenario)
            .find(|r| r.region == self.region)
            .or_else(|| atlas.rows.iter().find(of_scenario))
            .with_context(|| {
                let known: Vec<&str> = atlas.rows.iter().map(|r| r.projection.as_str()).collect();
                format!(
                    "scenario `{scenario}` has no share for {year}; the atlas has {}",
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                )
            })?;
        let computed = share_of(&row.value)
            .with_context(|| format!("scenario `{scenario}` has no share for {year}"))?;
        let mut explanation = format!(
            "{scenario} for {year}: {} ({}; {})",
            row.value.display(),
            row.scope,
            row.basis
        );
        let others: Vec<String> = atlas
            .rows
            .iter()
            .filter(|r| r.projection != scenario)
            .map(|r| format!("{} {}", r.projection, r.value.display()))
            .collect();
        if !others.is_empty() {
            explanation.push_str(&format!(
                "; the same source's other cases for {year}: {}",
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
