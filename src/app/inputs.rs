//! Reading the inputs the calculators share, each possibly uncertain: a load and its load
//! factor, the use per home, the national total, the PUE; and the full-load caveat.

use super::sampling::{Calc, Input};
use crate::cli::{LoadArgs, NationalArgs};
use crate::data::Dataset;
use crate::error::UsageError;
use crate::model::energy;
use crate::report::{Item, Report, Value, Warning};
use crate::uncertainty::Uncertain;
use crate::units::parse::has_period;
use crate::units::uncertain::{parse_uncertain, parse_uncertain_as, parse_uncertain_fraction};
use crate::units::{Energy, Kind, Power, Quantity, Ratio, format, year};

/// Whether a load is a capacity (a load factor applies) or already an energy per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Capacity,
    AnnualUse,
}

impl Shape {
    /// Energy in a year: `capacity × load factor × 8,760 h`, or the stated energy per year.
    pub fn annual_energy(self, power: Power, load_factor: Ratio) -> Energy {
        match self {
            Shape::Capacity => energy::annual_energy(power, load_factor),
            Shape::AnnualUse => power * year(),
        }
    }
}

/// A load as given, and its load factor.
pub struct LoadInput {
    pub shape: Shape,
    pub power: Uncertain,
    pub load_factor: Uncertain,
    text: String,
    load_factor_text: Option<String>,
}

/// `--load-factor`: above 0 and at most 1; 1 ("running flat out") when not given.
pub fn load_factor(text: Option<&str>) -> anyhow::Result<Uncertain> {
    match text {
        None => Ok(Uncertain::fixed(Quantity::Number(1.0))),
        Some(text) => Ok(parse_uncertain_fraction(
            text,
            0.0,
            "a load factor above 0 and at most 1 (or 100%)",
        )?),
    }
}

pub fn read_load(text: &str, load_factor_text: Option<&str>) -> anyhow::Result<LoadInput> {
    let power = parse_uncertain_as(text, Kind::Power)?;
    let shape = if has_period(text) {
        Shape::AnnualUse
    } else {
        Shape::Capacity
    };
    if shape == Shape::AnnualUse && load_factor_text.is_some() {
        return Err(UsageError(format!(
            "--load-factor applies to a capacity such as `30 GW`; `{}` is already an energy per year",
            text.trim()
        ))
        .into());
    }
    Ok(LoadInput {
        shape,
        power,
        load_factor: load_factor(load_factor_text)?,
        text: text.trim().into(),
        load_factor_text: load_factor_text.map(str::to_string),
    })
}

/// An input echoed in the report: its central value, or the distribution as the user wrote it.
fn echo(
    key: &'static str,
    label: &str,
    value: &Uncertain,
    text: Option<&str>,
    annual: bool,
) -> Item {
    let shown = match (value.is_fixed(), text, value.central()) {
        (false, Some(text), _) => Value::Text(text.to_string()),
        (_, _, Quantity::Power(p)) if annual => Value::AnnualEnergy(p),
        (_, _, quantity) => Value::Quantity(quantity),
    };
    Item::new(key, label, shown)
}

impl LoadInput {
    /// Adds the load and its load factor to `calc`; returns their slots.
    pub fn register(&self, calc: &mut Calc) -> (usize, usize) {
        let load = calc.user("load", self.power.clone());
        if self.shape == Shape::AnnualUse {
            calc.annual(load);
        }
        (load, calc.user("load factor", self.load_factor.clone()))
    }

    /// Echoes the load (and the load factor, for a capacity) as report inputs, with the
    /// full-load caveat when the load factor is 1.
    pub fn describe(&self, report: &mut Report, dataset: &Dataset) -> anyhow::Result<()> {
        match self.shape {
            Shape::Capacity => {
                report.inputs.push(echo(
                    "load",
                    "Load (capacity)",
                    &self.power,
                    Some(&self.text),
                    false,
                ));
                report.inputs.push(echo(
                    "load_factor",
                    "Load factor",
                    &self.load_factor,
                    self.load_factor_text.as_deref(),
                    false,
                ));
                if self.load_factor.is_fixed() && self.load_factor.central().base() == 1.0 {
                    report.warn(full_load_warning(dataset)?);
                }
            }
            Shape::AnnualUse => {
                report.inputs.push(echo(
                    "load",
                    "Load (energy per year)",
                    &self.power,
                    Some(&self.text),
                    true,
                ));
            }
        }
        Ok(())
    }

    pub fn title(&self) -> String {
        let load = match (self.shape, self.power.is_fixed(), self.power.central()) {
            (_, false, _) => self.text.clone(),
            (Shape::Capacity, true, Quantity::Power(p)) => format::power(p),
            (_, true, Quantity::Power(p)) => format::annual_energy(p),
            _ => self.text.clone(),
        };
        match (self.shape, self.load_factor_text.as_deref()) {
            (Shape::Capacity, None) => format!("{load} running flat out"),
            (Shape::Capacity, Some(lf)) => format!("{load} at load factor {lf}"),
            (Shape::AnnualUse, _) => load,
        }
    }
}

/// The load factor LBNL's 2028 cases imply (model::energy::implied_load_factor), about 0.5,
/// and the figures it rests on.
pub fn typical_load_factor(dataset: &Dataset) -> anyhow::Result<(Ratio, String)> {
    let mut factors = Vec::new();
    let mut parts = Vec::new();
    for case in ["low", "high"] {
        let annual = dataset
            .figure(&format!("lbnl-dc-energy-2028-{case}"))?
            .power();
        let capacity = dataset
            .figure(&format!("lbnl-dc-capacity-2028-{case}"))?
            .power();
        factors.push(energy::implied_load_factor(annual, capacity));
        parts.push(format!(
            "{} on {}",
            format::annual_energy(annual),
            format::power(capacity)
        ));
    }
    let mean = (factors[0] + factors[1]) / 2.0;
    Ok((
        mean,
        format!("LBNL's 2028 cases ({}; lbnl-2024)", parts.join(", ")),
    ))
}

/// The main caveat of any capacity → energy step: data centers draw about half their capacity.
pub fn full_load_warning(dataset: &Dataset) -> anyhow::Result<Warning> {
    let (typical, basis) = typical_load_factor(dataset)?;
    Ok(Warning::FullLoad {
        typical: format!("{:.0}%", typical.get::<uom::si::ratio::percent>()),
        basis,
    })
}

/// Use per home: `--per-home`, the figure for `year`, or the newest confirmed for the region.
pub fn per_home(
    report: &mut Report,
    dataset: &Dataset,
    args: &LoadArgs,
    year: Option<i32>,
) -> anyhow::Result<Input> {
    if let Some(text) = &args.per_home {
        let per_home = annual_energy_text(text, "an energy per period such as `10,791 kWh/yr`")?;
        report.inputs.push(echo(
            "per_home",
            "Use per home",
            &per_home,
            Some(text),
            true,
        ));
        return Ok(Input::Given(per_home));
    }
    let figure = match year {
        Some(year) => dataset.for_year("household-use", &args.region, year)?,
        None => dataset.best("household-use", &args.region)?,
    };
    let label = format!("Use per home ({}, {})", args.region, figure.year());
    report.assume(&label, figure, Value::AnnualEnergy(figure.power()));
    Ok(Input::Figure(figure.uncertain()))
}

/// An energy per period (a power), possibly uncertain; an energy without a period is refused
/// with a suggestion.
fn annual_energy_text(text: &str, expected: &str) -> anyhow::Result<Uncertain> {
    let value = parse_uncertain(text)?;
    if value.kind == Kind::Power && has_period(text) {
        return Ok(value);
    }
    Err(crate::units::parse::parse_annual_energy(text)
        .err()
        .map(anyhow::Error::from)
        .unwrap_or_else(|| UsageError(format!("expected {expected}; got `{text}`")).into()))
}

/// The national total for a share: `--national-total`, or the figure for the year, recorded as
/// an assumption. Returns the total and how to name it.
pub fn national_total(
    report: &mut Report,
    dataset: &Dataset,
    args: &NationalArgs,
) -> anyhow::Result<(Input, String)> {
    if let Some(text) = &args.national_total {
        let value = match parse_uncertain(text)? {
            u if u.kind == Kind::Energy => Uncertain {
                kind: Kind::Power,
                dist: u.dist.scaled(1.0 / year().value),
            },
            _ => annual_energy_text(text, "a national total such as `4,300 TWh/yr`")?,
        };
        report.inputs.push(echo(
            "national_total",
            "National total (given)",
            &value,
            Some(text),
            true,
        ));
        return Ok((Input::Given(value), "National total (given)".into()));
    }
    let figure = dataset.national_total(args.denominator, args.year)?;
    let label = match figure.record.series.as_str() {
        "implied-total" => format!("US total implied by LBNL's shares, {}", figure.year()),
        "retail-sales" => format!("US retail electricity sales (EIA), {}", figure.year()),
        _ => format!("US total end-use consumption (EIA), {}", figure.year()),
    };
    report.assume(&label, figure, Value::AnnualEnergy(figure.power()));
    Ok((Input::Figure(figure.uncertain()), label))
}

/// PUE from `--pue`, or the newest confirmed figure for `region` (`industry`,
/// `new-large-builds`).
pub fn pue(
    report: &mut Report,
    dataset: &Dataset,
    text: Option<&str>,
    region: &str,
) -> anyhow::Result<Input> {
    if let Some(text) = text {
        let value = parse_uncertain(text)?;
        if value.kind != Kind::Number || value.dist.quantile(0.001) < 1.0 {
            return Err(UsageError(format!(
                "--pue expects a number of at least 1 such as `1.2` or `uniform(1.1, 1.4)`; got `{text}`"
            ))
            .into());
        }
        report
            .inputs
            .push(echo("pue", "PUE", &value, Some(text), false));
        return Ok(Input::Given(value));
    }
    let figure = dataset.best("pue", region)?;
    report.assume(
        &format!("PUE ({region})"),
        figure,
        Value::Quantity(figure.value),
    );
    Ok(Input::Figure(figure.uncertain()))
}
