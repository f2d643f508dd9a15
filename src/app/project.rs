//! `project`: the projection atlas — every bundled projection of data-center electricity on one
//! basis, by year. Published points are shown as published; the years between a source's last
//! historical point and each of its scenarios are filled by geometric interpolation and marked so.

use std::collections::BTreeSet;

use uom::si::ratio::ratio;

use super::inputs::per_home;
use crate::cli::LoadArgs;
use crate::data::{Dataset, Denominator, Figure, Status};
use crate::error::{DataError, UsageError, did_you_mean};
use crate::model::projection::{Metric, growth_rate, interpolate};
use crate::model::{households, share};
use crate::report::{Listing, Report, Value, Warning};
use crate::units::parse::Quantity;
use crate::units::{Power, Ratio, year};

/// Series the atlas reads, and what each covers.
const COVERAGE: &[(&str, &str)] = &[
    ("dc-energy", "all data centers"),
    ("dc-share", "all data centers"),
    ("ai-energy", "AI only"),
];

/// One year of one projection, before conversion to the metric.
struct Row {
    projection: String,
    scope: String,
    region: String,
    year: i32,
    energy: Option<Power>,
    share: Option<Ratio>,
    status: Status,
    basis: String,
}

pub fn project(
    dataset: &Dataset,
    source: Option<&str>,
    from: Option<i32>,
    to: Option<i32>,
    metric: Metric,
) -> anyhow::Result<Report> {
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(UsageError(format!("--from {from} is after --to {to}")).into());
    }
    let figures: Vec<&Figure> = dataset
        .figures()
        .filter(|f| {
            COVERAGE
                .iter()
                .any(|(series, _)| *series == f.record.series)
        })
        .collect();
    let sources: BTreeSet<&str> = figures.iter().map(|f| f.record.source.as_str()).collect();
    if let Some(wanted) = source
        && !sources.contains(wanted)
    {
        return Err(DataError::UnknownId {
            what: "projection source".into(),
            id: wanted.into(),
            hint: match did_you_mean(wanted, sources.iter().copied()) {
                hint if hint.is_empty() => format!(
                    "; known: {}",
                    sources.iter().copied().collect::<Vec<_>>().join(", ")
                ),
                hint => hint,
            },
        }
        .into());
    }
    let chosen: Vec<&str> = sources
        .into_iter()
        .filter(|s| source.is_none_or(|w| w == *s))
        .collect();
    let mut rows = Vec::new();
    for source_id in &chosen {
        rows.extend(source_rows(&figures, source_id));
    }
    rows.retain(|r| from.is_none_or(|y| r.year >= y) && to.is_none_or(|y| r.year <= y));
    let title = format!(
        "Projections of data-center electricity{}",
        source.map(|s| format!(" ({s})")).unwrap_or_default()
    );
    let mut report = Report::new("project", title);
    if metric == Metric::Share && rows.iter().all(|r| r.region != "US") && !rows.is_empty() {
        return Err(UsageError(format!(
            "{} covers the world, and wattcheck holds no world electricity total: a US share of it has no meaning; use --metric twh, gw or homes",
            chosen.join(", ")
        ))
        .into());
    }
    let per_home_use = match metric {
        Metric::Homes => match per_home(&mut report, dataset, &default_homes(), None)?.central() {
            Quantity::Power(p) => Some(p),
            _ => unreachable!("use per home is a power"),
        },
        _ => None,
    };
    let mut listing = Listing {
        key: "projections",
        heading: "",
        columns: vec!["projection", "scope", "year", "value", "status", "basis"],
        rows: Vec::new(),
        below: Vec::new(),
    };
    let mut skipped = 0;
    for row in rows {
        if row.status == Status::Recalled {
            report.warn(Warning::Note(format!(
                "{} {}: rests on a recalled figure ({}); check it before relying on it",
                row.projection, row.year, row.basis
            )));
        }
        match convert(&mut report, dataset, &row, metric, per_home_use)? {
            Some((value, status, basis)) => listing.rows.push(vec![
                Value::Text(row.projection.clone()),
                Value::Text(row.scope.clone()),
                Value::Year(row.year),
                value,
                Value::Text(status.to_string()),
                Value::Text(basis),
            ]),
            None => skipped += 1,
        }
    }
    if skipped > 0 {
        report.warn(Warning::Note(format!(
            "{skipped} published point(s) not shown: they cannot be put on this basis (a world series as a US share, or a year with no US total in the data)"
        )));
    }
    report.listings.push(listing);
    Ok(report)
}

fn default_homes() -> LoadArgs {
    LoadArgs {
        load_factor: None,
        per_home: None,
        region: "US".into(),
    }
}

/// A source's rows: its history once, each scenario's points, and the years between.
fn source_rows(figures: &[&Figure], source: &str) -> Vec<Row> {
    let mine: Vec<&Figure> = figures
        .iter()
        .copied()
        .filter(|f| f.record.source == source)
        .collect();
    let mut rows: Vec<Row> = Vec::new();
    for figure in &mine {
        let case = figure.record.case.as_deref();
        let projection = case.map_or(source.to_string(), |c| format!("{source}-{c}"));
        let coverage = COVERAGE
            .iter()
            .find(|(s, _)| *s == figure.record.series)
            .map_or("", |(_, c)| c);
        let scope = format!("{}, {coverage}", figure.record.region);
        let existing = rows
            .iter_mut()
            .find(|r| r.projection == projection && r.scope == scope && r.year == figure.year());
        let row = match existing {
            Some(row) => row,
            None => {
                rows.push(Row {
                    projection,
                    scope,
                    region: figure.record.region.clone(),
                    year: figure.year(),
                    energy: None,
                    share: None,
                    status: figure.record.status,
                    basis: String::new(),
                });
                rows.last_mut().expect("just pushed")
            }
        };
        match figure.value {
            Quantity::Percent(fraction) => row.share = Some(fraction),
            _ => row.energy = Some(figure.power()),
        }
        if figure.record.status != Status::Confirmed {
            row.status = figure.record.status;
        }
        row.basis = if row.basis.is_empty() {
            figure.id().to_string()
        } else {
            format!("{}, {}", row.basis, figure.id())
        };
    }
    let interpolated = interpolations(&rows, source);
    rows.extend(interpolated);
    rows.sort_by(|a, b| (&a.projection, &a.scope, a.year).cmp(&(&b.projection, &b.scope, b.year)));
    rows
}

/// For each scenario, the years between the source's last historical point and the scenario's
/// first point, by constant growth (model::projection::interpolate).
fn interpolations(rows: &[Row], source: &str) -> Vec<Row> {
    let mut filled = Vec::new();
    for scenario in rows
        .iter()
        .filter(|r| r.projection != source && r.energy.is_some())
    {
        let last_history = rows
            .iter()
            .filter(|r| {
                r.projection == source
                    && r.scope == scenario.scope
                    && r.year < scenario.year
                    && r.energy.is_some()
            })
            .max_by_key(|r| r.year);
        let earlier_scenario_point = rows.iter().any(|r| {
            r.projection == scenario.projection
                && r.scope == scenario.scope
                && r.year < scenario.year
        });
        let (Some(start), false) = (last_history, earlier_scenario_point) else {
            continue;
        };
        let (Some(a), Some(b)) = (start.energy, scenario.energy) else {
            continue;
        };
        for year in start.year + 1..scenario.year {
            filled.push(Row {
                projection: scenario.projection.clone(),
                scope: scenario.scope.clone(),
                region: scenario.region.clone(),
                year,
                energy: Some(interpolate((start.year, a), (scenario.year, b), year)),
                share: None,
                status: Status::Interpolated,
                basis: format!(
                    "{:.1}%/yr from {} to {}",
                    growth_rate((start.year, a), (scenario.year, b))
                        .get::<uom::si::ratio::percent>(),
                    start.year,
                    scenario.year
                ),
            });
        }
    }
    filled
}

/// A row on the chosen basis, or `None` when it cannot be put on it.
fn convert(
    report: &mut Report,
    dataset: &Dataset,
    row: &Row,
    metric: Metric,
    per_home_use: Option<Power>,
) -> anyhow::Result<Option<(Value, Status, String)>> {
    let mut status = row.status;
    let mut basis = row.basis.clone();
    let mut total = |report: &mut Report| -> Option<Power> {
        if row.region != "US" {
            return None;
        }
        let figure = dataset
            .national_total(Denominator::EndUse, Some(row.year))
            .ok()?;
        report.assume(
            &format!("US total for {}", row.year),
            figure,
            Value::AnnualEnergy(figure.power()),
        );
        basis = format!("{basis}; US total {}", figure.id());
        if status == Status::Confirmed {
            status = Status::Computed;
        }
        Some(figure.power())
    };
    let energy = match (row.energy, row.share) {
        (Some(energy), _) => Some(energy),
        (None, Some(fraction)) if metric != Metric::Share => {
            total(report).map(|t| share::from_share(fraction, t))
        }
        _ => None,
    };
    let value = match metric {
        Metric::Twh => energy.map(Value::AnnualEnergy),
        Metric::Gw => energy.map(|e| Value::Quantity(Quantity::Power(e))),
        Metric::Homes => energy.zip(per_home_use).map(|(e, home)| {
            Value::Quantity(Quantity::Number(
                households::homes(e * year(), home).get::<ratio>(),
            ))
        }),
        Metric::Share => match (row.share, energy) {
            (Some(fraction), _) => Some(Value::Quantity(Quantity::Percent(fraction))),
            (None, Some(energy)) => total(report)
                .map(|t| Value::Quantity(Quantity::Percent(share::share(energy * year(), t)))),
            _ => None,
        },
    };
    Ok(value.map(|v| (v, status, basis)))
}
