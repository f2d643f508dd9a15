//! `plot`: gathers a chart's data from the typed results of the calculators, the atlas and the
//! check, and draws it.

use super::check::{Check, check_file, read_claims};
use super::compute::{Computed, calculate};
use crate::calculators::fleet::fleet;
use crate::chart::bars::{BarChart, Bars};
use crate::chart::claims::{ClaimPoint, ClaimsChart};
use crate::chart::compare::CompareChart;
use crate::chart::distribution::{DistributionChart, TornadoChart};
use crate::chart::{Canvas, Key, Language, render};
use crate::data::{Dataset, Figure, ReferenceKind, When};
use crate::error::UsageError;
use crate::inputs::typical_load_factor;
use crate::model::energy::Load;
use crate::model::households;
use crate::report::Value;
use crate::request::values::{LoadRequest, Shape};
use crate::request::{Calculation, Chart, FleetRequest, Households, PlotRequest, SamplingRequest};
use crate::uncertainty::sampling::Sampling;
use crate::units::format::{axis_unit, count as show_count};
use crate::units::{Quantity, Ratio, format};

pub use super::projection_chart::projection;

/// A chart drawn: its bytes, for the file the request names.
pub struct Plotted {
    pub bytes: Vec<u8>,
    pub size: (u32, u32),
}

pub fn plot(
    dataset: &Dataset,
    request: &PlotRequest,
    sampling: &Sampling,
    inner: &dyn Fn(SamplingRequest) -> Sampling,
) -> anyhow::Result<Plotted> {
    let canvas = Canvas::new(&request.path, request.size, request.lang)?;
    let bytes = match &request.chart {
        Chart::Projection {
            sources,
            metric,
            world,
        } => render(
            &canvas,
            &projection(dataset, sources, *metric, *world, request.lang)?,
        )?,
        Chart::Homes { load } => render(&canvas, &homes(dataset, load, &canvas)?)?,
        Chart::Compare { load } => render(&canvas, &compare_chart(dataset, load, &canvas)?)?,
        Chart::Fleet { count, chip } => {
            let request = FleetRequest {
                count: count.clone(),
                chip: chip.clone(),
                pue: None,
                overhead: None,
                load_factor: None,
                homes: us_homes(),
            };
            let ladder = fleet(dataset, &request, sampling)?;
            render(&canvas, &fleet_chart(dataset, &ladder, &canvas))?
        }
        Chart::Claims { file } => {
            let checked = check_file(dataset, &read_claims(dataset, file.as_deref())?, sampling)?;
            render(&canvas, &claims(dataset, &checked, request.lang))?
        }
        Chart::Distribution {
            calculation,
            sampling: asked,
        } => sampled(dataset, calculation, &inner(*asked), &canvas, false)?,
        Chart::Tornado {
            calculation,
            sampling: asked,
        } => {
            let asked = SamplingRequest {
                sensitivity: true,
                ..*asked
            };
            sampled(dataset, calculation, &inner(asked), &canvas, true)?
        }
    };
    Ok(Plotted {
        bytes,
        size: canvas.size,
    })
}

/// Countries shown beside the reactors, plants and cities: the ones nearest the load.
const COUNTRIES_CHARTED: usize = 8;

/// The compare chart: every reactor, plant and city of the load's kind, and the countries
/// nearest it.
fn compare_chart(
    dataset: &Dataset,
    load: &LoadRequest,
    canvas: &Canvas,
) -> anyhow::Result<CompareChart> {
    let comparison = super::compare::compare(dataset, load)?;
    let annual = load.shape == Shape::EnergyPerYear;
    let in_axis_unit = |value: &Value| match value.canonical() {
        Some((wh, "Wh/yr")) => wh / 1e12,
        Some((w, _)) => w / 1e9,
        None => f64::NAN,
    };
    let (mut countries, others): (Vec<_>, Vec<_>) = comparison
        .equivalents
        .iter()
        .partition(|e| e.kind == ReferenceKind::Country);
    countries.sort_by(|a, b| a.ratio.ln().abs().total_cmp(&b.ratio.ln().abs()));
    let mut shown: Vec<_> = others
        .into_iter()
        .chain(countries.into_iter().take(COUNTRIES_CHARTED))
        .collect();
    shown.sort_by(|a, b| in_axis_unit(&b.value).total_cmp(&in_axis_unit(&a.value)));
    let name = |e: &super::compare::Equivalent| match canvas.lang {
        Language::Ar => e.name_ar.clone(),
        Language::En => e.name.clone(),
    };
    let mut sources: Vec<String> = Vec::new();
    for e in &shown {
        for id in &e.figures {
            let source = dataset.figure(id)?.record.source.clone();
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
    }
    Ok(CompareChart {
        title: format!(
            "{} {}",
            canvas.label(Key::CompareTitle),
            comparison.load.display()
        ),
        x_label: canvas
            .label(match annual {
                true => Key::TwhPerYearLog,
                false => Key::GigawattsLog,
            })
            .to_string(),
        load: in_axis_unit(&comparison.load),
        rows: shown
            .iter()
            .map(|e| (name(e), in_axis_unit(&e.value), e.ratio))
            .collect(),
        footnote: source_ids(&sources),
    })
}

/// Many sources as a few lines of ids (`wattcheck sources ID` shows each).
fn source_ids(ids: &[String]) -> Vec<String> {
    ids.chunks(7)
        .enumerate()
        .map(|(i, chunk)| match i {
            0 => format!("Sources (wattcheck sources ID): {}", chunk.join(", ")),
            _ => chunk.join(", "),
        })
        .collect()
}

fn us_homes() -> Households {
    Households {
        per_home: None,
        place: crate::geography::PlaceRequest::Us,
        when: When::Newest,
    }
}

/// "Source: Publisher, Title (date) [id]" for each source id, the word in the chart's language.
pub(super) fn citations(dataset: &Dataset, ids: &[String], lang: Language) -> Vec<String> {
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    ids.iter()
        .filter_map(|id| dataset.source(id).ok())
        .map(|s| {
            format!(
                "{}: {}, {} ({}) [{}]",
                lang.label(Key::Source),
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

/// The household baselines the homes chart compares: the confirmed national averages and the
/// confirmed state extremes of the newest year that has them.
const BASELINES: &[(&str, &str)] = &[
    ("us-home-2020", "US 2020"),
    ("us-home-2023", "US 2023"),
    ("us-home-2024", "US 2024"),
    ("la-home-2023", "Louisiana 2023"),
    ("hi-home-2023", "Hawaii 2023"),
];

fn homes(dataset: &Dataset, load: &LoadRequest, canvas: &Canvas) -> anyhow::Result<BarChart> {
    let Quantity::Power(power) = load.power.value.central() else {
        return Err(UsageError("--load expects a power such as `30 GW`".into()).into());
    };
    let (typical, _) = typical_load_factor(dataset)?;
    let full = Ratio::new::<uom::si::ratio::ratio>(1.0);
    let figures: Vec<&Figure> = BASELINES
        .iter()
        .map(|(id, _)| dataset.figure(id))
        .collect::<Result<_, _>>()?;
    let millions = |load_factor: Ratio| -> Vec<f64> {
        let load = Load::Capacity { power, load_factor };
        figures
            .iter()
            .map(|f| households::evaluate(load, f.power()).homes.value / 1e6)
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
        title: format!("{} {}", lang.label(Key::HomesTitle), format::power(power)),
        y_label: lang.label(Key::MillionHomes).into(),
        categories: BASELINES.iter().map(|(_, name)| name.to_string()).collect(),
        series,
        value_label: |v| format!("{v:.1}M"),
        footnote: citations(dataset, &sources, lang),
    })
}

fn fleet_chart(
    dataset: &Dataset,
    ladder: &crate::calculators::Calculated<crate::model::fleet::FleetOutputs>,
    canvas: &Canvas,
) -> BarChart {
    let point = ladder.estimate.point;
    let short = ladder.title.split(" (").next().unwrap_or(&ladder.title);
    let megawatts = |p: crate::units::Power| p.get::<uom::si::power::megawatt>();
    let values = [
        point.chip_power,
        point.server_power,
        point.it_power,
        point.facility_power,
    ]
    .map(megawatts)
    .to_vec();
    let categories = [
        "Chips (TDP)",
        "Servers / racks",
        "IT load",
        "Facility (× PUE)",
    ];
    BarChart {
        title: format!("{}: {short}", canvas.lang.label(Key::FleetTitle)),
        y_label: canvas.lang.label(Key::Megawatts).into(),
        categories: categories.iter().map(|c| c.to_string()).collect(),
        series: vec![Bars {
            label: short.to_string(),
            values,
        }],
        value_label: |v| format!("{} MW", show_count(v)),
        footnote: citations(dataset, &ladder.provenance.source_ids(), canvas.lang),
    }
}

/// The claims chart of a check: stated ÷ recomputed for each recomputed claim.
pub fn claims(dataset: &Dataset, check: &Check, lang: Language) -> ClaimsChart {
    let mut cited = Vec::new();
    let points = check
        .claims
        .iter()
        .filter_map(|claim| {
            let point = ClaimPoint {
                id: claim.id.clone(),
                ratio: 1.0 + claim.relative_error?,
                tolerance: claim.tolerance?,
                verdict: claim.verdict.to_string(),
            };
            cited.extend(claim.sources.iter().cloned());
            Some(point)
        })
        .collect();
    let mut footnote = vec![check.title.clone()];
    footnote.extend(citations(dataset, &cited, lang));
    ClaimsChart {
        title: lang.label(Key::ClaimsTitle).into(),
        claims: points,
        footnote,
    }
}

/// `distribution` and `tornado`: the calculator after `--`, sampled.
fn sampled(
    dataset: &Dataset,
    calculation: &Calculation,
    sampling: &Sampling,
    canvas: &Canvas,
    tornado: bool,
) -> anyhow::Result<Vec<u8>> {
    let computed: Computed = calculate(dataset, calculation, sampling)?;
    let main = computed.main();
    let stats = main.output.stats.as_ref().ok_or_else(|| UsageError("the command after `--` was not sampled: give it an uncertain input (such as `--load-factor \"uniform(0.5, 1)\"`) or `--samples N`".into()))?;
    let point = main.output.value;
    let (factor, unit) = axis_unit(point.kind());
    let x_label = if unit.is_empty() {
        main.label.clone()
    } else {
        format!("{} ({unit})", main.label)
    };
    let mut footnote = vec![format!(
        "{}; {} draws, seed {}",
        main.title,
        format::quantity(Quantity::Number(main.samples as f64)),
        main.seed
    )];
    footnote.extend(
        citations(dataset, &main.sources, canvas.lang)
            .into_iter()
            .take(3),
    );
    if !tornado {
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
    let rows = main
        .tornado
        .map(|t| {
            t.rows
                .iter()
                .map(|r| {
                    (
                        r.input.clone(),
                        r.result_at_p5.base() * factor,
                        r.result_at_p95.base() * factor,
                    )
                })
                .collect()
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
