//! The one-load calculators: `homes`, `share` and `footprint`.

use uom::si::ratio::ratio;

use super::inputs::{load_factor, national_total, per_home, pue, read_load};
use crate::cli::{LoadArgs, NationalArgs};
use crate::data::Dataset;
use crate::error::UsageError;
use crate::model::{emissions, energy, households, share};
use crate::report::{Item, Report, Value, Warning};
use crate::units::parse::{Quantity, parse_quantity};
use crate::units::{Ratio, format};

pub fn homes(
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
    let load_factor = load_factor(args.load_factor.as_deref())?;
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

pub fn share_of_nation(
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

pub fn footprint(
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
    let intensity = intensity_figure.mass_per_energy();
    report.assume(
        "Grid CO2 intensity (US average)",
        intensity_figure,
        Value::Quantity(intensity_figure.value),
    );
    let pue = pue(&mut report, dataset, pue_text, "industry")?;
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
