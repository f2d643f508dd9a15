//! One function per subcommand: command-line text → typed inputs → model → Report.
//! `run` then renders the report and writes it.

use std::io::Write;

use anyhow::Context;
use uom::si::ratio::ratio;

use crate::cli::{Cli, Command, LoadArgs, NationalArgs};
use crate::data::{Dataset, Figure};
use crate::error::UsageError;
use crate::model::{emissions, energy, households, share};
use crate::report::{Item, Listing, Report, Value, Warning};
use crate::units::parse::{
    Quantity, parse_annual_energy, parse_fraction, parse_load, parse_quantity,
};
use crate::units::{Energy, Load, Power, Ratio, format};

/// Runs the command and writes its output. A closed output pipe is not an error.
pub fn run(cli: &Cli) -> anyhow::Result<()> {
    let dataset = match &cli.output.data {
        Some(dir) => Dataset::with_overrides(dir)?,
        None => Dataset::embedded()?,
    };
    let report = build(&cli.command, &dataset)?;
    let bytes = report.export(cli.output.format)?;
    write_output(&cli.output.output, &bytes)
}

/// The report a command produces, without writing anything.
pub fn build(command: &Command, dataset: &Dataset) -> anyhow::Result<Report> {
    match command {
        Command::Footprint {
            load,
            load_args,
            national,
            pue,
            wue,
        } => footprint(
            dataset,
            load,
            load_args,
            national,
            pue.as_deref(),
            wue.as_deref(),
        ),
        Command::Homes {
            load_or_homes,
            load_args,
            year,
        } => homes(dataset, load_or_homes, load_args, *year),
        Command::Share {
            load,
            load_factor,
            national,
        } => share_of_nation(dataset, load, load_factor.as_deref(), national),
        Command::Sources { id } => sources(dataset, id.as_deref()),
    }
}

fn write_output(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    if path.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        return match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other.context("writing to standard output"),
        };
    }
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

/// The load, its load factor (1 unless given), and its annual energy.
struct LoadInput {
    load: Load,
    load_factor: Ratio,
    annual: Energy,
}

fn read_load(text: &str, load_factor: Option<&str>) -> anyhow::Result<LoadInput> {
    let load = parse_load(text)?;
    let given = load_factor.map(parse_fraction).transpose()?;
    if given.is_some_and(|f| f.get::<ratio>() <= 0.0) {
        return Err(UsageError("--load-factor must be above 0".into()).into());
    }
    let load_factor = given.unwrap_or(Ratio::new::<ratio>(1.0));
    let annual = match load {
        Load::Capacity(capacity) => energy::annual_energy(capacity, load_factor),
        Load::AnnualUse(average) => {
            if given.is_some() {
                return Err(UsageError(format!(
                    "--load-factor applies to a capacity such as `30 GW`; `{}` is already an energy per year",
                    text.trim()
                ))
                .into());
            }
            energy::annual_energy(average, Ratio::new::<ratio>(1.0))
        }
    };
    Ok(LoadInput {
        load,
        load_factor,
        annual,
    })
}

impl LoadInput {
    /// Echoes the load (and the load factor, for a capacity) as report inputs.
    fn describe(&self, report: &mut Report, dataset: &Dataset) -> anyhow::Result<()> {
        match self.load {
            Load::Capacity(capacity) => {
                report.inputs.push(Item::new(
                    "load",
                    "Load (capacity)",
                    Value::Quantity(Quantity::Power(capacity)),
                ));
                report.inputs.push(Item::new(
                    "load_factor",
                    "Load factor",
                    Value::Quantity(Quantity::Number(self.load_factor.get::<ratio>())),
                ));
                if self.load_factor.get::<ratio>() == 1.0 {
                    report.warn(full_load_warning(dataset)?);
                }
            }
            Load::AnnualUse(average) => report.inputs.push(Item::new(
                "load",
                "Load (energy per year)",
                Value::AnnualEnergy(average),
            )),
        }
        Ok(())
    }

    fn title(&self) -> String {
        match self.load {
            Load::Capacity(c) => {
                let lf = self.load_factor.get::<ratio>();
                if lf == 1.0 {
                    format!("{} running flat out", format::power(c))
                } else {
                    format!(
                        "{} at load factor {}",
                        format::power(c),
                        format::ratio(self.load_factor)
                    )
                }
            }
            Load::AnnualUse(p) => format::annual_energy(p),
        }
    }
}

/// The main caveat of any capacity → energy step: LBNL's 2028 cases imply data centers draw
/// about half their capacity on average (model::energy::implied_load_factor).
fn full_load_warning(dataset: &Dataset) -> anyhow::Result<Warning> {
    let mut factors = Vec::new();
    let mut parts = Vec::new();
    for case in ["low", "high"] {
        let use_figure = dataset.figure(&format!("lbnl-dc-energy-2028-{case}"))?;
        let capacity_figure = dataset.figure(&format!("lbnl-dc-capacity-2028-{case}"))?;
        let (Quantity::Power(annual), Quantity::Power(capacity)) =
            (use_figure.value, capacity_figure.value)
        else {
            unreachable!("series kinds are checked when the data loads");
        };
        factors.push(energy::implied_load_factor(annual, capacity));
        parts.push(format!(
            "{} on {}",
            format::annual_energy(annual),
            format::power(capacity)
        ));
    }
    let mean = (factors[0] + factors[1]) / 2.0;
    Ok(Warning::FullLoad {
        typical: format!("{:.0}%", mean.get::<uom::si::ratio::percent>()),
        basis: format!("LBNL's 2028 cases ({}; lbnl-2024)", parts.join(", ")),
    })
}

/// Use per home: `--per-home`, the figure for `year`, or the newest confirmed for the region.
fn per_home(
    report: &mut Report,
    dataset: &Dataset,
    args: &LoadArgs,
    year: Option<i32>,
) -> anyhow::Result<Power> {
    if let Some(text) = &args.per_home {
        let per_home = parse_annual_energy(text)?;
        report.inputs.push(Item::new(
            "per_home",
            "Use per home",
            Value::AnnualEnergy(per_home),
        ));
        return Ok(per_home);
    }
    let figure = match year {
        Some(year) => dataset.for_year("household-use", &args.region, year)?,
        None => dataset.best("household-use", &args.region)?,
    };
    let per_home = figure_power(figure);
    let label = format!("Use per home ({}, {})", args.region, figure.year());
    report.assume(&label, figure, Value::AnnualEnergy(per_home));
    Ok(per_home)
}

/// The national total for the share, recorded as an assumption.
fn national_total(
    report: &mut Report,
    dataset: &Dataset,
    args: &NationalArgs,
) -> anyhow::Result<(Power, String)> {
    let figure = dataset.national_total(args.denominator, args.year)?;
    let label = match figure.record.series.as_str() {
        "implied-total" => format!("US total implied by LBNL's shares, {}", figure.year()),
        "retail-sales" => format!("US retail electricity sales (EIA), {}", figure.year()),
        _ => format!("US total end-use consumption (EIA), {}", figure.year()),
    };
    let total = figure_power(figure);
    report.assume(&label, figure, Value::AnnualEnergy(total));
    Ok((total, label))
}

fn figure_power(figure: &Figure) -> Power {
    match figure.value {
        Quantity::Power(p) => p,
        _ => unreachable!("series kinds are checked when the data loads"),
    }
}

fn homes(
    dataset: &Dataset,
    text: &str,
    args: &LoadArgs,
    year: Option<i32>,
) -> anyhow::Result<Report> {
    if let Quantity::Number(count) = parse_quantity(text)? {
        return load_for_homes(dataset, count, args, year);
    }
    let input = read_load(text, args.load_factor.as_deref())?;
    let mut report = Report::new("homes", format!("{} as homes", input.title()));
    input.describe(&mut report, dataset)?;
    let per_home = per_home(&mut report, dataset, args, year)?;
    let count = households::homes(input.annual, per_home);
    report.results = vec![
        Item::new(
            "annual_energy",
            "Energy per year",
            Value::Quantity(Quantity::Energy(input.annual)),
        ),
        Item::new(
            "homes",
            "Household equivalents",
            Value::Quantity(Quantity::Number(count.get::<ratio>())),
        ),
    ];
    Ok(report)
}

/// `homes 25M`: the energy and the capacity that many homes amount to.
fn load_for_homes(
    dataset: &Dataset,
    count: f64,
    args: &LoadArgs,
    year: Option<i32>,
) -> anyhow::Result<Report> {
    let load_factor = match &args.load_factor {
        Some(text) => parse_fraction(text)?,
        None => Ratio::new::<ratio>(1.0),
    };
    if load_factor.get::<ratio>() <= 0.0 {
        return Err(UsageError("--load-factor must be above 0".into()).into());
    }
    let mut report = Report::new("homes", format!("{} homes as a load", format::count(count)));
    report.inputs.push(Item::new(
        "homes",
        "Homes",
        Value::Quantity(Quantity::Number(count)),
    ));
    let per_home = per_home(&mut report, dataset, args, year)?;
    let annual = households::energy_for_homes(Ratio::new::<ratio>(count), per_home);
    let capacity = energy::capacity_for(annual, load_factor);
    report.inputs.push(Item::new(
        "load_factor",
        "Load factor",
        Value::Quantity(Quantity::Number(load_factor.get::<ratio>())),
    ));
    report.results = vec![
        Item::new(
            "annual_energy",
            "Energy per year",
            Value::Quantity(Quantity::Energy(annual)),
        ),
        Item::new(
            "homes",
            "Household equivalents",
            Value::Quantity(Quantity::Number(count)),
        ),
        Item::new(
            "load",
            "Capacity at that load factor",
            Value::Quantity(Quantity::Power(capacity)),
        ),
    ];
    Ok(report)
}

fn share_of_nation(
    dataset: &Dataset,
    text: &str,
    load_factor: Option<&str>,
    national: &NationalArgs,
) -> anyhow::Result<Report> {
    let input = read_load(text, load_factor)?;
    let mut report = Report::new(
        "share",
        format!("{} as a share of US electricity", input.title()),
    );
    input.describe(&mut report, dataset)?;
    let (total, label) = national_total(&mut report, dataset, national)?;
    let fraction = share::share(input.annual, total);
    report.results = vec![
        Item::new(
            "annual_energy",
            "Energy per year",
            Value::Quantity(Quantity::Energy(input.annual)),
        ),
        Item::new(
            "national_total",
            label,
            Value::Quantity(Quantity::Energy(total * crate::units::year())),
        ),
        Item::new(
            "share",
            "Share of national total",
            Value::Quantity(Quantity::Percent(fraction)),
        ),
    ];
    Ok(report)
}

fn footprint(
    dataset: &Dataset,
    text: &str,
    args: &LoadArgs,
    national: &NationalArgs,
    pue_text: Option<&str>,
    wue_text: Option<&str>,
) -> anyhow::Result<Report> {
    let input = read_load(text, args.load_factor.as_deref())?;
    let mut report = Report::new("footprint", format!("Footprint of {}", input.title()));
    input.describe(&mut report, dataset)?;
    let per_home = per_home(&mut report, dataset, args, None)?;
    let (total, label) = national_total(&mut report, dataset, national)?;
    let intensity_figure = dataset.best("grid-co2", "US")?;
    let Quantity::MassPerEnergy(intensity) = intensity_figure.value else {
        unreachable!("series kinds are checked when the data loads");
    };
    report.assume(
        "Grid CO2 intensity (US average)",
        intensity_figure,
        Value::Quantity(intensity_figure.value),
    );
    let pue = facility_ratio(&mut report, dataset, pue_text)?;
    let wue = water_intensity(&mut report, dataset, wue_text)?;
    let count = households::homes(input.annual, per_home);
    let fraction = share::share(input.annual, total);
    report.results = vec![
        Item::new(
            "annual_energy",
            "Energy per year",
            Value::Quantity(Quantity::Energy(input.annual)),
        ),
        Item::new(
            "homes",
            "Household equivalents",
            Value::Quantity(Quantity::Number(count.get::<ratio>())),
        ),
        Item::new(
            "share",
            format!("Share of {label}"),
            Value::Quantity(Quantity::Percent(fraction)),
        ),
        Item::new(
            "co2",
            "CO2 per year (average US grid)",
            Value::Quantity(Quantity::Mass(emissions::co2(input.annual, intensity))),
        ),
        Item::new(
            "water",
            "Site water per year",
            Value::Quantity(Quantity::Volume(emissions::site_water(
                input.annual,
                pue,
                wue,
            ))),
        ),
    ];
    report.warn(Warning::Note(
        "the load is taken as grid (facility) power; if it is IT or chip capacity, multiply by a PUE first".into(),
    ));
    report.warn(Warning::Note(
        "CO2 uses the average US grid, not the plants a site actually buys from; site water excludes the water used to generate the electricity".into(),
    ));
    Ok(report)
}

/// PUE from `--pue` or the newest industry average.
fn facility_ratio(
    report: &mut Report,
    dataset: &Dataset,
    text: Option<&str>,
) -> anyhow::Result<Ratio> {
    if let Some(text) = text {
        let pue = match parse_quantity(text)? {
            Quantity::Number(n) if n >= 1.0 => n,
            _ => {
                return Err(UsageError(format!(
                    "--pue expects a number of at least 1 such as `1.2`; got `{text}`"
                ))
                .into());
            }
        };
        report.inputs.push(Item::new(
            "pue",
            "PUE",
            Value::Quantity(Quantity::Number(pue)),
        ));
        return Ok(Ratio::new::<ratio>(pue));
    }
    let figure = dataset.best("pue", "industry")?;
    report.assume(
        "PUE (industry average)",
        figure,
        Value::Quantity(figure.value),
    );
    let Quantity::Number(pue) = figure.value else {
        unreachable!("series kinds are checked when the data loads");
    };
    Ok(Ratio::new::<ratio>(pue))
}

/// WUE from `--wue` or the bundled industry figure.
fn water_intensity(
    report: &mut Report,
    dataset: &Dataset,
    text: Option<&str>,
) -> anyhow::Result<crate::units::VolumePerEnergy> {
    let quantity = match text {
        Some(text) => parse_quantity(text)?,
        None => {
            let figure = dataset.best("wue", "industry")?;
            report.assume(
                "WUE (site water per kWh of IT energy)",
                figure,
                Value::Quantity(figure.value),
            );
            figure.value
        }
    };
    match quantity {
        Quantity::VolumePerEnergy(wue) => {
            if text.is_some() {
                report
                    .inputs
                    .push(Item::new("wue", "WUE", Value::Quantity(quantity)));
            }
            Ok(wue)
        }
        other => Err(UsageError(format!(
            "--wue expects a water intensity such as `1.8 L/kWh`; got {}",
            other.kind().name()
        ))
        .into()),
    }
}

fn sources(dataset: &Dataset, id: Option<&str>) -> anyhow::Result<Report> {
    let text = |s: &str| Value::Text(s.to_string());
    let figure_row = |f: &Figure| {
        vec![
            text(f.id()),
            text(&f.as_written()),
            Value::Year(f.year()),
            text(&f.record.status.to_string()),
            text(&f.record.source),
        ]
    };
    let figure_columns = vec!["figure", "value", "year", "status", "source"];
    let source_row = |s: &crate::data::SourceRecord| {
        let url = match (&s.url, &s.url_status) {
            (Some(url), Some(status)) => format!("{url} (URL {status})"),
            (Some(url), None) => url.clone(),
            (None, _) => s
                .via
                .as_ref()
                .map(|v| format!("via {v}"))
                .unwrap_or_default(),
        };
        vec![
            text(&s.id),
            text(&s.publisher),
            text(&s.title),
            text(&s.date),
            text(&url),
        ]
    };
    let source_columns = vec!["source", "publisher", "title", "date", "url"];
    let mut report = Report::new("sources", "The provenance ledger");
    let (figures, sources): (Vec<&Figure>, Vec<&crate::data::SourceRecord>) = match id {
        None => (dataset.figures().collect(), dataset.sources().collect()),
        Some(id) => match dataset.source(id) {
            Ok(source) => {
                report.title = format!("Source `{id}`");
                (
                    dataset
                        .figures()
                        .filter(|f| f.record.source == id)
                        .collect(),
                    vec![source],
                )
            }
            Err(_) => {
                let figure =
                    dataset
                        .figure(id)
                        .map_err(|_| crate::error::DataError::UnknownId {
                            what: "source or figure".into(),
                            id: id.into(),
                            hint: crate::error::did_you_mean(
                                id,
                                dataset
                                    .sources()
                                    .map(|s| s.id.as_str())
                                    .chain(dataset.figures().map(Figure::id)),
                            ),
                        })?;
                report.title = format!("Figure `{id}`");
                if let Some(note) = &figure.record.note {
                    report.results.push(Item::new("note", "Note", text(note)));
                }
                (vec![figure], vec![dataset.source(&figure.record.source)?])
            }
        },
    };
    report.listings.push(Listing {
        key: "figures",
        columns: figure_columns,
        rows: figures.into_iter().map(figure_row).collect(),
    });
    report.listings.push(Listing {
        key: "sources",
        columns: source_columns,
        rows: sources.into_iter().map(source_row).collect(),
    });
    Ok(report)
}
