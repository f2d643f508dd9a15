//! The one-load calculators: `homes`, `share` and `footprint`. Each builds its inputs (possibly
//! uncertain), then one model closure gives the point estimate and, when sampling, the draws.

use super::inputs::{load_factor, national_total, per_home, pue, read_load};
use super::sampling::{Calc, Input};
use crate::cli::{LoadArgs, NationalArgs, SamplingArgs};
use crate::data::Dataset;
use crate::error::UsageError;
use crate::model::{emissions, energy, households, projection, share};
use crate::report::{Item, Report, Value, Warning};
use crate::units::parse::parse_quantity;
use crate::units::uncertain::{parse_uncertain, parse_uncertain_as};
use crate::units::{Kind, Quantity, format, year};

pub fn homes(
    dataset: &Dataset,
    text: &str,
    args: &LoadArgs,
    year_of_average: Option<i32>,
    sampling: &SamplingArgs,
) -> anyhow::Result<Report> {
    if let Ok(value) = parse_uncertain(text)
        && value.kind == Kind::Number
    {
        return load_for_homes(dataset, text, value, args, year_of_average, sampling);
    }
    let input = read_load(text, args.load_factor.as_deref())?;
    let mut report = Report::new("homes", format!("{} as homes", input.title()));
    input.describe(&mut report, dataset)?;
    let mut calc = Calc::new();
    let (load, lf) = input.register(&mut calc);
    let per_home_use = per_home(&mut report, dataset, args, year_of_average)?;
    let home = calc.input("use per home", per_home_use);
    let home = calc.annual(home);
    let shape = input.shape;
    let outcome = calc.run(sampling, &[Kind::Energy, Kind::Number], 1, |d, out| {
        let annual = shape.annual_energy(d.power(load), d.ratio(lf));
        out[0] = annual.value;
        out[1] = households::homes(annual, d.power(home)).value;
    })?;
    report.results = vec![
        outcome.item(0, "annual_energy", "Energy per year"),
        outcome.item(1, "homes", "Household equivalents"),
    ];
    outcome.finish(&mut report);
    Ok(report)
}

/// `homes 25M`: the energy and the capacity that many homes amount to.
fn load_for_homes(
    dataset: &Dataset,
    text: &str,
    count: crate::uncertainty::Uncertain,
    args: &LoadArgs,
    year_of_average: Option<i32>,
    sampling: &SamplingArgs,
) -> anyhow::Result<Report> {
    let title = match count.central() {
        Quantity::Number(n) if count.is_fixed() => format!("{} homes as a load", format::count(n)),
        _ => format!("{text} homes as a load"),
    };
    let mut report = Report::new("homes", title);
    report
        .inputs
        .push(Item::new("homes", "Homes", Value::Text(text.trim().into())));
    let mut calc = Calc::new();
    let homes = calc.user("homes", count);
    let lf = calc.user("load factor", load_factor(args.load_factor.as_deref())?);
    let per_home_use = per_home(&mut report, dataset, args, year_of_average)?;
    let home = calc.input("use per home", per_home_use);
    let home = calc.annual(home);
    let outcome = calc.run(
        sampling,
        &[Kind::Energy, Kind::Number, Kind::Power],
        2,
        |d, out| {
            let annual = households::energy_for_homes(d.ratio(homes), d.power(home));
            out[0] = annual.value;
            out[1] = d.ratio(homes).value;
            out[2] = energy::capacity_for(annual, d.ratio(lf)).value;
        },
    )?;
    report.results = vec![
        outcome.item(0, "annual_energy", "Energy per year"),
        outcome.item(1, "homes", "Household equivalents"),
        outcome.item(2, "load", "Capacity at that load factor"),
    ];
    outcome.finish(&mut report);
    Ok(report)
}

/// `share`: a load's share of national electricity, grown from `from` to the year when asked.
pub fn share_of_nation(
    dataset: &Dataset,
    text: &str,
    load_factor_text: Option<&str>,
    national: &NationalArgs,
    growth: Option<(i32, &str)>,
    sampling: &SamplingArgs,
) -> anyhow::Result<Report> {
    let input = read_load(text, load_factor_text)?;
    let mut report = Report::new(
        "share",
        format!("{} as a share of US electricity", input.title()),
    );
    input.describe(&mut report, dataset)?;
    let mut calc = Calc::new();
    let (load, lf) = input.register(&mut calc);
    let years = match growth {
        Some((from, rate_text)) => {
            let to = national.year.ok_or_else(|| {
                UsageError("--from needs --year, the year to grow the load to".into())
            })?;
            if to < from {
                return Err(UsageError(format!("--from {from} is after --year {to}")).into());
            }
            let rate = parse_uncertain(rate_text)?;
            if !matches!(rate.kind, Kind::Number | Kind::Fraction) {
                return Err(UsageError(format!("--growth expects a yearly rate such as `0.2`, `20%` or `tri(0.13, 0.20, 0.27)`; got `{rate_text}`")).into());
            }
            report
                .inputs
                .push(Item::new("from", "Load's year", Value::Year(from)));
            report.inputs.push(Item::new(
                "growth",
                "Growth per year",
                Value::Text(rate_text.trim().into()),
            ));
            Some((calc.user("growth", rate), (to - from).unsigned_abs()))
        }
        None => None,
    };
    let (total, label) = national_total(&mut report, dataset, national)?;
    let total = calc.input(label.clone(), total);
    let total = calc.annual(total);
    let shape = input.shape;
    let outcome = calc.run(
        sampling,
        &[Kind::Energy, Kind::Energy, Kind::Fraction],
        2,
        |d, out| {
            let base = shape.annual_energy(d.power(load), d.ratio(lf));
            let annual = match years {
                Some((rate, n)) => projection::grow(base, d.ratio(rate), n),
                None => base,
            };
            out[0] = annual.value;
            out[1] = (d.power(total) * year()).value;
            out[2] = share::share(annual, d.power(total)).value;
        },
    )?;
    report.results = vec![
        outcome.item(0, "annual_energy", "Energy per year"),
        outcome.item(1, "national_total", label),
        outcome.item(2, "share", "Share of national total"),
    ];
    outcome.finish(&mut report);
    Ok(report)
}

pub fn footprint(
    dataset: &Dataset,
    text: &str,
    args: &LoadArgs,
    national: &NationalArgs,
    pue_text: Option<&str>,
    wue_text: Option<&str>,
    sampling: &SamplingArgs,
) -> anyhow::Result<Report> {
    let input = read_load(text, args.load_factor.as_deref())?;
    let mut report = Report::new("footprint", format!("Footprint of {}", input.title()));
    input.describe(&mut report, dataset)?;
    let mut calc = Calc::new();
    let (load, lf) = input.register(&mut calc);
    let home = calc.input("use per home", per_home(&mut report, dataset, args, None)?);
    let home = calc.annual(home);
    let (total, label) = national_total(&mut report, dataset, national)?;
    let total = calc.input(label.clone(), total);
    let total = calc.annual(total);
    let intensity_figure = dataset.best("grid-co2", "US")?;
    report.assume(
        "Grid CO2 intensity (US average)",
        intensity_figure,
        Value::Quantity(intensity_figure.value),
    );
    let intensity = calc.figure("grid CO2 intensity", intensity_figure.uncertain());
    let pue = calc.input("PUE", pue(&mut report, dataset, pue_text, "industry")?);
    let wue = calc.input("WUE", water_intensity(&mut report, dataset, wue_text)?);
    let shape = input.shape;
    let kinds = [
        Kind::Energy,
        Kind::Number,
        Kind::Fraction,
        Kind::Mass,
        Kind::Volume,
    ];
    let outcome = calc.run(sampling, &kinds, 0, |d, out| {
        let annual = shape.annual_energy(d.power(load), d.ratio(lf));
        out[0] = annual.value;
        out[1] = households::homes(annual, d.power(home)).value;
        out[2] = share::share(annual, d.power(total)).value;
        out[3] = emissions::co2(annual, d.mass_per_energy(intensity)).value;
        out[4] = emissions::site_water(annual, d.ratio(pue), d.volume_per_energy(wue)).value;
    })?;
    report.results = vec![
        outcome.item(0, "annual_energy", "Energy per year"),
        outcome.item(1, "homes", "Household equivalents"),
        outcome.item(2, "share", format!("Share of {label}")),
        outcome.item(3, "co2", "CO2 per year (average US grid)"),
        outcome.item(4, "water", "Site water per year"),
    ];
    outcome.finish(&mut report);
    report.warn(Warning::Note(
        "the load is taken as grid (facility) power; if it is IT or chip capacity, multiply by a PUE first".into(),
    ));
    report.warn(Warning::Note(
        "CO2 uses the average US grid, not the plants a site actually buys from; site water excludes the water used to generate the electricity".into(),
    ));
    Ok(report)
}

/// WUE from `--wue` or the bundled industry figure.
fn water_intensity(
    report: &mut Report,
    dataset: &Dataset,
    text: Option<&str>,
) -> anyhow::Result<Input> {
    let Some(text) = text else {
        let figure = dataset.best("wue", "industry")?;
        report.assume(
            "WUE (site water per kWh of IT energy)",
            figure,
            Value::Quantity(figure.value),
        );
        return Ok(Input::Figure(figure.uncertain()));
    };
    let value = parse_uncertain_as(text, Kind::VolumePerEnergy).map_err(|_| {
        let found = parse_quantity(text)
            .map(|q| q.kind().name())
            .unwrap_or("not a quantity");
        UsageError(format!(
            "--wue expects a water intensity such as `1.8 L/kWh`; `{text}` is {found}"
        ))
    })?;
    report
        .inputs
        .push(Item::new("wue", "WUE", Value::Text(text.trim().into())));
    Ok(Input::Given(value))
}
