//! `project`: the projection atlas — every bundled projection of data-center electricity on one
//! basis, by year. Published points are shown as published; the years between a source's last
//! historical point and each of its scenarios are filled by geometric interpolation and marked so.

use std::collections::BTreeSet;

use uom::si::ratio::ratio;

use serde::Serialize;

use crate::data::{Dataset, Denominator, Figure, Status, When};
use crate::error::{DataError, did_you_mean};
use crate::geography::Place;
use crate::inputs::use_per_home;
use crate::model::projection::{Metric, growth_rate, interpolate};
use crate::model::{households, share};
use crate::provenance::{Provenance, Warning, envelope};
use crate::report::{Listing, Report, Value};
use crate::request::{Households, ProjectRequest};
use crate::units::parse::Quantity;
use crate::units::{Power, Ratio, year};

/// Every projection's value by year, on one basis.
#[derive(Debug, Clone, PartialEq)]
pub struct Atlas {
    pub title: String,
    pub provenance: Provenance,
    pub rows: Vec<AtlasRow>,
}

/// JSON: the envelope, with `results.projections` the rows.
impl Serialize for Atlas {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Results<'a> {
            projections: &'a [AtlasRow],
        }
        let results = Results {
            projections: &self.rows,
        };
        envelope(serializer, "project", &[], &results, &self.provenance, None)
    }
}

/// One year of one projection (a source's history, or one of its cases).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AtlasRow {
    /// The source id, or `source-case` for a scenario.
    pub projection: String,
    /// `US, all data centers`, `World, AI only`.
    pub scope: String,
    #[serde(skip)]
    pub region: String,
    /// Whether the series covers AI only, not all data centers.
    #[serde(skip)]
    pub ai_only: bool,
    pub year: i32,
    pub value: Value,
    pub status: Status,
    pub basis: String,
}

impl AtlasRow {
    /// Whether this row is a source's history (no case).
    pub fn is_history(&self, source: &str) -> bool {
        self.projection == source
    }
}

impl Atlas {
    /// The rows for people.
    pub fn report(&self) -> anyhow::Result<Report> {
        let mut report =
            Report::new("project", self.title.clone()).with_provenance(&self.provenance);
        report.listings.push(Listing {
            key: "projections",
            heading: "",
            columns: vec!["projection", "scope", "year", "value", "status", "basis"],
            rows: self
                .rows
                .iter()
                .map(|row| {
                    vec![
                        Value::Text(row.projection.clone()),
                        Value::Text(row.scope.clone()),
                        Value::Year(row.year),
                        row.value.clone(),
                        Value::Text(row.status.to_string()),
                        Value::Text(row.basis.clone()),
                    ]
                })
                .collect(),
            below: Vec::new(),
        });
        report.json = serde_json::to_value(self)?;
        Ok(report)
    }
}

/// Series the atlas reads, and what each covers.
const COVERAGE: &[(&str, &str)] = &[
    ("dc-energy", "all data centers"),
    ("dc-share", "all data centers"),
    ("ai-energy", "AI only"),
];

/// Sources whose coverage is narrower than their series says.
const SOURCE_COVERAGE: &[(&str, &str)] = &[("sp451-2025", "hyperscale, leased and crypto sites")];

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

pub fn project(dataset: &Dataset, request: &ProjectRequest) -> anyhow::Result<Atlas> {
    let (source, from, to, metric) = (
        request.source.as_deref(),
        request.from,
        request.to,
        request.metric,
    );
    let series: Vec<&str> = COVERAGE.iter().map(|(series, _)| *series).collect();
    let figures: Vec<&Figure> = dataset.figures_of(&series).collect();
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
    let mut provenance = Provenance::default();
    let per_home_use = match metric {
        Metric::Homes => match use_per_home(&mut provenance, dataset, &us_homes())?.central() {
            Quantity::Power(p) => Some(p),
            _ => None,
        },
        _ => None,
    };
    let mut atlas_rows = Vec::new();
    let mut skipped = 0;
    for row in rows {
        if row.status == Status::Recalled {
            provenance.warn(Warning::Note(format!(
                "{} {}: rests on a recalled figure ({}); check it before relying on it",
                row.projection, row.year, row.basis
            )));
        }
        match convert(&mut provenance, dataset, &row, metric, per_home_use)? {
            Some((value, status, basis)) => atlas_rows.push(AtlasRow {
                projection: row.projection.clone(),
                scope: row.scope.clone(),
                region: row.region.clone(),
                ai_only: row.scope.ends_with("AI only"),
                year: row.year,
                value,
                status,
                basis,
            }),
            None => skipped += 1,
        }
    }
    if skipped > 0 {
        provenance.warn(Warning::Note(format!(
            "{skipped} published point(s) not shown: they cannot be put on this basis (a year with no US or world total in the data)"
        )));
    }
    Ok(Atlas {
        title,
        provenance,
        rows: atlas_rows,
    })
}

/// The newest confirmed US average home.
fn us_homes() -> Households {
    Households {
        per_home: None,
        place: crate::geography::PlaceRequest::Us,
        when: When::Newest,
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
        let coverage = SOURCE_COVERAGE
            .iter()
            .chain(COVERAGE)
            .find(|(s, _)| *s == source || *s == figure.record.series)
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
    provenance: &mut Provenance,
    dataset: &Dataset,
    row: &Row,
    metric: Metric,
    per_home_use: Option<Power>,
) -> anyhow::Result<Option<(Value, Status, String)>> {
    let mut status = row.status;
    let mut basis = row.basis.clone();
    let mut total = |provenance: &mut Provenance| -> Option<Power> {
        let (place, name) = match row.region.as_str() {
            "US" => (Place::us(), "US"),
            "world" => (Place::World, "World"),
            _ => return None,
        };
        let figure = dataset
            .total_for(&place, Denominator::EndUse, When::In(row.year))
            .ok()?
            .figure;
        provenance.assume(
            &format!("{name} total for {}", row.year),
            figure,
            Value::AnnualEnergy(figure.power()),
        );
        basis = format!("{basis}; {name} total {}", figure.id());
        if status == Status::Confirmed {
            status = Status::Computed;
        }
        Some(figure.power())
    };
    let energy = match (row.energy, row.share) {
        (Some(energy), _) => Some(energy),
        (None, Some(fraction)) if metric != Metric::Share => {
            total(provenance).map(|t| share::from_share(fraction, t))
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
            (None, Some(energy)) => total(provenance)
                .map(|t| Value::Quantity(Quantity::Percent(share::share(energy * year(), t)))),
            _ => None,
        },
    };
    Ok(value.map(|v| (v, status, basis)))
}
