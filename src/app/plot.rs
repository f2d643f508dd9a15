//! `plot`: gathers a chart's data from the same calculators the other commands use, and draws it.

use std::path::Path;

use clap::Parser;

use super::inputs::typical_load_factor;
use crate::chart::bars::{BarChart, Bars};
use crate::chart::claims::{ClaimPoint, ClaimsChart};
use crate::chart::distribution::{DistributionChart, TornadoChart};
use crate::chart::projection::{Band, Line, ProjectionChart};
use crate::chart::{Canvas, Key, Lang, render};
use crate::cli::{Cli, PlotArgs, PlotKind, SamplingArgs};
use crate::data::{Dataset, Figure};
use crate::error::UsageError;
use crate::model::projection::Metric;
use crate::model::{energy, households};
use crate::report::{Item, Report, Value};
use crate::units::format::{axis_unit, count as show_count};
use crate::units::parse::parse_power;
use crate::units::{Quantity, Ratio, format};

pub fn plot(
    dataset: &Dataset,
    args: &PlotArgs,
    output: &Path,
    sampling: &SamplingArgs,
) -> anyhow::Result<Report> {
    if output.as_os_str() == "-" {
        return Err(
            UsageError("plot writes a file: give -o chart.png or -o chart.svg".into()).into(),
        );
    }
    let canvas = Canvas::new(output, size(&args.size)?, args.lang)?;
    match args.kind {
        PlotKind::Projection => render(
            &canvas,
            &projection(dataset, &args.source, args.metric, args.lang)?,
        )?,
        PlotKind::Homes => render(&canvas, &homes(dataset, args, &canvas)?)?,
        PlotKind::Fleet => render(&canvas, &fleet(dataset, args, &canvas, sampling)?)?,
        PlotKind::Claims => {
            let checked = super::check::check(dataset, args.claims.as_deref(), sampling)?;
            render(&canvas, &claims(dataset, &checked, args.lang))?
        }
        PlotKind::Distribution | PlotKind::Tornado => sampled(dataset, args, &canvas)?,
    }
    let mut report = Report::new("plot", format!("Chart written to {}", output.display()));
    report.results.push(Item::new(
        "file",
        "File",
        Value::Text(output.display().to_string()),
    ));
    report.results.push(Item::new(
        "size",
        "Size (pixels)",
        Value::Text(format!("{}x{}", canvas.size.0, canvas.size.1)),
    ));
    Ok(report)
}

/// `WxH`, e.g. `1600x1000`.
fn size(text: &str) -> anyhow::Result<(u32, u32)> {
    let parsed = text
        .split_once(['x', 'X', '×'])
        .and_then(|(w, h)| Some((w.trim().parse().ok()?, h.trim().parse().ok()?)));
    parsed.ok_or_else(|| {
        UsageError(format!(
            "--size expects WIDTHxHEIGHT in pixels such as `1600x1000`; got `{text}`"
        ))
        .into()
    })
}

/// "Sources: Publisher, Title (date) [id]" for each source id.
fn citations(dataset: &Dataset, ids: &[String]) -> Vec<String> {
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    ids.iter()
        .filter_map(|id| dataset.source(id).ok())
        .map(|s| {
            format!(
                "Source: {}, {} ({}) [{}]",
                s.publisher,
                shorten(&s.title, 90),
                s.date,
                s.id
            )
        })
        .collect()
}

fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    format!("{}…", text.chars().take(limit - 1).collect::<String>())
}

/// A projection row's value as a chart number: TWh per year, or percent.
fn chart_value(value: &Value) -> Option<f64> {
    match value {
        Value::AnnualEnergy(p) => {
            Some((*p * crate::units::year()).get::<uom::si::energy::terawatt_hour>())
        }
        Value::Quantity(Quantity::Percent(r)) => Some(r.value * 100.0),
        _ => None,
    }
}

/// The projection chart of `sources` (US series) on `metric` (TWh or share).
pub fn projection(
    dataset: &Dataset,
    sources: &[String],
    metric: Metric,
    lang: Lang,
) -> anyhow::Result<ProjectionChart> {
    if !matches!(metric, Metric::Twh | Metric::Share) {
        return Err(UsageError("the projection chart draws --metric twh or share".into()).into());
    }
    let mut lines = Vec::new();
    let mut bands = Vec::new();
    let mut interpolated = false;
    for (colour, source) in sources.iter().enumerate() {
        let atlas = super::project::project(dataset, Some(source), None, None, metric)?;
        let rows: Vec<&Vec<Value>> = atlas.listings[0]
            .rows
            .iter()
            .filter(|r| r[1].display().starts_with("US"))
            .collect();
        if rows.is_empty() {
            return Err(UsageError(format!(
                "--source {source} has no US series to draw on this chart"
            ))
            .into());
        }
        interpolated |= rows.iter().any(|r| r[4].display() == "interpolated");
        let mut names: Vec<String> = rows.iter().map(|r| r[0].display()).collect();
        names.dedup();
        let points = |name: &str| -> Vec<(f64, f64)> {
            rows.iter()
                .filter(|r| r[0].display() == name)
                .filter_map(|r| Some((f64::from(year_of(&r[2])?), chart_value(&r[3])?)))
                .collect()
        };
        let history = points(source);
        if !history.is_empty() {
            let label = format!("{source}: {}", lang.label(Key::History));
            lines.push(Line {
                label,
                points: history.clone(),
                history: true,
                colour,
            });
        }
        let mut cases = Vec::new();
        for name in names.iter().filter(|n| *n != source) {
            let mut path = points(name);
            if let (Some(first), Some(last)) = (
                path.first().copied(),
                history.iter().rev().find(|h| h.0 < path[0].0),
            ) {
                if last.0 < first.0 {
                    path.insert(0, *last);
                }
            }
            lines.push(Line {
                label: name.clone(),
                points: path.clone(),
                history: false,
                colour,
            });
            cases.push(path);
        }
        if cases.len() >= 2 {
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
            let low = years
                .iter()
                .filter_map(|&y| Some((y, at(y, f64::min)?)))
                .collect();
            let high = years
                .iter()
                .filter_map(|&y| Some((y, at(y, f64::max)?)))
                .collect();
            bands.push(Band {
                label: format!("{source} {}", lang.label(Key::Range)),
                low,
                high,
                colour,
            });
        }
    }
    let mut footnote = citations(dataset, sources);
    if interpolated {
        footnote.push(lang.label(Key::Interpolated).to_string());
    }
    let (title, y_label) = match metric {
        Metric::Share => (Key::ProjectionShareTitle, Key::ShareOfUs),
        _ => (Key::ProjectionTitle, Key::TwhPerYear),
    };
    Ok(ProjectionChart {
        title: lang.label(title).into(),
        y_label: lang.label(y_label).into(),
        lines,
        bands,
        footnote,
    })
}

fn year_of(value: &Value) -> Option<i32> {
    match value {
        Value::Year(y) => Some(*y),
        _ => None,
    }
}

/// The household baselines the homes chart compares: the confirmed national averages and the
/// confirmed state extremes of the newest year that has them.
const BASELINES: &[(&str, &str)] = &[
    ("us-home-2020", "US 2020"),
    ("us-home-2023", "US 2023"),
    ("us-home-2024", "US 2024"),
    ("la-home-2023", "Louisiana 2023"),
    ("hi-home-2023", "Hawaii 2023"),
];

fn homes(dataset: &Dataset, args: &PlotArgs, canvas: &Canvas) -> anyhow::Result<BarChart> {
    let load = parse_power(&args.load)?;
    let (typical, _) = typical_load_factor(dataset)?;
    let full = Ratio::new::<uom::si::ratio::ratio>(1.0);
    let figures: Vec<&Figure> = BASELINES
        .iter()
        .map(|(id, _)| dataset.figure(id))
        .collect::<Result<_, _>>()?;
    let millions = |load_factor: Ratio| -> Vec<f64> {
        figures
            .iter()
            .map(|f| {
                households::homes(energy::annual_energy(load, load_factor), f.power()).value / 1e6
            })
            .collect()
    };
    let lang = canvas.lang;
    let series = vec![
        Bars {
            label: lang.label(Key::FullLoad).into(),
            values: millions(full),
        },
        Bars {
            label: format!(
                "{} {:.0}% (lbnl-2024)",
                lang.label(Key::AtLoadFactor),
                typical.value * 100.0
            ),
            values: millions(typical),
        },
    ];
    let sources: Vec<String> = figures
        .iter()
        .map(|f| f.record.source.clone())
        .chain(["lbnl-2024".to_string()])
        .collect();
    Ok(BarChart {
        title: format!("{} {}", lang.label(Key::HomesTitle), format::power(load)),
        y_label: lang.label(Key::MillionHomes).into(),
        categories: BASELINES.iter().map(|(_, name)| name.to_string()).collect(),
        series,
        value_label: |v| format!("{v:.1}M"),
        footnote: citations(dataset, &sources),
    })
}

fn fleet(
    dataset: &Dataset,
    args: &PlotArgs,
    canvas: &Canvas,
    sampling: &SamplingArgs,
) -> anyhow::Result<BarChart> {
    let load_args = crate::cli::LoadArgs {
        load_factor: None,
        per_home: None,
        region: "US".into(),
    };
    let report = super::fleet::fleet(
        dataset,
        &args.count,
        &args.chip,
        None,
        None,
        &load_args,
        sampling,
    )?;
    let boundaries = ["chip_power", "server_power", "it_power", "facility_power"];
    let values: Vec<f64> = boundaries
        .iter()
        .filter_map(|key| report.results.iter().find(|i| i.key == *key))
        .filter_map(|i| match &i.value {
            Value::Quantity(Quantity::Power(p)) => Some(p.get::<uom::si::power::megawatt>()),
            _ => None,
        })
        .collect();
    let categories = [
        "Chips (TDP)",
        "Servers / racks",
        "IT load",
        "Facility (× PUE)",
    ];
    let sources: Vec<String> = report
        .assumptions
        .iter()
        .map(|a| a.source.clone())
        .collect();
    let short = report
        .title
        .split(" (")
        .next()
        .unwrap_or(&report.title)
        .to_string();
    Ok(BarChart {
        title: format!("{}: {short}", canvas.lang.label(Key::FleetTitle)),
        y_label: canvas.lang.label(Key::Megawatts).into(),
        categories: categories.iter().map(|c| c.to_string()).collect(),
        series: vec![Bars {
            label: short.clone(),
            values,
        }],
        value_label: |v| format!("{} MW", show_count(v)),
        footnote: citations(dataset, &sources),
    })
}

/// The claims chart of a `check` report: stated ÷ recomputed for each recomputed claim.
pub fn claims(dataset: &Dataset, report: &Report, lang: Lang) -> ClaimsChart {
    let listing = &report.listings[0];
    let column = |name: &str| {
        listing
            .columns
            .iter()
            .position(|c| *c == name)
            .expect("check lists this column")
    };
    let (id, verdict, error, tolerance, sources) = (
        column("id"),
        column("verdict"),
        column("relative_error"),
        column("tolerance"),
        column("sources"),
    );
    let fraction = |v: &Value| match v {
        Value::Quantity(q) => Some(q.base()),
        _ => None,
    };
    let mut cited = Vec::new();
    let points = listing
        .rows
        .iter()
        .filter_map(|row| {
            let point = ClaimPoint {
                id: row[id].display(),
                ratio: 1.0 + fraction(&row[error])?,
                tolerance: fraction(&row[tolerance])?,
                verdict: row[verdict].display(),
            };
            if let Value::List(ids) = &row[sources] {
                cited.extend(ids.iter().cloned());
            }
            Some(point)
        })
        .collect();
    let mut footnote = vec![report.title.clone()];
    footnote.extend(citations(dataset, &cited));
    ClaimsChart {
        title: lang.label(Key::ClaimsTitle).into(),
        claims: points,
        footnote,
    }
}

/// `distribution` and `tornado`: runs the command after `--` with sampling on.
fn sampled(dataset: &Dataset, args: &PlotArgs, canvas: &Canvas) -> anyhow::Result<()> {
    if args.command.is_empty() {
        return Err(UsageError(
            "give the command to sample after `--`, e.g. `wattcheck plot distribution -o d.png -- homes \"30 GW\" --load-factor \"uniform(0.5, 1)\"`".into(),
        )
        .into());
    }
    let inner = Cli::try_parse_from(
        std::iter::once("wattcheck".to_string()).chain(args.command.iter().cloned()),
    )
    .map_err(|e| {
        UsageError(format!(
            "the command after `--`: {}",
            e.to_string().lines().next().unwrap_or_default()
        ))
    })?;
    let mut sampling = inner.sampling;
    sampling.sensitivity = args.kind == PlotKind::Tornado;
    let report = super::build(&inner.command, &sampling, dataset, Path::new("-"))?;
    let main = report
        .main_result
        .and_then(|key| report.results.iter().find(|i| i.key == key))
        .filter(|item| item.stats.is_some())
        .ok_or_else(|| UsageError("the command after `--` was not sampled: give it an uncertain input (such as `--load-factor \"uniform(0.5, 1)\"`) or `--samples N`".into()))?;
    let Value::Quantity(point) = main.value else {
        return Err(UsageError("the command's main result is not a quantity".into()).into());
    };
    let (factor, unit) = axis_unit(point.kind());
    let x_label = if unit.is_empty() {
        main.label.clone()
    } else {
        format!("{} ({unit})", main.label)
    };
    let stats = main.stats.as_ref().expect("checked above");
    let mut footnote = vec![format!(
        "{}; {} draws, seed {}",
        report.title,
        report
            .inputs
            .iter()
            .find(|i| i.key == "samples")
            .map(|i| i.value.display())
            .unwrap_or_default(),
        report.seed.unwrap_or_default()
    )];
    let sources: Vec<String> = report
        .assumptions
        .iter()
        .map(|a| a.source.clone())
        .collect();
    footnote.extend(citations(dataset, &sources).into_iter().take(3));
    if args.kind == PlotKind::Distribution {
        let chart = DistributionChart {
            title: format!(
                "{} {}",
                canvas.lang.label(Key::DistributionTitle),
                main.label
            ),
            x_label,
            bins: stats
                .histogram
                .iter()
                .map(|(lo, hi, share)| (lo.base() * factor, hi.base() * factor, share * 100.0))
                .collect(),
            marks: [("P5", stats.p5), ("P50", stats.p50), ("P95", stats.p95)]
                .iter()
                .map(|(n, q)| (n.to_string(), q.base() * factor))
                .collect(),
            footnote,
        };
        return render(canvas, &chart);
    }
    let tornado = report
        .listings
        .iter()
        .find(|l| l.key == "sensitivity")
        .map(|l| &l.rows);
    let rows = tornado
        .map(|rows| {
            rows.iter()
                .filter_map(|r| {
                    Some((
                        r[0].display(),
                        quantity(&r[2])? * factor,
                        quantity(&r[3])? * factor,
                    ))
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let chart = TornadoChart {
        title: format!("{} {}", canvas.lang.label(Key::TornadoTitle), main.label),
        x_label,
        rows,
        centre: point.base() * factor,
        footnote,
    };
    render(canvas, &chart)
}

fn quantity(value: &Value) -> Option<f64> {
    match value {
        Value::Quantity(q) => Some(q.base()),
        _ => None,
    }
}
