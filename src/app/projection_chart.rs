//! The projection chart: each source's history and scenarios from the atlas, its cases as a band.

use super::plot::citations;
use crate::atlas::project;
use crate::chart::projection::{Band, Line, ProjectionChart};
use crate::chart::{Key, Language};
use crate::data::{Dataset, Status};
use crate::error::UsageError;
use crate::model::projection::Metric;
use crate::report::Value;
use crate::request::ProjectRequest;
use crate::units::Quantity;

/// An atlas value as a chart number: TWh per year, or percent.
fn chart_value(value: &Value) -> Option<f64> {
    match value {
        Value::AnnualEnergy(p) => {
            Some((*p * crate::units::year()).get::<uom::si::energy::terawatt_hour>())
        }
        Value::Quantity(Quantity::Percent(r)) => Some(r.value * 100.0),
        _ => None,
    }
}

/// The projection chart of `sources` (their US series, or their world ones) on `metric` (TWh
/// or share).
pub fn projection(
    dataset: &Dataset,
    sources: &[String],
    metric: Metric,
    world: bool,
    lang: Language,
) -> anyhow::Result<ProjectionChart> {
    let (region, region_name) = match world {
        true => ("world", "world"),
        false => ("US", "US"),
    };
    if !matches!(metric, Metric::Twh | Metric::Share) {
        return Err(UsageError("the projection chart draws --metric twh or share".into()).into());
    }
    let mut lines = Vec::new();
    let mut bands = Vec::new();
    let mut interpolated = false;
    for (colour, source) in sources.iter().enumerate() {
        let request = ProjectRequest {
            source: Some(source.clone()),
            from: None,
            to: None,
            metric,
        };
        let atlas = project(dataset, &request)?;
        let rows: Vec<_> = atlas.rows.iter().filter(|r| r.region == region).collect();
        if rows.is_empty() {
            return Err(UsageError(format!(
                "--source {source} has no {region_name} series to draw on this chart{}",
                match world {
                    true => "",
                    false => " (for a world series, add --world)",
                }
            ))
            .into());
        }
        interpolated |= rows.iter().any(|r| r.status == Status::Interpolated);
        let mut names: Vec<&str> = rows.iter().map(|r| r.projection.as_str()).collect();
        names.dedup();
        let points = |name: &str| -> Vec<(f64, f64)> {
            rows.iter()
                .filter(|r| r.projection == name)
                .filter_map(|r| Some((f64::from(r.year), chart_value(&r.value)?)))
                .collect()
        };
        let history = points(source);
        if !history.is_empty() {
            lines.push(Line {
                label: format!("{source}: {}", lang.label(Key::History)),
                points: history.clone(),
                history: true,
                colour,
            });
        }
        let mut cases = Vec::new();
        for name in names.iter().filter(|n| **n != source) {
            let mut path = points(name);
            if let (Some(first), Some(last)) = (
                path.first().copied(),
                history.iter().rev().find(|h| h.0 < path[0].0),
            ) && last.0 < first.0
            {
                path.insert(0, *last);
            }
            lines.push(Line {
                label: name.to_string(),
                points: path.clone(),
                history: false,
                colour,
            });
            cases.push(path);
        }
        if cases.len() >= 2 {
            bands.push(band(
                &cases,
                format!("{source} {}", lang.label(Key::Range)),
                colour,
            ));
        }
    }
    let mut footnote = citations(dataset, sources, lang);
    if interpolated {
        footnote.push(lang.label(Key::Interpolated).to_string());
    }
    let (title, y_label) = match (metric, world) {
        (Metric::Share, false) => (Key::ProjectionShareTitle, Key::ShareOfUs),
        (Metric::Share, true) => (Key::WorldProjectionShareTitle, Key::ShareOfWorld),
        (_, false) => (Key::ProjectionTitle, Key::TwhPerYear),
        (_, true) => (Key::WorldProjectionTitle, Key::TwhPerYear),
    };
    Ok(ProjectionChart {
        title: lang.label(title).into(),
        y_label: lang.label(y_label).into(),
        lines,
        bands,
        footnote,
    })
}

/// The band between a source's cases, over the years they all have.
fn band(cases: &[Vec<(f64, f64)>], label: String, colour: usize) -> Band {
    let years: Vec<f64> = cases[0]
        .iter()
        .map(|p| p.0)
        .filter(|y| cases.iter().all(|c| c.iter().any(|p| p.0 == *y)))
        .collect();
    let at = |y: f64, pick: fn(f64, f64) -> f64| {
        cases
            .iter()
            .filter_map(|c| c.iter().find(|p| p.0 == y))
            .map(|p| p.1)
            .reduce(pick)
    };
    let edge = |pick: fn(f64, f64) -> f64| {
        years
            .iter()
            .filter_map(|&y| Some((y, at(y, pick)?)))
            .collect()
    };
    Band {
        label,
        low: edge(f64::min),
        high: edge(f64::max),
        colour,
    }
}
